# Beskrivningar av kommandon och alternativ: högst 100 tecken (Discords gräns).

## Moderering

cmd-warn = Varna en medlem och spara varningen som ett ärende
cmd-warn-user = Medlemmen som ska varnas
cmd-warn-reason = Varför – medlemmen får se det här
cmd-timeout = Ge en medlem timeout en stund
cmd-timeout-user = Medlemmen som ska få timeout
cmd-timeout-duration = Hur länge, t.ex. 10m, 2h eller 1d
cmd-timeout-reason = Varför – medlemmen får se det här
cmd-untimeout = Häv en medlems timeout i förtid
cmd-untimeout-user = Medlemmen vars timeout ska hävas
cmd-kick = Sparka ut en medlem (personen kan gå med igen)
cmd-kick-user = Medlemmen som ska sparkas ut
cmd-kick-reason = Varför – sparas i ärendet
cmd-ban = Bannlys en medlem, permanent eller under en viss tid
cmd-ban-user = Medlemmen som ska bannlysas
cmd-ban-reason = Varför – sparas i ärendet
cmd-ban-duration = Vid tillfällig bannlysning: hur länge, t.ex. 1d eller 1w
cmd-ban-delete_messages = Radera också medlemmens senaste meddelanden
cmd-unban = Häv en bannlysning
cmd-unban-user = Medlemmen vars bannlysning ska hävas
cmd-purge = Radera de senaste meddelandena i kanalen
cmd-purge-count = Hur många meddelanden som ska raderas
cmd-purge-user = Radera bara meddelanden från den här medlemmen
cmd-slowmode = Långsamt läge: bestäm hur ofta medlemmar får skriva i en kanal
cmd-slowmode-duration = Tid mellan meddelanden, t.ex. 30s eller 2m
cmd-slowmode-channel = Kanalen (standard: den här)
cmd-lock = Lås en kanal så att medlemmar inte kan skriva där
cmd-lock-channel = Kanalen som ska låsas (standard: den här)
cmd-unlock = Lås upp en kanal så att medlemmar kan skriva igen
cmd-unlock-channel = Kanalen som ska låsas upp (standard: den här)
cmd-lockdown = Lås alla kanaler vid en räd eller en akut situation
cmd-lockdown-reason = Varför – visas i meddelandet till alla
cmd-unlockdown = Häv låsningen och öppna kanalerna igen
cmd-unlockdown-reason = Några ord till medlemmarna om vad som hänt

## Ärenden och anteckningar

cmd-case = Visa ett moderationsärende
cmd-case-number = Ärendenumret
cmd-cases = Visa en medlems moderationshistorik
cmd-cases-user = Medlemmen du vill slå upp
cmd-note = Lägg till en intern anteckning om en medlem
cmd-note-user = Medlemmen som anteckningen gäller
cmd-note-text = Anteckningen, för moderatorteamet
cmd-reason = Ändra anledningen i ett ärende
cmd-reason-case = Ärendenumret
cmd-reason-text = Den nya anledningen

## För alla

cmd-report = Rapportera en medlem till moderatorerna, diskret
cmd-report-user = Medlemmen du rapporterar
cmd-report-reason = Vad som hände
cmd-report-message = Länk eller id till meddelandet, om det gäller ett visst
cmd-appeal = Be moderatorerna att se över ett beslut
cmd-appeal-case = Numret på ärendet du överklagar
cmd-appeal-text = Varför du tycker att beslutet bör ses över
cmd-thanks = Tacka en medlem för hjälpen
cmd-thanks-user = Medlemmen du vill tacka
cmd-leaderboard = Se vilka som har hjälpt till mest
cmd-leaderboard-period = Vilken period som ska visas
cmd-choice-period-week = Den här veckan
cmd-choice-period-month = Den här månaden
cmd-choice-period-all = Genom tiderna
cmd-guidelines = Läs gemenskapens riktlinjer
cmd-privacy = Vad Hearth sparar om dig och hur du får det raderat
cmd-stats = Aktiviteten i gemenskapen i korthet
cmd-help = Vad jag kan göra och hur kommandona fungerar
cmd-explain = Ta reda på varför en text skulle flaggas
cmd-explain-text = Texten som ska kontrolleras
