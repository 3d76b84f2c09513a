# Kontrollen för nya medlemmar (cogs/gate.py): en enkel uträkning eller att godkänna reglerna.

gate-captcha = { $name }, välkommen! Innan du kan skriva här vill vi veta att du är en människa: vad är { $a } + { $b }? Tryck på rätt svar nedan inom { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    }.
gate-rules = { $name }, välkommen! Innan du kan skriva här ber vi dig godkänna våra riktlinjer: var schysst, ingen spam, håll dig till ämnet och skydda varandras integritet. Tryck på knappen nedan inom { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    }.
gate-accept-button = Jag godkänner reglerna
gate-removed = { $name } klarade inte kontrollen för nya medlemmar och har tagits bort. Hen är välkommen att gå med igen och försöka en gång till.
gate-reason = Väntar på kontrollen för nya medlemmar
gate-reason-wrong = Fel svar på kontrollen för nya medlemmar
gate-reason-timeout = Svarade inte på kontrollen för nya medlemmar i tid
gate-passed = Klarade kontrollen för nya medlemmar
gate-report-repeated = { $name } ({ $user }) misslyckades igen med kontrollen för nya medlemmar inom ett dygn. Jag tar inte bort hen en gång till: hen förblir begränsad tills en moderator bestämmer sig (/untimeout för att släppa in, eller /ban).
gate-report-rejoined = { $name } ({ $user }) gick med igen efter att ha misslyckats med kontrollen för nya medlemmar två gånger inom ett dygn. Hen är begränsad utan ny kontroll tills en moderator bestämmer sig (/untimeout för att släppa in, eller /ban).
