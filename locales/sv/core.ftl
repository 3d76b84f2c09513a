# Kärnans meddelanden: kommandofel, plattformsfel, tidsangivelser, riktlinjer.

## Kommandofel

error-unknown-command = Jag känner inte till kommandot /{ $command }. Skriv /help så ser du vad jag kan hjälpa till med.
error-not-allowed =
    { $level ->
        [moderator] Bara moderatorer kan använda /{ $command }.
        [admin] Bara administratörer kan använda /{ $command }.
       *[everyone] Du kan inte använda /{ $command } här.
    }
error-option-missing = Du behöver fylla i ”{ $option }” för att jag ska kunna göra det här.
error-unknown-option = /{ $command } har inget alternativ som heter ”{ $option }”.
error-bad-duration = Jag förstår inte ”{ $value }” som tid för ”{ $option }”. Skriv ett tal och en enhet, till exempel 10m (minuter), 2h (timmar) eller 1d (dagar).
error-duration-too-long = ”{ $value }” är längre än vad ”{ $option }” tillåter. Välj en kortare tid.
error-bad-choice = ”{ $value }” är inget giltigt val för ”{ $option }”. Välj något av: { $choices }.
error-bad-number = ”{ $option }” ska vara ett heltal, och ”{ $value }” är inte det.
error-number-range = ”{ $option }” måste vara mellan { $min } och { $max } – du angav { $value }.
error-number-too-small = ”{ $option }” måste vara minst { $min } – du angav { $value }.
error-number-too-big = ”{ $option }” får vara högst { $max } – du angav { $value }.
# "tecken" är likadant i singular och plural.
error-text-too-long = ”{ $option }” får vara högst { $limit } tecken. Kan du korta ner det lite?
error-internal = Förlåt, något gick snett hos mig. Teamet kan kolla upp det med incidentkoden { $incident }.

## Plattformsfel

action-failed = Det gick inte att genomföra: { $reason }
action-unsupported =
    ”{ $action }” finns inte { $platform ->
        [discord] på Discord
        [telegram] på Telegram
        [console] i konsolen
       *[other] på { $platform }
    }.
action-no-adapter = Jag är inte ansluten till någon chattplattform just nu, så jag kan inte genomföra det.
action-missing-permission = Jag saknar behörigheten ”{ $permission }” här. Be en admin att ge den till min roll och försök sedan igen.
action-hierarchy = Jag kan inte vidta åtgärder mot { $user } – medlemmens roll ligger lika högt som min eller högre.
action-member-not-found = Jag hittar inte { $user } här. Kan personen ha lämnat?
action-dm-closed = Jag kunde inte skicka ett direktmeddelande till { $user } – personen har kanske stängt av sina DM.

## Tidsangivelser

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
guidelines-missing = Här finns inga riktlinjer upplagda än. Är du osäker på något är det bara att fråga en moderator.
