# Moderation records tell the truth (cogs/toolkit/checks.py). Every id here exists in
# en, sv, nb and pl.

toolkit-no-such-member = Det finnes ikke noe medlem som heter { $user } i dette fellesskapet, så jeg har ikke gjort noe. Sjekk stavemåten, eller bruk id-en til personen.
