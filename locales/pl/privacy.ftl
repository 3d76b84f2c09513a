# Prywatność (cogs/privacy.py) i niezawodność (bot/engine.py, limit poleceń).

## Polecenia

cmd-privacy-action = info (domyślnie), export (kopia w wiadomości prywatnej) lub erase (usuń)
cmd-choice-action-info = Co jest przechowywane i dlaczego
cmd-choice-action-export = Wyślij mi kopię moich danych
cmd-choice-action-erase = Usuń moje dane
cmd-forget = Usuń czyjeś dane z rejestru (wymaga potwierdzenia)
cmd-forget-user = Osoba, której dane mają zostać usunięte

## Limit poleceń (bot/engine.py)

error-slow-down = Wysyłasz polecenia bardzo szybko. Odczekaj minutę i spróbuj ponownie.

## Informacja o prywatności (/privacy)

privacy-notice-title = Twoje dane w społeczności { $community }
privacy-notice =
    Ta społeczność korzysta z Hearth, bota moderacyjnego, żeby rozmowy były bezpieczne i przyjazne. W tym celu prowadzi niewielki rejestr o swoich członkach — tylko tyle, ile potrzeba do moderacji i statystyk społeczności. Dane nigdy nie są sprzedawane ani używane do reklam, a widzi je wyłącznie moderacja tej społeczności.
privacy-stored-header = Co jest przechowywane i dlaczego:
data-privacy = Podstawowe dane (identyfikator, wyświetlana nazwa i język), żeby bot mógł odpowiadać ci w twoim języku; liczba twoich wiadomości z każdego dnia — do statystyk aktywności i kamieni milowych; oraz liczba wiadomości na kanał i godzinę, bez wskazania autorów — nigdy same wiadomości.
data-moderation = Gdy wiadomość łamie zasady: która zasada, kiedy, co zrobiono i krótki fragment z zamaskowanymi danymi osobowymi, żeby moderacja mogła działać sprawiedliwie i konsekwentnie. Punkty karne z czasem wygasają.
data-welcome = Kiedy dołączasz do społeczności lub ją opuszczasz — żeby społeczność widziała, jak rośnie, i mogła cię przywitać.
data-gatherings = Twoje odpowiedzi na wydarzenia społeczności (będę, może, nie dam rady) z wyświetlaną nazwą i językiem, żeby przypomnienia trafiały do uczestników; przechowywane do zakończenia wydarzenia.
data-polls = Opcja, którą wybierasz w otwartej ankiecie, żeby można było zmienić lub wycofać głos; przechowywana do zamknięcia ankiety i nigdy nikomu nie pokazywana. Nie zapisujemy, kto wysłał anonimową opinię.
privacy-retention = Jak długo dane są przechowywane — fragmenty wiadomości: { $excerpts } · incydenty: { $incidents } · sprawy moderacyjne: { $cases } · zgłoszenia: { $reports } · liczniki aktywności: { $activity }. Starsze dane są co dzień usuwane automatycznie.
privacy-forever = do ręcznego usunięcia
privacy-years =
    { $count ->
        [one] { $count } rok
        [few] { $count } lata
        [many] { $count } lat
       *[other] { $count } roku
    }
privacy-your-data = Co mam o tobie w tej chwili — incydenty: { $incidents } · sprawy: { $cases } · zgłoszenia: { $reports } · notatki moderacji: { $notes } · policzone wiadomości: { $messages }
privacy-rights = Twoje możliwości: „/privacy action:export” wysyła ci kopię twoich danych w wiadomości prywatnej. „/privacy action:erase” je usuwa: twoja nazwa i dane znikają, a to, co musi zostać dla statystyk społeczności, zostaje bez niczego, co mogłoby cię zidentyfikować.
privacy-contact = Pytania o twoje dane? Kontakt: { $contact }.
privacy-contact-moderators = Pytania o twoje dane? Zapytaj kogoś z moderacji.
# Wstawiane jako $contact po „Kontakt:” w privacy-export-too-large.
privacy-a-moderator = ktoś z moderacji
privacy-no-record = Bot nie prowadzi tu żadnego rejestru, więc nie ma czego eksportować ani usuwać.

## Eksport

privacy-export-header = Oto kopia twoich danych, które Hearth przechowuje w społeczności { $community }, w formacie JSON.
privacy-export-part = Część { $number } z { $total }
privacy-export-sent =
    Twoje dane są już w wiadomości prywatnej ({ $parts ->
        [one] { $parts } część
        [few] { $parts } części
        [many] { $parts } części
       *[other] { $parts } części
    }).
privacy-export-too-large = Twoich danych jest za dużo, by wysłać je w wiadomości prywatnej. Pełny eksport możesz dostać tutaj — kontakt: { $contact }.

## Usuwanie

privacy-erase-confirm =
    Czy chcesz usunąć swoje dane z rejestru tej społeczności? Tego nie da się cofnąć. Aby potwierdzić, naciśnij przycisk w ciągu { $minutes ->
        [one] { $minutes } minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
privacy-forget-confirm =
    Usunąć dane osoby { $user } z rejestru tej społeczności? Tego nie da się cofnąć. Aby potwierdzić, naciśnij przycisk w ciągu { $minutes ->
        [one] { $minutes } minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
privacy-erase-button = Usuń
privacy-cancel-button = Anuluj
privacy-erase-expired = Potwierdzenie wygasło. Nic nie zostało usunięte — poproś ponownie, jeśli nadal chcesz.
privacy-erase-cancelled = Anulowano. Nic nie zostało usunięte.
privacy-erase-done = Gotowe. Twoje dane zostały usunięte z rejestru tej społeczności.
privacy-forget-done = Gotowe. Dane osoby { $user } zostały usunięte z rejestru.
