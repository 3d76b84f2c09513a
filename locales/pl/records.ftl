# Moderation records tell the truth (cogs/toolkit/checks.py). Every id here exists in
# en, sv, nb and pl.

toolkit-no-such-member = W tej społeczności nie ma nikogo o nazwie { $user }, więc niczego nie zmieniono. Sprawdź pisownię albo użyj identyfikatora tej osoby.
