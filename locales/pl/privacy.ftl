# Prywatność (cogs/privacy.py) i niezawodność (bot/engine.py, limit poleceń).

## Polecenia

cmd-privacy-action = info (domyślnie), export (kopia w DM) lub erase (usuń)
cmd-choice-action-info = Co jest przechowywane i dlaczego
cmd-choice-action-export = Wyślij mi kopię moich danych
cmd-choice-action-erase = Usuń moje dane
cmd-forget = Usuń dane członka z rejestru (wymaga potwierdzenia)
cmd-forget-user = Członek, którego dane mają zostać usunięte

## Limit poleceń (bot/engine.py)

error-slow-down = Wysyłasz polecenia bardzo szybko. Odczekaj minutę i spróbuj ponownie.

## Informacja o prywatności (/privacy)

privacy-notice-title = Twoje dane w { $community }
privacy-notice =
    Ta społeczność korzysta z Hearth, bota moderacyjnego, aby rozmowy były bezpieczne i przyjazne. W tym celu przechowuje niewielki rejestr o członkach – tylko to, czego potrzebuje moderacja i statystyki społeczności. Dane nigdy nie są sprzedawane ani używane do reklam i widzą je wyłącznie moderatorzy tej społeczności.
privacy-stored-header = Co jest przechowywane i dlaczego:
data-privacy = Podstawowe dane członka (identyfikator, wyświetlana nazwa i język), aby bot mógł odpowiadać w Twoim języku; liczba Twoich wiadomości z każdego dnia do statystyk aktywnych członków i kamieni milowych; oraz liczba wiadomości na kanał i godzinę, bez wskazania autorów – nigdy same wiadomości.
data-moderation = Gdy wiadomość łamie zasady: która zasada, kiedy, co zostało zrobione i krótki, zamaskowany fragment, aby moderatorzy mogli działać sprawiedliwie i konsekwentnie. Punkty ostrzeżeń z czasem wygasają.
data-welcome = Kiedy dołączyłeś(-aś) lub odszedłeś(-aś), aby społeczność widziała, jak rośnie, i mogła Cię przywitać.
data-gatherings = Twoje odpowiedzi na wydarzenia społeczności (będę, może, nie) z nazwą wyświetlaną i językiem, aby przypomnienia trafiały do uczestników; przechowywane do zakończenia wydarzenia.
data-polls = Opcja wybrana przez Ciebie w otwartej ankiecie, abyś mógł(-a) przenieść lub wycofać głos; przechowywana do zamknięcia ankiety i nigdy nikomu nie pokazywana. Nie zapisujemy, kto wysłał anonimową opinię.
privacy-retention = Jak długo dane są przechowywane: fragmenty wiadomości { $excerpts }, incydenty { $incidents }, sprawy moderacyjne { $cases }, zgłoszenia { $reports }, liczniki aktywności { $activity }. Starsze dane są automatycznie usuwane codziennie.
privacy-forever = do ręcznego usunięcia
privacy-years =
    { $count ->
        [one] { $count } rok
        [few] { $count } lata
        [many] { $count } lat
       *[other] { $count } roku
    }
privacy-your-data = Co mam o Tobie w tej chwili – incydenty: { $incidents } · sprawy: { $cases } · zgłoszenia: { $reports } · notatki moderatorów: { $notes } · policzone wiadomości: { $messages }
privacy-rights = Twoje możliwości: „/privacy action:export” wysyła Ci kopię Twoich danych w wiadomości prywatnej. „/privacy action:erase” je usuwa: Twoja nazwa i dane zostają usunięte, a to, co musi zostać dla statystyk społeczności, jest przechowywane bez niczego, co mogłoby Cię zidentyfikować.
privacy-contact = Pytania o Twoje dane? Skontaktuj się z: { $contact }.
privacy-contact-moderators = Pytania o Twoje dane? Zapytaj któregoś z moderatorów.
privacy-a-moderator = moderatorem
privacy-no-record = Bot nie prowadzi tu żadnego rejestru, więc nie ma czego eksportować ani usuwać.

## Eksport

privacy-export-header = Oto kopia Twoich danych, które Hearth przechowuje w { $community }, w formacie JSON.
privacy-export-part = Część { $number } z { $total }
privacy-export-sent =
    Wysłałem Ci Twoje dane w wiadomości prywatnej ({ $parts ->
        [one] { $parts } część
        [few] { $parts } części
        [many] { $parts } części
       *[other] { $parts } części
    }).
privacy-export-too-large = Twoich danych jest za dużo, by wysłać je w wiadomości prywatnej. Skontaktuj się z: { $contact } – otrzymasz od nas pełny eksport.

## Usuwanie

privacy-erase-confirm =
    Czy chcesz usunąć swoje dane z rejestru tej społeczności? Tego nie da się cofnąć. Aby potwierdzić, naciśnij przycisk w ciągu { $minutes ->
        [one] { $minutes } minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
privacy-forget-confirm =
    Usunąć dane członka { $user } z rejestru tej społeczności? Tego nie da się cofnąć. Aby potwierdzić, naciśnij przycisk w ciągu { $minutes ->
        [one] { $minutes } minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
privacy-erase-button = Usuń
privacy-cancel-button = Anuluj
privacy-erase-expired = Potwierdzenie wygasło. Nic nie zostało usunięte – poproś ponownie, jeśli nadal chcesz.
privacy-erase-cancelled = Anulowano. Nic nie zostało usunięte.
privacy-erase-done = Gotowe. Twoje dane zostały usunięte z rejestru tej społeczności.
privacy-forget-done = Gotowe. Dane członka { $user } zostały usunięte z rejestru.
