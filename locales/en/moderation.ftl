# Automatic moderation: what members and moderators read when a rule is broken.

guideline-respect = Respect
guideline-no-spam = No spam or self-promotion
guideline-on-topic = Stay on topic
guideline-privacy = Protect privacy
guideline-safety = Safety

moderation-warn = Hi { $name }, I removed your message because it goes against our guideline “{ $guideline }”. If you think I got it wrong, you can appeal with /appeal and a moderator will take a look.
moderation-report = { $name } ({ $user }) broke “{ $rule }” ({ $severity }) in #{ $channel }: { $excerpt }
moderation-ladder-reason = Strike points reached { $points } (last rule: { $rule })
moderation-ladder-warn = You have { $points } strike points. Points fade over time, but more breaches lead to a timeout.

moderation-original = Original: “{ $text }”
moderation-translation = Translation ({ $source } → moderators' language): “{ $text }”
moderation-untranslated = Untranslated ({ $why ->
        [disabled] translation is turned off
        [timeout] the translation service was too slow
        [offline] the translation service could not be reached
        [same-language] already in the moderators' language
       *[other] { $why }
    })

moderation-raid-started = Raid alert: { $joins } or more members joined within { $seconds } seconds. Raid mode is on: new members' channels are slowed down until it calms down.
moderation-raid-ended = The raid has calmed down; raid mode is off again.

moderation-explain-clean = This text would not be flagged. Read as: “{ $text }”
moderation-explain-flagged = This text would be flagged. Read as: “{ $text }”
moderation-explain-finding = • { $rule } ({ $severity }): “{ $excerpt }” → { $actions }
