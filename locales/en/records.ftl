# Moderation records tell the truth (cogs/toolkit/checks.py). Every id here exists in
# en, sv, nb and pl.

toolkit-no-such-member = There's no member called { $user } in this community, so I haven't done anything. Check the spelling, or use their id.
