# Fellesskap: velkomstbølger, presentasjoner, anerkjennelse, arrangementer, avstemninger og helse.

## Felles

care-feature-off = Den funksjonen er slått av i dette fellesskapet.
care-unknown-member = Jeg finner ikke noe medlem «{ $user }» her. Sjekk navnet og prøv igjen.

## Velkomst når mange blir med samtidig

welcome-batch =
    Velkommen til { $community }, { $names }{ $more ->
        [0] {""}
       *[other] {" "}og { $more } til
    }! { $count ->
        [one] Så hyggelig at du er her. Ta gjerne en titt på /guidelines når du har tid.
       *[other] Så mange nye fjes – så hyggelig at dere er her. Ta gjerne en titt på /guidelines når dere har tid.
    }
welcome-batch-intro =
    Velkommen til { $community }, { $names }{ $more ->
        [0] {""}
       *[other] {" "}og { $more } til
    }! { $count ->
        [one] Så hyggelig at du er her. Si hei i #{ $intro_channel } og ta en titt på /guidelines.
       *[other] Så mange nye fjes – så hyggelig at dere er her. Si hei i #{ $intro_channel } og ta en titt på /guidelines.
    }

## Presentasjoner

intro-thanks = Takk for at du presenterte deg, { $name }! Se deg rundt og bli med i hvilken som helst samtale.
intro-thanks-suggest =
    Takk for at du presenterte deg, { $name }! Ut fra det du skrev, liker du kanskje { $count ->
        [one] denne kanalen
       *[other] disse kanalene
    }: { $channels }.

## Takk og anerkjennelse

thanks-self = Fint tenkt, men du kan ikke takke deg selv. 😊
thanks-cooldown = Du takket { $name } nylig. Du kan takke igjen om { $wait }.
thanks-mutual-cap = Du og { $name } har takket hverandre mange ganger i dag. Takk fra andre teller også – prøv igjen i morgen.
thanks-given =
    { $giver } takket { $name }! { $name } har fått { $count ->
        [one] { $count } takk
       *[other] { $count } takk
    } så langt.
milestone-thanks =
    🎉 { $name } har nå fått { $count ->
        [one] { $count } takk
       *[other] { $count } takk
    } – takk for at du hjelper til!

## Merker

badge-earned = 🏅 { $name } har fått et merke: { $badge }
badge-first-post = Første innlegg
badge-helper = Hjelper
badge-anniversary = Ett år her
badge-event-host = Arrangør
badge-messages =
    { $count ->
        [one] { $count } melding
       *[other] { $count } meldinger
    }
badges-none = { $name } har ingen merker ennå.
badges-header =
    { $name } har { $count ->
        [one] { $count } merke
       *[other] { $count } merker
    }:
badge-unknown = Det finnes ikke noe merke som heter «{ $badge }». Merker du kan dele ut: { $known }.
badge-already = { $name } har allerede { $badge }.
badge-given = Ferdig – { $name } har nå { $badge }.

## Toppliste

leaderboard-empty = { $period }: ingen har fått takk ennå. Bli den første med /thanks!
leaderboard-header = 🏆 Flest takk – { $period }:
leaderboard-line =
    { $rank }. { $name } – { $count ->
        [one] { $count } takk
       *[other] { $count } takk
    }
leaderboard-footer = Vil du heller ikke stå på listen? Bruk /recognition leaderboard:hide.
recognition-hidden = Du vises ikke lenger på topplisten. Takkene dine teller fortsatt; bruk /recognition leaderboard:show for å vises igjen.
recognition-shown = Du vises på topplisten igjen.

## Arrangementer

event-bad-time = Jeg klarte ikke å lese «{ $value }» som dato og klokkeslett. Skriv for eksempel { $example } (i fellesskapets tidssone).
event-in-past = «{ $value }» har allerede vært. Velg et tidspunkt fremover.
event-too-far = «{ $value }» er for langt frem i tid. Planlegg arrangementer høyst ett år frem.
event-too-many =
    Det finnes allerede { $count ->
        [one] { $count } kommende arrangement
       *[other] { $count } kommende arrangementer
    }. Avlys ett med /cancelevent eller vent til ett er over.
