# Narzędzia moderacji (cogs/toolkit/): odpowiedzi dla moderacji, wiadomości do członków
# społeczności, wpisy w dzienniku moderacji i w kolejce zgłoszeń.
# Imiona zostają w mianowniku: jako podmiot („Ola dostaje…”), po etykiecie („osoba: Ola”)
# albo w apozycji („od osoby Ola”, „osobie Ola”). Czas trwania przychodzi w przypadku
# podanym w komentarzu przy komunikacie angielskim (toolkit.ftl w locales/en).

## Polecenia dodane w tym pliku (poza commands.ftl)

cmd-history = Wyeksportuj czyjąś historię moderacji
cmd-history-user = Czyją historię wyeksportować
cmd-history-format = text (czytelny tekst) lub json
cmd-choice-format-text = Czytelny tekst
cmd-choice-format-json = JSON
cmd-mediate = Rozpocznij prywatną rozmowę z osobami w konflikcie
cmd-mediate-users = Osoby, których to dotyczy, oddzielone przecinkami
cmd-mediate-note = Notatka dla zespołu o sytuacji
cmd-mediate-after = Kiedy przypomnieć zespołowi o sprawdzeniu sytuacji, np. 1d (domyślnie 1d)

## Słowa używane w innych wiadomościach

toolkit-action-warn = ostrzeżenie
toolkit-action-timeout = wyciszenie
toolkit-action-untimeout = zdjęcie wyciszenia
toolkit-action-kick = wyrzucenie
toolkit-action-ban = ban
toolkit-action-unban = zdjęcie bana
toolkit-action-purge = czyszczenie wiadomości
toolkit-action-slowmode = tryb powolny
toolkit-action-lock = blokada kanału
toolkit-action-unlock = odblokowanie kanału
toolkit-no-reason = (nie podano powodu)
toolkit-button-claim = Biorę to
toolkit-button-resolve = Załatwione
toolkit-button-dismiss = Odrzuć
toolkit-button-uphold = Utrzymaj decyzję
toolkit-button-overturn = Uchyl decyzję

## Odmowy: nic nie zostało zrobione

toolkit-refuse-self = Nie możesz używać działań moderacyjnych wobec siebie.
toolkit-refuse-bot = Nie mogę używać działań moderacyjnych wobec siebie.
toolkit-refuse-owner = Ta społeczność należy do osoby { $user }, więc nikt nie może wobec niej podjąć działań moderacyjnych.
toolkit-refuse-hierarchy = Nie możesz nic zrobić wobec osoby { $user }: jej najwyższa rola jest taka sama jak twoja albo wyższa.
toolkit-bad-delete-messages = Nie rozumiem „{ $value }” w „delete_messages”. Wpisz tak, nie albo czas do 7d, np. 1d.
toolkit-channel-needed = Podaj kanał — stąd nie wiem, o który chodzi.
toolkit-duration-zero = Czas musi być dłuższy niż zero.

## Działania wobec członków: odpowiedzi dla moderacji

toolkit-dm-failed = (Nie udało mi się wysłać tej osobie prywatnej wiadomości — może mieć je wyłączone.)
toolkit-warned = { $user } dostaje ostrzeżenie. Sprawa #{ $case }.
toolkit-timed-out = { $user } dostaje wyciszenie na { $duration }. Sprawa #{ $case }.
toolkit-timeout-capped = Uwaga: platforma pozwala wyciszyć najwyżej na { $limit }, więc tyle ustawiam.
toolkit-untimed-out = Wyciszenie osoby { $user } zostało zdjęte. Sprawa #{ $case }.
toolkit-kicked = Osoba { $user } została wyrzucona ze społeczności. Sprawa #{ $case }.
toolkit-banned =
    { $temporary ->
        [yes] { $user } dostaje bana na { $duration }. Sprawa #{ $case }.
       *[no] { $user } dostaje bana na stałe. Sprawa #{ $case }.
    }
toolkit-unbanned = Ban osoby { $user } został zdjęty. Sprawa #{ $case }.
toolkit-purged =
    Usunięto do { $count ->
        [one] { $count } wiadomości
        [few] { $count } wiadomości
        [many] { $count } wiadomości
       *[other] { $count } wiadomości
    } na #{ $channel }.
