# Moderatorernas verktygslåda (cogs/toolkit/): svar till moderatorer, meddelanden till
# medlemmar, inlägg i moderatorloggen och i kön.

## Kommandon som den här filen lägger till utöver commands.ftl

cmd-history = Exportera en medlems modereringshistorik
cmd-history-user = Medlemmen vars historik ska exporteras
cmd-history-format = text (läsbar) eller json
cmd-choice-format-text = Läsbar text
cmd-choice-format-json = JSON
cmd-mediate = Starta ett privat samtal med medlemmar i en konflikt
cmd-mediate-users = De inblandade medlemmarna, åtskilda med kommatecken
cmd-mediate-note = En anteckning till teamet om situationen
cmd-mediate-after = När teamet ska påminnas om att följa upp, t.ex. 1d (standard 1d)

## Ord som används i andra meddelanden

toolkit-action-warn = varning
toolkit-action-timeout = timeout
toolkit-action-untimeout = timeout hävd
toolkit-action-kick = utsparkning
toolkit-action-ban = bannlysning
toolkit-action-unban = bannlysning hävd
toolkit-action-purge = rensning av meddelanden
toolkit-action-slowmode = långsamt läge
toolkit-action-lock = kanal låst
toolkit-action-unlock = kanal upplåst
toolkit-no-reason = (inget skäl angivet)
toolkit-button-claim = Jag tar den
toolkit-button-resolve = Klar
toolkit-button-dismiss = Avfärda
toolkit-button-uphold = Behåll beslutet
toolkit-button-overturn = Upphäv beslutet

## Nekanden: ingenting gjordes

toolkit-refuse-self = Du kan inte använda moderatoråtgärder mot dig själv.
toolkit-refuse-bot = Jag kan inte vidta moderatoråtgärder mot mig själv.
toolkit-refuse-owner = { $user } äger den här gemenskapen, så ingen kan vidta moderatoråtgärder mot hen.
toolkit-refuse-hierarchy = Du kan inte göra något mot { $user }: hens högsta roll ligger lika högt som din eller högre.
toolkit-bad-delete-messages = Jag förstod inte ”{ $value }” för ”delete_messages”. Skriv ja, nej eller en tid på högst 7d, till exempel 1d.
toolkit-channel-needed = Skriv vilken kanal – jag kan inte avgöra vilken du menar härifrån.
toolkit-duration-zero = Tiden måste vara längre än noll.

## Åtgärder mot medlemmar: svar till moderatorn

toolkit-dm-failed = (Jag kunde inte skicka något direktmeddelande till hen – hen har kanske stängt av direktmeddelanden.)
toolkit-warned = { $user } har fått en varning. Ärende #{ $case }.
toolkit-timed-out = { $user } har fått timeout i { $duration }. Ärende #{ $case }.
toolkit-timeout-capped = Obs: plattformen tillåter timeouter på högst { $limit }, så jag kortade den till det.
toolkit-untimed-out = Timeouten för { $user } är hävd. Ärende #{ $case }.
toolkit-kicked = { $user } har sparkats ut ur gemenskapen. Ärende #{ $case }.
toolkit-banned =
    { $temporary ->
        [yes] { $user } är bannlyst i { $duration }. Ärende #{ $case }.
       *[no] { $user } är bannlyst för gott. Ärende #{ $case }.
    }
toolkit-unbanned = Bannlysningen av { $user } är hävd. Ärende #{ $case }.
toolkit-purged =
    Raderade upp till { $count ->
        [one] { $count } meddelande
       *[other] { $count } meddelanden
    } i #{ $channel }.
toolkit-purged-user =
    Raderade upp till { $count ->
        [one] { $count } meddelande
       *[other] { $count } meddelanden
    } från { $user } i #{ $channel }.
toolkit-slowmode-set = Långsamt läge i #{ $channel }: { $duration } mellan meddelandena.
toolkit-slowmode-off = Långsamt läge i #{ $channel } är avstängt.
toolkit-locked = #{ $channel } är låst. Medlemmar kan läsa men inte skriva.
toolkit-unlocked = #{ $channel } är upplåst. Medlemmar kan skriva igen.

## Åtgärder mot medlemmar: vad medlemmen läser

