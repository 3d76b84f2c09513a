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
