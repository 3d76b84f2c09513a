# Beskrivelser av kommandoer og alternativer: høyst 100 tegn (Discords grense).

## Moderering

cmd-warn = Gi et medlem en advarsel og lagre den som en sak
cmd-warn-user = Medlemmet som skal få advarsel
cmd-warn-reason = Hvorfor – medlemmet får se dette
cmd-timeout = Gi et medlem timeout: kan lese, men ikke skrive en stund
cmd-timeout-user = Medlemmet som skal få timeout
cmd-timeout-duration = Hvor lenge, f.eks. 10m, 2h eller 1d
cmd-timeout-reason = Hvorfor – medlemmet får se dette
cmd-untimeout = Avslutt timeouten til et medlem før tiden
cmd-untimeout-user = Medlemmet som skal få timeouten avsluttet
cmd-kick = Kast ut et medlem (medlemmet kan bli med igjen)
cmd-kick-user = Medlemmet som skal kastes ut
cmd-kick-reason = Hvorfor – medlemmet får se dette
cmd-ban = Utesteng et medlem, for godt eller en periode
cmd-ban-user = Medlemmet som skal utestenges
cmd-ban-reason = Hvorfor – medlemmet får se dette
cmd-ban-duration = Ved midlertidig utestengelse: hvor lenge, f.eks. 1d eller 1w
cmd-ban-delete_messages = Slett også de siste meldingene fra medlemmet: ja, nei eller hvor langt tilbake (høyst 7d)
cmd-unban = Opphev en utestengelse
cmd-unban-user = Medlemmet som skal få utestengelsen opphevet
cmd-purge = Slett de siste meldingene i kanalen
cmd-purge-count = Hvor mange av de siste meldingene som skal slettes
cmd-purge-user = Slett bare meldinger fra dette medlemmet
cmd-slowmode = Bestem hvor ofte medlemmer kan skrive i en kanal (sakte modus)
cmd-slowmode-duration = Tid mellom meldinger, f.eks. 30s eller 2m (0 slår det av)
cmd-slowmode-channel = Kanalen (standard: denne)
cmd-lock = Lås en kanal så medlemmer kan lese, men ikke skrive
cmd-lock-channel = Kanalen som skal låses (standard: denne)
cmd-unlock = Lås opp en kanal så medlemmer kan skrive igjen
cmd-unlock-channel = Kanalen som skal låses opp (standard: denne)
cmd-lockdown = Lås alle nedstengingskanalene ved et raid eller en krise
cmd-lockdown-reason = Hvorfor – medlemmene ser det i kunngjøringen
cmd-unlockdown = Avslutt nedstengingen og åpne kanalene igjen
cmd-unlockdown-reason = Noen ord til medlemmene om hva som skjedde

## Saker og notater

cmd-case = Vis en modereringssak
cmd-case-number = Saksnummeret
cmd-cases = Vis sakene og prikkene til et medlem
cmd-cases-user = Medlemmet du vil slå opp
cmd-note = Legg til et privat moderatornotat om et medlem
cmd-note-user = Medlemmet notatet gjelder
cmd-note-text = Notatet, for moderatorteamet
cmd-reason = Endre grunnen i en sak
cmd-reason-case = Saksnummeret
cmd-reason-text = Den nye grunnen

## For alle

cmd-report = Rapporter et medlem til moderatorene, i fortrolighet
cmd-report-user = Medlemmet du rapporterer
cmd-report-reason = Hva som skjedde
cmd-report-message = Lenke eller ID til meldingen, hvis det gjelder én bestemt
cmd-appeal = Be moderatorene se på en avgjørelse på nytt
cmd-appeal-case = Nummeret på saken du klager på
cmd-appeal-text = Hvorfor du mener avgjørelsen bør endres
cmd-thanks = Takk et medlem for hjelpen
cmd-thanks-user = Medlemmet du vil takke
cmd-leaderboard = Se hvem som har fått flest takk
cmd-leaderboard-period = Hvilken periode som skal vises
cmd-choice-period-week = Denne uken
cmd-choice-period-month = Denne måneden
cmd-choice-period-all = Gjennom tidene
cmd-guidelines = Les retningslinjene for fellesskapet
cmd-privacy = Hva Hearth lagrer om deg, og hvordan du får det slettet
cmd-stats = Aktiviteten i fellesskapet i korte trekk
cmd-help = Hva jeg kan gjøre, og hvordan kommandoene brukes
cmd-explain = Sjekk om en tekst ville blitt flagget, og hvorfor
cmd-explain-text = Teksten som skal sjekkes
