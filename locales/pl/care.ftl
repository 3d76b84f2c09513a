# Społeczność: fale powitań, przedstawianie się, podziękowania, wydarzenia, ankiety i kondycja.

## Wspólne

care-feature-off = Ta funkcja jest wyłączona w tej społeczności.
care-unknown-member = Nie znam tu nikogo o nazwie „{ $user }”. Sprawdź nazwę i spróbuj ponownie.

## Powitanie, gdy dołącza wiele osób naraz

welcome-batch =
    Witajcie w { $community }, { $names }{ $more ->
        [0] {""}
       *[other] {" "}i { $more } innych
    }! { $count ->
        [one] Cieszymy się, że jesteś z nami.
        [few] Tyle nowych twarzy — cieszymy się, że jesteście z nami.
        [many] Tyle nowych twarzy — cieszymy się, że jesteście z nami.
       *[other] Tyle nowych twarzy — cieszymy się, że jesteście z nami.
    } Przywitajcie się na #{ $intro_channel } i zajrzyjcie do /guidelines.

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

thanks-self = Miło, ale nie możesz podziękować samemu sobie. 😊
thanks-cooldown = Przed chwilą dziękowałeś(-aś) { $name } — znowu możesz podziękować w ciągu { $wait }.
thanks-mutual-cap = Ty i { $name } dziękowaliście sobie dziś już wiele razy. Podziękowania od innych też się liczą — spróbuj jutro.
thanks-given =
    { $giver } dziękuje { $name }! { $name } ma już { $count ->
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
badge-event-host = Organizator wydarzeń
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
badge-already = { $name } ma już { $badge }.
badge-given = Gotowe — { $name } ma teraz { $badge }.

## Ranking

leaderboard-empty = Nikt jeszcze nie dostał podziękowań ({ $period }). Bądź pierwszy z /thanks!
leaderboard-header = 🏆 Najwięcej podziękowań — { $period }:
leaderboard-line =
    { $rank }. { $name } — { $count ->
        [one] { $count } podziękowanie
        [few] { $count } podziękowania
        [many] { $count } podziękowań
       *[other] { $count } podziękowania
    }
leaderboard-footer = Wolisz nie być na liście? Użyj /recognition leaderboard:hide.
recognition-hidden = Nie jesteś już widoczny(-a) w rankingu. Twoje podziękowania nadal się liczą; użyj /recognition leaderboard:show, aby znów się pojawić.
recognition-shown = Znów jesteś widoczny(-a) w rankingu.

## Wydarzenia

event-bad-time = Nie rozumiem „{ $value }” jako daty i godziny. Napisz na przykład { $example } (w strefie czasowej społeczności).
event-in-past = „{ $value }” już minęło. Wybierz termin w przyszłości.
event-too-far = „{ $value }” to zbyt odległy termin. Planuj wydarzenia najwyżej rok naprzód.
event-too-many =
    Zaplanowano już { $count ->
        [one] { $count } nadchodzące wydarzenie
        [few] { $count } nadchodzące wydarzenia
        [many] { $count } nadchodzących wydarzeń
       *[other] { $count } nadchodzącego wydarzenia
    }. Odwołaj któreś przez /cancelevent albo poczekaj, aż się odbędzie.
event-created = Wydarzenie #{ $id } „{ $title }” zostało ogłoszone.
event-announcement =
    📅 { $title }
    🕒 { $when } — { $length }
    Prowadzi: { $host }
event-rsvp-hint = Daj znać przyciskami poniżej, czy będziesz.
event-button-going = Będę
event-button-maybe = Może
event-button-no = Nie dam rady
event-rsvp-going =
    Do zobaczenia na { $title }! { $going ->
        [one] Wybiera się { $going } osoba.
        [few] Wybierają się { $going } osoby.
        [many] Wybiera się { $going } osób.
       *[other] Wybiera się { $going } osoby.
    }
event-rsvp-maybe = Zapisane jako „może” na { $title }. Przypomnę o tym na kanale przed startem.
event-rsvp-no = Zapisane — nie dasz rady przyjść na { $title }. Może następnym razem!
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
event-not-yours = Tylko prowadzący albo moderator może odwołać „{ $title }”.
event-cancelled = ❌ „{ $title }” zostało odwołane przez { $name }.
event-cancel-done = „{ $title }” jest odwołane, a zapisane osoby dostały wiadomość.
event-reminder =
    ⏰ Przypomnienie: { $title } zaczyna się { $when }. { $going ->
        [one] Wybiera się { $going } osoba.
        [few] Wybierają się { $going } osoby.
        [many] Wybiera się { $going } osób.
       *[other] Wybiera się { $going } osoby.
    }
event-reminder-dm = ⏰ { $title } zaczyna się { $when }. Do zobaczenia!

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
    Trwa już { $count ->
        [one] { $count } otwarta ankieta
        [few] { $count } otwarte ankiety
        [many] { $count } otwartych ankiet
       *[other] { $count } otwartej ankiety
    }. Najpierw zakończ którąś przez /endpoll.
poll-announcement = 📊 Ankieta #{ $id }: { $question }
poll-closes = Głosowanie kończy się { $when }. Twój głos jest tajny.
poll-created = Ankieta #{ $id } wystartowała.
poll-unknown = Nie ma otwartej ankiety #{ $id }.
poll-not-yours = Tylko autor ankiety albo moderator może ją zakończyć.
poll-ended = Ankieta #{ $id } jest zamknięta, a wyniki zostały opublikowane.
poll-closed = Ta ankieta jest już zamknięta.
poll-voted = Twój głos na „{ $option }” został policzony. Naciśnij ponownie, aby go wycofać.
poll-vote-removed = Twój głos na „{ $option }” został wycofany.
poll-results-header =
    📊 Wyniki: { $question } ({ $count ->
        [one] { $count } głos
        [few] { $count } głosy
        [many] { $count } głosów
       *[other] { $count } głosu
    })
poll-results-line = { $bar } { $option } — { $count } ({ $percent }%)
feedback-no-channel = Opinie nie są jeszcze skonfigurowane w tej społeczności — brakuje kanału moderatorów.
feedback-cooldown = Dziękujemy — właśnie wysłałeś(-aś) opinię. Odczekaj kilka minut, zanim wyślesz kolejną.
feedback-report = 📝 Anonimowa opinia od członka społeczności: { $text }
feedback-sent = Dziękujemy! Twoja opinia trafiła do moderatorów bez twojego imienia.

## Kondycja społeczności

stats-header =
    📈 { $community } — { $days ->
        [one] ostatni dzień
        [few] ostatnie { $days } dni
        [many] ostatnich { $days } dni
       *[other] ostatnie { $days } dnia
    }
stats-members = Członkowie: dołączyło { $joins }, odeszło { $leaves } ({ $net }).
stats-quiet = W tym okresie nie napisano żadnej wiadomości.
stats-active =
    Aktywni: { $count ->
        [one] { $count } osoba coś napisała
        [few] { $count } osoby coś napisały
        [many] { $count } osób coś napisało
       *[other] { $count } osoby coś napisały
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
        [one] { $count } incydent moderacyjny
        [few] { $count } incydenty moderacyjne
        [many] { $count } incydentów moderacyjnych
       *[other] { $count } incydentu moderacyjnego
    }; najczęściej: { $rule }.
stats-no-incidents = Brak incydentów moderacyjnych. 🌿
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
digest-header = 🗞️ Tygodniowe podsumowanie { $community } (ostatnie 7 dni)
digest-footer = Wykresy: hearth stats --rules PLIK --out KATALOG

## Wykresy

chart-no-data = Brak danych w tym okresie
chart-growth-title = Przyrost członków dziennie
chart-joins = Dołączyli
chart-leaves = Odeszli
chart-net = Zmiana netto
chart-active-title = Aktywni członkowie
chart-active-day = Ostatni dzień
chart-active-week = Ostatnie 7 dni
chart-active-period = Cały okres
chart-engagement = Zaangażowanie: { $percent }% z około { $size } członków
chart-channels-title = Wiadomości na kanał
chart-incidents-title = Incydenty moderacyjne według reguły
chart-heatmap-title = Najaktywniejsze godziny w dniach tygodnia ({ $timezone })
chart-messages = Wiadomości
chart-sentiment-title = Nastrój w czasie według języka
chart-sentiment-axis = Udział pozytywnych − negatywnych

## Komendy

cmd-badges = Zobacz odznaki zdobyte przez członka
cmd-badges-user = Czyje odznaki (domyślnie twoje)
cmd-badge = Przyznaj członkowi odznakę
cmd-badge-user = Osoba, która dostaje odznakę
cmd-badge-badge = Id odznaki, np. event-host albo odznaka społeczności
cmd-recognition = Wybierz, czy pojawiasz się w rankingu
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
cmd-feedback = Wyślij moderatorom anonimową opinię
cmd-feedback-text = Twoja opinia — bez twojego imienia