toolkit-purged-user =
    Usunięto do { $count ->
        [one] { $count } wiadomości
        [few] { $count } wiadomości
        [many] { $count } wiadomości
       *[other] { $count } wiadomości
    } od osoby { $user } na #{ $channel }.
toolkit-slowmode-set = Tryb powolny na #{ $channel }, odstęp między wiadomościami: { $duration }.
toolkit-slowmode-off = Tryb powolny na #{ $channel } jest wyłączony.
toolkit-locked = Kanał #{ $channel } jest zablokowany. Można czytać, ale nie pisać.
toolkit-unlocked = Kanał #{ $channel } jest odblokowany. Znów można pisać.

## Działania wobec członków: co czyta ta osoba

toolkit-warn-member = Moderacja społeczności { $community } udziela ci ostrzeżenia (sprawa #{ $case }): „{ $reason }”. Jeśli uważasz, że to pomyłka, możesz odwołać się od sprawy #{ $case } przez /appeal.
toolkit-timeout-member = Masz wyciszenie w społeczności { $community } na { $duration }: możesz czytać, ale nie pisać, dopóki się nie skończy. Powód: { $reason }. Jeśli uważasz, że to pomyłka, możesz odwołać się od sprawy #{ $case } przez /appeal.
toolkit-untimeout-member = Twoje wyciszenie w społeczności { $community } zostało zdjęte przed czasem — znów możesz pisać. Witaj z powrotem!
toolkit-kick-member = Usunięto cię ze społeczności { $community }. Powód: { $reason }. Możesz wrócić, jeśli będziesz przestrzegać zasad. Jeśli uważasz, że to pomyłka, możesz odwołać się od sprawy #{ $case } przez /appeal.
toolkit-ban-member =
    { $temporary ->
        [yes] Masz bana w społeczności { $community } na { $duration }. Powód: { $reason }. Jeśli uważasz, że to pomyłka, możesz odwołać się od sprawy #{ $case } przez /appeal.
       *[no] Masz bana w społeczności { $community }. Powód: { $reason }. Jeśli uważasz, że to pomyłka, możesz odwołać się od sprawy #{ $case } przez /appeal.
    }

## Dziennik moderacji

toolkit-log-case =
    Sprawa #{ $number } — { $action } · osoba: { $user } · moderacja: { $moderator }{ $has_duration ->
        [yes] {" "}· czas: { $duration }
       *[no] {""}
    } · powód: { $reason }
