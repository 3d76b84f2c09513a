# Personvern (cogs/privacy.py) og driftssikkerhet (bot/engine.py, grense for kommandoer).

## Kommandoer

cmd-privacy-action = info (standard), export (en kopi som direktemelding) eller erase (slett)
cmd-choice-action-info = Hva som lagres og hvorfor
cmd-choice-action-export = Send meg en kopi av opplysningene mine
cmd-choice-action-erase = Slett opplysningene mine
cmd-forget = Slett opplysningene om et medlem fra registeret (krever bekreftelse)
cmd-forget-user = Medlemmet som skal få opplysningene sine slettet

## Grense for kommandoer (bot/engine.py)

error-slow-down = Du sender kommandoer veldig raskt. Vent et minutt og prøv igjen.

## Personvernerklæring (/privacy)

privacy-notice-title = Opplysningene dine i { $community }
privacy-notice =
    Dette fellesskapet bruker Hearth, en modereringsbot, for å holde samtalene trygge og vennlige. For å få til det lagrer den litt om medlemmene – bare det modereringen og fellesskapets statistikk trenger. Opplysningene blir aldri solgt, aldri brukt til reklame, og bare moderatorene i fellesskapet kan se dem.
privacy-stored-header = Dette lagres, og hvorfor:
data-privacy = Grunnleggende medlemsopplysninger (id, visningsnavn og språk) slik at boten kan svare deg på ditt språk; hvor mange meldinger du skrev hver dag, til statistikk over aktive medlemmer og milepæler; og antall meldinger per kanal og time, uten navn – aldri selve meldingene.
data-moderation = Når en melding bryter en regel: hvilken regel, når, hva som ble gjort og et kort utdrag der personopplysninger er sladdet, slik at moderatorene kan handle rettferdig og konsekvent. Prikkene forsvinner etter hvert.
data-welcome = Når du ble med eller gikk ut av fellesskapet, slik at fellesskapet kan se hvordan det vokser og ønske deg velkommen.
data-gatherings = Svarene dine på arrangementer i fellesskapet (kommer, kanskje eller kan ikke) med visningsnavnet og språket ditt, slik at påminnelser når dem som kommer; lagres til arrangementet er over.
data-polls = Hvilket alternativ du valgte i en åpen avstemning, slik at du kan endre eller trekke tilbake stemmen din; lagres til avstemningen stenger og vises aldri for noen. Hvem som sendte anonym tilbakemelding, registreres ikke.
privacy-retention = Så lenge lagres det – utdrag fra meldinger: { $excerpts } · hendelser: { $incidents } · modereringssaker: { $cases } · rapporter: { $reports } · aktivitetstall: { $activity }. Alt som er eldre, slettes automatisk hver dag.
privacy-forever = til noen sletter det
privacy-years =
    { $count ->
        [one] { $count } år
       *[other] { $count } år
    }
privacy-your-data = Dette har jeg om deg akkurat nå – hendelser: { $incidents } · saker: { $cases } · rapporter: { $reports } · moderatornotater: { $notes } · meldinger telt: { $messages }
privacy-rights = Dine valg: «/privacy action:export» sender deg en kopi av opplysningene dine som direktemelding. «/privacy action:erase» sletter det: navnet ditt og opplysningene dine fjernes, og det som må bli igjen for fellesskapets statistikk, beholdes uten noe som kan knyttes til deg.
privacy-contact = Spørsmål om opplysningene dine? Kontakt { $contact }.
privacy-contact-moderators = Spørsmål om opplysningene dine? Spør en av moderatorene.
privacy-a-moderator = en moderator
privacy-no-record = Boten fører ikke noe register her, så det er ingenting å eksportere eller slette.

## Eksport

privacy-export-header = Her er en kopi av opplysningene om deg som Hearth lagrer i { $community }, som JSON.
privacy-export-part = Del { $number } av { $total }
privacy-export-sent =
    Jeg har sendt deg opplysningene dine som direktemelding ({ $parts ->
        [one] { $parts } del
       *[other] { $parts } deler
    }).
privacy-export-too-large = Opplysningene dine er for omfattende til å sendes som direktemelding. Kontakt { $contact }, som kan gi deg hele eksporten.

## Sletting

privacy-erase-confirm =
    Vil du slette opplysningene dine fra fellesskapets register? Dette kan ikke angres. Trykk på knappen innen { $minutes ->
        [one] { $minutes } minutt
       *[other] { $minutes } minutter
    } for å bekrefte.
privacy-forget-confirm =
    Slette opplysningene om medlemmet { $user } fra fellesskapets register? Dette kan ikke angres. Trykk på knappen innen { $minutes ->
        [one] { $minutes } minutt
       *[other] { $minutes } minutter
    } for å bekrefte.
privacy-erase-button = Slett
privacy-cancel-button = Avbryt
privacy-erase-expired = Bekreftelsen har gått ut. Ingenting ble slettet – spør igjen hvis du fortsatt vil.
privacy-erase-cancelled = Avbrutt. Ingenting ble slettet.
privacy-erase-done = Ferdig. Opplysningene dine er slettet fra fellesskapets register.
privacy-forget-done = Ferdig. Opplysningene om medlemmet { $user } er slettet fra registeret.
