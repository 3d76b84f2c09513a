# A member's copy of their data (bot/member_export.py, cogs/privacy.py) and what /note
# promises the moderator who writes one. Every id here exists in en, sv, nb and pl.

privacy-export-others = Där andra personer finns med i dina uppgifter – en moderator eller någon som anmält ett av dina meddelanden – ser du deras roll i stället för vilka de är, och det en anmälare skrev är inte med.
privacy-export-notes-withheld =
    { $count ->
        [one] Moderatorerna har också { $count } intern anteckning om dig. Texten är inte med: teamets egna arbetsanteckningar får stanna i teamet (dataskyddsförordningen, artikel 15.4). Har du frågor om den kan du vända dig till moderatorerna.
       *[other] Moderatorerna har också { $count } interna anteckningar om dig. Texterna är inte med: teamets egna arbetsanteckningar får stanna i teamet (dataskyddsförordningen, artikel 15.4). Har du frågor om dem kan du vända dig till moderatorerna.
    }
toolkit-note-added-shared = Anteckningen om { $user } är sparad. Moderatorer kan se den – och det kan { $user } också, om hen ber om en kopia av sina uppgifter.
