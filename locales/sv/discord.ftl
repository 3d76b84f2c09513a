# Discord-adaptern: plattformsfel, svar på interaktioner och snabbmenyn för meddelanden.

## Plattformsfel

discord-channel-not-found = Jag hittar ingen kanal som heter #{ $channel } på den här servern.
discord-role-not-found = Jag hittar ingen roll som heter ”{ $role }” på den här servern.
discord-timeout-too-long = En timeout på Discord kan vara högst 28 dagar. Välj en kortare tid, eller bannlys i stället.
discord-slowmode-too-long = Långsamt läge på Discord kan vara högst 6 timmar.
discord-not-banned = { $user } är inte bannlyst här.
discord-no-guild = Jag finns inte på någon av gemenskapens Discord-servrar just nu.

## Direktmeddelanden

discord-dm-closed = { $mention }, jag har ett meddelande till dig, men du tar inte emot direktmeddelanden. Tillåt direktmeddelanden från medlemmar på den här servern, så når jag dig nästa gång.

## Interaktioner

discord-report-message = Anmäl meddelande
discord-report-reason = Anmält via menyn ”Anmäl meddelande”
discord-no-community = Hearth är inte inställd för den här servern än. En administratör kan lägga till den i en regelfil.
discord-command-done = Klart.
discord-command-failed = Tyvärr, det gick inte. Försök igen om en stund.