event-created = Arrangement #{ $id } «{ $title }» er kunngjort.
event-announcement =
    📅 { $title }
    🕒 { $when } – { $length }
    Arrangør: { $host }
event-rsvp-hint = Si fra om du kommer med knappene under.
event-button-going = Jeg kommer
event-button-maybe = Kanskje
event-button-no = Kan ikke
event-rsvp-going =
    Vi ses på { $title }! { $going ->
        [one] { $going } person kommer.
       *[other] { $going } personer kommer.
    }
event-rsvp-maybe = Notert som «kanskje» til { $title }. Jeg legger ut en påminnelse i kanalen før det starter.
event-rsvp-no = Notert – du kan ikke komme på { $title }. Kanskje neste gang!
event-gone = Det arrangementet er over eller avlyst.
events-none = Ingen arrangementer er planlagt akkurat nå.
events-header =
    { $count ->
        [one] { $count } kommende arrangement:
       *[other] { $count } kommende arrangementer:
    }
events-line = #{ $id } { $title } – { $when } ({ $going } kommer)
event-unknown = Det finnes ikke noe kommende arrangement #{ $id }.
event-not-yours = Bare arrangøren eller en moderator kan avlyse «{ $title }».
event-cancelled = ❌ «{ $title }» er avlyst av { $name }.
event-cancel-done = «{ $title }» er avlyst, og alle som skulle komme, har fått beskjed.
event-reminder =
    ⏰ Påminnelse: { $title } starter { $when }. { $going ->
        [one] { $going } person kommer.
       *[other] { $going } personer kommer.
    }
event-reminder-dm = ⏰ { $title } starter { $when }. Vi ses der!

## Avstemninger og tilbakemeldinger

poll-too-few-options = En avstemning trenger minst to alternativer. Skill dem med «;», for eksempel: Pizza; Taco; Sushi.
poll-too-many-options =
    En avstemning kan ha høyst { $count ->
        [one] { $count } alternativ
       *[other] { $count } alternativer
    }.
poll-duplicate-option = To av alternativene er like. Hvert alternativ må være forskjellig.
poll-too-long = Så lenge kan avstemninger ikke vare her. Velg en kortere varighet.
poll-too-many-open =
    Det finnes allerede { $count ->
        [one] { $count } åpen avstemning
       *[other] { $count } åpne avstemninger
    }. Avslutt en med /endpoll først.
poll-announcement = 📊 Avstemning #{ $id }: { $question }
poll-closes = Avstemningen stenger { $when }. Stemmen din er hemmelig.
poll-created = Avstemning #{ $id } er i gang.
poll-unknown = Det finnes ingen åpen avstemning #{ $id }.
poll-not-yours = Bare den som startet avstemningen eller en moderator kan avslutte den.
poll-ended = Avstemning #{ $id } er stengt, og resultatet er lagt ut.
poll-closed = Denne avstemningen er stengt.
poll-voted = Stemmen din på «{ $option }» er telt. Trykk på det samme alternativet igjen for å trekke den tilbake.
poll-vote-removed = Stemmen din på «{ $option }» er trukket tilbake.
poll-results-header =
    📊 Resultat: { $question } ({ $count ->
        [one] { $count } stemme
       *[other] { $count } stemmer
    })
poll-results-line = { $bar } { $option } – { $count } ({ $percent } %)
feedback-no-channel = Tilbakemeldinger er ikke satt opp i dette fellesskapet ennå: det finnes ingen moderatorkanal å sende dem til.
feedback-cooldown = Takk – du sendte nettopp en tilbakemelding. Vent noen minutter før du sender mer.
feedback-report = 📝 Anonym tilbakemelding fra et medlem: { $text }
feedback-sent = Takk! Tilbakemeldingen din har nådd moderatorene uten navnet ditt.

