# Gdy platforma odmawia jednego kroku automatycznej decyzji moderacyjnej.
# Należy do cogs/moderation/respond.py.

moderation-step-failed-header = Podjęto działania wobec wiadomości od osoby { $member } na kanale { $channel } ({ $link }), ale nie wszystko się udało:
moderation-step-failed = • { $step ->
        [delete] Usunięcie wiadomości
        [warn] Ostrzeżenie tej osoby
        [report] Powiadomienie zespołu
        [timeout] Wyciszenie za punkty karne
        [kick] Wyrzucenie za punkty karne
        [ban] Ban za punkty karne
       *[other] „{ $step }”
    } — nie powiodło się: { $problem }
moderation-step-failed-kept = Zdarzenie i tak zostało zapisane, razem z tym, co się udało.
