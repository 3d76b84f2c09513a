# Moderatorenes verktøykasse (cogs/toolkit/): svar til moderatorer, meldinger til
# medlemmer, innlegg i moderatorloggen og i køen.

## Kommandoer denne filen legger til utover commands.ftl

cmd-history = Eksporter modereringshistorikken til et medlem
cmd-history-user = Medlemmet som historikken gjelder
cmd-history-format = text (lesbar) eller json
cmd-choice-format-text = Lesbar tekst
cmd-choice-format-json = JSON
cmd-mediate = Start en privat samtale med medlemmer i en konflikt
cmd-mediate-users = Medlemmene det gjelder, skilt med komma
cmd-mediate-note = Et notat til teamet om situasjonen
cmd-mediate-after = Når teamet skal minnes på å følge opp, f.eks. 1d (standard 1d)

## Ord som brukes i andre meldinger

toolkit-action-warn = advarsel
toolkit-action-timeout = timeout
toolkit-action-untimeout = timeout avsluttet
toolkit-action-kick = utkasting
toolkit-action-ban = utestengelse
toolkit-action-unban = utestengelse opphevet
toolkit-action-purge = opprydding i meldinger
toolkit-action-slowmode = sakte modus
toolkit-action-lock = kanal låst
toolkit-action-unlock = kanal låst opp
toolkit-no-reason = (ingen grunn oppgitt)
toolkit-button-claim = Jeg tar den
toolkit-button-resolve = Løst
toolkit-button-dismiss = Avvis
toolkit-button-uphold = Behold avgjørelsen
toolkit-button-overturn = Omgjør avgjørelsen

## Avslag: ingenting ble gjort

toolkit-refuse-self = Du kan ikke bruke moderatorhandlinger på deg selv.
toolkit-refuse-bot = Jeg kan ikke bruke moderatorhandlinger på meg selv.
toolkit-refuse-owner = { $user } eier dette fellesskapet, så ingen kan bruke moderatorhandlinger på personen.
toolkit-refuse-hierarchy = Du kan ikke gjøre noe med { $user }: den høyeste rollen til personen er like høy som din eller høyere.
toolkit-bad-delete-messages = Jeg forsto ikke «{ $value }» for «delete_messages». Skriv ja, nei eller en tid på høyst 7d, for eksempel 1d.
toolkit-channel-needed = Skriv hvilken kanal – jeg kan ikke se hvilken du mener herfra.
toolkit-duration-zero = Tiden må være lengre enn null.

## Handlinger mot medlemmer: svar til moderatoren

toolkit-dm-failed = (Jeg fikk ikke sendt en direktemelding til personen – direktemeldinger er kanskje skrudd av.)
toolkit-warned = { $user } har fått en advarsel. Sak #{ $case }.
toolkit-timed-out = { $user } har fått timeout i { $duration }. Sak #{ $case }.
toolkit-timeout-capped = Merk: plattformen tillater timeout på høyst { $limit }, så jeg kortet den ned til det.
toolkit-untimed-out = Timeouten til { $user } er avsluttet. Sak #{ $case }.
toolkit-kicked = { $user } er kastet ut av fellesskapet. Sak #{ $case }.
toolkit-banned =
    { $temporary ->
        [yes] { $user } er utestengt i { $duration }. Sak #{ $case }.
       *[no] { $user } er utestengt for godt. Sak #{ $case }.
    }
toolkit-unbanned = Utestengelsen av { $user } er opphevet. Sak #{ $case }.
toolkit-purged =
    Slettet opptil { $count ->
        [one] { $count } melding
       *[other] { $count } meldinger
    } i #{ $channel }.
toolkit-purged-user =
    Slettet opptil { $count ->
        [one] { $count } melding
       *[other] { $count } meldinger
    } fra { $user } i #{ $channel }.