toolkit-warn-member = Du har fått en varning av moderatorerna i { $community } (ärende #{ $case }): ”{ $reason }”. Om du tycker att det blev fel kan du överklaga ärende #{ $case } med /appeal.
toolkit-timeout-member = Du har fått timeout i { $community } i { $duration }: du kan läsa men inte skriva förrän den är slut. Skäl: { $reason }. Om du tycker att det blev fel kan du överklaga ärende #{ $case } med /appeal.
toolkit-untimeout-member = Din timeout i { $community } har hävts i förtid – du kan skriva igen. Välkommen tillbaka!
toolkit-kick-member = Du har sparkats ut ur { $community }. Skäl: { $reason }. Du är välkommen tillbaka om du följer riktlinjerna. Om du tycker att det blev fel kan du överklaga ärende #{ $case } med /appeal.
toolkit-ban-member =
    { $temporary ->
        [yes] Du har bannlysts från { $community } i { $duration }. Skäl: { $reason }. Om du tycker att det blev fel kan du överklaga ärende #{ $case } med /appeal.
       *[no] Du har bannlysts från { $community }. Skäl: { $reason }. Om du tycker att det blev fel kan du överklaga ärende #{ $case } med /appeal.
    }

## Moderatorloggen

toolkit-log-case =
    Ärende #{ $number } – { $action } · medlem: { $user } · av: { $moderator }{ $has_duration ->
        [yes] {" "}· längd: { $duration }
       *[no] {""}
    } · skäl: { $reason }
