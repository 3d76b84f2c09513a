# Command and option descriptions: cmd-<name> and cmd-<name>-<option>.
# Discord allows at most 100 characters per description; keep them short.

## Moderation

cmd-warn = Warn a member and record it as a case
cmd-warn-user = The member to warn
cmd-warn-reason = Why — the member will see this
cmd-timeout = Time a member out: they can read but not post for a while
cmd-timeout-user = The member to time out
cmd-timeout-duration = How long, e.g. 10m, 2h or 1d
cmd-timeout-reason = Why — the member will see this
cmd-untimeout = End a member's timeout early
cmd-untimeout-user = The member whose timeout to end
cmd-kick = Remove a member from the community (they can rejoin)
cmd-kick-user = The member to remove
cmd-kick-reason = Why — the member will see this
cmd-ban = Ban a member, for good or for a while
cmd-ban-user = The member to ban
cmd-ban-reason = Why — the member will see this
cmd-ban-duration = For a temporary ban: how long, e.g. 1d or 1w
cmd-ban-delete_messages = Also delete their recent messages: yes, no, or how far back (up to 7d)
cmd-unban = Lift a ban
cmd-unban-user = The member whose ban to lift
cmd-purge = Delete recent messages in this channel
cmd-purge-count = How many recent messages to delete
cmd-purge-user = Only delete messages from this member
cmd-slowmode = Set how often members can post in a channel
cmd-slowmode-duration = Time between messages, e.g. 30s or 2m (0 turns it off)
cmd-slowmode-channel = The channel (default: this one)
cmd-lock = Lock a channel so members can read but not post
cmd-lock-channel = The channel to lock (default: this one)
cmd-unlock = Unlock a channel so members can post again
cmd-unlock-channel = The channel to unlock (default: this one)
cmd-lockdown = Lock every lockdown channel during a raid or emergency
cmd-lockdown-reason = Why — shown to members in the announcement
cmd-unlockdown = End the lockdown and reopen the channels
cmd-unlockdown-reason = A few words for members about what happened

## Cases and notes

cmd-case = Show a moderation case
cmd-case-number = The case number
cmd-cases = Show a member's cases and strike points
cmd-cases-user = The member to look up
cmd-note = Add a private moderator note about a member
cmd-note-user = The member the note is about
cmd-note-text = The note, for the moderator team
cmd-reason = Change the reason on a case
cmd-reason-case = The case number
cmd-reason-text = The new reason

## For everyone

cmd-report = Report a member to the moderators, privately
cmd-report-user = The member you're reporting
cmd-report-reason = What happened
cmd-report-message = Link or ID of the message, if it's about a specific one
cmd-appeal = Ask the moderators to look at a decision again
cmd-appeal-case = The number of the case you're appealing
cmd-appeal-text = Why you think the decision should change
cmd-thanks = Thank a member for their help
cmd-thanks-user = The member you want to thank
cmd-leaderboard = See who has been thanked the most
cmd-leaderboard-period = Which time span to show
cmd-choice-period-week = This week
cmd-choice-period-month = This month
cmd-choice-period-all = All time
cmd-guidelines = Read the community guidelines
cmd-privacy = What Hearth keeps about you, and how to get it erased
cmd-stats = Community activity at a glance
cmd-help = What I can do and how to use the commands
cmd-explain = Check whether a text would be flagged, and why
cmd-explain-text = The text to check
