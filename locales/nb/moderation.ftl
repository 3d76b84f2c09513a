# Automatisk moderering: det medlemmer og moderatorer leser når en regel brytes.

guideline-respect = Respekt
guideline-no-spam = Ikke spam eller selvpromotering
guideline-on-topic = Hold deg til temaet
guideline-privacy = Beskytt personvernet
guideline-safety = Trygghet

moderation-warn =
    { $removed ->
        [yes] Hei { $name }! Jeg fjernet meldingen din fordi den bryter med retningslinjen vår «{ $guideline }».
       *[no] Hei { $name }! Meldingen din bryter med retningslinjen vår «{ $guideline }». Husk det til neste gang.
    } Mener du at jeg tok feil? Si fra til moderatorene, så ser de på det.
moderation-report =
    { $name } ({ $user }) brøt «{ $rule }» ({ $severity ->
        [mild] mildt
        [abusive] krenkende
        [slur] nedsettende ord
        [threat] trussel
       *[other] { $severity }
    }) i #{ $channel }: { $excerpt }
moderation-ladder-reason =
    { $points ->
        [one] { $points } prikk
       *[other] { $points } prikker
    } (siste regelbrudd: { $rule })
moderation-ladder-warn =
    Du har nå { $points ->
        [one] { $points } prikk
       *[other] { $points } prikker
    }. Prikkene forsvinner etter hvert, men kommer det flere regelbrudd, blir neste steg strengere – en timeout eller mer.

moderation-original = Original: «{ $text }»
moderation-translation = Oversettelse ({ $source } → moderatorenes språk): «{ $text }»
moderation-untranslated = Ikke oversatt ({ $why ->
        [disabled] oversettelse er slått av for denne boten
        [timeout] oversettelsestjenesten svarte for tregt
        [offline] fikk ikke kontakt med oversettelsestjenesten
        [same-language] teksten er allerede på moderatorenes språk
        [empty] det er ingen tekst å oversette
       *[other] oversettelsen mislyktes
    })

moderation-raid-started =
    Raidvarsel: { $joins } eller flere medlemmer ble med i løpet av { $seconds } sekunder. { $response ->
        [slowmode] Jeg har slått på sakte modus i { $channels }.
        [lock] Jeg har låst { $channels } så nye medlemmer ikke kan skrive der.
       *[alert] Jeg har ikke endret noen kanaler – bruk /lockdown eller /slowmode hvis det trengs.
    } Raidmodus slår seg av når ingen nye har blitt med på { $quiet }.
moderation-raid-ended =
    Pågangen har roet seg, så raidmodus er slått av. { $response ->
        [slowmode] Sakte modus er slått av i { $channels }.
        [lock] Jeg har låst opp { $channels } igjen.
       *[alert] Ingen kanaler ble endret.
    }

moderation-explain-clean = Denne teksten ville ikke blitt flagget. Jeg leser den som: «{ $text }»
moderation-explain-flagged = Denne teksten ville blitt flagget. Jeg leser den som: «{ $text }»
moderation-explain-finding =
    • { $rule } ({ $severity ->
        [mild] mildt
        [abusive] krenkende
        [slur] nedsettende ord
        [threat] trussel
       *[other] { $severity }
    }): «{ $excerpt }» → { $actions }
