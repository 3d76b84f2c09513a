# Kontrollen för nya medlemmar (cogs/gate.py): en enkel uträkning eller att godkänna riktlinjerna.

gate-captcha = Välkommen, { $name }! Innan du kan skriva här vill vi veta att du är en människa: vad är { $a } + { $b }? Tryck på rätt svar nedan inom { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    }.
gate-rules = Välkommen, { $name }! Innan du kan skriva här ber vi dig godkänna våra riktlinjer: var schysst, ingen spam, håll dig till ämnet och skydda varandras integritet. Tryck på knappen nedan inom { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    }.
gate-accept-button = Jag godkänner riktlinjerna
gate-removed = { $name } blev inte klar med kontrollen för nya medlemmar, så jag har tagit bort hen för den här gången. Hen är välkommen att gå med igen och försöka en gång till.
gate-reason = Väntar på kontrollen för nya medlemmar
gate-reason-wrong = Fel svar i kontrollen för nya medlemmar
gate-reason-timeout = Svarade inte på kontrollen för nya medlemmar i tid
gate-passed = Klarade kontrollen för nya medlemmar
