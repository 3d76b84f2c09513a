# A member's copy of their data (bot/member_export.py, cogs/privacy.py) and what /note
# promises the moderator who writes one. Every id here exists in en, sv, nb and pl.

privacy-export-others = Tam, gdzie w twoich danych pojawiają się inne osoby — ktoś z moderacji albo ktoś, kto zgłosił twoją wiadomość — widzisz tylko ich rolę, a nie to, kim są. Treść zgłoszenia została pominięta.
privacy-export-notes-withheld =
    { $count ->
        [one] Moderacja ma też { $count } wewnętrzną notatkę na twój temat. Nie ma tu jej treści: robocze notatki zespołu mogą zostać w zespole (RODO, art. 15 ust. 4). Jeśli masz pytania, napisz do moderacji.
        [few] Moderacja ma też { $count } wewnętrzne notatki na twój temat. Nie ma tu ich treści: robocze notatki zespołu mogą zostać w zespole (RODO, art. 15 ust. 4). Jeśli masz pytania, napisz do moderacji.
        [many] Moderacja ma też { $count } wewnętrznych notatek na twój temat. Nie ma tu ich treści: robocze notatki zespołu mogą zostać w zespole (RODO, art. 15 ust. 4). Jeśli masz pytania, napisz do moderacji.
       *[other] Moderacja ma też { $count } wewnętrznej notatki na twój temat. Nie ma tu jej treści: robocze notatki zespołu mogą zostać w zespole (RODO, art. 15 ust. 4). Jeśli masz pytania, napisz do moderacji.
    }
toolkit-note-added-shared = Zapisano notatkę o osobie { $user }. Widzi ją moderacja — a także sama ta osoba, jeśli poprosi o kopię swoich danych.
