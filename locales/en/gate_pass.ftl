# After the new-member check is passed. Owned by cogs/gate.py.

gate-passed-confirm = You're in! Welcome to { $community } — you can write everywhere now.
gate-passed-waiting = You answered right, but I couldn't open the server for you just now. I've told the moderators; they'll let you in shortly.
gate-report-stuck = { $name } passed the new member check, but I couldn't { $mode ->
        [role] give them the “{ $role }” role
       *[timeout] lift their restriction
    }. Please let them in by hand, and check my permissions.
