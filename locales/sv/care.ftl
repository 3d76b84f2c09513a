# Gemenskap: välkomstvågor, presentationer, uppskattning, evenemang, omröstningar och hälsa.

## Gemensamt

care-feature-off = Den funktionen är avstängd i den här gemenskapen.
care-unknown-member = Jag hittar ingen medlem ”{ $user }” här. Kolla namnet och försök igen.

## Välkomnande när många går med samtidigt

welcome-batch =
    { $count ->
        [one] Välkommen
       *[other] Välkomna
    } till { $community }, { $names }{ $more ->
        [0] {""}
       *[other] {" "}och { $more } till
    }! { $count ->
        [one] Vad roligt att du är här. Kika gärna på /guidelines när du har en stund.
       *[other] Så många nya ansikten – vad roligt att ni är här. Kika gärna på /guidelines när ni har en stund.
    }
welcome-batch-intro =
    { $count ->
        [one] Välkommen
       *[other] Välkomna
    } till { $community }, { $names }{ $more ->
        [0] {""}
       *[other] {" "}och { $more } till
    }! { $count ->
        [one] Vad roligt att du är här. Säg hej i #{ $intro_channel } och kika på /guidelines.
       *[other] Så många nya ansikten – vad roligt att ni är här. Säg hej i #{ $intro_channel } och kika på /guidelines.
    }

## Presentationer

intro-thanks = Tack för att du presenterade dig, { $name }! Titta runt och häng på i vilket samtal du vill.
intro-thanks-suggest =
    Tack för att du presenterade dig, { $name }! Utifrån det du skrev kanske du gillar { $count ->
        [one] den här kanalen
       *[other] de här kanalerna
    }: { $channels }.

## Tack och uppskattning

thanks-self = Snällt tänkt, men du kan inte tacka dig själv. 😊
thanks-cooldown = Du tackade { $name } nyligen. Du kan tacka hen igen om { $wait }.
thanks-mutual-cap = Du och { $name } har tackat varandra många gånger i dag. Tack från andra räknas också – försök igen i morgon.
thanks-given =
    { $giver } tackade { $name }! { $name } har fått { $count ->
        [one] { $count } tack
       *[other] { $count } tack
    } hittills.
milestone-thanks =
    🎉 { $name } har nu fått { $count ->
        [one] { $count } tack
       *[other] { $count } tack
    } – tack för att du hjälper till!

## Märken

badge-earned = 🏅 { $name } har fått ett märke: { $badge }
badge-first-post = Första inlägget
badge-helper = Hjälpreda
badge-anniversary = Ett år här
badge-event-host = Evenemangsvärd
badge-messages =
    { $count ->
        [one] { $count } meddelande
       *[other] { $count } meddelanden
    }
badges-none = { $name } har inga märken än.
badges-header =
    { $name } har { $count ->
        [one] { $count } märke
       *[other] { $count } märken
    }:
badge-unknown = Det finns inget märke som heter ”{ $badge }”. Märken du kan dela ut: { $known }.
badge-already = { $name } har redan { $badge }.
badge-given = Klart – { $name } har nu { $badge }.

## Topplista

leaderboard-empty = { $period }: ingen har fått något tack än. Bli först med /thanks!
leaderboard-header = 🏆 Flest tack – { $period }:
leaderboard-line =
    { $rank }. { $name } – { $count ->
        [one] { $count } tack
       *[other] { $count } tack
    }
leaderboard-footer = Vill du hellre inte synas? Använd /recognition leaderboard:hide.
recognition-hidden = Du syns inte längre på topplistan. Dina tack räknas ändå; använd /recognition leaderboard:show för att synas igen.
recognition-shown = Du syns på topplistan igen.

## Evenemang

