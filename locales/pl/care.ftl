# Społeczność: fale powitań, przedstawianie się, podziękowania, wydarzenia, ankiety i kondycja.

## Wspólne

care-feature-off = Ta funkcja jest wyłączona w tej społeczności.
care-unknown-member = Nie mogę tu znaleźć nikogo o nazwie „{ $user }”. Sprawdź nazwę i spróbuj ponownie.

## Powitanie, gdy dołącza wiele osób naraz

welcome-batch =
    { $count ->
        [one] Witaj
        [few] Witajcie
        [many] Witajcie
       *[other] Witajcie
    } w społeczności { $community }, { $names }{ $more ->
        [0] {""}
        [one] {" "}i jeszcze { $more } osoba
        [few] {" "}i jeszcze { $more } osoby
        [many] {" "}i jeszcze { $more } osób
       *[other] {" "}i jeszcze { $more } osoby
    }! { $count ->
        [one] Cieszymy się, że jesteś z nami. Zajrzyj do /guidelines, gdy znajdziesz chwilę.
        [few] Tyle nowych twarzy — cieszymy się, że jesteście z nami. Zajrzyjcie do /guidelines, gdy znajdziecie chwilę.
        [many] Tyle nowych twarzy — cieszymy się, że jesteście z nami. Zajrzyjcie do /guidelines, gdy znajdziecie chwilę.
       *[other] Tyle nowych twarzy — cieszymy się, że jesteście z nami. Zajrzyjcie do /guidelines, gdy znajdziecie chwilę.
    }
welcome-batch-intro =
    { $count ->
        [one] Witaj
        [few] Witajcie
        [many] Witajcie
       *[other] Witajcie
    } w społeczności { $community }, { $names }{ $more ->
        [0] {""}
        [one] {" "}i jeszcze { $more } osoba
        [few] {" "}i jeszcze { $more } osoby
        [many] {" "}i jeszcze { $more } osób
       *[other] {" "}i jeszcze { $more } osoby
    }! { $count ->
        [one] Cieszymy się, że jesteś z nami. Przywitaj się na #{ $intro_channel } i zajrzyj do /guidelines.
        [few] Tyle nowych twarzy — cieszymy się, że jesteście z nami. Przywitajcie się na #{ $intro_channel } i zajrzyjcie do /guidelines.
        [many] Tyle nowych twarzy — cieszymy się, że jesteście z nami. Przywitajcie się na #{ $intro_channel } i zajrzyjcie do /guidelines.
       *[other] Tyle nowych twarzy — cieszymy się, że jesteście z nami. Przywitajcie się na #{ $intro_channel } i zajrzyjcie do /guidelines.
    }

## Przedstawianie się

intro-thanks = Dzięki, że się przedstawiasz, { $name }! Rozejrzyj się i dołącz do dowolnej rozmowy.
intro-thanks-suggest =
    Dzięki, że się przedstawiasz, { $name }! Sądząc po tym, co piszesz, { $count ->
        [one] może spodobać ci się ten kanał
        [few] mogą spodobać ci się te kanały
        [many] mogą spodobać ci się te kanały
       *[other] mogą spodobać ci się te kanały
    }: { $channels }.

## Podziękowania

thanks-self = Miło, ale podziękowania dla siebie się nie liczą. 😊
thanks-cooldown = Twoje podziękowanie dla osoby { $name } dotarło niedawno. Kolejne możesz wysłać za { $wait }.
thanks-mutual-cap = Ty i { $name } dziękujecie sobie dziś już bardzo często. Podziękowania od innych też się liczą — spróbuj jutro.
thanks-given =
    { $name } dostaje podziękowanie od osoby { $giver }! Łącznie ma już { $count ->
        [one] { $count } podziękowanie
        [few] { $count } podziękowania
        [many] { $count } podziękowań
       *[other] { $count } podziękowania
    }.
