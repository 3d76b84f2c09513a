# Weryfikacja nowych członków (cogs/gate.py): proste działanie albo akceptacja zasad.

gate-captcha = { $name }, witaj! Zanim zaczniesz pisać, potwierdź, że jesteś człowiekiem: ile to jest { $a } + { $b }? Wybierz poprawną odpowiedź poniżej. Masz na to { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
gate-rules = { $name }, witaj! Zanim zaczniesz pisać, zaakceptuj nasze zasady: bądźmy dla siebie życzliwi, bez spamu, trzymajmy się tematu i chrońmy prywatność innych. Naciśnij przycisk poniżej. Masz na to { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
gate-accept-button = Akceptuję zasady
gate-removed = { $name }: weryfikacja nowych członków nie powiodła się, więc ta osoba została usunięta z grupy. Może dołączyć ponownie i spróbować jeszcze raz.
gate-reason = Oczekiwanie na weryfikację nowych członków
gate-reason-wrong = Błędna odpowiedź w weryfikacji nowych członków
gate-reason-timeout = Brak odpowiedzi na weryfikację nowych członków w wyznaczonym czasie
gate-passed = Weryfikacja nowych członków zakończona pomyślnie
gate-report-repeated = { $name } ponownie nie przechodzi weryfikacji nowych członków w ciągu doby. Nie usuwam tej osoby drugi raz. { $mode ->
        [role] Ta osoba nie ma roli „{ $role }”, więc nie może pisać, dopóki ktoś z moderacji jej nie nada (albo nie użyje /ban).
       *[timeout] Ta osoba pozostaje ograniczona przez dobę albo do decyzji moderacji (/untimeout, żeby ją wpuścić, albo /ban).
    }
gate-report-rejoined = { $name } dołącza ponownie po dwóch nieudanych weryfikacjach w ciągu doby, więc nie dostaje nowego pytania. { $mode ->
        [role] Ta osoba nie może pisać, dopóki ktoś z moderacji nie nada jej roli „{ $role }” (albo nie użyje /ban).
       *[timeout] Ta osoba pozostaje ograniczona przez dobę albo do decyzji moderacji (/untimeout, żeby ją wpuścić, albo /ban).
    }