event-bad-time = Jag kunde inte läsa ”{ $value }” som datum och tid. Skriv till exempel { $example } (i gemenskapens tidszon).
event-in-past = ”{ $value }” har redan varit. Välj en tid som ligger framåt.
event-too-far = ”{ $value }” ligger för långt fram. Planera evenemang högst ett år framåt.
event-too-many =
    Det finns redan { $count ->
        [one] { $count } kommande evenemang
       *[other] { $count } kommande evenemang
    }. Ställ in ett med /cancelevent eller vänta tills ett är över.
event-created = Evenemang #{ $id } ”{ $title }” är utannonserat.
event-announcement =
    📅 { $title }
    🕒 { $when } – { $length }
    Värd: { $host }
event-rsvp-hint = Berätta om du kommer med knapparna nedan.
event-button-going = Jag kommer
event-button-maybe = Kanske
event-button-no = Kan inte
event-rsvp-going =
    Vi ses på { $title }! { $going ->
        [one] { $going } person kommer.
       *[other] { $going } personer kommer.
    }
event-rsvp-maybe = Noterat som ”kanske” till { $title }. Jag lägger upp en påminnelse i kanalen innan det börjar.
event-rsvp-no = Noterat – du kan inte komma på { $title }. Kanske nästa gång!
event-gone = Det evenemanget är över eller inställt.
events-none = Inga evenemang är planerade just nu.
events-header =
    { $count ->
        [one] { $count } kommande evenemang:
       *[other] { $count } kommande evenemang:
    }
events-line = #{ $id } { $title } – { $when } ({ $going } kommer)
event-unknown = Det finns inget kommande evenemang #{ $id }.
event-not-yours = Bara värden eller en moderator kan ställa in ”{ $title }”.
event-cancelled = ❌ ”{ $title }” har ställts in av { $name }.
event-cancel-done = ”{ $title }” är inställt, och alla som skulle komma har fått veta det.
event-reminder =
    ⏰ Påminnelse: { $title } börjar { $when }. { $going ->
        [one] { $going } person kommer.
       *[other] { $going } personer kommer.
    }
event-reminder-dm = ⏰ { $title } börjar { $when }. Vi ses där!

## Omröstningar och feedback

poll-too-few-options = En omröstning behöver minst två alternativ. Skilj dem åt med ”;”, till exempel: Pizza; Tacos; Sushi.
poll-too-many-options =
    En omröstning kan ha högst { $count ->
        [one] { $count } alternativ
       *[other] { $count } alternativ
    }.
poll-duplicate-option = Två av alternativen är likadana. Varje alternativ ska vara unikt.
poll-too-long = Så länge kan omröstningar inte pågå här. Välj en kortare tid.
poll-too-many-open =
    Det finns redan { $count ->
        [one] { $count } öppen omröstning
       *[other] { $count } öppna omröstningar
    }. Avsluta en med /endpoll först.
poll-announcement = 📊 Omröstning #{ $id }: { $question }
poll-closes = Röstningen stänger { $when }. Din röst är hemlig.
poll-created = Omröstning #{ $id } är igång.
poll-unknown = Det finns ingen öppen omröstning #{ $id }.
poll-not-yours = Bara den som startade omröstningen eller en moderator kan avsluta den.
poll-ended = Omröstning #{ $id } är stängd och resultatet är publicerat.
poll-closed = Den här omröstningen är stängd.
poll-voted = Din röst på ”{ $option }” är räknad. Tryck på samma alternativ igen för att ta tillbaka den.
poll-vote-removed = Du har tagit tillbaka din röst på ”{ $option }”.
poll-results-header =
    📊 Resultat: { $question } ({ $count ->
        [one] { $count } röst
       *[other] { $count } röster
    })
poll-results-line = { $bar } { $option } – { $count } ({ $percent } %)
feedback-no-channel = Feedback är inte inställt i den här gemenskapen än: det finns ingen moderatorkanal att skicka den till.
feedback-cooldown = Tack – du skickade precis feedback. Vänta några minuter innan du skickar mer.
feedback-report = 📝 Anonym feedback från en medlem: { $text }
feedback-sent = Tack! Din feedback har nått moderatorerna utan ditt namn.

