# The new member check (cogs/gate.py): a small sum or accepting the rules.

gate-captcha = { $name }, welcome! Before you can write here, please show us you're human: what is { $a } + { $b }? Press the right answer below within { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
gate-rules = { $name }, welcome! Before you can write here, please accept our guidelines: be kind, no spam, stay on topic and protect each other's privacy. Press the button below within { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
gate-accept-button = I accept the rules
gate-removed = { $name } didn't pass the new member check and has been removed. They're welcome to join again and try once more.
gate-reason = Waiting for the new member check
gate-reason-wrong = Wrong answer to the new member check
gate-reason-timeout = No answer to the new member check in time
gate-passed = Passed the new member check
gate-report-repeated = { $name } ({ $user }) failed the new member check again within a day. I haven't removed them a second time: they stay restricted until a moderator decides (/untimeout to let them in, or /ban).
gate-report-rejoined = { $name } ({ $user }) rejoined after failing the new member check twice within a day. They are restricted without a new challenge until a moderator decides (/untimeout to let them in, or /ban).
