# Kärnans meddelanden: kommandofel, plattformsfel, tidsangivelser, riktlinjer.
# Orden följer ordlistan i locales/README.md.

## Kommandofel

error-unknown-command = Jag känner inte till kommandot /{ $command }. Skriv /help så ser du vad jag kan hjälpa till med.
error-not-allowed =
    { $level ->
        [moderator] Bara moderatorer kan använda /{ $command }.
        [admin] Bara administratörer kan använda /{ $command }.
       *[everyone] Du kan inte använda /{ $command } här.
    }
error-option-missing = Fyll i ”{ $option }” – jag behöver det för att kunna göra det här.
error-unknown-option = /{ $command } har inget alternativ som heter ”{ $option }”.
error-bad-duration = Jag förstår inte ”{ $value }” som tid för ”{ $option }”. Skriv ett tal och en enhet, till exempel 10m (minuter), 2h (timmar) eller 1d (dagar).
error-duration-too-long = ”{ $value }” är längre än vad ”{ $option }” tillåter. Välj en kortare tid.
error-bad-choice = ”{ $value }” är inget av valen för ”{ $option }”. Välj något av: { $choices }.
error-bad-number = ”{ $option }” ska vara ett heltal, och ”{ $value }” är inte det.
error-number-range = ”{ $option }” måste vara mellan { $min } och { $max } – du skrev { $value }.
error-number-too-small = ”{ $option }” måste vara minst { $min } – du skrev { $value }.
error-number-too-big = ”{ $option }” får vara högst { $max } – du skrev { $value }.
# "tecken" är likadant i singular och plural.
error-text-too-long = ”{ $option }” får vara högst { $limit } tecken. Kan du korta ner det lite?
error-internal = Förlåt, något gick snett hos mig. Om det fortsätter kan du ge teamet den här felkoden: { $incident }.

## Plattformsfel

action-failed = Det gick inte: { $reason }
action-unsupported =
    { $action ->
        [delete] Att radera meddelanden
        [warn] Att varna medlemmar
        [timeout] Att ge timeout
        [untimeout] Att häva en timeout
        [kick] Att sparka ut medlemmar
        [ban] Att bannlysa medlemmar
        [unban] Att häva en bannlysning
        [dm] Att skicka direktmeddelanden
        [role_add] Att ge roller
        [role_remove] Att ta bort roller
        [slowmode] Långsamt läge
        [lock] Att låsa kanaler
        [unlock] Att låsa upp kanaler
        [purge] Att radera många meddelanden på en gång
       *[other] ”{ $action }”
    } går inte { $platform ->
        [discord] på Discord
        [telegram] på Telegram
        [console] i konsolen
       *[other] på { $platform }
    }.
action-no-adapter = Jag är inte ansluten till någon chattplattform just nu, så jag kan inte genomföra det.
action-missing-permission = Jag saknar behörigheten ”{ $permission }” här. Be en administratör att ge den till min roll och försök sedan igen.
action-hierarchy = Jag kan inte göra något mot { $user }: hens högsta roll ligger lika högt som min eller högre. En administratör kan flytta upp min roll.
action-member-not-found = Jag hittar inte { $user } i gemenskapen. Kanske har hen gått ur?
action-dm-closed = Jag kunde inte skicka något direktmeddelande till { $user } – hen har kanske stängt av direktmeddelanden.

## Tidsangivelser (svenskan har inga kasus, så $case används inte)

duration-seconds =
    { $count ->
        [one] { $count } sekund
       *[other] { $count } sekunder
    }
duration-minutes =
    { $count ->
        [one] { $count } minut
       *[other] { $count } minuter
    }
duration-hours =
    { $count ->
        [one] { $count } timme
       *[other] { $count } timmar
    }
duration-days =
    { $count ->
        [one] { $count } dag
       *[other] { $count } dagar
    }
duration-weeks =
    { $count ->
        [one] { $count } vecka
       *[other] { $count } veckor
    }

## Riktlinjer

guidelines-header = Riktlinjer för { $community }
guidelines-missing = Gemenskapen har inte lagt upp några riktlinjer än. Är du osäker på något är det bara att fråga en moderator.
