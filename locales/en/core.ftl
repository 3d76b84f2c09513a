# Core messages: command errors, platform failures, durations, guidelines.
# Owned by the i18n maintainer; every id here exists in en, sv, nb and pl.
# Words follow the glossary in locales/README.md.

## Command errors (bot/commands.py, bot/engine.py)

error-unknown-command = I don't know the command /{ $command }. Try /help to see what I can do.
# $level: "moderator", "admin" or "everyone" — the level the command needs.
error-not-allowed =
    { $level ->
        [moderator] Only moderators can use /{ $command }.
        [admin] Only admins can use /{ $command }.
       *[everyone] You can't use /{ $command } here.
    }
error-option-missing = Please fill in “{ $option }” — I need it to do this.
error-unknown-option = /{ $command } has no option called “{ $option }”.
error-bad-duration = I couldn't read “{ $value }” as a length of time for “{ $option }”. Use a number and a unit, like 10m (minutes), 2h (hours) or 1d (days).
error-duration-too-long = “{ $value }” is longer than “{ $option }” allows. Please pick a shorter time.
error-bad-choice = “{ $value }” isn't one of the choices for “{ $option }”. Pick one of: { $choices }.
error-bad-number = “{ $option }” needs a whole number, and “{ $value }” isn't one.
error-number-range = “{ $option }” must be between { $min } and { $max } — you gave { $value }.
error-number-too-small = “{ $option }” must be at least { $min } — you gave { $value }.
error-number-too-big = “{ $option }” can be at most { $max } — you gave { $value }.
error-text-too-long =
    “{ $option }” can be at most { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    } long. Could you shorten it?
# $incident: a short code that points the team to the log entry of this error.
error-internal = Sorry, something went wrong on my side. If it keeps happening, give the team this error code: { $incident }.

## Platform failures (bot/errors.py ActionFailed and friends)

# $reason: a short plain-text detail from the platform (in English).
action-failed = I couldn't do that: { $reason }
# $action: the action kind, e.g. "slowmode"; $platform: the adapter name.
action-unsupported =
    { $action ->
        [delete] Deleting messages
        [warn] Warning members
        [timeout] Timing members out
        [untimeout] Lifting timeouts
        [kick] Removing members
        [ban] Banning members
        [unban] Lifting bans
        [dm] Sending direct messages
        [role_add] Giving roles
        [role_remove] Taking roles away
        [slowmode] Slowmode
        [lock] Locking channels
        [unlock] Unlocking channels
        [purge] Deleting messages in bulk
       *[other] “{ $action }”
    } isn't available { $platform ->
        [discord] on Discord
        [telegram] on Telegram
        [console] in the console
       *[other] on { $platform }
    }.
action-no-adapter = I'm not connected to a chat platform right now, so I can't carry that out.
action-missing-permission = I'm missing the “{ $permission }” permission here. Ask an admin to give it to my role, then try again.
action-hierarchy = I can't act on { $user }: their highest role is the same as mine or above it. An admin can move my role higher.
action-member-not-found = I couldn't find { $user } in this community. Maybe they've left?
action-dm-closed = I couldn't send { $user } a direct message — they may have turned direct messages off.

## Durations: "10 minutes"; bot/i18n.py combines them into "1 day 2 hours"
# $case: the grammatical case the sentence needs ("nominative", "accusative",
# "genitive" or "instrumental"). English has no cases, so it ignores $case;
# Polish selects on it ("na 5 minut", "w ciągu 1 minuty").

duration-seconds =
    { $count ->
        [one] { $count } second
       *[other] { $count } seconds
    }
duration-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
duration-hours =
    { $count ->
        [one] { $count } hour
       *[other] { $count } hours
    }
duration-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
duration-weeks =
    { $count ->
        [one] { $count } week
       *[other] { $count } weeks
    }

## Guidelines (/guidelines)

guidelines-header = Community guidelines for { $community }
guidelines-missing = This community hasn't posted its guidelines yet. If you're unsure about something, just ask a moderator.
