# The moderators' toolkit (cogs/toolkit/): replies to moderators, messages to members,
# posts in the moderators' log and queue. $user/$moderator are member names or ids.
# Spans of time ($duration, $limit, $half_life, $remaining) come from bot/i18n.py in
# the grammatical case noted beside each message (see core.ftl).

## Commands this file adds beyond commands.ftl

cmd-history = Export a member's moderation history
cmd-history-user = The member whose history to export
cmd-history-format = text (readable) or json
cmd-choice-format-text = Readable text
cmd-choice-format-json = JSON
cmd-mediate = Open a private talk with members in a conflict
cmd-mediate-users = The members involved, separated by commas
cmd-mediate-note = A note for the team about the situation
cmd-mediate-after = When to remind the team to follow up, e.g. 1d (default 1d)

## Words used inside other messages

toolkit-action-warn = warning
toolkit-action-timeout = timeout
toolkit-action-untimeout = timeout lifted
toolkit-action-kick = removal
toolkit-action-ban = ban
toolkit-action-unban = ban lifted
toolkit-action-purge = message cleanup
toolkit-action-slowmode = slowmode
toolkit-action-lock = channel locked
toolkit-action-unlock = channel unlocked
toolkit-no-reason = (no reason given)
toolkit-button-claim = Claim
toolkit-button-resolve = Resolve
toolkit-button-dismiss = Dismiss
toolkit-button-uphold = Keep the decision
toolkit-button-overturn = Overturn the decision

## Refusals: nothing was done

toolkit-refuse-self = You can't use moderator actions on yourself.
toolkit-refuse-bot = I can't take moderator actions against myself.
toolkit-refuse-owner = { $user } owns this community, so nobody can take moderator actions against them.
toolkit-refuse-hierarchy = You can't act on { $user }: their highest role is the same as yours or above it.
toolkit-bad-delete-messages = I couldn't read “{ $value }” for “delete_messages”. Use yes, no, or a time up to 7d, like 1d.
toolkit-channel-needed = Please name the channel — I can't tell which one you mean from here.
toolkit-duration-zero = The length of time has to be more than zero.

## Actions on members: replies to the moderator

toolkit-dm-failed = (I couldn't send them a direct message — their DMs may be closed.)
toolkit-warned = Warned { $user }. Case #{ $case }.
# $duration: accusative.
toolkit-timed-out = Timed out { $user } for { $duration }. Case #{ $case }.
# $limit: accusative.
toolkit-timeout-capped = Note: the platform allows timeouts of at most { $limit }, so I shortened it to that.
toolkit-untimed-out = Ended the timeout of { $user }. Case #{ $case }.
toolkit-kicked = Removed { $user } from the community. Case #{ $case }.
# $duration: accusative.
toolkit-banned =
    { $temporary ->
        [yes] Banned { $user } for { $duration }. Case #{ $case }.
       *[no] Banned { $user } for good. Case #{ $case }.
    }
toolkit-unbanned = Lifted the ban of { $user }. Case #{ $case }.
toolkit-purged =
    Deleted up to { $count ->
        [one] { $count } message
       *[other] { $count } messages
    } in #{ $channel }.
toolkit-purged-user =
    Deleted up to { $count ->
        [one] { $count } message
       *[other] { $count } messages
    } from { $user } in #{ $channel }.
# $duration: nominative (after a colon).
toolkit-slowmode-set = Slowmode in #{ $channel }: { $duration } between messages.
toolkit-slowmode-off = Slowmode in #{ $channel } is off.
toolkit-locked = Locked #{ $channel }. Members can read but not post.
toolkit-unlocked = Unlocked #{ $channel }. Members can post again.

## Actions on members: what the member reads

toolkit-warn-member = You've received a warning from the moderators of { $community } (case #{ $case }): “{ $reason }”. If you think it's a mistake, you can appeal case #{ $case } with /appeal.
# $duration: accusative.
toolkit-timeout-member = You've been timed out in { $community } for { $duration }: you can read, but not post until it ends. Reason: { $reason }. If you think this was a mistake, you can appeal case #{ $case } with /appeal.
toolkit-untimeout-member = Your timeout in { $community } has ended early — you can post again. Welcome back!
toolkit-kick-member = You've been removed from { $community }. Reason: { $reason }. You're welcome to rejoin if you follow the guidelines. If you think this was a mistake, you can appeal case #{ $case } with /appeal.
# $duration: accusative.
toolkit-ban-member =
    { $temporary ->
        [yes] You've been banned from { $community } for { $duration }. Reason: { $reason }. If you think this was a mistake, you can appeal case #{ $case } with /appeal.
       *[no] You've been banned from { $community }. Reason: { $reason }. If you think this was a mistake, you can appeal case #{ $case } with /appeal.
    }

## Moderators' log

# $duration: nominative.
toolkit-log-case =
    Case #{ $number } — { $action } · member: { $user } · by: { $moderator }{ $has_duration ->
        [yes] {" "}· length: { $duration }
       *[no] {""}
    } · reason: { $reason }
