# Adapter Discorda: błędy platformy, odpowiedzi na interakcje i menu kontekstowe wiadomości.

## Błędy platformy

discord-channel-not-found = Nie mogę znaleźć kanału #{ $channel } na tym serwerze.
discord-role-not-found = Nie mogę znaleźć roli „{ $role }” na tym serwerze.
discord-timeout-too-long = Wyciszenie na Discordzie może trwać najwyżej 28 dni. Wybierz krótszy czas albo użyj bana.
discord-slowmode-too-long = Tryb powolny na Discordzie może wynosić najwyżej 6 godzin.
discord-not-banned = Osoba { $user } nie ma tu bana.
discord-no-guild = Nie jestem teraz na żadnym serwerze Discorda tej społeczności.

## Wiadomości prywatne

discord-dm-closed = { $mention }, mam dla ciebie wiadomość, ale masz zablokowane wiadomości prywatne. Zezwól na wiadomości prywatne od osób z tego serwera, a następnym razem do ciebie dotrę.

## Interakcje

discord-report-message = Zgłoś wiadomość
discord-report-reason = Zgłoszone przez menu „Zgłoś wiadomość”
discord-no-community = Hearth nie jest jeszcze skonfigurowany dla tego serwera. Administracja może dodać go do pliku z regułami.
discord-command-done = Gotowe.
discord-command-failed = Niestety, nie udało się. Spróbuj ponownie za chwilę.
