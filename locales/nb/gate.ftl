# Kontrollen for nye medlemmer (cogs/gate.py): et lite regnestykke eller å godta reglene.

gate-captcha = { $name }, velkommen! Før du kan skrive her, vil vi vite at du er et menneske: hva er { $a } + { $b }? Trykk på riktig svar nedenfor innen { $minutes ->
        [one] { $minutes } minutt
       *[other] { $minutes } minutter
    }.
gate-rules = { $name }, velkommen! Før du kan skrive her, ber vi deg godta retningslinjene våre: vær snill, ikke spam, hold deg til temaet og beskytt hverandres personvern. Trykk på knappen nedenfor innen { $minutes ->
        [one] { $minutes } minutt
       *[other] { $minutes } minutter
    }.
gate-accept-button = Jeg godtar reglene
gate-removed = { $name } besto ikke kontrollen for nye medlemmer og er fjernet. Vedkommende er velkommen til å bli med igjen og prøve en gang til.
gate-reason = Venter på kontrollen for nye medlemmer
gate-reason-wrong = Feil svar på kontrollen for nye medlemmer
gate-reason-timeout = Svarte ikke på kontrollen for nye medlemmer i tide
gate-passed = Besto kontrollen for nye medlemmer
gate-report-repeated = { $name } ({ $user }) strøk på kontrollen for nye medlemmer igjen innen et døgn. Jeg fjerner ikke vedkommende en gang til: vedkommende forblir begrenset til en moderator bestemmer seg (/untimeout for å slippe inn, eller /ban).
gate-report-rejoined = { $name } ({ $user }) ble med igjen etter å ha strøket på kontrollen for nye medlemmer to ganger innen et døgn. Vedkommende er begrenset uten ny kontroll til en moderator bestemmer seg (/untimeout for å slippe inn, eller /ban).
