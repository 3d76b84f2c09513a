# Automatyczna moderacja: co czytają członkowie i moderacja, gdy zasada zostaje złamana.

guideline-respect = Szacunek
guideline-no-spam = Bez spamu i autopromocji
guideline-on-topic = Trzymaj się tematu
guideline-privacy = Chroń prywatność
guideline-safety = Bezpieczeństwo

moderation-warn =
    { $removed ->
        [yes] Cześć, { $name }! Twoja wiadomość została usunięta, bo narusza naszą zasadę „{ $guideline }”.
       *[no] Cześć, { $name }! Twoja wiadomość narusza naszą zasadę „{ $guideline }”. Pamiętaj o tym na przyszłość.
    } Jeśli uważasz, że to pomyłka, napisz do moderacji, a ktoś się temu przyjrzy.
moderation-report =
    { $name } ({ $user }) łamie zasadę „{ $rule }” ({ $severity ->
        [mild] łagodne
        [abusive] obraźliwe
        [slur] obelga
        [threat] groźba
       *[other] { $severity }
    }) na #{ $channel }: { $excerpt }
moderation-ladder-reason =
    { $points ->
        [one] { $points } punkt karny
        [few] { $points } punkty karne
        [many] { $points } punktów karnych
       *[other] { $points } punktu karnego
    } (ostatnio złamana zasada: { $rule })
moderation-ladder-warn =
    Masz już { $points ->
        [one] { $points } punkt karny
        [few] { $points } punkty karne
        [many] { $points } punktów karnych
       *[other] { $points } punktu karnego
    }. Punkty z czasem wygasają, ale jeśli pojawią się kolejne naruszenia, następny krok będzie surowszy — wyciszenie albo więcej.

moderation-original = Oryginał: „{ $text }”
moderation-translation = Tłumaczenie ({ $source } → język moderacji): „{ $text }”
moderation-untranslated = Bez tłumaczenia ({ $why ->
        [disabled] tłumaczenie jest w tym bocie wyłączone
        [timeout] usługa tłumaczeń odpowiadała zbyt wolno
        [offline] nie udało się połączyć z usługą tłumaczeń
        [same-language] tekst jest już w języku moderacji
        [empty] nie ma tekstu do przetłumaczenia
       *[other] tłumaczenie się nie powiodło
    })

moderation-raid-started =
    Uwaga, raid: w ciągu { $seconds } s dołączyło { $joins } lub więcej osób. { $response ->
        [slowmode] Włączam tryb powolny na kanałach: { $channels }.
        [lock] Blokuję kanały: { $channels }, żeby nowe osoby nie mogły tam pisać.
       *[alert] Nie zmieniam żadnych kanałów — w razie potrzeby użyj /lockdown albo /slowmode.
    } Tryb ochrony przed raidem wyłączy się sam, gdy przez { $quiet } nikt nowy nie dołączy.
moderation-raid-ended =
    Fala dołączeń ucichła, więc tryb ochrony przed raidem jest wyłączony. { $response ->
        [slowmode] Tryb powolny został wyłączony na kanałach: { $channels }.
        [lock] Kanały zostały odblokowane: { $channels }.
       *[alert] Żaden kanał nie był zmieniany.
    }

moderation-explain-clean = Ten tekst nie zostałby oznaczony. Odczytuję go jako: „{ $text }”
moderation-explain-flagged = Ten tekst zostałby oznaczony. Odczytuję go jako: „{ $text }”
moderation-explain-finding =
    • { $rule } ({ $severity ->
        [mild] łagodne
        [abusive] obraźliwe
        [slur] obelga
        [threat] groźba
       *[other] { $severity }
    }): „{ $excerpt }” → { $actions }
