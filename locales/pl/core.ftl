# Komunikaty rdzenia: błędy poleceń, błędy platformy, czas trwania, zasady.
# Słownictwo według słowniczka w locales/README.md. Zwracamy się na „ty” (małą literą),
# bez form rodzajowych: czas teraźniejszy, formy bezosobowe („usunięto”) albo „osoba”.

## Błędy poleceń

error-unknown-command = Nie znam polecenia /{ $command }. Wpisz /help, żeby zobaczyć, w czym mogę pomóc.
error-not-allowed =
    { $level ->
        [moderator] Z polecenia /{ $command } może korzystać tylko moderacja.
        [admin] Z polecenia /{ $command } może korzystać tylko administracja.
       *[everyone] Nie możesz tu używać polecenia /{ $command }.
    }
error-option-missing = Uzupełnij opcję „{ $option }” — bez niej nie dam rady tego zrobić.
error-unknown-option = Polecenie /{ $command } nie ma opcji „{ $option }”.
error-bad-duration = Nie rozumiem czasu „{ $value }” w opcji „{ $option }”. Wpisz liczbę z jednostką, np. 10m (minuty), 2h (godziny) albo 1d (dni).
error-duration-too-long = Czas „{ $value }” jest dłuższy, niż pozwala opcja „{ $option }”. Wybierz krótszy.
error-bad-choice = „{ $value }” to nie jest żadna z wartości opcji „{ $option }”. Wybierz jedną z: { $choices }.
error-bad-number = Opcja „{ $option }” wymaga liczby całkowitej, a „{ $value }” nią nie jest.
error-number-range = Opcja „{ $option }” musi mieścić się między { $min } a { $max } — wpisano { $value }.
error-number-too-small = Opcja „{ $option }” musi wynosić co najmniej { $min } — wpisano { $value }.
error-number-too-big = Opcja „{ $option }” może wynosić najwyżej { $max } — wpisano { $value }.
error-text-too-long =
    Tekst w opcji „{ $option }” może mieć najwyżej { $limit ->
        [one] { $limit } znak
        [few] { $limit } znaki
        [many] { $limit } znaków
       *[other] { $limit } znaku
    }. Spróbujesz go skrócić?
error-internal = Przepraszam, coś poszło nie tak po mojej stronie. Jeśli to się powtórzy, przekaż zespołowi ten kod błędu: { $incident }.

## Błędy platformy

action-failed = Nie udało się tego zrobić: { $reason }
action-unsupported =
    { $action ->
        [delete] Usuwanie wiadomości
        [warn] Ostrzeganie
        [timeout] Wyciszanie
        [untimeout] Zdejmowanie wyciszenia
        [kick] Wyrzucanie ze społeczności
        [ban] Banowanie
        [unban] Zdejmowanie bana
        [dm] Wysyłanie wiadomości prywatnych
        [role_add] Nadawanie ról
        [role_remove] Odbieranie ról
        [slowmode] Tryb powolny
        [lock] Blokowanie kanałów
        [unlock] Odblokowywanie kanałów
        [purge] Usuwanie wielu wiadomości naraz
       *[other] Działanie „{ $action }”
    } nie jest dostępne { $platform ->
        [discord] na Discordzie
        [telegram] na Telegramie
        [console] w konsoli
       *[other] na platformie { $platform }
    }.
action-no-adapter = Nie mam teraz połączenia z żadną platformą czatu, więc nie mogę tego wykonać.
action-missing-permission = Brakuje mi tutaj uprawnienia „{ $permission }”. Poproś administrację o nadanie go mojej roli i spróbuj ponownie.
action-hierarchy = Nie mogę nic zrobić wobec osoby { $user }: jej najwyższa rola jest równa mojej albo wyższa. Administracja może przesunąć moją rolę wyżej.
action-member-not-found = Nie mogę znaleźć osoby { $user } w tej społeczności. Może już odeszła?
action-dm-closed = Nie udało mi się wysłać prywatnej wiadomości do osoby { $user } — może mieć je wyłączone.