milestone-thanks =
    🎉 { $name } ma już { $count ->
        [one] { $count } podziękowanie
        [few] { $count } podziękowania
        [many] { $count } podziękowań
       *[other] { $count } podziękowania
    } — dziękujemy za pomoc!

## Odznaki

badge-earned = 🏅 { $name } zdobywa odznakę: { $badge }
badge-first-post = Pierwszy wpis
badge-helper = Pomocna dłoń
badge-anniversary = Rok z nami
badge-event-host = Organizacja wydarzeń
badge-messages =
    { $count ->
        [one] { $count } wiadomość
        [few] { $count } wiadomości
        [many] { $count } wiadomości
       *[other] { $count } wiadomości
    }
badges-none = { $name } nie ma jeszcze odznak.
badges-header =
    { $name } ma { $count ->
        [one] { $count } odznakę
        [few] { $count } odznaki
        [many] { $count } odznak
       *[other] { $count } odznaki
    }:
badge-unknown = Nie ma odznaki o nazwie „{ $badge }”. Odznaki, które możesz przyznać: { $known }.
badge-already = { $name } ma już odznakę { $badge }.
badge-given = Gotowe — { $name } ma teraz odznakę { $badge }.

## Ranking

leaderboard-empty = { $period }: nikt jeszcze nie dostał podziękowań. Bądź pierwszą osobą, która podziękuje — użyj /thanks!
leaderboard-header = 🏆 Najwięcej podziękowań — { $period }:
leaderboard-line =
    { $rank }. { $name } — { $count ->
        [one] { $count } podziękowanie
        [few] { $count } podziękowania
        [many] { $count } podziękowań
       *[other] { $count } podziękowania
    }
leaderboard-footer = Wolisz nie być na liście? Użyj /recognition leaderboard:hide.
recognition-hidden = Ranking już cię nie pokazuje. Twoje podziękowania nadal się liczą; użyj /recognition leaderboard:show, żeby znów się w nim pojawić.
recognition-shown = Ranking znowu cię pokazuje.

## Wydarzenia

event-bad-time = Nie rozumiem „{ $value }” jako daty i godziny. Napisz na przykład { $example } (w strefie czasowej społeczności).
event-in-past = Termin „{ $value }” już minął. Wybierz termin w przyszłości.
event-too-far = Termin „{ $value }” jest zbyt odległy. Planuj wydarzenia najwyżej rok naprzód.
event-too-many =
    Zaplanowano już { $count ->
        [one] { $count } nadchodzące wydarzenie
        [few] { $count } nadchodzące wydarzenia
        [many] { $count } nadchodzących wydarzeń
       *[other] { $count } nadchodzącego wydarzenia
    }. Odwołaj któreś przez /cancelevent albo poczekaj, aż któreś się odbędzie.
event-created = Wydarzenie #{ $id } „{ $title }” zostało ogłoszone.
event-announcement =
    📅 { $title }
    🕒 { $when } — { $length }
    Prowadzenie: { $host }
event-rsvp-hint = Daj znać przyciskami poniżej, czy będziesz.
event-button-going = Będę
event-button-maybe = Może
event-button-no = Nie dam rady
event-rsvp-going =
    Do zobaczenia na wydarzeniu „{ $title }”! { $going ->
        [one] Wybiera się { $going } osoba.
        [few] Wybierają się { $going } osoby.
        [many] Wybiera się { $going } osób.
       *[other] Wybiera się { $going } osoby.
    }
event-rsvp-maybe = Zapisane jako „może” na wydarzenie „{ $title }”. Przed startem przypomnę o nim na kanale.
event-rsvp-no = Zapisane — nie dasz rady przyjść na wydarzenie „{ $title }”. Może następnym razem!
event-gone = To wydarzenie już się odbyło albo zostało odwołane.
events-none = Na razie nie ma zaplanowanych wydarzeń.
events-header =
    { $count ->
        [one] { $count } nadchodzące wydarzenie:
        [few] { $count } nadchodzące wydarzenia:
        [many] { $count } nadchodzących wydarzeń:
       *[other] { $count } nadchodzącego wydarzenia:
    }
