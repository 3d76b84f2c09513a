# Automatisk moderering: vad medlemmar och moderatorer läser när en regel bryts.

guideline-respect = Respekt
guideline-no-spam = Ingen spam eller egenreklam
guideline-on-topic = Håll dig till ämnet
guideline-privacy = Skydda privatlivet
guideline-safety = Trygghet

moderation-warn = Hej { $name }, jag tog bort ditt meddelande eftersom det går emot vår riktlinje ”{ $guideline }”. Om du tycker att jag gjort fel kan du överklaga med /appeal, så tittar en moderator på det.
moderation-report = { $name } ({ $user }) bröt mot ”{ $rule }” ({ $severity }) i #{ $channel }: { $excerpt }
moderation-ladder-reason = Prickarna nådde { $points } (senaste regel: { $rule })
moderation-ladder-warn = Du har { $points } prickar. De bleknar med tiden, men fler överträdelser leder till en timeout.

moderation-original = Original: ”{ $text }”
moderation-translation = Översättning ({ $source } → moderatorernas språk): ”{ $text }”
moderation-untranslated = Inte översatt ({ $why ->
        [disabled] översättning är avstängd
        [timeout] översättningstjänsten svarade för långsamt
        [offline] översättningstjänsten gick inte att nå
        [same-language] redan på moderatorernas språk
       *[other] { $why }
    })

moderation-raid-started = Raidvarning: { $joins } eller fler medlemmar gick med inom { $seconds } sekunder. Raidläget är på: kanalerna för nya medlemmar går långsammare tills det lugnat sig.
moderation-raid-ended = Raiden har lugnat sig; raidläget är av igen.

moderation-explain-clean = Den här texten skulle inte flaggas. Tolkad som: ”{ $text }”
moderation-explain-flagged = Den här texten skulle flaggas. Tolkad som: ”{ $text }”
moderation-explain-finding = • { $rule } ({ $severity }): ”{ $excerpt }” → { $actions }
