# Opisy poleceń i opcji: najwyżej 100 znaków (limit Discorda).

## Moderacja

cmd-warn = Ostrzeż kogoś i zapisz to jako sprawę
cmd-warn-user = Kogo ostrzec
cmd-warn-reason = Powód — ta osoba go zobaczy
cmd-timeout = Wycisz kogoś: może czytać, ale przez jakiś czas nie pisze
cmd-timeout-user = Kogo wyciszyć
cmd-timeout-duration = Na jak długo, np. 10m, 2h albo 1d
cmd-timeout-reason = Powód — ta osoba go zobaczy
cmd-untimeout = Zakończ czyjeś wyciszenie przed czasem
cmd-untimeout-user = Komu zdjąć wyciszenie
cmd-kick = Wyrzuć kogoś ze społeczności (może dołączyć ponownie)
cmd-kick-user = Kogo wyrzucić
cmd-kick-reason = Powód — ta osoba go zobaczy
cmd-ban = Zbanuj kogoś na stałe albo na jakiś czas
cmd-ban-user = Kogo zbanować
cmd-ban-reason = Powód — ta osoba go zobaczy
cmd-ban-duration = Przy banie tymczasowym: na jak długo, np. 1d albo 1w
cmd-ban-delete_messages = Usuń też ostatnie wiadomości tej osoby: tak, nie albo z jakiego okresu (do 7d)
cmd-unban = Zdejmij bana
cmd-unban-user = Komu zdjąć bana
cmd-purge = Usuń ostatnie wiadomości z tego kanału
cmd-purge-count = Ile ostatnich wiadomości usunąć
cmd-purge-user = Usuń tylko wiadomości tej osoby
cmd-slowmode = Tryb powolny: ustaw, jak często można pisać na kanale
cmd-slowmode-duration = Odstęp między wiadomościami, np. 30s albo 2m (0 wyłącza)
cmd-slowmode-channel = Kanał (domyślnie ten)
cmd-lock = Zablokuj kanał: można czytać, ale nie pisać
cmd-lock-channel = Kanał do zablokowania (domyślnie ten)
cmd-unlock = Odblokuj kanał, żeby znów można było pisać
cmd-unlock-channel = Kanał do odblokowania (domyślnie ten)
cmd-lockdown = Zablokuj wszystkie kanały blokady awaryjnej podczas raidu albo kryzysu
cmd-lockdown-reason = Powód — pojawi się w ogłoszeniu dla wszystkich
cmd-unlockdown = Zakończ blokadę awaryjną i otwórz kanały z powrotem
cmd-unlockdown-reason = Kilka słów dla społeczności o tym, co się stało

## Sprawy i notatki

cmd-case = Pokaż sprawę moderacyjną
cmd-case-number = Numer sprawy
cmd-cases = Pokaż czyjeś sprawy i punkty karne
cmd-cases-user = Czyje sprawy sprawdzić
cmd-note = Dodaj notatkę o kimś dla zespołu moderacji
cmd-note-user = Kogo dotyczy notatka
cmd-note-text = Treść notatki dla zespołu moderacji
cmd-reason = Zmień powód w sprawie
cmd-reason-case = Numer sprawy
cmd-reason-text = Nowy powód

## Dla wszystkich

cmd-report = Zgłoś kogoś moderacji — poufnie
cmd-report-user = Kogo zgłaszasz
cmd-report-reason = Co się stało
cmd-report-message = Link lub ID wiadomości, jeśli chodzi o konkretną
cmd-appeal = Poproś moderację o ponowne przyjrzenie się decyzji
cmd-appeal-case = Numer sprawy, od której się odwołujesz
cmd-appeal-text = Dlaczego uważasz, że decyzja powinna się zmienić
cmd-thanks = Podziękuj komuś za pomoc
cmd-thanks-user = Komu chcesz podziękować
cmd-leaderboard = Zobacz, kto dostał najwięcej podziękowań
cmd-leaderboard-period = Za jaki okres
cmd-choice-period-week = Ten tydzień
cmd-choice-period-month = Ten miesiąc
cmd-choice-period-all = Od początku
cmd-guidelines = Przeczytaj zasady społeczności
cmd-privacy = Co Hearth o tobie przechowuje i jak to usunąć
cmd-stats = Aktywność społeczności w skrócie
cmd-help = Co potrafię i jak używać poleceń
cmd-explain = Sprawdź, czy tekst zostałby oznaczony, i dlaczego
cmd-explain-text = Tekst do sprawdzenia