events-line = #{ $id } { $title } — { $when } (chętnych: { $going })
event-unknown = Nie ma nadchodzącego wydarzenia #{ $id }.
event-not-yours = Wydarzenie „{ $title }” może odwołać tylko osoba prowadząca albo moderacja.
event-cancelled = ❌ { $name } odwołuje wydarzenie „{ $title }”.
event-cancel-done = Wydarzenie „{ $title }” jest odwołane, a wszystkie zapisane osoby dostały wiadomość.
event-reminder =
    ⏰ Przypomnienie: „{ $title }” — start: { $when }. { $going ->
        [one] Wybiera się { $going } osoba.
        [few] Wybierają się { $going } osoby.
        [many] Wybiera się { $going } osób.
       *[other] Wybiera się { $going } osoby.
    }
event-reminder-dm = ⏰ „{ $title }” — start: { $when }. Do zobaczenia!

## Ankiety i opinie

poll-too-few-options = Ankieta potrzebuje co najmniej dwóch opcji. Oddziel je znakiem „;”, na przykład: Pizza; Tacos; Sushi.
poll-too-many-options =
    Ankieta może mieć najwyżej { $count ->
        [one] { $count } opcję
        [few] { $count } opcje
        [many] { $count } opcji
       *[other] { $count } opcji
    }.
poll-duplicate-option = Dwie opcje są takie same. Każda opcja musi być inna.
poll-too-long = Ankiety nie mogą tu trwać tak długo. Wybierz krótszy czas.
poll-too-many-open =
    { $count ->
        [one] Trwa już { $count } otwarta ankieta
        [few] Trwają już { $count } otwarte ankiety
        [many] Trwa już { $count } otwartych ankiet
       *[other] Trwa już { $count } otwartej ankiety
    }. Najpierw zakończ którąś przez /endpoll.
poll-announcement = 📊 Ankieta #{ $id }: { $question }
poll-closes = Koniec głosowania: { $when }. Twój głos jest tajny.
poll-created = Ankieta #{ $id } wystartowała.
poll-unknown = Nie ma otwartej ankiety #{ $id }.
poll-not-yours = Ankietę może zakończyć tylko osoba, która ją rozpoczęła, albo moderacja.
poll-ended = Ankieta #{ $id } jest zamknięta, a wyniki zostały opublikowane.
poll-closed = Ta ankieta jest już zamknięta.
poll-voted = Twój głos na „{ $option }” został policzony. Naciśnij tę samą opcję jeszcze raz, żeby go wycofać.
poll-vote-removed = Twój głos na „{ $option }” został wycofany.
poll-results-header =
    📊 Wyniki: { $question } ({ $count ->
        [one] { $count } głos
        [few] { $count } głosy
        [many] { $count } głosów
       *[other] { $count } głosu
    })
poll-results-line = { $bar } { $option } — { $count } ({ $percent }%)
feedback-no-channel = Opinie nie są jeszcze skonfigurowane w tej społeczności: nie ma kanału moderacji, do którego można by je wysłać.
feedback-cooldown = Dziękujemy — twoja opinia właśnie do nas dotarła. Odczekaj kilka minut, zanim wyślesz kolejną.
feedback-report = 📝 Anonimowa opinia od kogoś ze społeczności: { $text }
feedback-sent = Dziękujemy! Twoja opinia trafiła do moderacji bez twojej nazwy.

## Kondycja społeczności

stats-header =
    📈 { $community } — { $days ->
        [one] ostatni dzień
        [few] ostatnie { $days } dni
        [many] ostatnich { $days } dni
       *[other] ostatnie { $days } dnia
    }
stats-members = Ruch w społeczności: dołączyło { $joins }, odeszło { $leaves } ({ $net }).
stats-quiet = W tym okresie nikt nic nie napisał.
stats-active =
    Aktywność: { $count ->
        [one] { $count } osoba coś napisała
        [few] { $count } osoby coś napisały
        [many] { $count } osób coś napisało
       *[other] { $count } osoby coś napisało
    } (w tym tygodniu: { $week }) — około { $percent }% z mniej więcej { $size }.
