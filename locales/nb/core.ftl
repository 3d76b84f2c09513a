# Kjernemeldinger: kommandofeil, plattformsfeil, tidsangivelser, retningslinjer.

## Kommandofeil

error-unknown-command = Jeg kjenner ikke til kommandoen /{ $command }. Skriv /help for å se hva jeg kan hjelpe med.
error-not-allowed =
    { $level ->
        [moderator] Bare moderatorer kan bruke /{ $command }.
        [admin] Bare administratorer kan bruke /{ $command }.
       *[everyone] Du kan ikke bruke /{ $command } her.
    }
error-option-missing = Du må fylle inn «{ $option }» for at jeg skal kunne gjøre dette.
error-unknown-option = /{ $command } har ikke noe alternativ som heter «{ $option }».
error-bad-duration = Jeg skjønte ikke «{ $value }» som tid for «{ $option }». Skriv et tall og en enhet, for eksempel 10m (minutter), 2h (timer) eller 1d (dager).
error-duration-too-long = «{ $value }» er lenger enn «{ $option }» tillater. Velg en kortere tid.
error-bad-choice = «{ $value }» er ikke et gyldig valg for «{ $option }». Velg ett av disse: { $choices }.
error-bad-number = «{ $option }» må være et heltall, og «{ $value }» er ikke det.
error-number-range = «{ $option }» må være mellom { $min } og { $max } – du skrev { $value }.
error-number-too-small = «{ $option }» må være minst { $min } – du skrev { $value }.
error-number-too-big = «{ $option }» kan være høyst { $max } – du skrev { $value }.
# «tegn» er likt i entall og flertall.
error-text-too-long = «{ $option }» kan være på maks { $limit } tegn. Kan du korte det litt ned?
error-internal = Beklager, noe gikk galt hos meg. Teamet kan se nærmere på det med hendelseskoden { $incident }.

## Plattformsfeil

action-failed = Det fikk jeg ikke til: { $reason }
action-unsupported =
    «{ $action }» er ikke tilgjengelig { $platform ->
        [discord] på Discord
        [telegram] på Telegram
        [console] i konsollen
       *[other] på { $platform }
    }.
action-no-adapter = Jeg er ikke koblet til noen chatteplattform akkurat nå, så jeg kan ikke gjennomføre det.
action-missing-permission = Jeg mangler tillatelsen «{ $permission }» her. Be en admin om å gi den til rollen min, og prøv igjen.
action-hierarchy = Jeg kan ikke iverksette tiltak mot { $user } – medlemmet har en rolle som er like høy som min eller høyere.
action-member-not-found = Jeg finner ikke { $user } her. Kan det hende personen har forlatt fellesskapet?
action-dm-closed = Jeg fikk ikke sendt en direktemelding til { $user } – personen har kanskje skrudd av direktemeldinger.

## Tidsangivelser

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
guidelines-missing = Her er det ikke lagt ut noen retningslinjer ennå. Er du usikker på noe, er det bare å spørre en moderator.
