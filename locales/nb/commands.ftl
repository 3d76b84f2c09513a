# Beskrivelser av kommandoer og alternativer: maks 100 tegn (Discords grense).

## Moderering

cmd-warn = Gi et medlem en advarsel og lagre den som en sak
cmd-warn-user = Medlemmet som skal få advarsel
cmd-warn-reason = Hvorfor – medlemmet får se dette
cmd-timeout = Gi et medlem timeout en stund
cmd-timeout-user = Medlemmet som skal få timeout
cmd-timeout-duration = Hvor lenge, f.eks. 10m, 2h eller 1d
cmd-timeout-reason = Hvorfor – medlemmet får se dette
cmd-untimeout = Opphev timeouten til et medlem før tiden
cmd-untimeout-user = Medlemmet som skal få timeouten opphevet
cmd-kick = Kast ut et medlem (vedkommende kan bli med igjen)
cmd-kick-user = Medlemmet som skal kastes ut
cmd-kick-reason = Hvorfor – lagres i saken
cmd-ban = Utesteng et medlem, permanent eller for en periode
cmd-ban-user = Medlemmet som skal utestenges
cmd-ban-reason = Hvorfor – lagres i saken
cmd-ban-duration = Ved midlertidig utestengelse: hvor lenge, f.eks. 1d eller 1w
cmd-ban-delete_messages = Slett også de siste meldingene fra medlemmet
cmd-unban = Opphev en utestengelse
cmd-unban-user = Medlemmet som skal få utestengelsen opphevet
cmd-purge = Slett de siste meldingene i kanalen
cmd-purge-count = Hvor mange meldinger som skal slettes
cmd-purge-user = Slett bare meldinger fra dette medlemmet
cmd-slowmode = Sakte modus: bestem hvor ofte medlemmer kan skrive i en kanal
cmd-slowmode-duration = Tid mellom meldinger, f.eks. 30s eller 2m
cmd-slowmode-channel = Kanalen (standard: denne)
cmd-lock = Lås en kanal så medlemmer ikke kan skrive der
cmd-lock-channel = Kanalen som skal låses (standard: denne)
cmd-unlock = Lås opp en kanal så medlemmer kan skrive igjen
cmd-unlock-channel = Kanalen som skal låses opp (standard: denne)
cmd-lockdown = Lås alle kanaler ved et raid eller en krisesituasjon
cmd-lockdown-reason = Hvorfor – vises i kunngjøringen
cmd-unlockdown = Avslutt nedstengningen og åpne kanalene igjen
cmd-unlockdown-reason = Noen ord til medlemmene om hva som skjedde

## Saker og notater

cmd-case = Vis en moderasjonssak
cmd-case-number = Saksnummeret
cmd-cases = Vis moderasjonshistorikken til et medlem
cmd-cases-user = Medlemmet du vil slå opp
cmd-note = Legg til et internt notat om et medlem
cmd-note-user = Medlemmet notatet gjelder
cmd-note-text = Notatet, for moderatorteamet
cmd-reason = Endre begrunnelsen i en sak
cmd-reason-case = Saksnummeret
cmd-reason-text = Den nye begrunnelsen

## For alle

cmd-report = Rapporter et medlem til moderatorene, diskret
cmd-report-user = Medlemmet du rapporterer
cmd-report-reason = Hva som skjedde
cmd-report-message = Lenke eller ID til meldingen, hvis det gjelder én bestemt
cmd-appeal = Be moderatorene se på en avgjørelse på nytt
cmd-appeal-case = Nummeret på saken du klager på
cmd-appeal-text = Hvorfor du mener avgjørelsen bør vurderes på nytt
cmd-thanks = Takk et medlem for hjelpen
cmd-thanks-user = Medlemmet du vil takke
cmd-leaderboard = Se hvem som har hjulpet til mest
cmd-leaderboard-period = Hvilken periode som skal vises
cmd-choice-period-week = Denne uken
cmd-choice-period-month = Denne måneden
cmd-choice-period-all = Gjennom tidene
cmd-guidelines = Les retningslinjene for fellesskapet
cmd-privacy = Hva Hearth lagrer om deg, og hvordan du får det slettet
cmd-stats = Aktiviteten i fellesskapet i korte trekk
cmd-help = Hva jeg kan gjøre, og hvordan kommandoene brukes
cmd-explain = Finn ut hvorfor en tekst ville blitt flagget
cmd-explain-text = Teksten som skal sjekkes
