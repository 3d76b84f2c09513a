# Discord-adapteren: plattformsfeil, svar på interaksjoner og hurtigmenyen for meldinger.

## Plattformsfeil

discord-channel-not-found = Jeg finner ingen kanal som heter #{ $channel } på denne serveren.
discord-role-not-found = Jeg finner ingen rolle som heter «{ $role }» på denne serveren.
discord-timeout-too-long = En timeout på Discord kan vare i høyst 28 dager. Velg en kortere tid, eller utesteng i stedet.
discord-slowmode-too-long = Sakte modus på Discord kan være høyst 6 timer.
discord-not-banned = { $user } er ikke utestengt her.
discord-no-guild = Jeg er ikke på noen av fellesskapets Discord-servere akkurat nå.

## Direktemeldinger

discord-dm-closed = { $mention }, jeg har en melding til deg, men du tar ikke imot direktemeldinger. Tillat direktemeldinger fra medlemmer på denne serveren, så når jeg deg neste gang.

## Interaksjoner

discord-report-message = Rapporter melding
discord-report-reason = Rapportert via menyen «Rapporter melding»
discord-no-community = Hearth er ikke satt opp for denne serveren ennå. En administrator kan legge den til i en regelfil.
discord-command-done = Ferdig.
discord-command-failed = Beklager, det gikk ikke. Prøv igjen om litt.
