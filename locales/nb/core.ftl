# Kjernemeldinger: kommandofeil, plattformsfeil, tidsangivelser, retningslinjer.
# Ordene følger ordlisten i locales/README.md.

## Kommandofeil

error-unknown-command = Jeg kjenner ikke til kommandoen /{ $command }. Skriv /help for å se hva jeg kan hjelpe med.
error-not-allowed =
    { $level ->
        [moderator] Bare moderatorer kan bruke /{ $command }.
        [admin] Bare administratorer kan bruke /{ $command }.
       *[everyone] Du kan ikke bruke /{ $command } her.
    }
error-option-missing = Fyll inn «{ $option }» – jeg trenger det for å gjøre dette.
error-unknown-option = /{ $command } har ikke noe alternativ som heter «{ $option }».
error-bad-duration = Jeg skjønte ikke «{ $value }» som tid for «{ $option }». Skriv et tall og en enhet, for eksempel 10m (minutter), 2h (timer) eller 1d (dager).
error-duration-too-long = «{ $value }» er lenger enn «{ $option }» tillater. Velg en kortere tid.
error-bad-choice = «{ $value }» er ikke et av valgene for «{ $option }». Velg ett av disse: { $choices }.
error-bad-number = «{ $option }» må være et heltall, og «{ $value }» er ikke det.
error-number-range = «{ $option }» må være mellom { $min } og { $max } – du skrev { $value }.
error-number-too-small = «{ $option }» må være minst { $min } – du skrev { $value }.
error-number-too-big = «{ $option }» kan være høyst { $max } – du skrev { $value }.
# «tegn» er likt i entall og flertall.
error-text-too-long = «{ $option }» kan være på høyst { $limit } tegn. Kan du korte det litt ned?
error-internal = Beklager, noe gikk galt hos meg. Hvis det skjer igjen, kan du gi teamet denne feilkoden: { $incident }.

## Plattformsfeil

action-failed = Det fikk jeg ikke til: { $reason }
action-unsupported =
    { $action ->
        [delete] Å slette meldinger
        [warn] Å gi advarsler
        [timeout] Å gi timeout
        [untimeout] Å oppheve en timeout
        [kick] Å kaste ut medlemmer
        [ban] Å utestenge medlemmer
        [unban] Å oppheve en utestengelse
        [dm] Å sende direktemeldinger
        [role_add] Å gi roller
        [role_remove] Å ta fra roller
        [slowmode] Sakte modus
        [lock] Å låse kanaler
        [unlock] Å låse opp kanaler
        [purge] Å slette mange meldinger på en gang
       *[other] «{ $action }»
    } går ikke { $platform ->
        [discord] på Discord
        [telegram] på Telegram
        [console] i konsollen
       *[other] på { $platform }
    }.
action-no-adapter = Jeg er ikke koblet til noen chatteplattform akkurat nå, så jeg kan ikke gjøre det.
action-missing-permission = Jeg mangler tillatelsen «{ $permission }» her. Be en administrator om å gi den til rollen min, og prøv igjen.
action-hierarchy = Jeg kan ikke gjøre noe med { $user }: den høyeste rollen til personen er like høy som min eller høyere. En administrator kan flytte rollen min høyere.
action-member-not-found = Jeg finner ikke { $user } i fellesskapet. Kanskje personen har gått ut?
action-dm-closed = Jeg fikk ikke sendt en direktemelding til { $user } – personen har kanskje skrudd av direktemeldinger.

## Tidsangivelser (norsk har ikke kasus, så $case brukes ikke)

duration-seconds =
    { $count ->
        [one] { $count } sekund
       *[other] { $count } sekunder
    }
duration-minutes =
    { $count ->
        [one] { $count } minutt
       *[other] { $count } minutter
    }
duration-hours =
    { $count ->
        [one] { $count } time
       *[other] { $count } timer
    }
duration-days =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dager
    }
duration-weeks =
    { $count ->
        [one] { $count } uke
       *[other] { $count } uker
    }

## Retningslinjer

guidelines-header = Retningslinjer for { $community }
guidelines-missing = Fellesskapet har ikke lagt ut noen retningslinjer ennå. Er du usikker på noe, er det bare å spørre en moderator.
