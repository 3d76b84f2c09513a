# Når plattformen nekter ett steg i en automatisk modereringsbeslutning.
# Eies av cogs/moderation/respond.py.

moderation-step-failed-header = Jeg grep inn mot en melding fra { $member } i { $channel } ({ $link }), men ikke alt gikk som det skulle:
moderation-step-failed = • { $step ->
        [delete] Å fjerne meldingen
        [warn] Å advare medlemmet
        [report] Å si fra til teamet
        [timeout] Timeouten fra advarselstrappen
        [kick] Utkastingen fra advarselstrappen
        [ban] Utestengingen fra advarselstrappen
       *[other] «{ $step }»
    } mislyktes: { $problem }
moderation-step-failed-kept = Hendelsen er lagret uansett, med det som fungerte.
moderation-warn-kept = Hei { $name }! Meldingen din går imot retningslinjen vår «{ $guideline }». Rediger eller slett den, er du snill. Hvis du mener jeg tar feil, kan du klage med /appeal, så ser en moderator på det.