toolkit-slowmode-set = Sakte modus i #{ $channel }: { $duration } mellom meldingene.
toolkit-slowmode-off = Sakte modus i #{ $channel } er slått av.
toolkit-locked = #{ $channel } er låst. Medlemmer kan lese, men ikke skrive.
toolkit-unlocked = #{ $channel } er låst opp. Medlemmer kan skrive igjen.

## Handlinger mot medlemmer: det medlemmet leser

toolkit-warn-member = Du har fått en advarsel fra moderatorene i { $community } (sak #{ $case }): «{ $reason }». Mener du at det ble feil, kan du klage på sak #{ $case } med /appeal.
toolkit-timeout-member = Du har fått timeout i { $community } i { $duration }: du kan lese, men ikke skrive før den er over. Grunn: { $reason }. Mener du at det ble feil, kan du klage på sak #{ $case } med /appeal.
toolkit-untimeout-member = Timeouten din i { $community } er avsluttet før tiden – du kan skrive igjen. Velkommen tilbake!
toolkit-kick-member = Du er kastet ut av { $community }. Grunn: { $reason }. Du er velkommen tilbake hvis du følger retningslinjene. Mener du at det ble feil, kan du klage på sak #{ $case } med /appeal.
toolkit-ban-member =
    { $temporary ->
        [yes] Du er utestengt fra { $community } i { $duration }. Grunn: { $reason }. Mener du at det ble feil, kan du klage på sak #{ $case } med /appeal.
       *[no] Du er utestengt fra { $community }. Grunn: { $reason }. Mener du at det ble feil, kan du klage på sak #{ $case } med /appeal.
    }

## Moderatorloggen

toolkit-log-case =
    Sak #{ $number } – { $action } · medlem: { $user } · av: { $moderator }{ $has_duration ->
        [yes] {" "}· varighet: { $duration }
       *[no] {""}
    } · grunn: { $reason }