stats-messages =
    { $count ->
        [one] { $count } wiadomość
        [few] { $count } wiadomości
        [many] { $count } wiadomości
       *[other] { $count } wiadomości
    }; najaktywniejszy kanał: #{ $channel }.
stats-peak = Największy ruch: { $weekday } około { $hour }.
stats-incidents =
    { $count ->
        [one] { $count } incydent
        [few] { $count } incydenty
        [many] { $count } incydentów
       *[other] { $count } incydentu
    } w moderacji; najczęściej: { $rule }.
stats-no-incidents = Żadnych incydentów w moderacji. 🌿
stats-mood = Nastrój ({ $language }): { $positive }% pozytywnych, { $negative }% negatywnych ({ $count ->
    [one] { $count } wiadomość
    [few] { $count } wiadomości
    [many] { $count } wiadomości
   *[other] { $count } wiadomości
} z wyraźnym nastrojem).
stats-language-en = angielski
stats-language-sv = szwedzki
stats-language-nb = norweski
stats-language-pl = polski
digest-header = 🗞️ Podsumowanie tygodnia: { $community } (ostatnie 7 dni)
digest-footer = Wykresy? Uruchom: hearth stats --rules PLIK --out KATALOG

## Wykresy

chart-no-data = Brak danych w tym okresie
chart-growth-title = Przyrost członków dziennie
chart-joins = Dołączenia
chart-leaves = Odejścia
chart-net = Zmiana netto
chart-active-title = Aktywne osoby
chart-active-day = Ostatni dzień
chart-active-week = Ostatnie 7 dni
chart-active-period = Cały okres
chart-engagement = Zaangażowanie: { $percent }% z około { $size } członków
chart-channels-title = Wiadomości na kanał
chart-incidents-title = Incydenty według reguły
chart-heatmap-title = Najaktywniejsze godziny w dniach tygodnia ({ $timezone })
chart-messages = Wiadomości
chart-sentiment-title = Nastrój w czasie według języka
chart-sentiment-axis = Udział pozytywnych − negatywnych

## Polecenia

cmd-badges = Zobacz czyjeś odznaki
cmd-badges-user = Czyje odznaki (domyślnie twoje)
cmd-badge = Przyznaj komuś odznakę
cmd-badge-user = Osoba, która dostaje odznakę
cmd-badge-badge = Id odznaki, np. event-host albo jedna z odznak społeczności
cmd-recognition = Wybierz, czy ranking ma cię pokazywać
cmd-recognition-leaderboard = Pokaż albo ukryj siebie
cmd-choice-leaderboard-show = Pokaż mnie
cmd-choice-leaderboard-hide = Ukryj mnie
cmd-event = Ogłoś wydarzenie z przyciskami zapisów
cmd-event-title = Nazwa wydarzenia
cmd-event-when = Start w strefie czasowej społeczności, np. 2026-11-20 19:00
cmd-event-duration = Jak długo trwa, np. 90m albo 2h (domyślnie 2h)
cmd-event-description = Kilka słów o wydarzeniu
cmd-events = Pokaż nadchodzące wydarzenia
cmd-cancelevent = Odwołaj wydarzenie, które prowadzisz
cmd-cancelevent-id = Numer wydarzenia
cmd-poll = Rozpocznij ankietę z przyciskami
cmd-poll-question = Pytanie
cmd-poll-options = Opcje oddzielone znakiem ; (np. Pizza; Tacos; Sushi)
cmd-poll-duration = Jak długo trwa głosowanie, np. 1h albo 2d (domyślnie 1d)
cmd-endpoll = Zamknij ankietę teraz i opublikuj wyniki
cmd-endpoll-id = Numer ankiety
cmd-feedback = Wyślij moderacji anonimową opinię
cmd-feedback-text = Twoja opinia — bez twojej nazwy
