# Narzędzia moderatorów (cogs/toolkit/): odpowiedzi dla moderatorów, wiadomości do
# członków, wpisy w dzienniku moderatorów i w kolejce zgłoszeń.

## Polecenia dodane w tym pliku (poza commands.ftl)

cmd-history = Eksportuj historię moderacji członka
cmd-history-user = Członek, którego historię chcesz wyeksportować
cmd-history-format = text (czytelny tekst) lub json
cmd-choice-format-text = Czytelny tekst
cmd-choice-format-json = JSON
cmd-mediate = Rozpocznij prywatną rozmowę z osobami w konflikcie
cmd-mediate-users = Osoby, których to dotyczy, oddzielone przecinkami
cmd-mediate-note = Notatka dla zespołu o sytuacji
cmd-mediate-after = Kiedy przypomnieć zespołowi o sprawdzeniu sprawy, np. 1d (domyślnie 1d)

## Słowa używane w innych wiadomościach

toolkit-action-warn = ostrzeżenie
toolkit-action-timeout = wyciszenie
toolkit-action-untimeout = zdjęcie wyciszenia
toolkit-action-kick = wyrzucenie
toolkit-action-ban = ban
toolkit-action-unban = zdjęcie bana
toolkit-action-purge = czyszczenie
toolkit-action-slowmode = tryb powolny
toolkit-action-lock = blokada kanału
toolkit-action-unlock = odblokowanie kanału
toolkit-no-reason = (nie podano powodu)
toolkit-button-claim = Biorę to
toolkit-button-resolve = Załatwione
toolkit-button-dismiss = Odrzuć
toolkit-button-uphold = Utrzymaj
toolkit-button-overturn = Uchyl

## Odmowy: nic nie zostało zrobione

toolkit-refuse-self = Nie możesz używać działań moderacyjnych wobec siebie.
toolkit-refuse-bot = Nie mogę podjąć działań moderacyjnych wobec samego siebie.
toolkit-refuse-owner = { $user } jest właścicielem tej społeczności, więc nikt nie może podjąć wobec tej osoby działań moderacyjnych.
toolkit-refuse-hierarchy = Nie możesz działać wobec { $user }: najwyższa rola tej osoby jest taka sama jak Twoja lub wyższa.
toolkit-bad-delete-messages = Nie rozumiem „{ $value }” w „delete_messages”. Wpisz tak, nie lub czas do 7d, np. 1d.
toolkit-channel-needed = Podaj kanał – stąd nie wiem, o który chodzi.
toolkit-duration-zero = Czas musi być dłuższy niż zero.

## Działania wobec członków: odpowiedzi dla moderatora

toolkit-dm-failed = (Nie udało mi się wysłać tej osobie prywatnej wiadomości – może mieć wyłączone DM.)
toolkit-warned = { $user } otrzymuje ostrzeżenie. Sprawa #{ $case }.
toolkit-timed-out = { $user } zostaje wyciszony/a na { $duration }. Sprawa #{ $case }.
toolkit-timeout-capped = Uwaga: platforma pozwala najwyżej na { $limit }, więc wyciszenie zostało do tego skrócone.
toolkit-untimed-out = Zdjęto wyciszenie z { $user }. Sprawa #{ $case }.
toolkit-kicked = { $user } zostaje wyrzucony/a. Sprawa #{ $case }.
toolkit-banned =
    { $temporary ->
        [yes] { $user } dostaje bana na { $duration }. Sprawa #{ $case }.
       *[no] { $user } dostaje stałego bana. Sprawa #{ $case }.
    }
toolkit-unbanned = Zdjęto bana z { $user }. Sprawa #{ $case }.
toolkit-purged =
    Usunięto do { $count ->
        [one] { $count } wiadomości
        [few] { $count } wiadomości
        [many] { $count } wiadomości
       *[other] { $count } wiadomości
    } w #{ $channel }.
toolkit-purged-user =
    Usunięto do { $count ->
        [one] { $count } wiadomości
        [few] { $count } wiadomości
        [many] { $count } wiadomości
       *[other] { $count } wiadomości
    } od { $user } w #{ $channel }.
