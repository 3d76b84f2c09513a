# Moderation records tell the truth (cogs/toolkit/checks.py). Every id here exists in
# en, sv, nb and pl.

toolkit-no-such-member = Det finns ingen medlem som heter { $user } i den här gemenskapen, så jag har inte gjort något. Kolla stavningen, eller använd personens id.
