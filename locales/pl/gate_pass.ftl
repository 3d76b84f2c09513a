# Po przejściu weryfikacji nowych osób. Należy do cogs/gate.py.

gate-passed-confirm = Gotowe! Witamy w społeczności { $community } — teraz możesz pisać wszędzie.
gate-passed-waiting = Odpowiedź jest poprawna, ale nie udało mi się teraz otworzyć dla ciebie serwera. Moderacja już o tym wie — wkrótce ktoś cię wpuści.
gate-report-stuck = { $name } przechodzi weryfikację nowych osób, ale nie udało mi się { $mode ->
        [role] nadać tej osobie roli „{ $role }”
       *[timeout] zdjąć z tej osoby ograniczenia
    }. Wpuść tę osobę ręcznie i sprawdź moje uprawnienia.

gate-report-repeated-held = { $name } ponownie nie przechodzi weryfikacji nowych osób w ciągu doby. Nie usuwam tej osoby drugi raz. { $mode ->
        [role] Ta osoba nie ma roli „{ $role }”, więc nie może pisać, dopóki ktoś z moderacji jej nie nada (albo nie użyje /ban).
       *[timeout] Ta osoba pozostaje ograniczona przez dobę albo do decyzji moderacji (/untimeout, żeby ją wpuścić, albo /ban).
    }
gate-report-rejoined-held = { $name } dołącza ponownie po dwóch nieudanych weryfikacjach w ciągu doby, więc nie dostaje nowego pytania. { $mode ->
        [role] Ta osoba nie może pisać, dopóki ktoś z moderacji nie nada jej roli „{ $role }” (albo nie użyje /ban).
       *[timeout] Ta osoba pozostaje ograniczona przez dobę albo do decyzji moderacji (/untimeout, żeby ją wpuścić, albo /ban).
    }
