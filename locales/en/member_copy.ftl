# A member's copy of their data (bot/member_export.py, cogs/privacy.py) and what /note
# promises the moderator who writes one. Every id here exists in en, sv, nb and pl.

privacy-export-others = Where other people appear in your data — a moderator, or someone who reported one of your messages — you'll see their role instead of who they are, and what a reporter wrote is left out.
privacy-export-notes-withheld =
    { $count ->
        [one] The moderators also keep { $count } private note about you. Its text isn't included: the team's own working notes may stay with the team (GDPR, Article 15(4)). If you have questions about it, ask the moderators.
       *[other] The moderators also keep { $count } private notes about you. Their text isn't included: the team's own working notes may stay with the team (GDPR, Article 15(4)). If you have questions about them, ask the moderators.
    }
toolkit-note-added-shared = Note saved for { $user }. Moderators can see it — and so can { $user }, if they ask for a copy of their data.
