# När kontrollen för nya medlemmar är klar. Ägs av cogs/gate.py.

gate-passed-confirm = Du är inne! Välkommen till { $community } – nu kan du skriva överallt.
gate-passed-waiting = Du svarade rätt, men jag kunde inte öppna servern för dig just nu. Jag har sagt till moderatorerna; de släpper in dig inom kort.
gate-report-stuck = { $name } klarade kontrollen för nya medlemmar, men jag kunde inte { $mode ->
        [role] ge hen rollen ”{ $role }”
       *[timeout] häva begränsningen
    }. Släpp in hen manuellt och kontrollera mina behörigheter.

gate-report-repeated-held = { $name } klarade inte kontrollen för nya medlemmar igen inom ett dygn. Jag tar inte bort hen en gång till. { $mode ->
        [role] Hen har inte rollen ”{ $role }” och kan inte skriva förrän en moderator ger hen den (eller använder /ban).
       *[timeout] Hen förblir begränsad i ett dygn, eller tills en moderator bestämmer sig (/untimeout för att släppa in hen, eller /ban).
    }
gate-report-rejoined-held = { $name } gick med igen efter att två gånger inom ett dygn inte ha klarat kontrollen för nya medlemmar, så det blir ingen ny fråga. { $mode ->
        [role] Hen kan inte skriva förrän en moderator ger hen rollen ”{ $role }” (eller använder /ban).
       *[timeout] Hen förblir begränsad i ett dygn, eller tills en moderator bestämmer sig (/untimeout för att släppa in hen, eller /ban).
    }