toolkit-log-channel = { $action } in #{ $channel } · by: { $moderator } { $detail }
toolkit-log-reason = Case #{ $number }: { $moderator } changed the reason to “{ $reason }”.
toolkit-log-expired =
    { $kind ->
        [timeout] The timeout of { $user } has ended (case #{ $case }).
       *[ban] The temporary ban of { $user } has ended (case #{ $case }).
    }
# $remaining: nominative (after a colon).
toolkit-log-reapplied =
    { $kind ->
        [timeout] { $user } rejoined during a timeout, so I put the timeout back for the time that was left: { $remaining } (case #{ $case }).
       *[ban] { $user } came back during a temporary ban, so I banned them again for the time that was left: { $remaining } (case #{ $case }).
    }
toolkit-temp-expired-reason = Ended as scheduled (case #{ $case })
toolkit-temp-reapplied-reason = Rejoined while restricted (case #{ $case })
# $reason: a full sentence from the platform failure messages.
toolkit-temp-lift-failed =
    { $kind ->
        [timeout] I couldn't end the timeout of { $user } on schedule: { $reason } I'll keep trying, less often.
       *[ban] I couldn't lift the temporary ban of { $user } on schedule: { $reason } I'll keep trying, less often.
    }

## Cases and notes

toolkit-case-not-found = There's no case #{ $number } in this community.
toolkit-case-header = Case #{ $number } — { $action } · member: { $user } · by: { $moderator } · { $at }
toolkit-case-reason = Reason: { $reason }
# $duration: nominative.
toolkit-case-duration = Length: { $duration } (until { $expires })
toolkit-case-status =
    Status: { $status ->
        [active] in force
        [lifted] lifted early
        [expired] ended
        [overturned] overturned on appeal
        [void] not carried out (the platform refused)
       *[other] { $status }
    }
toolkit-case-incident = Linked incident: #{ $incident }
# $outcome: upheld (the decision stays), overturned, or pending.
toolkit-case-appeal =
    Appeal: { $outcome ->
        [upheld] decided — the decision stands
        [overturned] decided — the decision was overturned
       *[pending] waiting for a reviewer
    }
toolkit-cases-header =
    { $user } has { $count ->
        [one] { $count } case
       *[other] { $count } cases
    }.
# $half_life: accusative.
toolkit-cases-points = Strike points now: { $points } (they halve every { $half_life }).
toolkit-cases-line =
    #{ $number } · { $at } · { $action } · by: { $moderator } · { $reason } · { $status ->
        [active] in force
        [lifted] lifted early
        [expired] ended
        [overturned] overturned on appeal
        [void] not carried out
       *[other] { $status }
    }
toolkit-cases-more =
    …and { $count ->
        [one] { $count } older case
       *[other] { $count } older cases
    } (use /history for all of them).
toolkit-notes-header =
    { $count ->
        [one] { $count } private note:
       *[other] { $count } private notes (the latest shown):
    }
toolkit-note-added = Note about { $user } saved. Only moderators can see it.
toolkit-reason-changed = Updated the reason on case #{ $number }.
toolkit-history-header = Moderation history of { $user } — cases: { $cases } · incidents: { $incidents } · notes: { $notes }
toolkit-history-active =
    { $kind ->
        [timeout] Timeout in force until { $expires } UTC
       *[ban] Temporary ban in force until { $expires } UTC
    }

## Reports

toolkit-reports-off = Reports are turned off in this community. Please contact a moderator directly.
toolkit-report-self = You can't report yourself. If you need help, contact a moderator directly.
toolkit-report-wrong-author = Message { $message } wasn't written by { $user }. Please check the member or the message.
toolkit-report-duplicate = This has already been reported (report #{ $number }) and is waiting for a moderator. Thank you!
toolkit-report-cooldown =
    Please wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } before sending another report.
toolkit-report-filed = Thank you — your report (#{ $number }) has reached the moderators. Only they can see it, and I'll let you know when it's been handled.
toolkit-report-queue = Report #{ $number } — from: { $reporter } · about: { $user } · reason: { $reason }
toolkit-report-excerpt = Message in #{ $channel }: “{ $text }”
toolkit-report-message-unseen = Message { $message }: I didn't see it, so there's no excerpt.
toolkit-report-translation = Translation ({ $source } → { $target }): “{ $text }”
# $note: why there is no translation. "disabled": the bot runs without a translation
# service; "unavailable": none is attached where this runs (replay, console, tests).
toolkit-report-untranslated =
    Not translated: { $note ->
        [off] translation is turned off for reports in this community.
        [disabled] this bot runs without a translation service.
        [unavailable] no translation service is available here.
        [same-language] it's already in this language.
        [timeout] the translation service didn't answer in time.
        [offline] the translation service can't be reached.
        [empty] there's no text to translate.
       *[other] the translation failed.
    }
toolkit-queue-not-allowed = Only moderators can handle reports.
toolkit-report-not-found = There's no report #{ $number }.
toolkit-report-closed =
    Report #{ $number } is already { $status ->
        [resolved] resolved
       *[dismissed] dismissed
    } (by { $moderator }).
toolkit-report-taken = { $moderator } is already handling report #{ $number }.
toolkit-report-status =
    Report #{ $number } { $status ->
        [claimed] claimed
        [resolved] resolved
       *[dismissed] dismissed
    } by { $moderator }.
toolkit-report-outcome =
    { $status ->
        [resolved] Your report #{ $number } in { $community } has been handled. Thank you for helping keep the community a good place.
       *[dismissed] The moderators of { $community } looked at your report #{ $number } and decided no action was needed this time. Thank you for speaking up all the same.
    }

## Appeals
# An appeal's outcome is "upheld" when the decision stays as it was and "overturned"
# when the decision is undone. Say which happened to the decision, never "appeal upheld".

toolkit-appeals-off = Appeals are turned off in this community. Please contact a moderator directly.
toolkit-appeal-no-case = I can't find a case #{ $number } of yours to appeal. Check the number in the message you received.
toolkit-appeal-twice = You've already appealed case #{ $number }. Each case can be appealed once.
toolkit-appeal-too-late = Case #{ $number } is too old to appeal. Please contact a moderator directly.
toolkit-appeal-filed = Your appeal of case #{ $number } has been sent. A moderator who wasn't involved will look at it, and I'll tell you what they decide.
toolkit-appeal-queue = Appeal of case #{ $number } from { $user }: “{ $text }”
toolkit-appeal-reviewers = Who can review: { $roles } — anyone except { $moderator }, who made the decision.
toolkit-appeal-reviewers-auto = Who can review: { $roles } (the decision was automatic).
toolkit-appeal-not-reviewer = You can't decide appeals here.
toolkit-appeal-not-found = There's no appeal for case #{ $number }.
toolkit-appeal-decided =
    The appeal of case #{ $number } has already been decided: { $outcome ->
        [upheld] the decision stands.
       *[overturned] the decision was overturned.
    }
toolkit-appeal-own-case = You made the decision in case #{ $number }, so another moderator has to review this appeal.
toolkit-appeal-status =
    { $moderator } reviewed the appeal of case #{ $number }: { $outcome ->
        [upheld] the decision stands.
       *[overturned] the decision is overturned.
    }
toolkit-appeal-outcome =
    { $outcome ->
        [upheld] A moderator in { $community } reviewed your appeal of case #{ $number }: the decision stands. Thank you for explaining your side.
       *[overturned] Good news: your appeal of case #{ $number } in { $community } was accepted and the decision has been overturned.{ $lifted ->
            [yes] {" "}The restriction has been lifted.
           *[no] {""}
        }
    }

## Crisis plan and lockdown

toolkit-crisis-contact = Crisis alert in { $community } ({ $path }): { $user } wrote in #{ $channel }: “{ $excerpt }” Please check on them as soon as you can.
toolkit-crisis-alert = Crisis alert ({ $path }) — { $user } in #{ $channel }: “{ $excerpt }” Crisis contacts: { $roles }. This alert doesn't sanction anyone; if automatic moderation also acted on the message, you'll find that in the log.
toolkit-crisis-member =
    Hi { $name }. I noticed your message and want to make sure you're okay. You're not alone, and talking to someone can really help.

    { $resources }
# The fallback when the rule file lists no resources for the member's language.
# Checked sources are listed in locales/README.md.
toolkit-crisis-resources = If you're in danger right now, call your local emergency number: 112 anywhere in Europe, 911 in the US and Canada. If you need someone to talk to, Samaritans answer day and night on 116 123 in the UK and Ireland, and 988 (call or text) reaches the Suicide & Crisis Lifeline in the US. For a free, confidential helpline in any other country, see https://findahelpline.com.
toolkit-lockdown-no-channels = No lockdown channels are set up. Add them under [lockdown] channels in the rule file.
toolkit-lockdown-already = A lockdown is already on (channels: { $channels }). Use /unlockdown to end it.
toolkit-lockdown-not-active = There's no lockdown to end.
# $mode: what the lockdown does to the channel (lock or slowmode).
toolkit-lockdown-announce =
    { $mode ->
        [slowmode] The moderators have slowed this channel down for now: { $reason }.
       *[lock] The moderators have locked this channel for now: { $reason }.
    } Thank you for your patience.
toolkit-unlockdown-announce =
    { $mode ->
        [slowmode] Slowmode is off again
       *[lock] This channel is open again
    } — thank you for your patience. { $reason }
toolkit-lockdown-done =
    Lockdown on ({ $mode ->
        [slowmode] slowmode
       *[lock] locked
    }): { $count ->
        [one] { $count } channel
       *[other] { $count } channels
    } — { $channels }.
toolkit-unlockdown-done =
    Lockdown over: { $count ->
        [one] { $count } channel
       *[other] { $count } channels
    } reopened — { $channels }.
toolkit-lockdown-partial = The platform refused for: { $channels }. Check my permissions there.

## Mediation

toolkit-mediate-no-users = Please name at least one member to talk with.
toolkit-mediate-too-many =
    Mediation works best in small groups: at most { $limit ->
        [one] { $limit } member
       *[other] { $limit } members
    }.
toolkit-mediate-too-soon = Please set the follow-up at least a minute from now.
toolkit-mediate-member = Hi! { $moderator } from the moderators of { $community } would like to help sort things out between you and { $others }. This isn't about punishing anyone — message { $moderator } when you're ready to talk. What you share stays with the moderators.
# $due: a date and time in the community's time zone.
toolkit-mediate-log = Mediation opened by { $moderator } with { $users }. Follow-up due: { $due }. Note: { $note }
toolkit-mediate-opened =
    I've reached out to { $count ->
        [one] { $count } member
       *[other] { $count } members
    }. I'll remind the team to follow up on { $due }.
toolkit-mediate-unreachable = I couldn't send a direct message to: { $users }.
toolkit-mediate-followup = Time to check in: { $moderator } opened a mediation with { $users } that's now due for a follow-up. Note: { $note }

## What the toolkit stores (shown by /privacy)

data-toolkit-cases = Moderation cases about you (what was decided, by which moderator, why and for how long), private moderator notes, and your appeals, so decisions are consistent, can be reviewed and can be appealed.
data-toolkit-reports = Reports you send or that name you: who reported whom, the reason and a short excerpt of the message, so moderators can follow up; if someone reports you, your copy of your data shows the report, but not who sent it or what they wrote. Recent messages are held briefly in memory only, to quote a reported one.
data-toolkit-crisis = When a message matches the community's crisis plan: that an alert was sent and which plan it was, so the team can check on you. The alert itself never leads to a sanction.
data-toolkit-mediation = Mediations a moderator opens: who was invited and the team's note, so they remember to follow up.
