# Weryfikacja nowych osób (cogs/gate.py): proste działanie albo akceptacja zasad.

gate-captcha = Witaj, { $name }! Zanim zaczniesz pisać, potwierdź, że jesteś człowiekiem: ile to jest { $a } + { $b }? Wybierz poprawną odpowiedź poniżej. Masz na to { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
gate-rules = Witaj, { $name }! Zanim zaczniesz pisać, zaakceptuj nasze zasady: traktujmy się życzliwie, bez spamu, trzymajmy się tematu i chrońmy nawzajem swoją prywatność. Naciśnij przycisk poniżej. Masz na to { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
gate-accept-button = Akceptuję zasady
gate-removed = Osoba { $name } nie ukończyła weryfikacji nowych osób, więc na razie usuwam ją ze społeczności. Może dołączyć ponownie i spróbować jeszcze raz.
gate-reason = Oczekiwanie na weryfikację nowych osób
gate-reason-wrong = Błędna odpowiedź w weryfikacji nowych osób
gate-reason-timeout = Brak odpowiedzi na weryfikację nowych osób w wyznaczonym czasie
gate-passed = Weryfikacja nowych osób zakończona pomyślnie