toolkit-slowmode-set = Tryb powolny w #{ $channel }: jedna wiadomość na { $duration }.
toolkit-slowmode-off = Tryb powolny w #{ $channel } jest wyłączony.
toolkit-locked = Kanał #{ $channel } jest zablokowany. Można czytać, ale nie pisać.
toolkit-unlocked = Kanał #{ $channel } jest odblokowany. Znów można pisać.

## Działania wobec członków: co czyta członek

toolkit-warn-member = Moderatorzy { $community } udzielili Ci ostrzeżenia (sprawa #{ $case }): „{ $reason }”. Jeśli uważasz, że to pomyłka, możesz odwołać się od sprawy #{ $case } przez /appeal.
toolkit-timeout-member = Zostajesz wyciszony/a w { $community } na { $duration }. Powód: { $reason }. Jeśli uważasz, że to pomyłka, możesz odwołać się od sprawy #{ $case } przez /appeal.
toolkit-untimeout-member = Twoje wyciszenie w { $community } zostało zdjęte. Witaj z powrotem!
toolkit-kick-member = Usunięto Cię z { $community }. Powód: { $reason }. Możesz wrócić, jeśli będziesz przestrzegać zasad. Sprawa #{ $case }.
toolkit-ban-member =
    { $temporary ->
        [yes] Masz bana w { $community } na { $duration }. Powód: { $reason }. Możesz odwołać się od sprawy #{ $case } przez /appeal.
       *[no] Masz bana w { $community }. Powód: { $reason }. Możesz odwołać się od sprawy #{ $case } przez /appeal.
    }

## Dziennik moderatorów

toolkit-log-case =
    Sprawa #{ $number } – { $action } dla { $user }, moderator: { $moderator }{ $has_duration ->
        [yes] {" "}({ $duration })
       *[no] {""}
    }: { $reason }
