# Beskrivningar av kommandon och alternativ: högst 100 tecken (Discords gräns).

## Moderering

cmd-warn = Varna en medlem och spara varningen som ett ärende
cmd-warn-user = Medlemmen som ska varnas
cmd-warn-reason = Varför – medlemmen får se det här
cmd-timeout = Ge en medlem timeout: hen kan läsa men inte skriva på ett tag
cmd-timeout-user = Medlemmen som ska få timeout
cmd-timeout-duration = Hur länge, t.ex. 10m, 2h eller 1d
cmd-timeout-reason = Varför – medlemmen får se det här
cmd-untimeout = Häv en medlems timeout i förtid
cmd-untimeout-user = Medlemmen vars timeout ska hävas
cmd-kick = Sparka ut en medlem (hen kan gå med igen)
cmd-kick-user = Medlemmen som ska sparkas ut
cmd-kick-reason = Varför – medlemmen får se det här
cmd-ban = Bannlys en medlem, för gott eller en tid
cmd-ban-user = Medlemmen som ska bannlysas
cmd-ban-reason = Varför – medlemmen får se det här
cmd-ban-duration = Vid tillfällig bannlysning: hur länge, t.ex. 1d eller 1w
cmd-ban-delete_messages = Radera också medlemmens senaste meddelanden: ja, nej eller hur långt bakåt (högst 7d)
cmd-unban = Häv en bannlysning
cmd-unban-user = Medlemmen vars bannlysning ska hävas
cmd-purge = Radera de senaste meddelandena i kanalen
cmd-purge-count = Hur många av de senaste meddelandena som ska raderas
cmd-purge-user = Radera bara meddelanden från den här medlemmen
cmd-slowmode = Bestäm hur ofta medlemmar får skriva i en kanal (långsamt läge)
cmd-slowmode-duration = Tid mellan meddelanden, t.ex. 30s eller 2m (0 stänger av)
cmd-slowmode-channel = Kanalen (standard: den här)
cmd-lock = Lås en kanal så att medlemmar kan läsa men inte skriva
cmd-lock-channel = Kanalen som ska låsas (standard: den här)
cmd-unlock = Lås upp en kanal så att medlemmar kan skriva igen
cmd-unlock-channel = Kanalen som ska låsas upp (standard: den här)
cmd-lockdown = Lås alla nedstängningskanaler vid en raid eller en akut situation
cmd-lockdown-reason = Varför – medlemmarna ser det i meddelandet
cmd-unlockdown = Avsluta nedstängningen och öppna kanalerna igen
cmd-unlockdown-reason = Några ord till medlemmarna om vad som hänt

## Ärenden och anteckningar

cmd-case = Visa ett modereringsärende
cmd-case-number = Ärendenumret
cmd-cases = Visa en medlems ärenden och prickar
cmd-cases-user = Medlemmen du vill slå upp
cmd-note = Lägg till en privat moderatoranteckning om en medlem
cmd-note-user = Medlemmen som anteckningen gäller
cmd-note-text = Anteckningen, för moderatorteamet
cmd-reason = Ändra skälet i ett ärende
cmd-reason-case = Ärendenumret
cmd-reason-text = Det nya skälet

## För alla

cmd-report = Anmäl en medlem till moderatorerna, i förtroende
cmd-report-user = Medlemmen du anmäler
cmd-report-reason = Vad som hände
cmd-report-message = Länk eller id till meddelandet, om det gäller ett visst
cmd-appeal = Be moderatorerna att titta på ett beslut igen
cmd-appeal-case = Numret på ärendet du överklagar
cmd-appeal-text = Varför du tycker att beslutet borde ändras
cmd-thanks = Tacka en medlem för hjälpen
cmd-thanks-user = Medlemmen du vill tacka
cmd-leaderboard = Se vem som har fått flest tack
cmd-leaderboard-period = Vilken period som ska visas
cmd-choice-period-week = Den här veckan
cmd-choice-period-month = Den här månaden
cmd-choice-period-all = Genom tiderna
cmd-guidelines = Läs gemenskapens riktlinjer
cmd-privacy = Vad Hearth sparar om dig och hur du får det raderat
cmd-stats = Aktiviteten i gemenskapen i korthet
cmd-help = Vad jag kan göra och hur kommandona fungerar
cmd-explain = Kolla om en text skulle flaggas, och varför
cmd-explain-text = Texten som ska kollas
