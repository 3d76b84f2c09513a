# När plattformen vägrar ett steg i ett automatiskt modereringsbeslut.
# Ägs av cogs/moderation/respond.py.

moderation-step-failed-header = Jag agerade på ett meddelande från { $member } i { $channel } ({ $link }), men allt gick inte som det skulle:
moderation-step-failed = • { $step ->
        [delete] Att ta bort meddelandet
        [warn] Att varna medlemmen
        [report] Att meddela teamet
        [timeout] Timeouten som prickarna ledde till
        [kick] Utsparkningen som prickarna ledde till
        [ban] Bannlysningen som prickarna ledde till
       *[other] ”{ $step }”
    } misslyckades: { $problem }
moderation-step-failed-kept = Händelsen finns sparad i vilket fall, med det som fungerade.
