# A member's copy of their data (bot/member_export.py, cogs/privacy.py) and what /note
# promises the moderator who writes one. Every id here exists in en, sv, nb and pl.

privacy-export-others = Tam, gdzie w Twoich danych pojawiają się inne osoby – moderator albo ktoś, kto zgłosił Twoją wiadomość – widzisz tylko ich rolę, a nie to, kim są. Treść zgłoszenia została pominięta.
privacy-export-notes-withheld =
    { $count ->
        [one] Moderatorzy mają też { $count } wewnętrzną notatkę na Twój temat. Nie ma tu jej treści: robocze notatki zespołu mogą zostać w zespole (RODO, art. 15 ust. 4). Jeśli masz pytania, napisz do moderatorów.
        [few] Moderatorzy mają też { $count } wewnętrzne notatki na Twój temat. Nie ma tu ich treści: robocze notatki zespołu mogą zostać w zespole (RODO, art. 15 ust. 4). Jeśli masz pytania, napisz do moderatorów.
        [many] Moderatorzy mają też { $count } wewnętrznych notatek na Twój temat. Nie ma tu ich treści: robocze notatki zespołu mogą zostać w zespole (RODO, art. 15 ust. 4). Jeśli masz pytania, napisz do moderatorów.
       *[other] Moderatorzy mają też { $count } wewnętrznej notatki na Twój temat. Nie ma tu jej treści: robocze notatki zespołu mogą zostać w zespole (RODO, art. 15 ust. 4). Jeśli masz pytania, napisz do moderatorów.
    }
toolkit-note-added-shared = Zapisano notatkę o osobie { $user }. Widzą ją moderatorzy – a także sama ta osoba, jeśli poprosi o kopię swoich danych.