toolkit-log-channel = { $action } w #{ $channel }, moderator: { $moderator } { $detail }
toolkit-log-reason = Sprawa #{ $number }: { $moderator } zmienia powód na „{ $reason }”.
toolkit-log-expired =
    { $kind ->
        [timeout] Wyciszenie { $user } dobiegło końca (sprawa #{ $case }).
       *[ban] Tymczasowy ban { $user } dobiegł końca (sprawa #{ $case }).
    }
toolkit-log-reapplied =
    { $kind ->
        [timeout] { $user } dołącza ponownie w trakcie wyciszenia; przywrócono je na pozostały czas: { $remaining } (sprawa #{ $case }).
       *[ban] { $user } wraca w trakcie tymczasowego bana; ban został przywrócony na pozostały czas: { $remaining } (sprawa #{ $case }).
    }
toolkit-temp-expired-reason = Zakończone zgodnie z planem (sprawa #{ $case })
toolkit-temp-reapplied-reason = Ponowne dołączenie w trakcie ograniczenia (sprawa #{ $case })
toolkit-temp-lift-failed =
    { $kind ->
        [timeout] Nie udało mi się zdjąć wyciszenia { $user } na czas: { $reason } Będę próbować dalej, ale rzadziej.
       *[ban] Nie udało mi się zdjąć tymczasowego bana { $user } na czas: { $reason } Będę próbować dalej, ale rzadziej.
    }

## Sprawy i notatki

toolkit-case-not-found = W tej społeczności nie ma sprawy #{ $number }.
toolkit-case-header = Sprawa #{ $number } – { $action } – członek { $user }, moderator { $moderator }, { $at }
toolkit-case-reason = Powód: { $reason }
toolkit-case-duration = Czas trwania: { $duration } (do { $expires })
toolkit-case-status =
    Stan: { $status ->
        [active] obowiązuje
        [lifted] zdjęte przed czasem
        [expired] zakończone
        [overturned] uchylone po odwołaniu
        [void] niewykonane (platforma odmówiła)
       *[other] { $status }
    }
toolkit-case-incident = Powiązany incydent: #{ $incident }
toolkit-case-appeal =
    Odwołanie: { $outcome ->
        [upheld] rozpatrzone – decyzja utrzymana
        [overturned] rozpatrzone – decyzja uchylona
       *[pending] czeka na rozpatrzenie
    }
toolkit-cases-header =
    { $user } ma { $count ->
        [one] { $count } sprawę
        [few] { $count } sprawy
        [many] { $count } spraw
       *[other] { $count } sprawy
    }.
toolkit-cases-points = Obecne punkty karne: { $points } (zmniejszają się o połowę co { $half_life }).
toolkit-cases-line = #{ $number } · { $at } · { $action }, moderator { $moderator } · { $reason } · { $status }
toolkit-cases-more =
    …i { $count ->
        [one] { $count } starsza sprawa
        [few] { $count } starsze sprawy
        [many] { $count } starszych spraw
       *[other] { $count } starszej sprawy
    } (wszystkie pokaże /history).
toolkit-notes-header =
    { $count ->
        [one] { $count } prywatna notatka:
        [few] { $count } prywatne notatki (pokazane najnowsze):
        [many] { $count } prywatnych notatek (pokazane najnowsze):
       *[other] { $count } prywatnej notatki (pokazane najnowsze):
    }
toolkit-note-added = Zapisano notatkę o { $user }. Widzą ją tylko moderatorzy.
toolkit-reason-changed = Zaktualizowano powód w sprawie #{ $number }.
toolkit-history-header = Historia moderacji { $user } – sprawy: { $cases }, incydenty: { $incidents }, notatki: { $notes }
toolkit-history-active =
    { $kind ->
        [timeout] Wyciszenie obowiązuje do { $expires } UTC
       *[ban] Tymczasowy ban obowiązuje do { $expires } UTC
    }

## Zgłoszenia

toolkit-reports-off = Zgłoszenia są w tej społeczności wyłączone. Skontaktuj się bezpośrednio z moderatorem.
toolkit-report-self = Nie możesz zgłosić samego siebie. Jeśli potrzebujesz pomocy, skontaktuj się bezpośrednio z moderatorem.
toolkit-report-wrong-author = Wiadomość { $message } nie pochodzi od { $user }. Sprawdź osobę albo wiadomość.
toolkit-report-duplicate = To zostało już zgłoszone (zgłoszenie #{ $number }) i czeka na moderatora. Dziękujemy!
toolkit-report-cooldown =
    Poczekaj { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }, zanim wyślesz kolejne zgłoszenie.
toolkit-report-filed = Dziękujemy – Twoje zgłoszenie (#{ $number }) trafiło do moderatorów. Tylko oni je widzą, a ja dam Ci znać, gdy zostanie rozpatrzone.
toolkit-report-queue = Zgłoszenie #{ $number } od { $reporter } dotyczące { $user }: { $reason }
toolkit-report-excerpt = Wiadomość w #{ $channel }: „{ $text }”
toolkit-report-message-unseen = Wiadomość { $message }: nie widziałem jej, więc nie ma fragmentu.
toolkit-report-translation = Tłumaczenie ({ $source } → { $target }): „{ $text }”
toolkit-report-untranslated =
    Bez tłumaczenia: { $note ->
        [off] tłumaczenie zgłoszeń jest wyłączone.
        [disabled] nie skonfigurowano usługi tłumaczeń.
        [unavailable] nie skonfigurowano usługi tłumaczeń.
        [same-language] tekst jest już w tym języku.
        [timeout] usługa tłumaczeń nie odpowiedziała na czas.
        [offline] usługa tłumaczeń jest niedostępna.
        [empty] nie ma tekstu do przetłumaczenia.
       *[other] tłumaczenie się nie powiodło.
    }
toolkit-queue-not-allowed = Zgłoszenia mogą rozpatrywać tylko moderatorzy.
toolkit-report-not-found = Nie ma zgłoszenia #{ $number }.
toolkit-report-closed =
    Zgłoszenie #{ $number } jest już { $status ->
        [resolved] załatwione
       *[dismissed] odrzucone
    } (przez { $moderator }).
toolkit-report-taken = Zgłoszeniem #{ $number } zajmuje się już { $moderator }.
toolkit-report-status =
    Zgłoszenie #{ $number }: { $status ->
        [claimed] przejęte
        [resolved] załatwione
       *[dismissed] odrzucone
    } przez { $moderator }.
toolkit-report-outcome =
    { $status ->
        [resolved] Twoje zgłoszenie #{ $number } w { $community } zostało rozpatrzone. Dziękujemy, że pomagasz dbać o społeczność.
       *[dismissed] Moderatorzy { $community } przejrzeli Twoje zgłoszenie #{ $number } i uznali, że tym razem nie trzeba nic robić. Dziękujemy, że dajesz znać.
    }

## Odwołania

toolkit-appeals-off = Odwołania są w tej społeczności wyłączone. Skontaktuj się bezpośrednio z moderatorem.
toolkit-appeal-no-case = Nie mogę znaleźć Twojej sprawy #{ $number }. Sprawdź numer w wiadomości, którą otrzymałeś/aś.
toolkit-appeal-twice = Od sprawy #{ $number } już się odwołano. Od każdej sprawy można odwołać się tylko raz.
toolkit-appeal-too-late = Sprawa #{ $number } jest zbyt stara na odwołanie. Skontaktuj się bezpośrednio z moderatorem.
toolkit-appeal-filed = Odwołanie od sprawy #{ $number } zostało wysłane. Rozpatrzy je moderator, który nie brał udziału w decyzji, a ja przekażę Ci wynik.
toolkit-appeal-queue = Odwołanie od sprawy #{ $number } od { $user }: { $text }
toolkit-appeal-reviewers = Mogą rozpatrzyć: { $roles } – każdy oprócz { $moderator }, który podjął decyzję.
toolkit-appeal-reviewers-auto = Mogą rozpatrzyć: { $roles } (decyzja była automatyczna).
toolkit-appeal-not-reviewer = Nie możesz tu rozpatrywać odwołań.
toolkit-appeal-not-found = Nie ma odwołania od sprawy #{ $number }.
toolkit-appeal-decided =
    Odwołanie od sprawy #{ $number } zostało już rozpatrzone: { $outcome ->
        [upheld] decyzja utrzymana
       *[overturned] decyzja uchylona
    }.
toolkit-appeal-own-case = To Ty podjąłeś/podjęłaś decyzję w sprawie #{ $number }, więc odwołanie musi rozpatrzyć inny moderator.
toolkit-appeal-status =
    Odwołanie od sprawy #{ $number }: { $outcome ->
        [upheld] decyzja utrzymana
       *[overturned] decyzja uchylona
    } (rozpatruje { $moderator }).
toolkit-appeal-outcome =
    { $outcome ->
        [upheld] Moderator w { $community } rozpatrzył Twoje odwołanie od sprawy #{ $number } i decyzja zostaje utrzymana.
       *[overturned] Dobra wiadomość: Twoje odwołanie od sprawy #{ $number } w { $community } zostało przyjęte, a decyzja uchylona.{ $lifted ->
            [yes] {" "}Ograniczenie zostało zdjęte.
           *[no] {""}
        }
    }

## Plan kryzysowy i blokada

toolkit-crisis-contact = Alarm kryzysowy w { $community } ({ $path }): { $user } napisał/a w #{ $channel }: „{ $excerpt }” Odezwij się do tej osoby jak najszybciej.
toolkit-crisis-alert = Alarm kryzysowy ({ $path }) – { $user } w #{ $channel }: „{ $excerpt }” Kontakty: { $roles }. Nikt nie został automatycznie ukarany.
toolkit-crisis-member =
    Cześć { $name }. Zauważyłem Twoją wiadomość i chcę się upewnić, że wszystko w porządku. Nie jesteś sam/a – rozmowa z kimś naprawdę może pomóc.

    { $resources }
toolkit-crisis-resources = Jeśli grozi Ci bezpośrednie niebezpieczeństwo, zadzwoń pod 112. Możesz też zadzwonić pod bezpłatny numer 116 123 (telefon zaufania dla dorosłych w kryzysie emocjonalnym) albo 116 111 (telefon zaufania dla dzieci i młodzieży).
toolkit-lockdown-no-channels = Nie skonfigurowano kanałów do blokady. Dodaj je w pliku reguł w [lockdown] channels.
toolkit-lockdown-already = Blokada już trwa (kanały: { $channels }). Użyj /unlockdown, aby ją zakończyć.
toolkit-lockdown-not-active = Nie ma blokady do zakończenia.
toolkit-lockdown-announce = Moderatorzy tymczasowo zablokowali ten kanał: { $reason }. Dziękujemy za cierpliwość.
toolkit-unlockdown-announce = Blokada się skończyła – dziękujemy za cierpliwość. { $reason }
toolkit-lockdown-done =
    Blokada włączona ({ $mode ->
        [slowmode] tryb powolny
       *[lock] zablokowane
    }): { $count ->
        [one] { $count } kanał
        [few] { $count } kanały
        [many] { $count } kanałów
       *[other] { $count } kanału
    } – { $channels }.
toolkit-unlockdown-done =
    Koniec blokady: ponownie otwarto { $count ->
        [one] { $count } kanał
        [few] { $count } kanały
        [many] { $count } kanałów
       *[other] { $count } kanału
    } – { $channels }.
toolkit-lockdown-partial = Platforma odmówiła dla: { $channels }. Sprawdź tam moje uprawnienia.

## Mediacja

toolkit-mediate-no-users = Podaj co najmniej jedną osobę, z którą chcesz porozmawiać.
toolkit-mediate-too-many =
    Mediacja działa najlepiej w małych grupach: najwyżej { $limit ->
        [one] { $limit } osoba
        [few] { $limit } osoby
        [many] { $limit } osób
       *[other] { $limit } osoby
    }.
toolkit-mediate-too-soon = Ustaw przypomnienie co najmniej minutę od teraz.
toolkit-mediate-member = Cześć! { $moderator } z zespołu moderatorów { $community } chce pomóc wyjaśnić sytuację między Tobą a { $others }. Nikt nie ma kłopotów – odezwij się do { $moderator }, kiedy będziesz gotowy/a na rozmowę. Wszystko zostaje między Tobą a zespołem.
toolkit-mediate-log = { $moderator } rozpoczyna mediację z { $users }. Sprawdzenie: { $due }. Notatka: { $note }
toolkit-mediate-opened =
    Wysłano wiadomość do { $count ->
        [one] { $count } osoby
        [few] { $count } osób
        [many] { $count } osób
       *[other] { $count } osoby
    }. Przypomnę zespołowi o sprawdzeniu sprawy: { $due }.
toolkit-mediate-unreachable = Nie udało mi się wysłać prywatnej wiadomości do: { $users }.
toolkit-mediate-followup = Przypomnienie: czas sprawdzić, jak idzie mediacja, którą { $moderator } rozpoczął/rozpoczęła z { $users }. Notatka: { $note }

## Co przechowują narzędzia moderatorów (pokazuje /privacy)

data-toolkit-cases = Sprawy moderacyjne, które Cię dotyczą (co postanowiono, który moderator, dlaczego i na jak długo), prywatne notatki moderatorów oraz Twoje odwołania – aby decyzje były spójne, dało się je sprawdzić i można było się od nich odwołać.
data-toolkit-reports = Zgłoszenia wysłane przez Ciebie lub dotyczące Ciebie: kto kogo zgłosił, powód i krótki fragment wiadomości – aby moderatorzy mogli się tym zająć; jeśli ktoś Cię zgłosi, kopia Twoich danych pokaże zgłoszenie, ale nie to, kto je wysłał ani co napisał. Ostatnie wiadomości są tylko przez krótki czas przechowywane w pamięci, by można było zacytować zgłoszoną wiadomość.
data-toolkit-crisis = Gdy wiadomość pasuje do planu kryzysowego społeczności: że wysłano alarm i którego planu dotyczył – aby zespół mógł się do Ciebie odezwać. Nikt nie jest z tego powodu karany.
data-toolkit-mediation = Mediacje rozpoczęte przez moderatora: kogo zaproszono i notatka zespołu – aby pamiętali o sprawdzeniu sytuacji.
