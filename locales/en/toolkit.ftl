# The moderators' toolkit (cogs/toolkit/): replies to moderators, messages to members,
# posts in the moderators' log and queue. $user/$moderator are member names or ids.

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
toolkit-action-kick = kick
toolkit-action-ban = ban
toolkit-action-unban = unban
toolkit-action-purge = purge
toolkit-action-slowmode = slowmode
toolkit-action-lock = lock
toolkit-action-unlock = unlock
toolkit-no-reason = (no reason given)
toolkit-button-claim = Claim
toolkit-button-resolve = Resolve
toolkit-button-dismiss = Dismiss
toolkit-button-uphold = Uphold
toolkit-button-overturn = Overturn

## Refusals: nothing was done

toolkit-refuse-self = You can't use moderator actions on yourself.
toolkit-refuse-bot = I can't take moderator actions against myself.
toolkit-refuse-owner = { $user } owns this community, so nobody can take moderator actions against them.
toolkit-refuse-hierarchy = You can't act on { $user }: their highest role is the same as or above yours.
toolkit-bad-delete-messages = I couldn't read “{ $value }” for “delete_messages”. Use yes, no, or a time up to 7d, like 1d.
toolkit-channel-needed = Please name the channel — I can't tell which one you mean from here.
toolkit-duration-zero = The duration has to be longer than zero.

## Actions on members: replies to the moderator

toolkit-dm-failed = (I couldn't send them a direct message — their DMs may be closed.)
toolkit-warned = Warned { $user }. Case #{ $case }.
toolkit-timed-out = Timed out { $user } for { $duration }. Case #{ $case }.
toolkit-timeout-capped = Note: the platform allows at most { $limit }, so the timeout was shortened to that.
toolkit-untimed-out = Lifted the timeout of { $user }. Case #{ $case }.
toolkit-kicked = Kicked { $user }. Case #{ $case }.
toolkit-banned =
    { $temporary ->
        [yes] Banned { $user } for { $duration }. Case #{ $case }.
       *[no] Banned { $user } permanently. Case #{ $case }.
    }
toolkit-unbanned = Unbanned { $user }. Case #{ $case }.
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
toolkit-slowmode-set = Slowmode in #{ $channel }: one message per { $duration }.
toolkit-slowmode-off = Slowmode in #{ $channel } is off.
toolkit-locked = Locked #{ $channel }. Members can read but not post.
toolkit-unlocked = Unlocked #{ $channel }. Members can post again.

## Actions on members: what the member reads

toolkit-warn-member = You've received a warning from the moderators of { $community } (case #{ $case }): “{ $reason }”. If you think it's a mistake, you can use /appeal.
toolkit-timeout-member = You've been timed out in { $community } for { $duration }. Reason: { $reason }. If you think this was a mistake, you can appeal case #{ $case } with /appeal.
toolkit-untimeout-member = Your timeout in { $community } has been lifted. Welcome back!
toolkit-kick-member = You've been removed from { $community }. Reason: { $reason }. You're welcome to rejoin if you follow the guidelines. Case #{ $case }.
toolkit-ban-member =
    { $temporary ->
        [yes] You've been banned from { $community } for { $duration }. Reason: { $reason }. You can appeal case #{ $case } with /appeal.
       *[no] You've been banned from { $community }. Reason: { $reason }. You can appeal case #{ $case } with /appeal.
    }

## Moderators' log

toolkit-log-case =
    Case #{ $number } — { $action } for { $user } by { $moderator }{ $has_duration ->
        [yes] {" "}({ $duration })
       *[no] {""}
    }: { $reason }