## Fellesskapets helse

stats-header =
    📈 { $community } – { $days ->
        [one] det siste døgnet
       *[other] de siste { $days } dagene
    }
stats-members = Medlemmer: { $joins } ble med, { $leaves } gikk ut ({ $net }).
stats-quiet = Ingen meldinger ble skrevet i perioden.
stats-active =
    Aktive: { $count ->
        [one] { $count } medlem
       *[other] { $count } medlemmer
    } skrev noe ({ $week } denne uken) – omtrent { $percent } % av rundt { $size }.
stats-messages =
    { $count ->
        [one] { $count } melding
       *[other] { $count } meldinger
    }; mest aktive kanal: #{ $channel }.
stats-peak = Mest aktivt: { $weekday } rundt { $hour }.
stats-incidents =
    { $count ->
        [one] { $count } hendelse
       *[other] { $count } hendelser
    } i modereringen; oftest: { $rule }.
stats-no-incidents = Ingen hendelser i modereringen. 🌿
stats-mood = Stemning på { $language }: { $positive } % positiv, { $negative } % negativ ({ $count ->
    [one] { $count } melding
   *[other] { $count } meldinger
} med tydelig stemning).
stats-language-en = engelsk
stats-language-sv = svensk
stats-language-nb = norsk
stats-language-pl = polsk
digest-header = 🗞️ Ukesoppsummering for { $community } (siste 7 dager)
digest-footer = Vil du se diagrammer? Kjør: hearth stats --rules FIL --out MAPPE

## Diagrammer

chart-no-data = Ingen data i perioden
chart-growth-title = Medlemsvekst per dag
chart-joins = Ble med
chart-leaves = Gikk ut
chart-net = Nettoendring
chart-active-title = Aktive medlemmer
chart-active-day = Siste døgn
chart-active-week = Siste 7 dager
chart-active-period = Hele perioden
chart-engagement = Engasjement: { $percent } % av rundt { $size } medlemmer
chart-channels-title = Meldinger per kanal
chart-incidents-title = Hendelser per regel
chart-heatmap-title = Mest aktive timer per ukedag ({ $timezone })
chart-messages = Meldinger
chart-sentiment-title = Stemning over tid per språk
chart-sentiment-axis = Andel positive − negative

## Kommandoer

cmd-badges = Se hvilke merker et medlem har fått
cmd-badges-user = Hvem sine merker (standard: dine)
cmd-badge = Gi et medlem et merke
cmd-badge-user = Medlemmet som får merket
cmd-badge-badge = Merkets id, f.eks. event-host eller et av fellesskapets egne merker
cmd-recognition = Velg om du vises på topplisten
cmd-recognition-leaderboard = Vis eller skjul deg
cmd-choice-leaderboard-show = Vis meg
cmd-choice-leaderboard-hide = Skjul meg
cmd-event = Kunngjør et arrangement med svarknapper
cmd-event-title = Hva arrangementet heter
cmd-event-when = Start i fellesskapets tidssone, f.eks. 2026-11-20 19:00
cmd-event-duration = Hvor lenge det varer, f.eks. 90m eller 2h (standard 2h)
cmd-event-description = Noen ord om arrangementet
cmd-events = Vis kommende arrangementer
cmd-cancelevent = Avlys et arrangement du er arrangør for
cmd-cancelevent-id = Arrangementets nummer
cmd-poll = Start en avstemning med knapper
cmd-poll-question = Spørsmålet
cmd-poll-options = Alternativene, skilt med ; (f.eks. Pizza; Taco; Sushi)
cmd-poll-duration = Hvor lenge avstemningen er åpen, f.eks. 1h eller 2d (standard 1d)
cmd-endpoll = Steng en avstemning nå og vis resultatet
cmd-endpoll-id = Avstemningens nummer
cmd-feedback = Send anonym tilbakemelding til moderatorene
cmd-feedback-text = Tilbakemeldingen din – navnet ditt blir ikke med
