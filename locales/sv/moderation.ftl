# Automatisk moderering: vad medlemmar och moderatorer läser när en regel bryts.

guideline-respect = Respekt
guideline-no-spam = Ingen spam eller egenreklam
guideline-on-topic = Håll dig till ämnet
guideline-privacy = Skydda privatlivet
guideline-safety = Trygghet

moderation-warn =
    { $removed ->
        [yes] Hej { $name }! Jag tog bort ditt meddelande eftersom det går emot vår riktlinje ”{ $guideline }”.
       *[no] Hej { $name }! Ditt meddelande går emot vår riktlinje ”{ $guideline }”. Tänk på det framöver.
    } Tycker du att jag gjorde fel? Säg till en moderator, så tittar hen på det.
moderation-report =
    { $name } ({ $user }) bröt mot ”{ $rule }” ({ $severity ->
        [mild] lindrigt
        [abusive] kränkande
        [slur] glåpord
        [threat] hot
       *[other] { $severity }
    }) i #{ $channel }: { $excerpt }
moderation-ladder-reason =
    { $points ->
        [one] { $points } prick
       *[other] { $points } prickar
    } (senaste regelbrott: { $rule })
moderation-ladder-warn =
    Du har nu { $points ->
        [one] { $points } prick
       *[other] { $points } prickar
    }. Prickar försvinner med tiden, men om det blir fler regelbrott blir nästa steg strängare – en timeout eller mer.

moderation-original = Original: ”{ $text }”
moderation-translation = Översättning ({ $source } → moderatorernas språk): ”{ $text }”
moderation-untranslated = Inte översatt ({ $why ->
        [disabled] översättning är avstängd för den här boten
        [timeout] översättningstjänsten svarade för långsamt
        [offline] översättningstjänsten gick inte att nå
        [same-language] texten är redan på moderatorernas språk
        [empty] det finns ingen text att översätta
       *[other] översättningen misslyckades
    })

moderation-raid-started =
    Raidvarning: { $joins } eller fler medlemmar gick med inom { $seconds } sekunder. { $response ->
        [slowmode] Jag har slagit på långsamt läge i { $channels }.
        [lock] Jag har låst { $channels } så att nya medlemmar inte kan skriva där.
       *[alert] Jag har inte ändrat några kanaler – använd /lockdown eller /slowmode om det behövs.
    } Raidläget slutar av sig självt när ingen ny har gått med på { $quiet }.
moderation-raid-ended =
    Anstormningen har lugnat sig, så raidläget är avstängt. { $response ->
        [slowmode] Långsamt läge är avstängt i { $channels }.
        [lock] Jag har låst upp { $channels } igen.
       *[alert] Inga kanaler ändrades.
    }

moderation-explain-clean = Den här texten skulle inte flaggas. Jag läser den som: ”{ $text }”
moderation-explain-flagged = Den här texten skulle flaggas. Jag läser den som: ”{ $text }”
moderation-explain-finding =
    • { $rule } ({ $severity ->
        [mild] lindrigt
        [abusive] kränkande
        [slur] glåpord
        [threat] hot
       *[other] { $severity }
    }): ”{ $excerpt }” → { $actions }