toolkit-log-channel = { $action } in #{ $channel } by { $moderator } { $detail }
toolkit-log-reason = Case #{ $number }: { $moderator } changed the reason to “{ $reason }”.
toolkit-log-expired =
    { $kind ->
        [timeout] The timeout of { $user } has ended (case #{ $case }).
       *[ban] The temporary ban of { $user } has ended (case #{ $case }).
    }
toolkit-log-reapplied =
    { $kind ->
        [timeout] { $user } rejoined during a timeout; I put it back for the remaining { $remaining } (case #{ $case }).
       *[ban] { $user } came back during a temporary ban; I banned them again for the remaining { $remaining } (case #{ $case }).
    }
toolkit-temp-expired-reason = Ended as scheduled (case #{ $case })
toolkit-temp-reapplied-reason = Rejoined while restricted (case #{ $case })
toolkit-temp-lift-failed =
    { $kind ->
        [timeout] I couldn't lift the timeout of { $user } on schedule: { $reason } I'll keep trying, less often.
       *[ban] I couldn't lift the temporary ban of { $user } on schedule: { $reason } I'll keep trying, less often.
    }

## Cases and notes

toolkit-case-not-found = There's no case #{ $number } in this community.
toolkit-case-header = Case #{ $number } — { $action } — member { $user }, by { $moderator }, { $at }
toolkit-case-reason = Reason: { $reason }
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
toolkit-case-appeal =
    Appeal: { $outcome ->
        [upheld] decided — upheld
        [overturned] decided — overturned
       *[pending] waiting for a reviewer
    }
toolkit-cases-header =
    { $user } has { $count ->
        [one] { $count } case
       *[other] { $count } cases
    }.
toolkit-cases-points = Current strike points: { $points } (they halve every { $half_life }).
toolkit-cases-line = #{ $number } · { $at } · { $action } by { $moderator } · { $reason } · { $status }
toolkit-cases-more =
    …and { $count ->
        [one] { $count } older case
       *[other] { $count } older cases
    } (use /history for all).
toolkit-notes-header =
    { $count ->
        [one] { $count } private note:
       *[other] { $count } private notes (latest shown):
    }
toolkit-note-added = Note saved for { $user }. Only moderators can see it.
toolkit-reason-changed = Updated the reason on case #{ $number }.
toolkit-history-header = Moderation history of { $user } — cases: { $cases }, incidents: { $incidents }, notes: { $notes }
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
toolkit-report-queue = Report #{ $number } from { $reporter } about { $user }: { $reason }
toolkit-report-excerpt = Message in #{ $channel }: “{ $text }”
toolkit-report-message-unseen = Message { $message }: I didn't see it, so there's no excerpt.
toolkit-report-translation = Translation ({ $source } → { $target }): “{ $text }”
toolkit-report-untranslated =
    Untranslated: { $note ->
        [off] translation is turned off for reports.
        [disabled] no translation service is set up.
        [unavailable] no translation service is set up.
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
       *[dismissed] The moderators of { $community } reviewed your report #{ $number } and decided no action was needed this time. Thank you for speaking up.
    }

## Appeals

toolkit-appeals-off = Appeals are turned off in this community. Please contact a moderator directly.
toolkit-appeal-no-case = I can't find a case #{ $number } of yours to appeal. Check the number in the message you received.
toolkit-appeal-twice = You've already appealed case #{ $number }. Each case can be appealed once.
toolkit-appeal-too-late = Case #{ $number } is too old to appeal. Please contact a moderator directly.
toolkit-appeal-filed = Your appeal of case #{ $number } has been sent. A moderator who wasn't involved will review it, and I'll tell you the outcome.
toolkit-appeal-queue = Appeal of case #{ $number } by { $user }: { $text }
toolkit-appeal-reviewers = Can review: { $roles } — anyone except { $moderator }, who made the decision.
toolkit-appeal-reviewers-auto = Can review: { $roles } (the decision was automatic).
toolkit-appeal-not-reviewer = You can't decide appeals here.
toolkit-appeal-not-found = There's no appeal for case #{ $number }.
toolkit-appeal-decided =
    The appeal of case #{ $number } has already been decided: { $outcome ->
        [upheld] upheld
       *[overturned] overturned
    }.
toolkit-appeal-own-case = You made the decision in case #{ $number }, so another moderator has to review this appeal.
toolkit-appeal-status =
    Appeal of case #{ $number } { $outcome ->
        [upheld] upheld
       *[overturned] overturned
    } by { $moderator }.
toolkit-appeal-outcome =
    { $outcome ->
        [upheld] A moderator in { $community } reviewed your appeal of case #{ $number } and decided the decision stands.
       *[overturned] Good news: your appeal of case #{ $number } in { $community } was accepted and the decision was overturned.{ $lifted ->
            [yes] {" "}The restriction has been lifted.
           *[no] {""}
        }
    }

## Crisis plan and lockdown

toolkit-crisis-contact = Crisis alert in { $community } ({ $path }): { $user } wrote in #{ $channel }: “{ $excerpt }” Please check on them as soon as you can.
toolkit-crisis-alert = Crisis alert ({ $path }) — { $user } in #{ $channel }: “{ $excerpt }” Contacts: { $roles }. Nobody has been sanctioned automatically.
toolkit-crisis-member =
    Hi { $name }. I noticed your message and want to make sure you're okay. You're not alone, and talking to someone can really help.

    { $resources }
toolkit-crisis-resources = If you are in immediate danger, call your local emergency number (112 in Europe, 911 in North America). You can find a free, confidential helpline in your country at https://findahelpline.com.
toolkit-lockdown-no-channels = No lockdown channels are set up. Add them under [lockdown] channels in the rule file.
toolkit-lockdown-already = A lockdown is already on (channels: { $channels }). Use /unlockdown to end it.
toolkit-lockdown-not-active = There's no lockdown to end.
toolkit-lockdown-announce = This channel is temporarily locked down by the moderators: { $reason }. Thank you for your patience.
toolkit-unlockdown-announce = The lockdown is over — thank you for your patience. { $reason }
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
toolkit-mediate-member = Hi! { $moderator } from the moderators of { $community } would like to help sort things out between you and { $others }. Nobody is in trouble — reply to { $moderator } when you're ready to talk. Everything stays between you and the team.
toolkit-mediate-log = Mediation opened by { $moderator } with { $users }. Follow-up due { $due }. Note: { $note }
toolkit-mediate-opened =
    I've reached out to { $count ->
        [one] { $count } member
       *[other] { $count } members
    }. I'll remind the team to follow up on { $due }.
toolkit-mediate-unreachable = I couldn't send a direct message to: { $users }.
toolkit-mediate-followup = Follow-up reminder: the mediation { $moderator } opened with { $users } is due for a check-in. Note: { $note }

## What the toolkit stores (shown by /privacy)

data-toolkit-cases = Moderation cases about you (what was decided, by which moderator, why and for how long), private moderator notes, and your appeals, so decisions are consistent, reviewable and can be appealed.
data-toolkit-reports = Reports you send or that name you: who reported whom, the reason and a short excerpt of the message, so moderators can follow up; if someone reports you, your copy of your data shows the report, but not who sent it or what they wrote. Recent messages are held briefly in memory only, to quote a reported one.
data-toolkit-crisis = When a message matches the community's crisis plan: that an alert was sent and which plan, so the team can check on you. Nobody is sanctioned by it.
data-toolkit-mediation = Mediations a moderator opens: who was invited and the team's note, so they remember to follow up.
