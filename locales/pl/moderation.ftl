# Automatyczna moderacja: co czytają członkowie i moderatorzy, gdy zasada zostaje złamana.

guideline-respect = Szacunek
guideline-no-spam = Bez spamu i autopromocji
guideline-on-topic = Trzymaj się tematu
guideline-privacy = Chroń prywatność
guideline-safety = Bezpieczeństwo

moderation-warn = Cześć { $name }, usunąłem Twoją wiadomość, bo narusza naszą zasadę „{ $guideline }”. Jeśli uważasz, że to pomyłka, możesz się odwołać komendą /appeal — moderator się temu przyjrzy.
moderation-report = { $name } ({ $user }) złamał(a) zasadę „{ $rule }” ({ $severity }) na #{ $channel }: { $excerpt }
moderation-ladder-reason = Punkty ostrzeżeń osiągnęły { $points } (ostatnia zasada: { $rule })
moderation-ladder-warn = Masz { $points } pkt ostrzeżeń. Punkty z czasem wygasają, ale kolejne naruszenia skończą się wyciszeniem.

moderation-original = Oryginał: „{ $text }”
moderation-translation = Tłumaczenie ({ $source } → język moderatorów): „{ $text }”
moderation-untranslated = Bez tłumaczenia ({ $why ->
        [disabled] tłumaczenie jest wyłączone
        [timeout] usługa tłumaczenia odpowiadała zbyt wolno
        [offline] nie udało się połączyć z usługą tłumaczenia
        [same-language] już w języku moderatorów
       *[other] { $why }
    })

moderation-raid-started = Alarm: { $joins } lub więcej osób dołączyło w ciągu { $seconds } s. Tryb obrony przed rajdem jest włączony — kanały dla nowych osób działają wolniej, dopóki sytuacja się nie uspokoi.
moderation-raid-ended = Rajd ucichł; tryb obrony jest znowu wyłączony.

moderation-explain-clean = Ten tekst nie zostałby oznaczony. Odczytany jako: „{ $text }”
moderation-explain-flagged = Ten tekst zostałby oznaczony. Odczytany jako: „{ $text }”
moderation-explain-finding = • { $rule } ({ $severity }): „{ $excerpt }” → { $actions }
