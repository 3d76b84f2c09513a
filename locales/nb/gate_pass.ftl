# Etter at kontrollen for nye medlemmer er bestått. Eies av cogs/gate.py.

gate-passed-confirm = Du er inne! Velkommen til { $community } – nå kan du skrive overalt.
gate-passed-waiting = Du svarte riktig, men jeg fikk ikke åpnet serveren for deg akkurat nå. Jeg har sagt fra til moderatorene; de slipper deg inn snart.
gate-report-stuck = { $name } besto kontrollen for nye medlemmer, men jeg fikk ikke { $mode ->
        [role] gitt personen rollen «{ $role }»
       *[timeout] opphevet begrensningen
    }. Slipp personen inn manuelt, og sjekk tillatelsene mine.

gate-report-repeated-held = { $name } besto ikke kontrollen for nye medlemmer igjen innen et døgn. Jeg fjerner ikke personen en gang til. { $mode ->
        [role] Personen har ikke rollen «{ $role }» og kan ikke skrive før en moderator gir den (eller bruker /ban).
       *[timeout] Personen forblir begrenset i et døgn, eller til en moderator bestemmer seg (/untimeout for å slippe personen inn, eller /ban).
    }
gate-report-rejoined-held = { $name } ble med igjen etter å ikke ha bestått kontrollen for nye medlemmer to ganger innen et døgn, så det blir ingen ny kontroll. { $mode ->
        [role] Personen kan ikke skrive før en moderator gir rollen «{ $role }» (eller bruker /ban).
       *[timeout] Personen forblir begrenset i et døgn, eller til en moderator bestemmer seg (/untimeout for å slippe personen inn, eller /ban).
    }
