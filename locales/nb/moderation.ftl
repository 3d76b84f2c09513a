# Automatisk moderering: det medlemmer og moderatorer leser når en regel brytes.

guideline-respect = Respekt
guideline-no-spam = Ikke spam eller selvpromotering
guideline-on-topic = Hold deg til temaet
guideline-privacy = Beskytt personvernet
guideline-safety = Trygghet

moderation-warn = Hei { $name }, jeg fjernet meldingen din fordi den går imot retningslinjen vår «{ $guideline }». Hvis du mener jeg tok feil, kan du klage med /appeal, så ser en moderator på det.
moderation-report = { $name } ({ $user }) brøt «{ $rule }» ({ $severity }) i #{ $channel }: { $excerpt }
moderation-ladder-reason = Prikkene nådde { $points } (siste regel: { $rule })
moderation-ladder-warn = Du har { $points } prikker. De blekner over tid, men flere brudd fører til en timeout.

moderation-original = Original: «{ $text }»
moderation-translation = Oversettelse ({ $source } → moderatorenes språk): «{ $text }»
moderation-untranslated = Ikke oversatt ({ $why ->
        [disabled] oversettelse er slått av
        [timeout] oversettelsestjenesten svarte for tregt
        [offline] fikk ikke kontakt med oversettelsestjenesten
        [same-language] allerede på moderatorenes språk
       *[other] { $why }
    })

moderation-raid-started = Raidvarsel: { $joins } eller flere medlemmer ble med i løpet av { $seconds } sekunder. Raidmodus er på: kanalene for nye medlemmer går saktere til det roer seg.
moderation-raid-ended = Raidet har roet seg; raidmodus er av igjen.

moderation-explain-clean = Denne teksten ville ikke blitt flagget. Lest som: «{ $text }»
moderation-explain-flagged = Denne teksten ville blitt flagget. Lest som: «{ $text }»
moderation-explain-finding = • { $rule } ({ $severity }): «{ $excerpt }» → { $actions }