toolkit-log-channel = { $action } i #{ $channel } · av: { $moderator } { $detail }
toolkit-log-reason = Ärende #{ $number }: { $moderator } ändrade skälet till ”{ $reason }”.
toolkit-log-expired =
    { $kind ->
        [timeout] Timeouten för { $user } är slut (ärende #{ $case }).
       *[ban] Den tillfälliga bannlysningen av { $user } är slut (ärende #{ $case }).
    }
toolkit-log-reapplied =
    { $kind ->
        [timeout] { $user } gick med igen under en timeout, så jag lade tillbaka timeouten för den tid som var kvar: { $remaining } (ärende #{ $case }).
       *[ban] { $user } kom tillbaka under en tillfällig bannlysning, så jag bannlyste hen igen för den tid som var kvar: { $remaining } (ärende #{ $case }).
    }
toolkit-temp-expired-reason = Avslutad enligt plan (ärende #{ $case })
toolkit-temp-reapplied-reason = Gick med igen under en begränsning (ärende #{ $case })
toolkit-temp-lift-failed =
    { $kind ->
        [timeout] Jag kunde inte häva timeouten för { $user } i tid: { $reason } Jag fortsätter att försöka, men mer sällan.
       *[ban] Jag kunde inte häva den tillfälliga bannlysningen av { $user } i tid: { $reason } Jag fortsätter att försöka, men mer sällan.
    }

## Ärenden och anteckningar

toolkit-case-not-found = Det finns inget ärende #{ $number } i den här gemenskapen.
toolkit-case-header = Ärende #{ $number } – { $action } · medlem: { $user } · av: { $moderator } · { $at }
toolkit-case-reason = Skäl: { $reason }
toolkit-case-duration = Längd: { $duration } (till { $expires })
toolkit-case-status =
    Status: { $status ->
        [active] gäller
        [lifted] hävd i förtid
        [expired] avslutad
        [overturned] upphävd efter överklagande
        [void] inte genomförd (plattformen nekade)
       *[other] { $status }
    }
toolkit-case-incident = Kopplad incident: #{ $incident }
toolkit-case-appeal =
    Överklagande: { $outcome ->
        [upheld] avgjort – beslutet står fast
        [overturned] avgjort – beslutet har upphävts
       *[pending] väntar på granskning
    }
toolkit-cases-header =
    { $user } har { $count ->
        [one] { $count } ärende
       *[other] { $count } ärenden
    }.
toolkit-cases-points = Prickar just nu: { $points } (halveringstid: { $half_life }).
toolkit-cases-line =
    #{ $number } · { $at } · { $action } · av: { $moderator } · { $reason } · { $status ->
        [active] gäller
        [lifted] hävd i förtid
        [expired] avslutad
        [overturned] upphävd efter överklagande
        [void] inte genomförd
       *[other] { $status }
    }
toolkit-cases-more =
    …och { $count ->
        [one] { $count } äldre ärende
       *[other] { $count } äldre ärenden
    } (använd /history för att se alla).
toolkit-notes-header =
    { $count ->
        [one] { $count } privat anteckning:
       *[other] { $count } privata anteckningar (de senaste visas):
    }
toolkit-note-added = Anteckningen om { $user } är sparad. Bara moderatorer kan se den.
toolkit-reason-changed = Skälet i ärende #{ $number } är uppdaterat.
toolkit-history-header = Modereringshistorik för { $user } – ärenden: { $cases } · incidenter: { $incidents } · anteckningar: { $notes }
toolkit-history-active =
    { $kind ->
        [timeout] Timeout gäller till { $expires } UTC
       *[ban] Tillfällig bannlysning gäller till { $expires } UTC
    }

## Anmälningar

toolkit-reports-off = Anmälningar är avstängda i den här gemenskapen. Kontakta en moderator direkt.
toolkit-report-self = Du kan inte anmäla dig själv. Om du behöver hjälp, kontakta en moderator direkt.
toolkit-report-wrong-author = Meddelande { $message } skrevs inte av { $user }. Kontrollera medlemmen eller meddelandet.
toolkit-report-duplicate = Det här är redan anmält (anmälan #{ $number }) och väntar på en moderator. Tack!
toolkit-report-cooldown =
    Vänta { $seconds ->
        [one] { $seconds } sekund
       *[other] { $seconds } sekunder
    } innan du skickar en ny anmälan.
toolkit-report-filed = Tack – din anmälan (#{ $number }) har nått moderatorerna. Bara de kan se den, och jag hör av mig när den är hanterad.
toolkit-report-queue = Anmälan #{ $number } – från: { $reporter } · gäller: { $user } · skäl: { $reason }
toolkit-report-excerpt = Meddelande i #{ $channel }: ”{ $text }”
toolkit-report-message-unseen = Meddelande { $message }: jag såg det inte, så det finns inget utdrag.
toolkit-report-translation = Översättning ({ $source } → { $target }): ”{ $text }”
toolkit-report-untranslated =
    Inte översatt: { $note ->
        [off] översättning är avstängd för anmälningar i den här gemenskapen.
        [disabled] boten körs utan översättningstjänst.
        [unavailable] det finns ingen översättningstjänst här.
        [same-language] texten är redan på det här språket.
        [timeout] översättningstjänsten svarade inte i tid.
        [offline] översättningstjänsten går inte att nå.
        [empty] det finns ingen text att översätta.
       *[other] översättningen misslyckades.
    }
toolkit-queue-not-allowed = Bara moderatorer kan hantera anmälningar.
toolkit-report-not-found = Det finns ingen anmälan #{ $number }.
toolkit-report-closed =
    Anmälan #{ $number } är redan { $status ->
        [resolved] åtgärdad
       *[dismissed] avfärdad
    } (av { $moderator }).
toolkit-report-taken = { $moderator } tar redan hand om anmälan #{ $number }.
toolkit-report-status =
    { $status ->
        [claimed] { $moderator } tar hand om anmälan #{ $number }.
        [resolved] { $moderator } har åtgärdat anmälan #{ $number }.
       *[dismissed] { $moderator } har avfärdat anmälan #{ $number }.
    }
toolkit-report-outcome =
    { $status ->
        [resolved] Din anmälan #{ $number } i { $community } är hanterad. Tack för att du hjälper till att hålla gemenskapen trevlig.
       *[dismissed] Moderatorerna i { $community } har tittat på din anmälan #{ $number } och kommit fram till att ingen åtgärd behövs den här gången. Tack ändå för att du sa till.
    }

## Överklaganden

toolkit-appeals-off = Överklaganden är avstängda i den här gemenskapen. Kontakta en moderator direkt.
toolkit-appeal-no-case = Jag hittar inget ärende #{ $number } som gäller dig. Kontrollera numret i meddelandet du fick.
toolkit-appeal-twice = Du har redan överklagat ärende #{ $number }. Varje ärende kan överklagas en gång.
toolkit-appeal-too-late = Ärende #{ $number } är för gammalt för att överklagas. Kontakta en moderator direkt.
toolkit-appeal-filed = Ditt överklagande av ärende #{ $number } är skickat. En moderator som inte var inblandad tittar på det, och jag berättar vad hen kommer fram till.
toolkit-appeal-queue = Överklagande av ärende #{ $number } från { $user }: ”{ $text }”
toolkit-appeal-reviewers = Kan granska: { $roles } – alla utom { $moderator }, som fattade beslutet.
toolkit-appeal-reviewers-auto = Kan granska: { $roles } (beslutet var automatiskt).
toolkit-appeal-not-reviewer = Du kan inte avgöra överklaganden här.
toolkit-appeal-not-found = Det finns inget överklagande för ärende #{ $number }.
toolkit-appeal-decided =
    Överklagandet av ärende #{ $number } är redan avgjort: { $outcome ->
        [upheld] beslutet står fast.
       *[overturned] beslutet har upphävts.
    }
toolkit-appeal-own-case = Du fattade beslutet i ärende #{ $number }, så en annan moderator måste granska överklagandet.
toolkit-appeal-status =
    { $moderator } har granskat överklagandet av ärende #{ $number }: { $outcome ->
        [upheld] beslutet står fast.
       *[overturned] beslutet upphävs.
    }
toolkit-appeal-outcome =
    { $outcome ->
        [upheld] En moderator i { $community } har tittat på ditt överklagande av ärende #{ $number } och kommit fram till att beslutet står fast. Tack för att du berättade hur du ser på saken.
       *[overturned] Goda nyheter: ditt överklagande av ärende #{ $number } i { $community } har godtagits och beslutet har upphävts.{ $lifted ->
            [yes] {" "}Begränsningen är hävd.
           *[no] {""}
        }
    }

## Krisplan och nedstängning

toolkit-crisis-contact = Krislarm i { $community } ({ $path }): { $user } skrev i #{ $channel }: ”{ $excerpt }” Hör av dig till hen så snart du kan.
toolkit-crisis-alert = Krislarm ({ $path }) – { $user } i #{ $channel }: ”{ $excerpt }” Kriskontakter: { $roles }. Larmet ger ingen påföljd; om den automatiska modereringen också gjorde något med meddelandet syns det i loggen.
toolkit-crisis-member =
    Hej { $name }. Jag såg ditt meddelande och vill höra att du är okej. Du är inte ensam, och det kan verkligen hjälpa att prata med någon.

    { $resources }
# Källorna som kontrollerats står i locales/README.md.
toolkit-crisis-resources = Är du i akut fara, ring 112. Vill du prata med någon kan du ringa Självmordslinjen på 90101 eller chatta via mind.se – dygnet runt och anonymt. Bor du i ett annat land hittar du en kostnadsfri stödlinje på https://findahelpline.com.
toolkit-lockdown-no-channels = Inga kanaler för nedstängning är inställda. Lägg till dem under [lockdown] channels i regelfilen.
toolkit-lockdown-already = En nedstängning pågår redan (kanaler: { $channels }). Använd /unlockdown för att avsluta den.
toolkit-lockdown-not-active = Det finns ingen nedstängning att avsluta.
toolkit-lockdown-announce =
    { $mode ->
        [slowmode] Moderatorerna har saktat ner den här kanalen en stund: { $reason }.
       *[lock] Moderatorerna har låst den här kanalen en stund: { $reason }.
    } Tack för ert tålamod.
toolkit-unlockdown-announce =
    { $mode ->
        [slowmode] Långsamt läge är avstängt igen
       *[lock] Kanalen är öppen igen
    } – tack för ert tålamod. { $reason }
toolkit-lockdown-done =
    Nedstängning pågår ({ $mode ->
        [slowmode] långsamt läge
       *[lock] låst
    }): { $count ->
        [one] { $count } kanal
       *[other] { $count } kanaler
    } – { $channels }.
toolkit-unlockdown-done =
    Nedstängningen är över: { $count ->
        [one] { $count } kanal
       *[other] { $count } kanaler
    } öppnade igen – { $channels }.
toolkit-lockdown-partial = Plattformen nekade för: { $channels }. Kontrollera mina behörigheter där.

## Medling

toolkit-mediate-no-users = Ange minst en medlem att prata med.
toolkit-mediate-too-many =
    Medling fungerar bäst i små grupper: högst { $limit ->
        [one] { $limit } medlem
       *[other] { $limit } medlemmar
    }.
toolkit-mediate-too-soon = Sätt uppföljningen minst en minut fram i tiden.
toolkit-mediate-member = Hej! { $moderator } från moderatorerna i { $community } vill hjälpa till att reda ut det som hänt mellan dig och { $others }. Det handlar inte om att straffa någon – skriv till { $moderator } när du vill prata. Det du berättar stannar hos moderatorerna.
toolkit-mediate-log = Medling startad av { $moderator } med { $users }. Uppföljning: { $due }. Anteckning: { $note }
toolkit-mediate-opened =
    Jag har kontaktat { $count ->
        [one] { $count } medlem
       *[other] { $count } medlemmar
    }. Jag påminner teamet om att följa upp { $due }.
toolkit-mediate-unreachable = Jag kunde inte skicka direktmeddelande till: { $users }.
toolkit-mediate-followup = Dags att följa upp: medlingen som { $moderator } startade med { $users } behöver en uppföljning nu. Anteckning: { $note }

## Vad verktygslådan sparar (visas av /privacy)

data-toolkit-cases = Modereringsärenden som gäller dig (vad som beslutades, av vilken moderator, varför och hur länge), moderatorernas privata anteckningar och dina överklaganden, så att besluten blir konsekventa, kan granskas och kan överklagas.
data-toolkit-reports = Anmälningar som du skickar eller som nämner dig: vem som anmälde vem, skälet och ett kort utdrag ur meddelandet, så att moderatorerna kan följa upp; om någon anmäler dig visar kopian av dina uppgifter anmälan, men inte vem som skickade den eller vad hen skrev. Nya meddelanden hålls bara kort i minnet, för att kunna citera ett anmält meddelande.
data-toolkit-crisis = När ett meddelande matchar gemenskapens krisplan: att ett larm skickades och vilken plan det gällde, så att teamet kan höra av sig till dig. Larmet i sig leder aldrig till någon påföljd.
data-toolkit-mediation = Medlingar som en moderator startar: vilka som bjöds in och teamets anteckning, så att de kommer ihåg att följa upp.
