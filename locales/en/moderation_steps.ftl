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
# The warning when the message could not be removed (so it does not claim it was).
moderation-warn-kept = Hi { $name }, your message goes against our guideline “{ $guideline }”. Please edit or remove it. If you think I got it wrong, you can appeal with /appeal and a moderator will take a look.
