# The new-member check (cogs/gate.py): a small sum or accepting the guidelines.

gate-captcha = { $name }, welcome! Before you can post here, please show us you're human: what is { $a } + { $b }? Press the right answer below within { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
gate-rules = { $name }, welcome! Before you can post here, please accept our guidelines: be kind, no spam, stay on topic and protect each other's privacy. Press the button below within { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
gate-accept-button = I accept the guidelines
gate-removed = { $name } didn't finish the new-member check, so I've removed them for now. They're welcome to join again and have another go.
gate-reason = Waiting for the new-member check
gate-reason-wrong = Wrong answer in the new-member check
gate-reason-timeout = No answer to the new-member check in time
gate-passed = Passed the new-member check
