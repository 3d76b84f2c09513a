# After the new-member check is passed. Owned by cogs/gate.py.

gate-passed-confirm = You're in! Welcome to { $community } — you can write everywhere now.
gate-passed-waiting = You answered right, but I couldn't open the server for you just now. I've told the moderators; they'll let you in shortly.
gate-report-stuck = { $name } passed the new-member check, but I couldn't { $mode ->
        [role] give them the “{ $role }” role
       *[timeout] lift their restriction
    }. Please let them in by hand, and check my permissions.

# A second failure, or a rejoin after two: held back, not removed again, and the team told.
# $mode: "role" (the gate gives a role) or "timeout"; $role: that role's name.
gate-report-repeated-held = { $name } failed the new-member check again within a day. I haven't removed them a second time. { $mode ->
        [role] They don't have the “{ $role }” role, so they can't post until a moderator gives it to them (or uses /ban).
       *[timeout] They stay restricted for a day, or until a moderator decides (/untimeout to let them in, or /ban).
    }
gate-report-rejoined-held = { $name } rejoined after failing the new-member check twice within a day, so there's no new challenge. { $mode ->
        [role] They can't post until a moderator gives them the “{ $role }” role (or uses /ban).
       *[timeout] They stay restricted for a day, or until a moderator decides (/untimeout to let them in, or /ban).
    }
