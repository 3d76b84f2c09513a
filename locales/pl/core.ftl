# Komunikaty rdzenia: błędy poleceń, błędy platformy, czas trwania, zasady.
# Zwracamy się do użytkownika na „ty” i unikamy form rodzajowych (podano, ta osoba).

## Błędy poleceń

error-unknown-command = Nie znam polecenia /{ $command }. Wpisz /help, żeby zobaczyć, w czym mogę pomóc.
error-not-allowed =
    { $level ->
        [moderator] Tylko moderatorzy mogą używać polecenia /{ $command }.
        [admin] Tylko administratorzy mogą używać polecenia /{ $command }.
       *[everyone] Nie możesz tu używać polecenia /{ $command }.
    }
error-option-missing = Uzupełnij opcję „{ $option }” — bez niej nie dam rady tego zrobić.
error-unknown-option = Polecenie /{ $command } nie ma opcji „{ $option }”.
error-bad-duration = Nie rozumiem czasu „{ $value }” w opcji „{ $option }”. Wpisz liczbę z jednostką, np. 10m (minuty), 2h (godziny) albo 1d (dni).
error-duration-too-long = Czas „{ $value }” jest dłuższy, niż pozwala opcja „{ $option }”. Wybierz krótszy.
error-bad-choice = „{ $value }” to nie jest dostępna wartość opcji „{ $option }”. Wybierz jedną z: { $choices }.
error-bad-number = Opcja „{ $option }” wymaga liczby całkowitej, a „{ $value }” nią nie jest.
error-number-range = Opcja „{ $option }” musi mieścić się między { $min } a { $max } — podano { $value }.
error-number-too-small = Opcja „{ $option }” musi wynosić co najmniej { $min } — podano { $value }.
error-number-too-big = Opcja „{ $option }” może wynosić najwyżej { $max } — podano { $value }.
error-text-too-long =
    Tekst w opcji „{ $option }” może mieć najwyżej { $limit ->
        [one] { $limit } znak
        [few] { $limit } znaki
        [many] { $limit } znaków
       *[other] { $limit } znaku
    }. Spróbujesz go skrócić?
error-internal = Przepraszam, coś poszło nie tak po mojej stronie. Zespół znajdzie szczegóły pod kodem zdarzenia { $incident }.

## Błędy platformy

action-failed = Nie udało się tego zrobić: { $reason }
action-unsupported =
    Akcja „{ $action }” nie jest dostępna { $platform ->
        [discord] na Discordzie
        [telegram] na Telegramie
        [console] w konsoli
       *[other] na platformie { $platform }
    }.
action-no-adapter = Nie mam teraz połączenia z żadną platformą czatu, więc nie mogę tego wykonać.
action-missing-permission = Brakuje mi tutaj uprawnienia „{ $permission }”. Poproś kogoś z administracji o nadanie go mojej roli i spróbuj ponownie.
action-hierarchy = Nie mogę podjąć działań wobec { $user } — ta osoba ma rolę równą mojej albo wyższą.
action-member-not-found = Nie mogę znaleźć { $user } w tej społeczności. Możliwe, że ta osoba już odeszła.
action-dm-closed = Nie udało mi się wysłać prywatnej wiadomości do { $user } — możliwe, że ta osoba ma je wyłączone.

## Czas trwania
# Formy w mianowniku („1 minuta”). Po „na” liczba pojedyncza brzmi „na 1 minutę” —
# komunikat, który to wstawia, powinien sam wybrać formę z $count.

duration-seconds =
    { $count ->
        [one] { $count } sekunda
        [few] { $count } sekundy
        [many] { $count } sekund
       *[other] { $count } sekundy
    }
duration-minutes =
    { $count ->
        [one] { $count } minuta
        [few] { $count } minuty
        [many] { $count } minut
       *[other] { $count } minuty
    }
duration-hours =
    { $count ->
        [one] { $count } godzina
        [few] { $count } godziny
        [many] { $count } godzin
       *[other] { $count } godziny
    }
duration-days =
    { $count ->
        [one] { $count } dzień
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dnia
    }
duration-weeks =
    { $count ->
        [one] { $count } tydzień
        [few] { $count } tygodnie
        [many] { $count } tygodni
       *[other] { $count } tygodnia
    }

## Zasady

guidelines-header = Zasady społeczności { $community }
guidelines-missing = Ta społeczność nie opublikowała jeszcze swoich zasad. Jeśli masz wątpliwości, po prostu zapytaj kogoś z moderacji.