toolkit-log-channel = { $action } na #{ $channel } · moderacja: { $moderator } { $detail }
toolkit-log-reason = Sprawa #{ $number }: { $moderator } zmienia powód na „{ $reason }”.
toolkit-log-expired =
    { $kind ->
        [timeout] Wyciszenie osoby { $user } dobiegło końca (sprawa #{ $case }).
       *[ban] Tymczasowy ban osoby { $user } dobiegł końca (sprawa #{ $case }).
    }
toolkit-log-reapplied =
    { $kind ->
        [timeout] Osoba { $user } dołączyła ponownie w trakcie wyciszenia, więc przywracam je na pozostały czas: { $remaining } (sprawa #{ $case }).
       *[ban] Osoba { $user } wróciła w trakcie tymczasowego bana, więc przywracam bana na pozostały czas: { $remaining } (sprawa #{ $case }).
    }
toolkit-temp-expired-reason = Zakończone zgodnie z planem (sprawa #{ $case })
toolkit-temp-reapplied-reason = Ponowne dołączenie w trakcie ograniczenia (sprawa #{ $case })
toolkit-temp-lift-failed =
    { $kind ->
        [timeout] Nie udało mi się na czas zdjąć wyciszenia osoby { $user }: { $reason } Będę próbować dalej, ale rzadziej.
       *[ban] Nie udało mi się na czas zdjąć tymczasowego bana osoby { $user }: { $reason } Będę próbować dalej, ale rzadziej.
    }

## Sprawy i notatki

toolkit-case-not-found = W tej społeczności nie ma sprawy #{ $number }.
toolkit-case-header = Sprawa #{ $number } — { $action } · osoba: { $user } · moderacja: { $moderator } · { $at }
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
        [upheld] rozpatrzone — decyzja utrzymana
        [overturned] rozpatrzone — decyzja uchylona
       *[pending] czeka na rozpatrzenie
    }
toolkit-cases-header =
    { $user } ma { $count ->
        [one] { $count } sprawę
        [few] { $count } sprawy
        [many] { $count } spraw
       *[other] { $count } sprawy
    }.
toolkit-cases-points = Punkty karne teraz: { $points } (zmniejszają się o połowę co { $half_life }).
toolkit-cases-line =
    #{ $number } · { $at } · { $action } · moderacja: { $moderator } · { $reason } · { $status ->
        [active] obowiązuje
        [lifted] zdjęte przed czasem
        [expired] zakończone
        [overturned] uchylone po odwołaniu
        [void] niewykonane
       *[other] { $status }
    }
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
toolkit-note-added = Zapisano notatkę o osobie { $user }. Widzi ją tylko moderacja.
toolkit-reason-changed = Zaktualizowano powód w sprawie #{ $number }.
toolkit-history-header = Historia moderacji — osoba: { $user } · sprawy: { $cases } · incydenty: { $incidents } · notatki: { $notes }
toolkit-history-active =
    { $kind ->
        [timeout] Wyciszenie obowiązuje do { $expires } UTC
       *[ban] Tymczasowy ban obowiązuje do { $expires } UTC
    }

## Zgłoszenia

toolkit-reports-off = Zgłoszenia są w tej społeczności wyłączone. Napisz bezpośrednio do kogoś z moderacji.
toolkit-report-self = Nie możesz zgłosić siebie. Jeśli potrzebujesz pomocy, napisz bezpośrednio do kogoś z moderacji.
toolkit-report-wrong-author = Wiadomości { $message } nie napisała osoba { $user }. Sprawdź osobę albo wiadomość.
toolkit-report-duplicate = To jest już zgłoszone (zgłoszenie #{ $number }) i czeka na moderację. Dziękujemy!
toolkit-report-cooldown =
    Poczekaj { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }, zanim wyślesz kolejne zgłoszenie.
toolkit-report-filed = Dziękujemy — twoje zgłoszenie (#{ $number }) trafiło do moderacji. Widzi je tylko moderacja, a ja dam ci znać, gdy zostanie rozpatrzone.
toolkit-report-queue = Zgłoszenie #{ $number } — zgłasza: { $reporter } · dotyczy: { $user } · powód: { $reason }
toolkit-report-excerpt = Wiadomość na #{ $channel }: „{ $text }”
toolkit-report-message-unseen = Wiadomość { $message }: nie widzę jej u siebie, więc nie ma fragmentu.
toolkit-report-translation = Tłumaczenie ({ $source } → { $target }): „{ $text }”
toolkit-report-untranslated =
    Bez tłumaczenia: { $note ->
        [off] tłumaczenie zgłoszeń jest w tej społeczności wyłączone.
        [disabled] ten bot działa bez usługi tłumaczeń.
        [unavailable] tutaj nie ma dostępnej usługi tłumaczeń.
        [same-language] tekst jest już w tym języku.
        [timeout] usługa tłumaczeń nie odpowiedziała na czas.
        [offline] usługa tłumaczeń jest niedostępna.
        [empty] nie ma tekstu do przetłumaczenia.
       *[other] tłumaczenie się nie powiodło.
    }
toolkit-queue-not-allowed = Zgłoszenia może rozpatrywać tylko moderacja.
toolkit-report-not-found = Nie ma zgłoszenia #{ $number }.
toolkit-report-closed =
    Zgłoszenie #{ $number } jest już { $status ->
        [resolved] załatwione
       *[dismissed] odrzucone
    } (moderacja: { $moderator }).
toolkit-report-taken = Zgłoszeniem #{ $number } zajmuje się już { $moderator }.
toolkit-report-status =
    { $status ->
        [claimed] { $moderator } zajmuje się zgłoszeniem #{ $number }.
        [resolved] Zgłoszenie #{ $number } załatwione (moderacja: { $moderator }).
       *[dismissed] Zgłoszenie #{ $number } odrzucone (moderacja: { $moderator }).
    }
toolkit-report-outcome =
    { $status ->
        [resolved] Twoje zgłoszenie #{ $number } w społeczności { $community } zostało rozpatrzone. Dziękujemy, że pomagasz dbać o to miejsce.
       *[dismissed] Moderacja społeczności { $community } przejrzała twoje zgłoszenie #{ $number } i uznała, że tym razem nie trzeba nic robić. Mimo to dziękujemy, że dajesz znać.
    }

## Odwołania

toolkit-appeals-off = Odwołania są w tej społeczności wyłączone. Napisz bezpośrednio do kogoś z moderacji.
toolkit-appeal-no-case = Nie mogę znaleźć twojej sprawy #{ $number }. Sprawdź numer w wiadomości, którą masz ode mnie.
toolkit-appeal-twice = Odwołanie od sprawy #{ $number } zostało już złożone. Od każdej sprawy można odwołać się tylko raz.
toolkit-appeal-too-late = Sprawa #{ $number } jest zbyt stara na odwołanie. Napisz bezpośrednio do kogoś z moderacji.
toolkit-appeal-filed = Twoje odwołanie od sprawy #{ $number } zostało wysłane. Rozpatrzy je osoba z moderacji, która nie uczestniczyła w decyzji, a ja przekażę ci wynik.
toolkit-appeal-queue = { $user } odwołuje się od sprawy #{ $number }: „{ $text }”
toolkit-appeal-reviewers = Kto może rozpatrzyć: { $roles } — z wyjątkiem osoby { $moderator }, która podjęła decyzję.
toolkit-appeal-reviewers-auto = Kto może rozpatrzyć: { $roles } (decyzja była automatyczna).
toolkit-appeal-not-reviewer = Nie możesz tu rozpatrywać odwołań.
toolkit-appeal-not-found = Nie ma odwołania od sprawy #{ $number }.
toolkit-appeal-decided =
    Odwołanie od sprawy #{ $number } zostało już rozpatrzone: { $outcome ->
        [upheld] decyzja zostaje utrzymana.
       *[overturned] decyzja została uchylona.
    }
toolkit-appeal-own-case = Decyzja w sprawie #{ $number } jest twoja, więc odwołanie musi rozpatrzyć ktoś inny z moderacji.
toolkit-appeal-status =
    Odwołanie od sprawy #{ $number } rozpatrzone — { $outcome ->
        [upheld] decyzja zostaje utrzymana
       *[overturned] decyzja zostaje uchylona
    } (moderacja: { $moderator }).
toolkit-appeal-outcome =
    { $outcome ->
        [upheld] Moderacja społeczności { $community } rozpatrzyła twoje odwołanie od sprawy #{ $number }: decyzja zostaje utrzymana. Dziękujemy, że przedstawiasz swoją perspektywę.
       *[overturned] Dobra wiadomość: twoje odwołanie od sprawy #{ $number } w społeczności { $community } zostało przyjęte, a decyzja uchylona.{ $lifted ->
            [yes] {" "}Ograniczenie zostało zdjęte.
           *[no] {""}
        }
    }

## Plan kryzysowy i blokada awaryjna

toolkit-crisis-contact = Alarm kryzysowy w społeczności { $community } ({ $path }): { $user } pisze na #{ $channel }: „{ $excerpt }” Odezwij się do tej osoby jak najszybciej.
toolkit-crisis-alert = Alarm kryzysowy ({ $path }) — { $user } na #{ $channel }: „{ $excerpt }” Kontakty kryzysowe: { $roles }. Sam alarm nikogo nie karze; jeśli automatyczna moderacja też zareagowała na tę wiadomość, znajdziesz to w dzienniku.
toolkit-crisis-member =
    Cześć, { $name }. Widzę twoją wiadomość i chcę się upewnić, że wszystko w porządku. Nie musisz radzić sobie z tym w pojedynkę — rozmowa z kimś naprawdę może pomóc.

    { $resources }
# Sprawdzone źródła są wymienione w locales/README.md.
toolkit-crisis-resources = Jeśli grozi ci bezpośrednie niebezpieczeństwo, zadzwoń pod 112. Jeśli chcesz z kimś porozmawiać, zadzwoń pod bezpłatny numer 116 123 (telefon zaufania dla dorosłych w kryzysie emocjonalnym, także czat na 116sos.pl) albo 800 70 2222 (Centrum Wsparcia dla osób w kryzysie psychicznym). Dzieci i młodzież mogą dzwonić pod 116 111. Jeśli mieszkasz w innym kraju, bezpłatny telefon zaufania znajdziesz na https://findahelpline.com.
toolkit-lockdown-no-channels = Nie skonfigurowano kanałów blokady awaryjnej. Dodaj je w pliku z regułami, w [lockdown] channels.
toolkit-lockdown-already = Blokada awaryjna już trwa (kanały: { $channels }). Użyj /unlockdown, aby ją zakończyć.
toolkit-lockdown-not-active = Nie ma blokady awaryjnej do zakończenia.
toolkit-lockdown-announce =
    { $mode ->
        [slowmode] Moderacja na jakiś czas spowalnia ten kanał: { $reason }.
       *[lock] Moderacja na jakiś czas blokuje ten kanał: { $reason }.
    } Dziękujemy za cierpliwość.
toolkit-unlockdown-announce =
    { $mode ->
        [slowmode] Tryb powolny jest znowu wyłączony
       *[lock] Kanał jest znowu otwarty
    } — dziękujemy za cierpliwość. { $reason }
toolkit-lockdown-done =
    Blokada awaryjna włączona ({ $mode ->
        [slowmode] tryb powolny
       *[lock] kanały zablokowane
    }): { $count ->
        [one] { $count } kanał
        [few] { $count } kanały
        [many] { $count } kanałów
       *[other] { $count } kanału
    } — { $channels }.
toolkit-unlockdown-done =
    Koniec blokady awaryjnej: ponownie otwarto { $count ->
        [one] { $count } kanał
        [few] { $count } kanały
        [many] { $count } kanałów
       *[other] { $count } kanału
    } — { $channels }.
toolkit-lockdown-partial = Platforma odmówiła dla kanałów: { $channels }. Sprawdź tam moje uprawnienia.

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
toolkit-mediate-member = Cześć! { $moderator } z moderacji społeczności { $community } chce pomóc wam wyjaśnić sytuację — chodzi o ciebie i te osoby: { $others }. Nie chodzi o to, żeby kogoś karać. Gdy zechcesz porozmawiać, napisz do osoby { $moderator }. To, co powiesz, zostaje w zespole moderacji.
toolkit-mediate-log = { $moderator } rozpoczyna mediację z osobami: { $users }. Sprawdzenie: { $due }. Notatka: { $note }
toolkit-mediate-opened =
    Wysłano wiadomość do { $count ->
        [one] { $count } osoby
        [few] { $count } osób
        [many] { $count } osób
       *[other] { $count } osoby
    }. Przypomnę zespołowi o sprawdzeniu sytuacji: { $due }.
toolkit-mediate-unreachable = Nie udało mi się wysłać prywatnej wiadomości do: { $users }.
toolkit-mediate-followup = Czas sprawdzić, jak idzie mediacja z osobami: { $users }. Prowadzi: { $moderator }. Notatka: { $note }

## Co przechowują narzędzia moderacji (pokazuje /privacy)

data-toolkit-cases = Sprawy moderacyjne, które cię dotyczą (co postanowiono, kto z moderacji, dlaczego i na jak długo), prywatne notatki moderacji oraz twoje odwołania — żeby decyzje były spójne, dało się je sprawdzić i można było się od nich odwołać.
data-toolkit-reports = Zgłoszenia wysłane przez ciebie lub dotyczące ciebie: kto kogo zgłosił, powód i krótki fragment wiadomości — żeby moderacja mogła się tym zająć; jeśli ktoś cię zgłosi, kopia twoich danych pokaże zgłoszenie, ale nie to, kto je wysłał ani co napisał. Ostatnie wiadomości są tylko przez krótki czas trzymane w pamięci, by można było zacytować zgłoszoną wiadomość.
data-toolkit-crisis = Gdy wiadomość pasuje do planu kryzysowego społeczności: że wysłano alarm i którego planu dotyczył — żeby zespół mógł się do ciebie odezwać. Sam alarm nigdy nie prowadzi do kary.
data-toolkit-mediation = Mediacje rozpoczęte przez moderację: kogo zaproszono i notatka zespołu — żeby nikt nie zapomniał o sprawdzeniu sytuacji.
