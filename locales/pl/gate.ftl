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
gate-report-repeated = { $name } ({ $user }) ponownie nie przechodzi weryfikacji nowych członków w ciągu doby. Nie usuwam tej osoby drugi raz: pozostaje ograniczona, dopóki moderator nie zdecyduje (/untimeout, aby ją wpuścić, albo /ban).
gate-report-rejoined = { $name } ({ $user }) dołącza ponownie po dwóch nieudanych weryfikacjach w ciągu doby. Ta osoba pozostaje ograniczona bez nowego pytania, dopóki moderator nie zdecyduje (/untimeout, aby ją wpuścić, albo /ban).
