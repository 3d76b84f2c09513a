# Kontroller av Discord-inställningen: behörigheter, rollens placering och kanalerna i regelfilen.
# Ägs av bot/adapters/discord_setup.py och discord_destinations.py.

## Behörigheter som Discords serverinställningar kallar dem (engelska namnet inom parentes)

discord-perm-manage-messages = Hantera meddelanden (Manage Messages)
discord-perm-moderate-members = Ge medlemmar timeout (Timeout Members)
discord-perm-kick-members = Sparka ut medlemmar (Kick Members)
discord-perm-ban-members = Bannlysa medlemmar (Ban Members)
discord-perm-manage-channels = Hantera kanaler (Manage Channels)
discord-perm-manage-roles = Hantera roller (Manage Roles)
discord-perm-manage-guild = Hantera server (Manage Server)
discord-perm-manage-threads = Hantera trådar (Manage Threads)
discord-perm-view-channel = Visa kanaler (View Channels)
discord-perm-send-messages = Skicka meddelanden (Send Messages)
discord-perm-read-message-history = Läsa meddelandehistorik (Read Message History)

## Rapporten till moderatorloggen

discord-setup-header = Jag är igång på { $server }, men några saker behöver fixas innan jag kan göra allt som regelfilen ber om:
discord-setup-permission = • Ge min roll behörigheten ”{ $permission }” { $why }.
discord-setup-why-manage_messages = så att jag kan ta bort meddelanden som bryter mot reglerna
discord-setup-why-moderate_members = så att jag kan ge medlemmar timeout
discord-setup-why-kick_members = så att jag kan sparka ut medlemmar när prickarna kräver det
discord-setup-why-ban_members = så att jag kan bannlysa medlemmar när prickarna kräver det
discord-setup-why-manage_channels = så att jag kan slå på långsamt läge vid raider och nedstängningar
discord-setup-why-manage_roles = så att jag kan låsa kanaler och dela ut roller
discord-setup-why-manage_guild = så att jag kan hålla Discords AutoMod i takt med våra nyckelordsregler
discord-setup-channel-permission = • I { $channel } behöver jag ”{ $permission }”.
discord-setup-missing-channel = • Regelfilen nämner en kanal ”{ $name }” ({ $purpose ->
        [moderator_log] moderatorloggen
        [reports] medlemmarnas anmälningar
        [welcome] välkomstmeddelanden
        [introductions] presentationer
        [rules] reglerna
        [gate] kontrollen av nya medlemmar
        [appeals] överklaganden
        [alerts] krislarm
        [feedback] anonym feedback
        [digest] veckosammanfattningen
        [events] evenemang
        [polls] omröstningar
        [milestones] milstolpar
        [lockdown] nedstängningar
        [suggested] kanalförslag
       *[other] { $purpose }
    }), men servern har ingen sådan kanal. Tills den finns hamnar allt som skulle dit här i stället.
discord-setup-role-position = • Flytta min roll ”{ $mine }” ovanför ”{ $role }” under Serverinställningar → Roller, så att jag kan ge medlemmar den rollen.
discord-setup-footer = Jag kollar igen när jag startar om, när regelfilen ändras eller när jag läggs till på en server.

## Reservvägar och regelfiler

discord-destination-fallback = (Skulle till #{ $channel }, men den kanalen finns inte på servern.)
discord-rules-rejected = Jag kunde inte använda den senaste ändringen av regelfilen, så jag kör vidare på den senaste versionen som fungerade. Det här behöver rättas:
