# Integritet (cogs/privacy.py) och tillförlitlighet (bot/engine.py, gräns för kommandon).

## Kommandon

cmd-privacy-action = info (standard), export (en kopia som DM) eller erase (radera)
cmd-choice-action-info = Vad som sparas och varför
cmd-choice-action-export = Skicka mig en kopia av mina uppgifter
cmd-choice-action-erase = Radera mina uppgifter
cmd-forget = Radera en medlems uppgifter ur registret (kräver bekräftelse)
cmd-forget-user = Medlemmen vars uppgifter ska raderas

## Gräns för kommandon (bot/engine.py)

error-slow-down = Du skickar kommandon väldigt snabbt. Vänta en minut och försök igen.

## Integritetsmeddelande (/privacy)

privacy-notice-title = Dina uppgifter i { $community }
privacy-notice =
    Den här gemenskapen använder Hearth, en modereringsbot, för att hålla samtalen trygga och vänliga. För det sparar den lite information om medlemmarna – bara det som modereringen och gemenskapens statistik behöver. Uppgifterna säljs aldrig, används aldrig för reklam och kan bara ses av gemenskapens moderatorer.
privacy-stored-header = Det här sparas, och varför:
data-privacy = Grundläggande medlemsuppgifter (ditt id, visningsnamn och språk) så att boten kan svara dig på ditt språk; hur många meddelanden du skrev varje dag, för statistik över aktiva medlemmar och milstolpar; och antal meddelanden per kanal och timme, utan namn – aldrig själva meddelandena.
data-moderation = När ett meddelande bryter mot en regel: vilken regel, när, vad som gjordes och ett kort utdrag där personuppgifter är maskerade, så att moderatorerna kan agera rättvist och konsekvent. Prickar försvinner med tiden.
data-welcome = När du gick med eller lämnade, så att gemenskapen kan se hur den växer och välkomna dig.
data-gatherings = Dina svar på gemenskapens evenemang (kommer, kanske eller kan inte) med ditt visningsnamn och språk, så att påminnelser når dem som kommer; sparas tills evenemanget är över.
data-polls = Vilket alternativ du valde i en öppen omröstning, så att du kan ändra eller ta tillbaka din röst; sparas tills omröstningen stängs och visas aldrig för någon. Vem som skickat anonym feedback registreras inte.
privacy-retention = Så länge sparas det – utdrag ur meddelanden: { $excerpts } · incidenter: { $incidents } · modereringsärenden: { $cases } · anmälningar: { $reports } · aktivitetsräkning: { $activity }. Allt som är äldre raderas automatiskt varje dag.
privacy-forever = tills någon raderar det
privacy-years =
    { $count ->
        [one] { $count } år
       *[other] { $count } år
    }
privacy-your-data = Det här har jag om dig just nu – incidenter: { $incidents } · ärenden: { $cases } · anmälningar: { $reports } · moderatoranteckningar: { $notes } · räknade meddelanden: { $messages }
privacy-rights = Dina val: ”/privacy action:export” skickar en kopia av dina uppgifter till dig som direktmeddelande. ”/privacy action:erase” raderar det: ditt namn och dina uppgifter tas bort, och det som måste finnas kvar för gemenskapens statistik sparas utan något som kan kopplas till dig.
privacy-contact = Frågor om dina uppgifter? Kontakta { $contact }.
privacy-contact-moderators = Frågor om dina uppgifter? Fråga någon av moderatorerna.
privacy-a-moderator = en moderator
privacy-no-record = Boten för inget register här, så det finns inget att exportera eller radera.

## Export

privacy-export-header = Här är en kopia av de uppgifter om dig som Hearth sparar i { $community }, som JSON.
privacy-export-part = Del { $number } av { $total }
privacy-export-sent =
    Jag har skickat dina uppgifter som direktmeddelande ({ $parts ->
        [one] { $parts } del
       *[other] { $parts } delar
    }).
privacy-export-too-large = Dina uppgifter är för omfattande för att skickas som direktmeddelande. Kontakta { $contact }, som kan ge dig hela exporten.

## Radering

privacy-erase-confirm =
    Vill du radera dina uppgifter ur gemenskapens register? Det går inte att ångra. Tryck på knappen inom { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    } för att bekräfta.
privacy-forget-confirm =
    Radera uppgifterna om medlemmen { $user } ur gemenskapens register? Det går inte att ångra. Tryck på knappen inom { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    } för att bekräfta.
privacy-erase-button = Radera
privacy-cancel-button = Avbryt
privacy-erase-expired = Bekräftelsen har gått ut. Inget raderades – fråga igen om du fortfarande vill.
privacy-erase-cancelled = Avbrutet. Inget raderades.
privacy-erase-done = Klart. Dina uppgifter har raderats ur gemenskapens register.
privacy-forget-done = Klart. Uppgifterna om medlemmen { $user } har raderats ur registret.
