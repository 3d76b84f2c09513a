# Kontrollen for nye medlemmer (cogs/gate.py): et lite regnestykke eller å godta retningslinjene.

gate-captcha = Velkommen, { $name }! Før du kan skrive her, vil vi vite at du er et menneske: hva er { $a } + { $b }? Trykk på riktig svar nedenfor innen { $minutes ->
        [one] { $minutes } minutt
       *[other] { $minutes } minutter
    }.
gate-rules = Velkommen, { $name }! Før du kan skrive her, ber vi deg godta retningslinjene våre: vær snill, ikke spam, hold deg til temaet og ta vare på hverandres personvern. Trykk på knappen nedenfor innen { $minutes ->
        [one] { $minutes } minutt
       *[other] { $minutes } minutter
    }.
gate-accept-button = Jeg godtar retningslinjene
gate-removed = { $name } ble ikke ferdig med kontrollen for nye medlemmer og er tatt ut av fellesskapet for nå. Det er bare å bli med igjen og prøve på nytt.
gate-reason = Venter på kontrollen for nye medlemmer
gate-reason-wrong = Feil svar i kontrollen for nye medlemmer
gate-reason-timeout = Svarte ikke på kontrollen for nye medlemmer i tide
gate-passed = Besto kontrollen for nye medlemmer
