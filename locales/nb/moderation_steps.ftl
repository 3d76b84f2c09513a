# Når plattformen nekter ett steg i en automatisk modereringsbeslutning.
# Eies av cogs/moderation/respond.py.

moderation-step-failed-header = Jeg tok tak i en melding fra { $member } i { $channel } ({ $link }), men ikke alt gikk som det skulle:
moderation-step-failed = • { $step ->
        [delete] Å fjerne meldingen
        [warn] Å gi medlemmet en advarsel
        [report] Å si fra til teamet
        [timeout] Timeouten prikkene førte til
        [kick] Utkastingen prikkene førte til
        [ban] Utestengelsen prikkene førte til
       *[other] «{ $step }»
    } mislyktes: { $problem }
moderation-step-failed-kept = Hendelsen er lagret uansett, med det som fungerte.