## Czas trwania
# $case: przypadek, którego wymaga zdanie. Kod podaje go przy każdym użyciu
# (bot/i18n.py): mianownik („Czas: 5 minut”), biernik („na 1 godzinę”, „za 1 minutę”,
# „co 1 tydzień”), dopełniacz („w ciągu 1 minuty”), narzędnik („przed 1 minutą”).
# Ułamki (1,5) biorą dopełniacz liczby pojedynczej: „1,5 godziny”.

duration-seconds =
    { $case ->
        [accusative] { $count ->
            [one] { $count } sekundę
            [few] { $count } sekundy
            [many] { $count } sekund
           *[other] { $count } sekundy
        }
        [genitive] { $count ->
            [one] { $count } sekundy
            [few] { $count } sekund
            [many] { $count } sekund
           *[other] { $count } sekundy
        }
        [instrumental] { $count ->
            [one] { $count } sekundą
            [few] { $count } sekundami
            [many] { $count } sekundami
           *[other] { $count } sekundy
        }
       *[nominative] { $count ->
            [one] { $count } sekunda
            [few] { $count } sekundy
            [many] { $count } sekund
           *[other] { $count } sekundy
        }
    }
duration-minutes =
    { $case ->
        [accusative] { $count ->
            [one] { $count } minutę
            [few] { $count } minuty
            [many] { $count } minut
           *[other] { $count } minuty
        }
        [genitive] { $count ->
            [one] { $count } minuty
            [few] { $count } minut
            [many] { $count } minut
           *[other] { $count } minuty
        }
        [instrumental] { $count ->
            [one] { $count } minutą
            [few] { $count } minutami
            [many] { $count } minutami
           *[other] { $count } minuty
        }
       *[nominative] { $count ->
            [one] { $count } minuta
            [few] { $count } minuty
            [many] { $count } minut
           *[other] { $count } minuty
        }
    }
duration-hours =
    { $case ->
        [accusative] { $count ->
            [one] { $count } godzinę
            [few] { $count } godziny
            [many] { $count } godzin
           *[other] { $count } godziny
        }
        [genitive] { $count ->
            [one] { $count } godziny
            [few] { $count } godzin
            [many] { $count } godzin
           *[other] { $count } godziny
        }
        [instrumental] { $count ->
            [one] { $count } godziną
            [few] { $count } godzinami
            [many] { $count } godzinami
           *[other] { $count } godziny
        }
       *[nominative] { $count ->
            [one] { $count } godzina
            [few] { $count } godziny
            [many] { $count } godzin
           *[other] { $count } godziny
        }
    }
duration-days =
    { $case ->
        [accusative] { $count ->
            [one] { $count } dzień
            [few] { $count } dni
            [many] { $count } dni
           *[other] { $count } dnia
        }
        [genitive] { $count ->
            [one] { $count } dnia
            [few] { $count } dni
            [many] { $count } dni
           *[other] { $count } dnia
        }
        [instrumental] { $count ->
            [one] { $count } dniem
            [few] { $count } dniami
            [many] { $count } dniami
           *[other] { $count } dnia
        }
       *[nominative] { $count ->
            [one] { $count } dzień
            [few] { $count } dni
            [many] { $count } dni
           *[other] { $count } dnia
        }
    }
duration-weeks =
    { $case ->
        [accusative] { $count ->
            [one] { $count } tydzień
            [few] { $count } tygodnie
            [many] { $count } tygodni
           *[other] { $count } tygodnia
        }
        [genitive] { $count ->
            [one] { $count } tygodnia
            [few] { $count } tygodni
            [many] { $count } tygodni
           *[other] { $count } tygodnia
        }
        [instrumental] { $count ->
            [one] { $count } tygodniem
            [few] { $count } tygodniami
            [many] { $count } tygodniami
           *[other] { $count } tygodnia
        }
       *[nominative] { $count ->
            [one] { $count } tydzień
            [few] { $count } tygodnie
            [many] { $count } tygodni
           *[other] { $count } tygodnia
        }
    }

## Zasady

guidelines-header = Zasady społeczności { $community }
guidelines-missing = Ta społeczność nie opublikowała jeszcze swoich zasad. Jeśli masz wątpliwości, po prostu zapytaj kogoś z moderacji.
