extension MessageCatalogue {
    /// Dutch (Nederlands): "je", as colleagues write in chat.
    static let dutchTexts: [MessageID: String] = [
        .faultConfirm:
            "Dat klinkt als een storing voor IT-support. Zal ik het doorgeven? Antwoord met 1 (ja), of vertel me er in een zin meer over.",
        .faultConfirmOrPick:
            "Dat klinkt als een storing voor IT-support. Zal ik het doorgeven? Antwoord met 1 (ja), of kies een ander nummer als het een vraag is voor iemand in de hub.",
        .triageWhichField:
            "Ik zoek hier graag de juiste mensen voor, maar ik weet niet zeker welk vakgebied het is. Is het een van deze?",
        .triageHubOrFault:
            "Is dit een vraag voor iemand in de hub, of is er iets kapot en is het iets voor IT-support?",
        .triageWhichFits: "Ik zoek hier graag de juiste mensen voor. Wat past het best?",
        .triageNotUnderstood: "Ik weet niet zeker of ik je goed begrijp. Gaat het om een van deze?",
        .greeting:
            "Hoi {name}! Vertel me in een zin waar je mee bezig bent of wat er kapot is, dan zoek ik iemand die er verstand van heeft, of geef ik de storing door aan IT-support. `!help` laat zien wat ik nog meer kan.",
        .greetingAgain:
            "Eén zin is genoeg: waar je mee bezig bent (mensen hier hebben verstand van {examples} en meer: `!help`), of wat er kapot is (“de printer op de tweede verdieping loopt vast”).",
        .guessFault: "{number}. iets kapot: {description}",
        .guessInterest: "{number}. #{tag} — {description}",
        .guessInterestBare: "{number}. #{tag}",
        .guessPrompt: "Antwoord met een nummer, of vertel me er in een zin meer over.",
        .faultRecordedOnly:
            "Dat klinkt als een storing voor IT-support ({description}). Ik heb het vastgelegd als {fault}, maar er is nog geen ticketsysteem aan mij gekoppeld, dus niemand bij IT-support ziet het via mij: meld het alsjeblieft ook rechtstreeks bij hen.",
        .adminNoTicketRoutes:
            "Er worden storingen gemeld ({fault}, {category}), maar er is geen ticketroute ingesteld (`tickets.routes` in de config): ze worden vastgelegd, niet doorgegeven, en collega's krijgen te horen dat ze ze rechtstreeks moeten melden.",
        .faultGrouped:
            "Bedankt! Die storing was kort geleden al gemeld, dus ik heb je melding eraan toegevoegd als {fault}. Ik laat je hier weten wanneer het is opgelost.",
        .faultGroupedTicket:
            "Bedankt! Die storing was kort geleden al gemeld (ticket {ticket}), dus ik heb je melding eraan toegevoegd als {fault}. Ik laat je hier weten wanneer het is opgelost.",
        .faultPassedOn:
            "Dat klinkt als een storing voor IT-support ({description}). Ik geef het door als {fault} en laat je hier weten wanneer het is opgelost.",
        .faultFiled: "IT-support heeft je melding {fault} geregistreerd als ticket {ticket}.",
        .faultFiledLink: "IT-support heeft je melding {fault} geregistreerd als ticket {ticket} ({url}).",
        .faultDeliveryFailed:
            "Sorry: het lukte me niet om {fault} door te geven aan IT-support. De admins zijn op de hoogte en pakken het op.",
        .adminDeliveryFailed:
            "Het ticket voor {fault} ({category}, route {route}) van {name} kon niet worden afgeleverd: {reason}. De storing blijft bewaard; herstel de route en meld de storing opnieuw, of maak het ticket met de hand aan.",
        .faultFixed: "Goed nieuws: de storing die je meldde als {fault} staat op opgelost.",
        .faultFixedTicket: "Goed nieuws: de storing die je meldde als {fault} (ticket {ticket}) staat op opgelost.",
        .shortlistNobody:
            "Op dit moment kan niemand die verstand heeft van {tags} nieuwe verzoeken aannemen, dus ik heb het genoteerd als verzoek {request}: zo weet de hub waar hij moet groeien. Probeer het later nog eens, of stel je vraag anders.",
        .shortlistExact: "Verzoek {request} ({tags}): deze mensen hebben er verstand van.",
        .shortlistClose:
            "Verzoek {request} ({tags}): niemand biedt precies dat aan, maar deze mensen hebben verstand van iets wat er dichtbij ligt.",
        .shortlistLine: "{number}. {name} — {reasons}; {status}",
        .shortlistPickNobodyFree:
            "Er is nu niemand vrij; zeg “maakt niet uit”, dan vraag ik het zodra er iemand vrij is, of trek het in met `!cancel {request}`.",
        .shortlistPick:
            "Antwoord met een nummer of een naam om het een van hen te vragen, of met “maakt niet uit”, dan vraag ik de eersten die vrij zijn.",
        .reasonShares: "kent {tags}",
        .reasonNeighbour: "een verwant onderwerp",
        .statusFree: "vrij",
        .statusBusy: "bezet",
        .statusBusyUntil: "bezet tot {time}",
        .statusOutsideHours: "buiten werktijd",
        .offerChosenUnavailable: "{name} kan nu geen verzoeken aannemen, dus ik vraag iemand anders.",
        .offer:
            "Hoi {name}! {requester} zoekt iemand die verstand heeft van {tags} (verzoek {request}):\n{question}\nAntwoord `!accept {request}` om het aan te nemen of `!decline {request}` om te passen.",
        .offerReact:
            "Hoi {name}! {requester} zoekt iemand die verstand heeft van {tags} (verzoek {request}):\n{question}\nAntwoord `!accept {request}` om het aan te nemen of `!decline {request}` om te passen, of reageer met ✅ of ❌.",
        .offerDeadline: "Je kunt tot {time} reageren.",
        .offerTakenBy: "Verzoek {request} staat niet meer open: {name} heeft het aangenomen. Bedankt dat je even keek!",
        .offerWithdrawnBy:
            "Verzoek {request} staat niet meer open: {name} heeft het ingetrokken. Bedankt dat je even keek!",
        .offerMovedOn:
            "Verzoek {request} staat niet meer open: het is naar iemand anders gegaan, omdat er niet op tijd antwoord kwam. Geen probleem. Bedankt dat je even keek!",
        .offerTooLate:
            "Bedankt, {name}! {winner} nam verzoek {request} net voor jou aan, dus je hoeft niets meer te doen.",
        .offerTooLateSomeone:
            "Bedankt, {name}! Iemand anders nam verzoek {request} net voor jou aan, dus je hoeft niets meer te doen.",
        .requestUnmet:
            "Sorry, {name}: niemand kon verzoek {request} nu aannemen. Ik heb het genoteerd, zodat de hub weet waar mensen ontbreken; probeer het later nog eens, of stel je vraag anders.",
        .ratingAsk:
            "Hoe was je gesprek met {name} over verzoek {request}? Antwoord met 1–5 of 👍/👎, eventueel met een opmerking. Het helpt de hub, en het blijft tussen ons.",
        .ratingThanksHelper: "Bedankt dat je {name} hebt geholpen met verzoek {request}! 🙌",
        .offersAskedOne:
            "{count, plural, one {Ik heb verzoek {request} aan {names} voorgelegd en laat je weten wanneer er antwoord is.} other {Ik heb verzoek {request} aan {names} voorgelegd; wie het als eerste aanneemt, stel ik aan je voor.}}",
        .offersDeclined: "{name} kan het nu niet aannemen.",
        .offersTimedOut: "Niemand antwoordde op tijd, dus ik probeer anderen.",
        .requestWithdrawn: "Verzoek {request} is ingetrokken. Vraag gerust opnieuw wanneer je wilt.",
        .introByNameColleague:
            "Goed nieuws: {name} heeft verzoek {request} aangenomen! Stuur {name} rechtstreeks een bericht (/msg {name}); je vraag is al bekend.",
        .introByNameSpecialist:
            "Bedankt, {name}! Verzoek {request} is van jou: {requester} vroeg {question}. Stuur {requester} rechtstreeks een bericht (/msg {requester}). Zeg `!done {request}` tegen me als je klaar bent.",
        .introRoomName: "HubBot {request}: {summary}",
        .introRoomTopic: "{requester} en {name}, aan elkaar voorgesteld door HubBot ({tags})",
        .introRoomFirst:
            "{requester} vroeg: {question}\n{name} wil graag helpen. Jullie zijn aan zet! Zijn jullie klaar, dan kan een van jullie `!done {request}` tegen me zeggen.",
        .introRoomColleague:
            "Goed nieuws: {name} heeft verzoek {request} aangenomen! Ik heb jullie allebei uitgenodigd in een nieuwe kamer, “{room}”.",
        .introRoomSpecialist:
            "Bedankt, {name}! Verzoek {request} is van jou: ik heb jou en {requester} uitgenodigd in een nieuwe kamer. Zeg `!done {request}` tegen me als je klaar bent.",
        .fallbackPost:
            "Kan iemand helpen? {name} had een vraag over {tags} (verzoek {request}) en er was niemand vrij: {question}. Als je kunt, stuur {name} dan rechtstreeks een bericht.",
        .rateNotYours: "Je kunt alleen je eigen verzoeken beoordelen; `!status` laat ze zien.",
        .rateNotFinished: "Verzoek {request} is nog niet afgerond; ik vraag je om een beoordeling zodra dat zo is.",
        .rateThanksGood: "Dankjewel! Fijn dat {name} je kon helpen. 🙂",
        .rateThanks: "Dankjewel dat je het laat weten. Zo wordt de hub beter.",
        .recipientAway: "{name} is nu niet online, dus mijn bericht over verzoek {request} wacht tot {name} terug is.",
        .meetInvited: "Ik heb je uitgenodigd in {room}, als je liever daar afspreekt.",
        .meetInvitedWith:
            "Ik heb je uitgenodigd in {room}, waar jij en {name} samen kunnen praten, als je liever daar afspreekt.",
        .adminInviteFailed:
            "Ik kon {name} niet uitnodigen in {room}: {reason}. HubBot moet lid kunnen worden van dat kanaal en er mensen voor kunnen uitnodigen (irc.meet_in).",
        .reasonTalkedBefore: "jullie spraken elkaar al eens (je gaf een {rating})",
        .reasonNewToYou: "iemand die je nog niet kent",
        .quoteWhole: "{quote}",
        .quoteShortenedLink: "{quote} (ingekort; het hele bericht: {url})",
        .quoteShortened: "{quote} (ingekort, was {count} tekens)",
        .adminUndelivered:
            "Een bericht aan {room} kon definitief niet worden afgeleverd: {reason}. Het begon met: {beginning}",
        .adminUndeliveredDirect:
            "Een bericht aan {room} (de directe chat met {name}) kon definitief niet worden afgeleverd: {reason}. Het begon met: {beginning}",
        .welcome:
            "Hoi {name}! Ik ben HubBot, het aanspreekpunt van de IT-hub. Vertel me in een zin waar je mee bezig bent of waar je meer over wilt weten, dan zoek ik collega's die er verstand van hebben. Is er iets kapot (een wachtwoord, een printer, de VPN…), zeg het dan ook, dan geef ik het door aan IT-support. `!help` laat al het andere zien.",
        .encryptedUnreadable:
            "Ik kan hier geen versleutelde berichten lezen: {reason}. Laat het een admin weten, of schrijf me in een kamer zonder versleuteling.",
        .undecryptable:
            "{name}, ik kon een van je versleutelde berichten hier niet lezen: de sleutel om het te ontsleutelen heeft mijn apparaat nooit bereikt (ik heb je app erom gevraagd). Stuur het alsjeblieft nog een keer; blijft dit gebeuren, dan heeft je app mijn apparaat misschien geblokkeerd.",
        .adminOnly: "`!{command}` is voor admins (hub.admins in de config); vraag het een van hen.",
        .notChanged: "Niet gewijzigd: {problem}",
        .tagHolders:
            "{count, plural, one {1 specialist heeft} other {# specialisten hebben}} #{tag} ({names}). Ze houden hem in hun interesses, maar zodra de tag weg is, levert hij geen match meer op. Wil je hem toch verwijderen, schrijf dan `!tag remove #{tag} confirm`.",
        .tagExists:
            "#{tag} bestaat al; `!tag alias #{tag} …` voegt een trefwoord toe, `!tag describe #{tag} …` wijzigt de beschrijving",
        .tagMissing: "er is geen tag #{tag}",
        .tagMissingNear: "er is geen tag #{tag} (bedoel je #{near}?)",
        .tagDoneAddInterest: "Klaar: #{tag} toegevoegd. {message}",
        .tagDoneAddKeyword: "Klaar: #{tag} heeft nu het trefwoord “{keyword}”. {message}",
        .tagDoneDescribe: "Klaar: #{tag} heeft een nieuwe beschrijving. {message}",
        .tagDoneRemove: "Klaar: #{tag} verwijderd. {message}",
        .tagNotChanged: "Niet gewijzigd: {change}. {message}",
        .interestsNone: "geen",
        .specialistInterestsSet: "Klaar: {name} ({id}) biedt nu {interests} aan.",
        .specialistInterestsTold:
            "{admin}, een admin, heeft je interesses ingesteld op {interests}. `!interests` laat ze zien; laat het {admin} weten als dat niet klopt.",
        .specialistNoInterests:
            "{name} biedt nog geen interesses aan; stel die eerst in, bijv. `!specialist set {id} interests #{tag}`",
        .specialistCapacitySet:
            "Klaar: {name} ({id}) neemt nu maximaal {count, plural, one {# open gesprek} other {# open gesprekken}} tegelijk aan.",
        .specialistCapacityTold:
            "{admin}, een admin, heeft je capaciteit ingesteld: je krijgt van mij maximaal {count, plural, one {# open gesprek} other {# open gesprekken}} tegelijk. `!capacity <n>` wijzigt dat.",
        .personNoAccount: "er is geen account {who} (de homeserver kent het niet)",
        .personUnknown: "ik ken niemand die {who} heet; schrijf de id, bijv. @bob:example.org",
        .personAmbiguous: "{who} kan {ids} zijn; schrijf de id",
        .unknownTag: "Ik ken #{tag} niet.",
        .unknownTagNear: "Ik ken #{tag} niet (bedoel je #{near}?).",
        .unknownTagsMore: "… en nog {count} die ik niet ken.",
        .auditNone: "Nog geen wijzigingen door admins.",
        .auditHeading:
            "{count, plural, one {De laatste wijziging door een admin:} other {De laatste # wijzigingen door admins, nieuwste eerst:}}",
        .auditLine: "• {line}",
        .noOpenRequests: "Je hebt geen openstaande verzoeken.",
        .rateWhich: "Welk verzoek? Schrijf `!rate <request> <1-5>`; `!status` laat de jouwe zien.",
        .profileFree: "Je bent vrij: ik kan je weer verzoeken aanbieden.",
        .profileBusy: "Je bent bezet: collega's zien je wel, maar ik bied je geen verzoeken aan. `!free` heft het op.",
        .profileBusyUntil:
            "Je bent bezet tot {time}: collega's zien je wel, maar ik bied je geen verzoeken aan. `!free` heft het op.",
        .profileAway: "Je bent afwezig: ik zet je niet in lijsten en bied je geen verzoeken aan. `!free` heft het op.",
        .profileAwayUntil:
            "Je bent afwezig tot {time}: ik zet je niet in lijsten en bied je geen verzoeken aan. `!free` heft het op.",
        .profileCapacity:
            "Je krijgt van mij maximaal {count, plural, one {# open gesprek} other {# open gesprekken}} tegelijk.",
        .profileHours: "Ik bied je verzoeken aan tussen {start} en {end} {zone}, {days}.",
        .profileHoursAny: "Ik bied je op elk moment van de dag verzoeken aan.",
        .reloading: "Ik lees de tagconfig opnieuw in; ik laat weten hoe het ging.",
        .explainReport: "{report}",
        .unknownCommand: "Ik ken `!{name}` niet. `!help` laat zien wat ik kan.",
        .unknownCommandNear: "Ik ken `!{name}` niet. Bedoel je `!{near}`? `!help` laat zien wat ik kan.",
        .malformedCommand: "`!{name}`: {problem}.",
        .statusEmpty: "Je hebt geen openstaande verzoeken. Schrijf in een zin wat je nodig hebt, dan zoek ik iemand.",
        .statusChoosing: "wacht tot je iemand kiest",
        .statusClarifying: "wacht tot je me meer vertelt",
        .statusLooking: "op zoek naar iemand",
        .statusAsked: "gevraagd aan {names}",
        .statusTalking: "in gesprek met {name}",
        .statusOpen: "open",
        .statusLine: "• {request}: {summary} {tags} — {state}",
        .statusHeading: "Je openstaande verzoeken:",
        .statusFooter: "Met `!cancel <number>` trek je er een in.",
        .answeredPrivately: "Ik heb je het antwoord in een privébericht gestuurd.",
        .cancelNotYours: "Verzoek {request} is niet van jou; `!status` laat de jouwe zien.",
        .cancelClosed: "Verzoek {request} is al gesloten.",
        .noOpenOffers: "Er staan nu geen verzoeken voor je open.",
        .severalOffers: "Er staan meerdere verzoeken voor je open ({requests}); noem er een, bijv. `!accept {first}`.",
        .noConversations: "Je hebt geen open gesprekken.",
        .whichConversation: "Welk gesprek? Je hebt {requests} open; bijv. `!done {first}`.",
        .noSuchOffer: "Er staat geen verzoek {request} voor je open; `!mine` laat zien wat er voor je openstaat.",
        .alreadyTaken: "Je hebt verzoek {request} al aangenomen.",
        .acceptWithdrawn:
            "Verzoek {request} is ingetrokken door {name}, dus er valt niets meer aan te nemen. Toch bedankt!",
        .acceptNoLonger: "Verzoek {request} staat niet meer voor je open; `!mine` laat zien wat er voor je openstaat.",
        .acceptNotOffered: "Verzoek {request} is niet aan jou aangeboden; `!mine` laat zien wat er voor je openstaat.",
        .declineNoOffer: "Er staat geen verzoek {request} voor je open.",
        .declineNotePassed: "{name} kan verzoek {request} niet aannemen en vroeg me je dit door te geven: {note}",
        .declineNoteSent:
            "Oké, verzoek {request} gaat naar iemand anders, en ik heb je bericht aan {name} doorgegeven.",
        .declined: "Oké, verzoek {request} gaat naar iemand anders. Bedankt dat je het laat weten!",
        .declinedReasonKept:
            "Oké, verzoek {request} gaat naar iemand anders. Bedankt dat je het laat weten! Je reden blijft bij mij; met `!decline {request} tell: …` geef je een bericht door.",
        .doneNotYours: "Verzoek {request} is geen gesprek van jou; `!mine` laat de jouwe zien.",
        .doneNotTaken: "Niemand heeft verzoek {request} nog aangenomen; met `!cancel {request}` trek je het in.",
        .doneClosed: "Verzoek {request} is gesloten. Dankjewel!",
        .mineOffer: "• verzoek {request} van {name} {tags}: {summary} — `!accept {request}` of `!decline {request}`",
        .mineConversation: "• {request} met {name}: {summary} — `!done {request}` als je klaar bent",
        .mineNone: "Er staat niets voor je open en je hebt geen gesprekken.",
        .mineOffers: "Verzoeken die voor je openstaan:",
        .mineConversations: "Gesprekken:",
        .profileNoInterests:
            "Je biedt nog geen interesses aan. Voeg er een paar toe met `!interests add #tag:strength …` (niveau 1 = nieuwsgierig, 2 = ervaren, 3 = expert), bijv. `!interests add #statistics:3 #r`. Tags zijn onder meer {examples} en nog {count} andere.",
        .profileAvailabilityFree: "vrij",
        .profileAvailabilityBusy: "bezet",
        .profileAvailabilityBusyUntil: "bezet tot {time}",
        .profileAvailabilityAway: "afwezig",
        .profileAvailabilityAwayUntil: "afwezig tot {time}",
        .profileHoursText: "{start}–{end} {zone}, {days}",
        .profileAnyTime: "altijd",
        .profileShow:
            "Je interesses: {interests}.\nMaximaal {count, plural, one {# gesprek} other {# gesprekken}} tegelijk; {availability}; tijden: {hours}.",
        .interestsThanks: "Bedankt!",
        .interestsNow: "Je biedt nu {interests} aan.",
        .interestsShowHint: "`!interests` laat zien wat je aanbiedt.",
        .interestsNoneYet: "Je biedt nog geen interesses aan.",
        .interestsNotOffered: "Die bood je niet aan.",
        .interestsRemoved: "{tags} verwijderd.",
        .interestsNoneLeft: "Je biedt nu geen interesses meer aan.",
        .interestsLeft: "Je biedt nog steeds {tags} aan.",
        .specialistsOnly:
            "Dat is voor specialisten: zeg eerst wat je aanbiedt, bijv. `!interests add #statistics:3 #r`.",
        .usageAsk: "schrijf je vraag na !ask",
        .usageBusy: "schrijf `!busy`, `!busy until 14:00` of `!busy for 2h`",
        .usageAway: "schrijf `!away`, `!away until 09:00` of `!away for 3d`",
        .usageCapacity: "schrijf een getal van 0 tot 50, bijv. `!capacity 2`",
        .usageExplain: "schrijf de zin na !explain",
        .usageStats: "schrijf `!stats` (de laatste 7 dagen) of een periode zoals `!stats 30d`",
        .usageRetag: "schrijf het verzoek en de tag die erbij hoort, bijv. `!retag 12 #python`",
        .usageNumber: "schrijf het nummer van het verzoek, bijv. `!{command} 12`",
        .usageRate: "schrijf `!rate <request> <1-5> [comment]`, bijv. `!rate 12 5 thanks!`",
        .usageInterestsAdd: "noem de tags die je wilt toevoegen, bijv. `!interests add #statistics:3 #r`",
        .usageInterestsRemove: "noem de tags die je wilt verwijderen, bijv. `!interests remove #r`",
        .usageInterests: "schrijf `!interests`, `!interests add #tag:3 …` of `!interests remove #tag …`",
        .usageHours: "schrijf `!hours 09:00-17:00 [time zone] [mon-fri]`, of `!hours off`",
        .usageHoursWord: "`{word}` is geen tijdzone (zoals Europe/Berlin) en ook geen dagen (zoals mon-fri)",
        .usageTag:
            "schrijf `!tag add #name \"description\" keyword, keyword …`, `!tag alias #name word or phrase`, `!tag describe #name new description` of `!tag remove #name`; `!help tag` geeft voorbeelden",
        .usageTagQuotes:
            "zet de beschrijving tussen aanhalingstekens en daarna de trefwoorden, gescheiden door komma's, bijv. `!tag add #{tag} \"What it is about.\" keyword, another phrase`",
        .usageTagKeywords:
            "noem na de beschrijving de woorden en woordgroepen die naar #{tag} wijzen, gescheiden door komma's",
        .usageTagAlias: "schrijf het woord of de woordgroep na de tag, bijv. `!tag alias #{tag} qubit`",
        .usageTagDescribe: "schrijf de nieuwe beschrijving na de tag",
        .usageTagRemove: "schrijf `!tag remove #{tag}`, en daarna `confirm` als ik erom vraag",
        .usageSpecialist:
            "schrijf `!specialist set <person> interests #tag[:strength] …` of `!specialist set <person> capacity <n>`",
        .usageSpecialistTags: "noem de tags, bijv. `!specialist set {person} interests #r:3`, of `none`",
        .usageSpecialistCapacity: "capaciteit is een getal van 0 tot 50",
        .usageAudit: "schrijf `!audit` (de laatste 10) of een getal tot 200, bijv. `!audit 25`",
        .usageExamplesRemove: "schrijf `!examples remove 3`; `!examples` laat ze zien",
        .usageExamples: "schrijf `!examples` (de laatste 10), een getal tot 200, of `!examples remove 3`",
        .usageStrength: "een niveau is 1, 2 of 3, bijv. `#{tag}:3`",
        .usageLanguage: "schrijf `!language`, `!language de` (en, de, fr, es, nl) of `!language auto`",
        .retagNotOffered:
            "Verzoek {request} is niet aan jou aangeboden, dus ik kan niet op jouw oordeel over de tag afgaan.",
        .retagThanks:
            "Bedankt! Verzoeken zoals {request} lees ik voortaan als #{tag} (admins zien het in `!examples`).",
        .examplesNone:
            "Ik heb nog geen zinnen geleerd. Als een collega een van mijn gokjes kiest, wordt de zin een voorbeeld van die tag.",
        .examplesHeading:
            "{count, plural, one {1 geleerde zin} other {# geleerde zinnen}}; de laatste {shown}, nieuwste eerst (`!examples remove <n>` vergeet er een):",
        .examplesLine: "• {line}",
        .examplesNoSuch: "Er is geen geleerd voorbeeld {id}; `!examples` laat ze zien.",
        .examplesForgotten: "Vergeten: {line}. Ik gebruik het niet meer om zinnen in te delen.",
        .adminImported: "Specialisten geïmporteerd uit {source} door {admin}: {summary}.",
        .adminSynced: "Specialisten gesynchroniseerd vanuit {source} door {admin}: {summary}.",
        .directoryGained: "je biedt nu {interests} aan",
        .directoryLost:
            "{count, plural, one {{tags} staat niet meer bij je vermeld} other {{tags} staan niet meer bij je vermeld}}",
        .directoryNotice:
            "Hallo {name}! De directory {directory} (gesynchroniseerd door {admin}) heeft je specialistenprofiel gewijzigd: {changes}. {left} Wat je zelf toevoegt of verwijdert met `!interests` blijft zoals jij het instelt; `!away` zet het aanbieden op pauze.",
        .interestsOfferNow: "Je biedt {interests} aan.",
        .importNotice:
            "Hallo {name}! De admins van de hub ({admin}) hebben je als specialist ingeschreven: {profile}. Vragen van collega's die daarbij passen, kan ik je nu aanbieden; jij kiest wat je aanneemt. Met `!interests`, `!capacity <n>` en `!hours` bekijk en wijzig je dat allemaal, `!away` zet het aanbieden op pauze.",
        .importNoInterests: "voorlopig geen interesses",
        .importInterests: "de interesses {interests}",
        .importCapacity: "maximaal {count, plural, one {# open gesprek} other {# open gesprekken}} tegelijk",
        .importHours: "verzoeken alleen tussen {start} en {end}, {days} ({zone})",
        .listSeparator: "; ",
        .listComma: ", ",
        .helpAsk: "vraag de hub naar mensen die ergens verstand van hebben",
        .helpStatus: "je openstaande verzoeken",
        .helpCancel: "trek een verzoek in (je laatste als je geen nummer noemt)",
        .helpRate: "laat weten hoe een gesprek ging",
        .helpInterests: "bekijk of wijzig wat je aanbiedt, niveau 1–3",
        .helpFree: "je kunt weer verzoeken aangeboden krijgen",
        .helpBusy: "wel in de lijst, maar geen verzoeken",
        .helpAway: "niet in de lijst en geen verzoeken",
        .helpCapacity: "hoeveel gesprekken je maximaal tegelijk open wilt hebben",
        .helpHours: "wanneer je verzoeken aangeboden kunt krijgen",
        .helpAccept: "neem een verzoek aan dat je is aangeboden (of reageer met ✅)",
        .helpDecline:
            "pas voor een aangeboden verzoek (of reageer met ❌); een reden blijft bij HubBot, `tell:` geeft een bericht door aan de collega",
        .helpMine: "wat er voor je openstaat en je gesprekken",
        .helpDone: "sluit een gesprek af",
        .helpHelp: "deze lijst, of één commando in detail",
        .helpExplain: "de beslissing, de onderbouwing en de kandidaten",
        .helpReload: "lees de tagconfig opnieuw in (een foute wordt geweigerd)",
        .helpStats: "hoe de hub mensen de laatste tijd heeft geholpen, zonder namen",
        .helpTag:
            "wijzig het tagbestand vanuit de chat (gecontroleerd zoals een bewerking van het bestand, teruggeschreven, vastgelegd in de audit)",
        .helpSpecialist: "stel de interesses of capaciteit van iemand anders in",
        .helpAudit: "de laatste wijzigingen door admins (10, tenzij je iets anders zegt), geaccepteerd of geweigerd",
        .helpRetag: "geef aan welke tag een aan jou aangeboden verzoek echt heeft; zulke zinnen deel ik voortaan zo in",
        .helpExamples:
            "zinnen die HubBot leerde uit antwoorden van collega's (10, tenzij je iets anders zegt); vergeet er een",
        .helpLanguage: "de taal waarin ik met je praat: en, de, fr, es, nl, of auto (zoals jij schrijft)",
        .helpIntro:
            "Schrijf in een zin waar je mee bezig bent, dan zoek ik collega's die er verstand van hebben; is er iets kapot, dan geef ik het door aan IT-support. Commando's:",
        .helpLine: "`{usage}` — {summary}",
        .helpSpecialistHeading: "Voor specialisten:",
        .helpAdminHeading: "Voor admins:",
        .helpFooter: "`!help <command>` laat een voorbeeld zien.",
        .helpFooterSpecialists:
            "`!help <command>` laat een voorbeeld zien; met `!interests add #tag` word je specialist.",
        .helpNoCommand: "Ik heb geen commando `!{topic}`.",
        .helpNoCommandNear: "Ik heb geen commando `!{topic}`. Bedoel je `!help {near}`?",
        .helpCommand: "`{usage}`: {summary}.\nVoorbeeld: `{example}`",
        .helpMoreTagAlias: "`!tag alias #quantum-computing quantum annealing` voegt een trefwoord of woordgroep toe",
        .helpMoreTagDescribe:
            "`!tag describe #quantum-computing Qubits, quantum algorithms and what they are good for.` vervangt de beschrijving",
        .helpMoreTagRemove:
            "`!tag remove #quantum-computing` verwijdert de tag; hebben mensen hem, dan zeg ik hoeveel en vraag ik om `!tag remove #quantum-computing confirm`",
        .helpMoreTagChecked:
            "Elke wijziging wordt gecontroleerd zoals een bewerking van het tagbestand (komt hij niet door de controle, dan wordt hij geweigerd met de problemen erbij), teruggeschreven naar het bestand en vermeld in `!audit`.",
        .helpMoreSpecialistCapacity:
            "`!specialist set @bob:example.org capacity 2` stelt in hoeveel gesprekken Bob tegelijk aanneemt",
        .helpMoreSpecialistNone:
            "`!specialist set Bob interests none` wist ze (een naam die HubBot kent werkt ook); Bob krijgt bericht",
        .languageShow:
            "Ik praat {language} met je ({how}). `!language de` (en, de, fr, es, nl) verandert dat; `!language auto` volgt de taal waarin je schrijft.",
        .languageHowChosen: "je hebt het zelf gekozen",
        .languageHowWritten: "zoals jij schrijft",
        .languageHowDefault: "de taal van de hub",
        .languageSet: "Vanaf nu praat ik {language} met je. `!language auto` volgt de taal waarin je schrijft.",
        .languageAuto: "Ik praat de taal waarin je schrijft (voorlopig {language}).",
        .configReloaded: "Config opnieuw geladen: {message}",
        .configNotReloaded: "Config NIET opnieuw geladen, de oude blijft draaien: {message}",
        .followUpAsk:
            "Heb je {name} al gesproken over verzoek {request}? Als jullie klaar zijn, sluit `!done {request}` het af en vraag ik hoe het ging. Nog geen contact gehad? Stuur {name} gewoon een bericht.",
        .digestHeading: "🌱 De week van de hub, {from} tot {to}",
        .digestHelped:
            "• {people, plural, one {# collega heeft} other {# collega's hebben}} iemand gevonden om mee te praten, en {specialists, plural, one {# specialist heeft} other {# specialisten hebben}} een handje geholpen. Iedereen bedankt!",
        .digestNoneFound:
            "• {count, plural, one {Er kwam # verzoek binnen, maar daar is nog niemand voor gevonden.} other {Er kwamen # verzoeken binnen, maar er is nog voor geen enkel verzoek iemand gevonden.}}",
        .digestQuiet:
            "• Een rustige week: geen verzoeken voor specialisten. Waarmee zou de hub je hierna kunnen helpen?",
        .digestRatings:
            "• {count, plural, one {# bedankje kwam} other {# bedankjes kwamen}} binnen als beoordeling, gemiddeld {average} van de 5.",
        .digestRatingsWords:
            "• {count, plural, one {# bedankje kwam} other {# bedankjes kwamen}} binnen als beoordeling, gemiddeld {average} van de 5, waarvan {words} met een vriendelijk woordje.",
        .digestSpeed: "• De helft van wie iemand vond, kreeg binnen {duration} antwoord van een mens.",
        .digestNewInterests: "• Nieuwe interesses in het aanbod: {tags}.",
        .digestGaps: "• Hier kan de hub groeien: {gaps}. Heb je verstand van een ervan? `!interests add`",
        .digestGapNobody: "#{tag} ({count}× gevraagd, nog niemand biedt het aan)",
        .digestGapBusy: "#{tag} ({count}× gevraagd, niemand was vrij)",
        .digestFaults: "• IT-support kreeg {count, plural, one {# storing} other {# storingen}} om naar te kijken.",
        .digestFaultsSpeed:
            "• IT-support kreeg {count, plural, one {# storing} other {# storingen}} om naar te kijken; de tickets waren binnen {duration} aangemaakt (mediaan).",
        .statsHeading: "Cijfers van de hub, {from} – {to} UTC:",
        .statsRequests: "• Verzoeken: {total}{tags}; {found} met match{share}, {unmet} zonder match, {open} nog open",
        .statsFirstHuman: "• Tijd tot eerste menselijke reactie: {spread}",
        .statsRatings: "• Beoordelingen: {count}",
        .statsRatingsAverage: "• Beoordelingen: {count}, gemiddeld {average}/5",
        .statsFaults: "• Storingen: {count}{categories}; tijd tot ticket: {spread}",
        .statsUnmet: "• Onvervulde vraag: {gaps}",
        .statsUnmetNone: "• Onvervulde vraag: geen",
        .statsNewInterests: "• Nieuwe interesses: {tags}",
        .statsFooter: "`hubbot report` geeft het volledige rapport (markdown, csv of json).",
        .statsSpread: "mediaan {median}, p90 {p90}",
        .statsNoFigures: "nog geen cijfers",
    ]
}