## Gemenskapens hälsa

stats-header =
    📈 { $community } – { $days ->
        [one] det senaste dygnet
       *[other] de senaste { $days } dagarna
    }
stats-members = Medlemmar: { $joins } gick med, { $leaves } lämnade ({ $net }).
stats-quiet = Inga meddelanden skrevs under perioden.
stats-active =
    Aktiva: { $count ->
        [one] { $count } medlem
       *[other] { $count } medlemmar
    } skrev något ({ $week } den här veckan) – ungefär { $percent } % av cirka { $size }.
stats-messages =
    { $count ->
        [one] { $count } meddelande
       *[other] { $count } meddelanden
    }; mest aktiva kanal: #{ $channel }.
stats-peak = Mest aktivt: { $weekday } runt { $hour }.
stats-incidents =
    { $count ->
        [one] { $count } incident
       *[other] { $count } incidenter
    } i modereringen; oftast: { $rule }.
stats-no-incidents = Inga incidenter i modereringen. 🌿
stats-mood = Stämning på { $language }: { $positive } % positiv, { $negative } % negativ ({ $count ->
    [one] { $count } meddelande
   *[other] { $count } meddelanden
} med tydlig stämning).
stats-language-en = engelska
stats-language-sv = svenska
stats-language-nb = norska
stats-language-pl = polska
digest-header = 🗞️ Veckosammanfattning för { $community } (senaste 7 dagarna)
digest-footer = Vill du se diagram? Kör: hearth stats --rules FIL --out MAPP

## Diagram

chart-no-data = Inga data under perioden
chart-growth-title = Medlemstillväxt per dag
chart-joins = Gick med
chart-leaves = Lämnade
chart-net = Nettoförändring
chart-active-title = Aktiva medlemmar
chart-active-day = Senaste dygnet
chart-active-week = Senaste 7 dagarna
chart-active-period = Hela perioden
chart-engagement = Engagemang: { $percent } % av cirka { $size } medlemmar
chart-channels-title = Meddelanden per kanal
chart-incidents-title = Incidenter per regel
chart-heatmap-title = Mest aktiva timmar per veckodag ({ $timezone })
chart-messages = Meddelanden
chart-sentiment-title = Stämning över tid per språk
chart-sentiment-axis = Andel positiva − negativa

## Kommandon

cmd-badges = Se vilka märken en medlem har fått
cmd-badges-user = Vems märken (standard: dina)
cmd-badge = Ge en medlem ett märke
cmd-badge-user = Medlemmen som får märket
cmd-badge-badge = Märkets id, t.ex. event-host eller ett av gemenskapens egna märken
cmd-recognition = Välj om du syns på topplistan
cmd-recognition-leaderboard = Visa eller dölj dig
cmd-choice-leaderboard-show = Visa mig
cmd-choice-leaderboard-hide = Dölj mig
cmd-event = Annonsera ett evenemang med svarsknappar
cmd-event-title = Vad evenemanget heter
cmd-event-when = Start i gemenskapens tidszon, t.ex. 2026-11-20 19:00
cmd-event-duration = Hur länge det pågår, t.ex. 90m eller 2h (standard 2h)
cmd-event-description = Några ord om evenemanget
cmd-events = Visa kommande evenemang
cmd-cancelevent = Ställ in ett evenemang du är värd för
cmd-cancelevent-id = Evenemangets nummer
cmd-poll = Starta en omröstning med knappar
cmd-poll-question = Frågan
cmd-poll-options = Alternativen, åtskilda med ; (t.ex. Pizza; Tacos; Sushi)
cmd-poll-duration = Hur länge röstningen är öppen, t.ex. 1h eller 2d (standard 1d)
cmd-endpoll = Stäng en omröstning nu och visa resultatet
cmd-endpoll-id = Omröstningens nummer
cmd-feedback = Skicka anonym feedback till moderatorerna
cmd-feedback-text = Din feedback – ditt namn följer inte med
