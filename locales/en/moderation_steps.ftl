# When one step of an automatic moderation decision is refused by the platform.
# Owned by cogs/moderation/respond.py. $member and $channel are shown as the platform
# shows them (a clickable mention on Discord); $link opens the message ("-" when none).

moderation-step-failed-header = I acted on a message by { $member } in { $channel } ({ $link }), but not everything worked:
moderation-step-failed = • { $step ->
        [delete] Removing the message
        [warn] Warning the member
        [report] Telling the team
        [timeout] The timeout their strike points called for
        [kick] Removing them, as their strike points called for
        [ban] The ban their strike points called for
       *[other] “{ $step }”
    } failed: { $problem }
moderation-step-failed-kept = The incident is on record either way, with whatever did work.
