# När kontrollen för nya medlemmar är klar. Ägs av cogs/gate.py.

gate-passed-confirm = Du är inne! Välkommen till { $community } – nu kan du skriva överallt.
gate-passed-waiting = Du svarade rätt, men jag kunde inte öppna servern för dig just nu. Jag har sagt till moderatorerna; de släpper in dig inom kort.
gate-report-stuck = { $name } klarade kontrollen för nya medlemmar, men jag kunde inte { $mode ->
        [role] ge hen rollen ”{ $role }”
       *[timeout] häva begränsningen
    }. Släpp in hen manuellt och kontrollera mina behörigheter.
