# Po przejściu weryfikacji nowych członków. Należy do cogs/gate.py.

gate-passed-confirm = Jesteś w środku! Witamy w { $community } — teraz możesz pisać wszędzie.
gate-passed-waiting = Odpowiedź jest poprawna, ale nie udało mi się teraz otworzyć dla Ciebie serwera. Dałem znać moderacji — wkrótce ktoś Cię wpuści.
gate-report-stuck = { $name } przechodzi weryfikację nowych członków, ale nie udało mi się { $mode ->
        [role] nadać tej osobie roli „{ $role }”
       *[timeout] zdjąć z tej osoby ograniczenia
    }. Wpuść tę osobę ręcznie i sprawdź moje uprawnienia.