toolkit-log-channel = { $action } i #{ $channel } · av: { $moderator } { $detail }
toolkit-log-reason = Sak #{ $number }: { $moderator } endret grunnen til «{ $reason }».
toolkit-log-expired =
    { $kind ->
        [timeout] Timeouten til { $user } er over (sak #{ $case }).
       *[ban] Den midlertidige utestengelsen av { $user } er over (sak #{ $case }).
    }
toolkit-log-reapplied =
    { $kind ->
        [timeout] { $user } ble med igjen under en timeout, så jeg satte timeouten tilbake for tiden som var igjen: { $remaining } (sak #{ $case }).
       *[ban] { $user } kom tilbake under en midlertidig utestengelse, så jeg utestengte personen igjen for tiden som var igjen: { $remaining } (sak #{ $case }).
    }
toolkit-temp-expired-reason = Avsluttet som planlagt (sak #{ $case })
toolkit-temp-reapplied-reason = Ble med igjen under en begrensning (sak #{ $case })
toolkit-temp-lift-failed =
    { $kind ->
        [timeout] Jeg fikk ikke avsluttet timeouten til { $user } i tide: { $reason } Jeg fortsetter å prøve, men sjeldnere.
       *[ban] Jeg fikk ikke opphevet den midlertidige utestengelsen av { $user } i tide: { $reason } Jeg fortsetter å prøve, men sjeldnere.
    }

## Saker og notater

toolkit-case-not-found = Det finnes ingen sak #{ $number } i dette fellesskapet.
toolkit-case-header = Sak #{ $number } – { $action } · medlem: { $user } · av: { $moderator } · { $at }
toolkit-case-reason = Grunn: { $reason }
toolkit-case-duration = Varighet: { $duration } (til { $expires })
toolkit-case-status =
    Status: { $status ->
        [active] gjelder
        [lifted] opphevet før tiden
        [expired] over
        [overturned] omgjort etter klage
        [void] ikke gjennomført (plattformen nektet)
       *[other] { $status }
    }
toolkit-case-incident = Tilknyttet hendelse: #{ $incident }
toolkit-case-appeal =
    Klage: { $outcome ->
        [upheld] avgjort – avgjørelsen står ved lag
        [overturned] avgjort – avgjørelsen er omgjort
       *[pending] venter på behandling
    }
toolkit-cases-header =
    { $user } har { $count ->
        [one] { $count } sak
       *[other] { $count } saker
    }.
toolkit-cases-points = Prikker nå: { $points } (halveringstid: { $half_life }).
toolkit-cases-line =
    #{ $number } · { $at } · { $action } · av: { $moderator } · { $reason } · { $status ->
        [active] gjelder
        [lifted] opphevet før tiden
        [expired] over
        [overturned] omgjort etter klage
        [void] ikke gjennomført
       *[other] { $status }
    }
toolkit-cases-more =
    …og { $count ->
        [one] { $count } eldre sak
       *[other] { $count } eldre saker
    } (bruk /history for å se alle).
toolkit-notes-header =
    { $count ->
        [one] { $count } privat notat:
       *[other] { $count } private notater (de nyeste vises):
    }
toolkit-note-added = Notatet om { $user } er lagret. Bare moderatorer kan se det.
toolkit-reason-changed = Grunnen i sak #{ $number } er oppdatert.
toolkit-history-header = Modereringshistorikk for { $user } – saker: { $cases } · hendelser: { $incidents } · notater: { $notes }
toolkit-history-active =
    { $kind ->
        [timeout] Timeout gjelder til { $expires } UTC
       *[ban] Midlertidig utestengelse gjelder til { $expires } UTC
    }

## Rapporter

toolkit-reports-off = Rapporter er slått av i dette fellesskapet. Kontakt en moderator direkte.
toolkit-report-self = Du kan ikke rapportere deg selv. Trenger du hjelp, kan du kontakte en moderator direkte.
toolkit-report-wrong-author = Melding { $message } ble ikke skrevet av { $user }. Sjekk medlemmet eller meldingen.
toolkit-report-duplicate = Dette er allerede rapportert (rapport #{ $number }) og venter på en moderator. Takk!
toolkit-report-cooldown =
    Vent { $seconds ->
        [one] { $seconds } sekund
       *[other] { $seconds } sekunder
    } før du sender en ny rapport.
toolkit-report-filed = Takk – rapporten din (#{ $number }) har nådd moderatorene. Bare de kan se den, og jeg gir deg beskjed når den er behandlet.
toolkit-report-queue = Rapport #{ $number } – fra: { $reporter } · gjelder: { $user } · grunn: { $reason }
toolkit-report-excerpt = Melding i #{ $channel }: «{ $text }»
toolkit-report-message-unseen = Melding { $message }: jeg så den ikke, så det finnes ikke noe utdrag.
toolkit-report-translation = Oversettelse ({ $source } → { $target }): «{ $text }»
toolkit-report-untranslated =
    Ikke oversatt: { $note ->
        [off] oversettelse er slått av for rapporter i dette fellesskapet.
        [disabled] boten kjører uten oversettelsestjeneste.
        [unavailable] det finnes ingen oversettelsestjeneste her.
        [same-language] teksten er allerede på dette språket.
        [timeout] oversettelsestjenesten svarte ikke i tide.
        [offline] fikk ikke kontakt med oversettelsestjenesten.
        [empty] det er ingen tekst å oversette.
       *[other] oversettelsen mislyktes.
    }
toolkit-queue-not-allowed = Bare moderatorer kan behandle rapporter.
toolkit-report-not-found = Det finnes ingen rapport #{ $number }.
toolkit-report-closed =
    Rapport #{ $number } er allerede { $status ->
        [resolved] løst
       *[dismissed] avvist
    } (av { $moderator }).
toolkit-report-taken = { $moderator } behandler allerede rapport #{ $number }.
toolkit-report-status =
    { $status ->
        [claimed] { $moderator } tar seg av rapport #{ $number }.
        [resolved] { $moderator } har løst rapport #{ $number }.
       *[dismissed] { $moderator } har avvist rapport #{ $number }.
    }
toolkit-report-outcome =
    { $status ->
        [resolved] Rapporten din #{ $number } i { $community } er behandlet. Takk for at du hjelper til med å gjøre fellesskapet til et godt sted.
       *[dismissed] Moderatorene i { $community } har sett på rapporten din #{ $number } og kommet fram til at det ikke trengs noe mer denne gangen. Takk likevel for at du sa fra.
    }

## Klager

toolkit-appeals-off = Klager er slått av i dette fellesskapet. Kontakt en moderator direkte.
toolkit-appeal-no-case = Jeg finner ingen sak #{ $number } som gjelder deg. Sjekk nummeret i meldingen du fikk.
toolkit-appeal-twice = Du har allerede klaget på sak #{ $number }. Du kan klage på hver sak én gang.
toolkit-appeal-too-late = Sak #{ $number } er for gammel til å klage på. Kontakt en moderator direkte.
toolkit-appeal-filed = Klagen din på sak #{ $number } er sendt. En moderator som ikke var involvert, ser på den, og jeg forteller deg hva som blir bestemt.
toolkit-appeal-queue = Klage på sak #{ $number } fra { $user }: «{ $text }»
toolkit-appeal-reviewers = Kan behandle: { $roles } – alle unntatt { $moderator }, som tok avgjørelsen.
toolkit-appeal-reviewers-auto = Kan behandle: { $roles } (avgjørelsen var automatisk).
toolkit-appeal-not-reviewer = Du kan ikke avgjøre klager her.
toolkit-appeal-not-found = Det finnes ingen klage på sak #{ $number }.
toolkit-appeal-decided =
    Klagen på sak #{ $number } er allerede avgjort: { $outcome ->
        [upheld] avgjørelsen står ved lag.
       *[overturned] avgjørelsen er omgjort.
    }
toolkit-appeal-own-case = Du tok avgjørelsen i sak #{ $number }, så en annen moderator må behandle klagen.
toolkit-appeal-status =
    { $moderator } har behandlet klagen på sak #{ $number }: { $outcome ->
        [upheld] avgjørelsen står ved lag.
       *[overturned] avgjørelsen er omgjort.
    }
toolkit-appeal-outcome =
    { $outcome ->
        [upheld] En moderator i { $community } har sett på klagen din på sak #{ $number }, og avgjørelsen står ved lag. Takk for at du fortalte hvordan du ser det.
       *[overturned] Gode nyheter: klagen din på sak #{ $number } i { $community } er tatt til følge, og avgjørelsen er omgjort.{ $lifted ->
            [yes] {" "}Begrensningen er opphevet.
           *[no] {""}
        }
    }

## Kriseplan og nedstenging

toolkit-crisis-contact = Krisevarsel i { $community } ({ $path }): { $user } skrev i #{ $channel }: «{ $excerpt }» Ta kontakt med personen så snart du kan.
toolkit-crisis-alert = Krisevarsel ({ $path }) – { $user } i #{ $channel }: «{ $excerpt }» Krisekontakter: { $roles }. Varselet fører ikke til noen reaksjon; hvis den automatiske modereringen også gjorde noe med meldingen, står det i loggen.
toolkit-crisis-member =
    Hei { $name }. Jeg så meldingen din og vil høre om du har det greit. Du er ikke alene, og det kan virkelig hjelpe å snakke med noen.

    { $resources }
# Kildene som er sjekket, står i locales/README.md.
toolkit-crisis-resources = Er det akutt fare for liv, ring 113. Haster det, men er ikke livstruende, ring legevakten på 116 117. Trenger du noen å snakke med, kan du ringe Mental Helses hjelpetelefon på 116 123 eller Kirkens SOS på 22 40 00 40 – begge er døgnåpne, og du kan være anonym. Bor du i et annet land, finner du en gratis hjelpetelefon på https://findahelpline.com.
toolkit-lockdown-no-channels = Ingen kanaler for nedstenging er satt opp. Legg dem til under [lockdown] channels i regelfilen.
toolkit-lockdown-already = En nedstenging pågår allerede (kanaler: { $channels }). Bruk /unlockdown for å avslutte den.
toolkit-lockdown-not-active = Det er ingen nedstenging å avslutte.
toolkit-lockdown-announce =
    { $mode ->
        [slowmode] Moderatorene har satt ned tempoet i denne kanalen en stund: { $reason }.
       *[lock] Moderatorene har låst denne kanalen en stund: { $reason }.
    } Takk for tålmodigheten.
toolkit-unlockdown-announce =
    { $mode ->
        [slowmode] Sakte modus er slått av igjen
       *[lock] Kanalen er åpen igjen
    } – takk for tålmodigheten. { $reason }
toolkit-lockdown-done =
    Nedstenging pågår ({ $mode ->
        [slowmode] sakte modus
       *[lock] låst
    }): { $count ->
        [one] { $count } kanal
       *[other] { $count } kanaler
    } – { $channels }.
toolkit-unlockdown-done =
    Nedstengingen er over: { $count ->
        [one] { $count } kanal
       *[other] { $count } kanaler
    } åpnet igjen – { $channels }.
toolkit-lockdown-partial = Plattformen nektet for: { $channels }. Sjekk tillatelsene mine der.

## Megling

toolkit-mediate-no-users = Oppgi minst ett medlem å snakke med.
toolkit-mediate-too-many =
    Megling fungerer best i små grupper: høyst { $limit ->
        [one] { $limit } medlem
       *[other] { $limit } medlemmer
    }.
toolkit-mediate-too-soon = Sett oppfølgingen minst ett minutt fram i tid.
toolkit-mediate-member = Hei! { $moderator } fra moderatorene i { $community } vil gjerne hjelpe til med å løse det som har skjedd mellom deg og { $others }. Det handler ikke om å straffe noen – skriv til { $moderator } når du vil snakke. Det du forteller, blir hos moderatorene.
toolkit-mediate-log = Megling startet av { $moderator } med { $users }. Oppfølging: { $due }. Notat: { $note }
toolkit-mediate-opened =
    Jeg har tatt kontakt med { $count ->
        [one] { $count } medlem
       *[other] { $count } medlemmer
    }. Jeg minner teamet på å følge opp { $due }.
toolkit-mediate-unreachable = Jeg fikk ikke sendt direktemelding til: { $users }.
toolkit-mediate-followup = Tid for oppfølging: meglingen { $moderator } startet med { $users }, bør følges opp nå. Notat: { $note }

## Hva verktøykassen lagrer (vises av /privacy)

data-toolkit-cases = Modereringssaker som gjelder deg (hva som ble bestemt, av hvilken moderator, hvorfor og hvor lenge), moderatorenes private notater og klagene dine, slik at avgjørelser blir konsekvente, kan etterprøves og kan påklages.
data-toolkit-reports = Rapporter du sender eller som nevner deg: hvem som rapporterte hvem, grunnen og et kort utdrag av meldingen, slik at moderatorene kan følge opp; hvis noen rapporterer deg, viser kopien av opplysningene dine rapporten, men ikke hvem som sendte den eller hva personen skrev. Nye meldinger holdes bare kort i minnet, for å kunne sitere en rapportert melding.
data-toolkit-crisis = Når en melding passer med fellesskapets kriseplan: at et varsel ble sendt og hvilken plan det gjaldt, slik at teamet kan ta kontakt med deg. Selve varselet fører aldri til noen reaksjon.
data-toolkit-mediation = Meglinger en moderator starter: hvem som ble invitert og teamets notat, slik at de husker å følge opp.
