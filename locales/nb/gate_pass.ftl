# Etter at kontrollen for nye medlemmer er bestått. Eies av cogs/gate.py.

gate-passed-confirm = Du er inne! Velkommen til { $community } – nå kan du skrive overalt.
gate-passed-waiting = Du svarte riktig, men jeg fikk ikke åpnet serveren for deg akkurat nå. Jeg har sagt fra til moderatorene; de slipper deg inn snart.
gate-report-stuck = { $name } besto kontrollen for nye medlemmer, men jeg fikk ikke { $mode ->
        [role] gitt personen rollen «{ $role }»
       *[timeout] opphevet begrensningen
    }. Slipp personen inn manuelt, og sjekk tillatelsene mine.
