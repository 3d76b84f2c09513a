# Automatic moderation: what members and moderators read when a rule is broken.

guideline-respect = Respect
guideline-no-spam = No spam or self-promotion
guideline-on-topic = Stay on topic
guideline-privacy = Protect privacy
guideline-safety = Safety

# $removed: "yes" when the message was deleted, "no" when it was left up.
moderation-warn =
    { $removed ->
        [yes] Hi { $name }, I removed your message because it goes against our guideline “{ $guideline }”.
       *[no] Hi { $name }, your message goes against our guideline “{ $guideline }”. Please keep it in mind.
    } If you think I got it wrong, tell a moderator — they can take a look.
# $severity: mild, abusive, slur or threat; $rule: the rule file's id for the rule.
moderation-report =
    { $name } ({ $user }) broke “{ $rule }” ({ $severity ->
        [mild] mild
        [abusive] abusive
        [slur] slur
        [threat] threat
       *[other] { $severity }
    }) in #{ $channel }: { $excerpt }
# The reason stored on a case the strike ladder opens; $points has one decimal.
moderation-ladder-reason =
    { $points ->
        [one] { $points } strike point
       *[other] { $points } strike points
    } (latest rule broken: { $rule })
moderation-ladder-warn =
    You now have { $points ->
        [one] { $points } strike point
       *[other] { $points } strike points
    }. Points fade over time, but if more rule breaks follow, the next step is stricter — a timeout or more.

moderation-original = Original: “{ $text }”
moderation-translation = Translation ({ $source } → moderators' language): “{ $text }”
moderation-untranslated = Not translated ({ $why ->
        [disabled] translation is turned off for this bot
        [timeout] the translation service was too slow
        [offline] the translation service couldn't be reached
        [same-language] it's already in the moderators' language
        [empty] there's no text to translate
       *[other] the translation failed
    })

# $response: what raid mode did to the channels (slowmode, lock or alert: nothing);
# $channels: "#welcome, #introductions".
# $quiet: how long joins must stay quiet, in the accusative.
moderation-raid-started =
    Raid alert: { $joins } or more members joined within { $seconds } seconds. { $response ->
        [slowmode] I've turned on slowmode in { $channels }.
        [lock] I've locked { $channels } so new members can't post there.
       *[alert] I haven't changed any channels — use /lockdown or /slowmode if it's needed.
    } Raid mode ends by itself once nobody new has joined for { $quiet }.
moderation-raid-ended =
    The wave of joins has calmed down, so raid mode is off. { $response ->
        [slowmode] Slowmode is lifted in { $channels }.
        [lock] I've unlocked { $channels } again.
       *[alert] No channels were changed.
    }

moderation-explain-clean = This text would not be flagged. I read it as: “{ $text }”
moderation-explain-flagged = This text would be flagged. I read it as: “{ $text }”
moderation-explain-finding =
    • { $rule } ({ $severity ->
        [mild] mild
        [abusive] abusive
        [slur] slur
        [threat] threat
       *[other] { $severity }
    }): “{ $excerpt }” → { $actions }
