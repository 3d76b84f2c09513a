# Sprawdzanie konfiguracji na Discordzie: uprawnienia, pozycja roli i kanały z pliku zasad.
# Należy do bot/adapters/discord_setup.py i discord_destinations.py.

## Uprawnienia tak, jak nazywają je ustawienia serwera Discorda (nazwa angielska w nawiasie)

discord-perm-manage-messages = Zarządzanie wiadomościami (Manage Messages)
discord-perm-moderate-members = Wyciszanie członków (Timeout Members)
discord-perm-kick-members = Wyrzucanie członków (Kick Members)
discord-perm-ban-members = Banowanie członków (Ban Members)
discord-perm-manage-channels = Zarządzanie kanałami (Manage Channels)
discord-perm-manage-roles = Zarządzanie rolami (Manage Roles)
discord-perm-manage-guild = Zarządzanie serwerem (Manage Server)
discord-perm-manage-threads = Zarządzanie wątkami (Manage Threads)
discord-perm-view-channel = Wyświetlanie kanałów (View Channels)
discord-perm-send-messages = Wysyłanie wiadomości (Send Messages)
discord-perm-read-message-history = Czytanie historii wiadomości (Read Message History)

## Raport dla dziennika moderacji

discord-setup-header = Działam na serwerze { $server }, ale zanim zrobię wszystko, o co prosi plik zasad, trzeba poprawić kilka rzeczy:
discord-setup-permission = • Nadaj mojej roli uprawnienie „{ $permission }”, { $why }.
discord-setup-why-manage_messages = żebym mógł usuwać wiadomości łamiące zasady
discord-setup-why-moderate_members = żebym mógł wyciszać członków
discord-setup-why-kick_members = żebym mógł wyrzucać członków, gdy wymagają tego punkty karne
discord-setup-why-ban_members = żebym mógł banować członków, gdy wymagają tego punkty karne
discord-setup-why-manage_channels = żebym mógł włączać tryb powolny podczas rajdów i blokad
discord-setup-why-manage_roles = żebym mógł blokować kanały i nadawać role
discord-setup-why-manage_guild = żebym mógł utrzymywać AutoMod Discorda w zgodzie z naszymi regułami słów kluczowych
discord-setup-channel-permission = • Na kanale { $channel } potrzebuję uprawnienia „{ $permission }”.
discord-setup-missing-channel = • Plik zasad wskazuje kanał „{ $name }” ({ $purpose ->
        [moderator_log] dziennik moderacji
        [reports] zgłoszenia członków
        [welcome] powitania
        [introductions] przedstawianie się
        [rules] zasady
        [gate] weryfikacja nowych osób
        [appeals] odwołania
        [alerts] alarmy kryzysowe
        [feedback] anonimowe uwagi
        [digest] cotygodniowe podsumowanie
        [events] wydarzenia
        [polls] ankiety
        [milestones] kamienie milowe
        [lockdown] blokady
        [suggested] propozycje kanałów
       *[other] { $purpose }
    }), ale na tym serwerze nie ma takiego kanału. Dopóki go nie będzie, wszystko, co miało tam trafić, będzie publikowane tutaj.
discord-setup-role-position = • Przesuń moją rolę „{ $mine }” nad rolę „{ $role }” w Ustawieniach serwera → Role, żebym mógł nadawać tę rolę członkom.
discord-setup-footer = Sprawdzę to ponownie po restarcie, po zmianie pliku zasad albo po dodaniu mnie do serwera.

## Zastępcze miejsca i pliki zasad

discord-destination-fallback = (Miało trafić na #{ $channel }, ale na tym serwerze nie ma takiego kanału.)
discord-rules-rejected = Nie udało mi się użyć ostatniej zmiany pliku zasad, więc nadal działam na ostatniej wersji, która była poprawna. Do poprawienia:
