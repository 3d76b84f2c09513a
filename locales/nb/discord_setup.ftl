# Kontroll av Discord-oppsettet: tillatelser, rollens plassering og kanalene i regelfilen.
# Eies av bot/adapters/discord_setup.py og discord_destinations.py.

## Tillatelser slik Discords serverinnstillinger kaller dem (engelsk navn i parentes)

discord-perm-manage-messages = Administrer meldinger (Manage Messages)
discord-perm-moderate-members = Gi medlemmer timeout (Timeout Members)
discord-perm-kick-members = Kaste ut medlemmer (Kick Members)
discord-perm-ban-members = Utestenge medlemmer (Ban Members)
discord-perm-manage-channels = Administrer kanaler (Manage Channels)
discord-perm-manage-roles = Administrer roller (Manage Roles)
discord-perm-manage-guild = Administrer server (Manage Server)
discord-perm-manage-threads = Administrer tråder (Manage Threads)
discord-perm-view-channel = Se kanaler (View Channels)
discord-perm-send-messages = Send meldinger (Send Messages)
discord-perm-read-message-history = Les meldingshistorikk (Read Message History)

## Rapporten til moderatorloggen

discord-setup-header = Jeg kjører på { $server }, men noen ting må fikses før jeg kan gjøre alt regelfilen ber om:
discord-setup-permission = • Gi rollen min tillatelsen «{ $permission }» { $why }.
discord-setup-why-manage_messages = så jeg kan fjerne meldinger som bryter reglene
discord-setup-why-moderate_members = så jeg kan gi medlemmer timeout
discord-setup-why-kick_members = så jeg kan kaste ut medlemmer når prikkene tilsier det
discord-setup-why-ban_members = så jeg kan utestenge medlemmer når prikkene tilsier det
discord-setup-why-manage_channels = så jeg kan slå på sakte modus under raid og nedstenginger
discord-setup-why-manage_roles = så jeg kan låse kanaler og dele ut roller
discord-setup-why-manage_guild = så jeg kan holde Discords AutoMod i takt med nøkkelordreglene våre
discord-setup-channel-permission = • I { $channel } trenger jeg «{ $permission }».
discord-setup-missing-channel = • Regelfilen nevner en kanal «{ $name }» ({ $purpose ->
        [moderator_log] moderatorloggen
        [reports] meldinger fra medlemmer
        [welcome] velkomstmeldinger
        [introductions] presentasjoner
        [rules] reglene
        [gate] sjekken av nye medlemmer
        [appeals] klager
        [alerts] krisevarsler
        [feedback] anonyme tilbakemeldinger
        [digest] ukesoppsummeringen
        [events] arrangementer
        [polls] avstemninger
        [milestones] milepæler
        [lockdown] nedstenginger
        [suggested] kanalforslag
       *[other] { $purpose }
    }), men serveren har ingen slik kanal. Til den finnes, havner alt som skulle dit her i stedet.
discord-setup-role-position = • Flytt rollen min «{ $mine }» over «{ $role }» under Serverinnstillinger → Roller, så jeg kan gi medlemmer den rollen.
discord-setup-footer = Jeg sjekker igjen når jeg starter på nytt, når regelfilen endres, eller når jeg legges til på en server.

## Reserveveier og regelfiler

discord-destination-fallback = (Skulle til #{ $channel }, men den kanalen finnes ikke på serveren.)
discord-rules-rejected = Jeg kunne ikke bruke den siste endringen i regelfilen, så jeg kjører videre på siste versjon som fungerte. Dette må rettes:
