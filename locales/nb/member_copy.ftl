# A member's copy of their data (bot/member_export.py, cogs/privacy.py) and what /note
# promises the moderator who writes one. Every id here exists in en, sv, nb and pl.

privacy-export-others = Der andre personer er med i opplysningene dine – en moderator eller noen som har rapportert en av meldingene dine – ser du rollen deres i stedet for hvem de er, og det den som rapporterte skrev, er utelatt.
privacy-export-notes-withheld =
    { $count ->
        [one] Moderatorene har også { $count } internt notat om deg. Teksten er ikke med: teamets egne arbeidsnotater kan bli i teamet (personvernforordningen, artikkel 15 nr. 4). Har du spørsmål om det, kan du spørre moderatorene.
       *[other] Moderatorene har også { $count } interne notater om deg. Tekstene er ikke med: teamets egne arbeidsnotater kan bli i teamet (personvernforordningen, artikkel 15 nr. 4). Har du spørsmål om dem, kan du spørre moderatorene.
    }
toolkit-note-added-shared = Notatet om { $user } er lagret. Moderatorer kan se det – og det kan { $user } også, hvis personen ber om en kopi av opplysningene sine.
