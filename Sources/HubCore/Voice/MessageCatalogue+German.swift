extension MessageCatalogue {
    /// German (Deutsch): informal "du", as colleagues write in chat.
    static let germanTexts: [MessageID: String] = [
        .faultConfirm:
            "Das klingt nach einer Störung für den IT-Support. Soll ich sie weitergeben? Antworte mit 1 (ja) oder erzähl mir in einem Satz mehr.",
        .faultConfirmOrPick:
            "Das klingt nach einer Störung für den IT-Support. Soll ich sie weitergeben? Antworte mit 1 (ja) oder wähl eine andere Nummer, wenn es eine Frage an jemanden im Hub ist.",
        .triageWhichField:
            "Ich würde gern die richtigen Leute dafür finden, weiß aber nicht genau, um welches Gebiet es geht. Ist es eins von diesen?",
        .triageHubOrFault:
            "Ist das eine Frage an jemanden im Hub oder ist etwas kaputt und ein Fall für den IT-Support?",
        .triageWhichFits: "Ich würde gern die richtigen Leute dafür finden. Was passt am besten?",
        .triageNotUnderstood: "Ich bin nicht sicher, ob ich dich richtig verstanden habe. Geht es um eins von diesen?",
        .greeting:
            "Hallo {name}! Sag mir in einem Satz, woran du arbeitest oder was kaputt ist. Dann finde ich jemanden, der sich damit auskennt, oder gebe die Störung an den IT-Support weiter. `!help` zeigt, was ich sonst noch kann.",
        .greetingAgain:
            "Ein Satz reicht: woran du arbeitest (hier kennen sich Leute z. B. mit {examples} aus, mehr unter `!help`) oder was kaputt ist („der Drucker im 2. Stock hat Papierstau“).",
        .guessFault: "{number}. etwas ist kaputt: {description}",
        .guessInterest: "{number}. #{tag} — {description}",
        .guessInterestBare: "{number}. #{tag}",
        .guessPrompt: "Antworte mit einer Nummer oder erzähl mir in einem Satz mehr.",
        .faultRecordedOnly:
            "Das klingt nach einer Störung für den IT-Support ({description}). Ich habe sie als {fault} notiert, bin aber noch an kein Ticketsystem angeschlossen. Der IT-Support sieht sie also nicht: Bitte melde sie dort zusätzlich direkt.",
        .adminNoTicketRoutes:
            "Es werden Störungen gemeldet ({fault}, {category}), aber es ist keine Ticket-Route konfiguriert (`tickets.routes` in der Konfiguration): Sie werden nur notiert, nicht weitergegeben, und wer sie meldet, wird gebeten, sie direkt beim IT-Support zu melden.",
        .faultGrouped:
            "Danke! Diese Störung wurde vor Kurzem schon gemeldet, deshalb habe ich deine Meldung als {fault} daran angehängt. Ich sag dir hier Bescheid, wenn sie behoben ist.",
        .faultGroupedTicket:
            "Danke! Diese Störung wurde vor Kurzem schon gemeldet (Ticket {ticket}), deshalb habe ich deine Meldung als {fault} daran angehängt. Ich sag dir hier Bescheid, wenn sie behoben ist.",
        .faultPassedOn:
            "Das klingt nach einer Störung für den IT-Support ({description}). Ich gebe sie als {fault} weiter und sag dir hier Bescheid, wenn sie behoben ist.",
        .faultFiled: "Der IT-Support hat deine Meldung {fault} als Ticket {ticket} aufgenommen.",
        .faultFiledLink: "Der IT-Support hat deine Meldung {fault} als Ticket {ticket} aufgenommen ({url}).",
        .faultDeliveryFailed:
            "Tut mir leid: Ich konnte {fault} nicht an den IT-Support weitergeben. Die Admins wissen Bescheid und kümmern sich darum.",
        .adminDeliveryFailed:
            "Ticket-Übergabe für {fault} ({category}, Route {route}) von {name} fehlgeschlagen: {reason}. Die Störung bleibt gespeichert; korrigiere die Route und melde sie erneut oder leg das Ticket von Hand an.",
        .faultFixed: "Gute Nachricht: Die Störung, die du als {fault} gemeldet hast, ist als behoben markiert.",
        .faultFixedTicket:
            "Gute Nachricht: Die Störung, die du als {fault} (Ticket {ticket}) gemeldet hast, ist als behoben markiert.",
        .shortlistNobody:
            "Gerade kann niemand, der sich mit {tags} auskennt, neue Anfragen annehmen. Ich habe das als Anfrage {request} notiert: So sieht der Hub, wo er wachsen sollte. Versuch es später noch mal oder frag mit anderen Worten.",
        .shortlistExact: "Anfrage {request} ({tags}): Diese Leute kennen sich damit aus.",
        .shortlistClose:
            "Anfrage {request} ({tags}): Genau das bietet niemand an, aber diese Leute kennen sich mit etwas Ähnlichem aus.",
        .shortlistLine: "{number}. {name} — {reasons}; {status}",
        .shortlistPickNobodyFree:
            "Gerade ist niemand frei. Sag „egal“, dann frage ich, sobald jemand frei ist, oder zieh die Anfrage mit `!cancel {request}` zurück.",
        .shortlistPick:
            "Antworte mit einer Nummer oder einem Namen, dann frage ich diese Person, oder mit „egal“, dann frage ich die Ersten, die frei sind.",
        .reasonShares: "bietet {tags} an",
        .reasonNeighbour: "ein verwandtes Thema",
        .statusFree: "frei",
        .statusBusy: "beschäftigt",
        .statusBusyUntil: "beschäftigt bis {time}",
        .statusOutsideHours: "außerhalb der Arbeitszeit",
        .offerChosenUnavailable: "{name} kann gerade keine Anfragen annehmen, deshalb frage ich jemand anderen.",
        .offer:
            "Hallo {name}! {requester} sucht jemanden, der sich mit {tags} auskennt (Anfrage {request}):\n{question}\nNimm sie mit `!accept {request}` an oder lehne sie mit `!decline {request}` ab.",
        .offerReact:
            "Hallo {name}! {requester} sucht jemanden, der sich mit {tags} auskennt (Anfrage {request}):\n{question}\nNimm sie mit `!accept {request}` an oder lehne sie mit `!decline {request}` ab. Du kannst auch mit ✅ oder ❌ reagieren.",
        .offerDeadline: "Die Anfrage ist bis {time} offen.",
        .offerTakenBy:
            "Anfrage {request} ist nicht mehr offen: {name} hat sie übernommen. Danke, dass du reingeschaut hast!",
        .offerWithdrawnBy:
            "Anfrage {request} ist nicht mehr offen: {name} hat sie zurückgezogen. Danke, dass du reingeschaut hast!",
        .offerMovedOn:
            "Anfrage {request} ist nicht mehr offen: Sie ging an jemand anderen, weil nicht rechtzeitig eine Antwort kam. Kein Problem, trotzdem danke!",
        .offerTooLate:
            "Danke, {name}! {winner} hat Anfrage {request} kurz vor dir übernommen, du musst also nichts mehr tun.",
        .offerTooLateSomeone:
            "Danke, {name}! Jemand hat Anfrage {request} kurz vor dir übernommen, du musst also nichts mehr tun.",
        .requestUnmet:
            "Tut mir leid, {name}: Gerade konnte niemand Anfrage {request} übernehmen. Ich habe sie notiert, damit der Hub weiß, wo Leute fehlen. Versuch es später noch mal oder frag mit anderen Worten.",
        .ratingAsk:
            "Wie war dein Gespräch mit {name} zu Anfrage {request}? Antworte mit 1–5 oder 👍/👎, gern auch mit einem Kommentar. Das hilft dem Hub und bleibt unter uns.",
        .ratingThanksHelper: "Danke, dass du {name} bei Anfrage {request} geholfen hast! 🙌",
        .offersAskedOne:
            "{count, plural, one {Ich habe {names} wegen Anfrage {request} gefragt und sag dir Bescheid, sobald eine Antwort kommt.} other {Ich habe {names} wegen Anfrage {request} gefragt; wer zuerst zusagt, wird dir vorgestellt.}}",
        .offersDeclined: "{name} kann die Anfrage gerade nicht übernehmen.",
        .offersTimedOut: "Niemand hat rechtzeitig geantwortet, deshalb frage ich andere.",
        .requestWithdrawn: "Anfrage {request} ist zurückgezogen. Frag gern jederzeit wieder.",
        .introByNameColleague:
            "Gute Nachricht: {name} hat Anfrage {request} angenommen! Schreib {name} direkt an (/msg {name}); {name} kennt deine Frage schon.",
        .introByNameSpecialist:
            "Danke, {name}! Anfrage {request} gehört dir. {requester} hat gefragt: {question}. Schreib {requester} direkt an (/msg {requester}). Sag mir `!done {request}`, wenn ihr fertig seid.",
        .introRoomName: "HubBot {request}: {summary}",
        .introRoomTopic: "{requester} und {name}, zusammengebracht von HubBot ({tags})",
        .introRoomFirst:
            "{requester} hat gefragt: {question}\n{name} hat Hilfe angeboten. Jetzt seid ihr dran! Wenn ihr fertig seid, schreibt mir einfach `!done {request}` (egal wer von euch).",
        .introRoomColleague:
            "Gute Nachricht: {name} hat Anfrage {request} angenommen! Ich habe euch beide in einen neuen Raum eingeladen: „{room}“.",
        .introRoomSpecialist:
            "Danke, {name}! Anfrage {request} gehört dir: Ich habe dich und {requester} in einen neuen Raum eingeladen. Sag mir `!done {request}`, wenn ihr fertig seid.",
        .fallbackPost:
            "Kann jemand helfen? {name} hatte eine Frage zu {tags} (Anfrage {request}), aber niemand war frei: {question}. Wer helfen kann, schreibt {name} bitte direkt an.",
        .rateNotYours: "Du kannst nur deine eigenen Anfragen bewerten; `!status` zeigt sie dir.",
        .rateNotFinished:
            "Anfrage {request} ist noch nicht abgeschlossen; ich bitte dich um eine Bewertung, sobald es so weit ist.",
        .rateThanksGood: "Danke! Schön, dass {name} helfen konnte. 🙂",
        .rateThanks: "Danke für deine Rückmeldung. So kann der Hub besser werden.",
        .recipientAway:
            "{name} ist gerade nicht online, deshalb wartet meine Nachricht zu Anfrage {request}, bis {name} wieder da ist.",
        .meetInvited: "Ich habe dich in {room} eingeladen, falls ihr euch lieber dort treffen wollt.",
        .meetInvitedWith: "Ich habe dich in {room} eingeladen, falls du dich mit {name} lieber dort treffen möchtest.",
        .adminInviteFailed:
            "Ich konnte {name} nicht in {room} einladen: {reason}. HubBot muss dem Kanal beitreten und Leute dorthin einladen können (irc.meet_in).",
        .reasonTalkedBefore: "ihr hattet schon Kontakt (deine Bewertung: {rating})",
        .reasonNewToYou: "jemand Neues für dich",
        .quoteWhole: "{quote}",
        .quoteShortenedLink: "{quote} (gekürzt; die ganze Nachricht: {url})",
        .quoteShortened: "{quote} (gekürzt, ursprünglich {count} Zeichen)",
        .adminUndelivered:
            "Eine Nachricht an {room} ließ sich endgültig nicht zustellen: {reason}. Sie begann so: {beginning}",
        .adminUndeliveredDirect:
            "Eine Nachricht an {room} (Direktchat mit {name}) ließ sich endgültig nicht zustellen: {reason}. Sie begann so: {beginning}",
        .welcome:
            "Hallo {name}! Ich bin HubBot, die Anlaufstelle des IT-Hubs. Sag mir in einem Satz, woran du arbeitest oder was du wissen möchtest, dann finde ich Leute, die sich damit auskennen. Wenn etwas kaputt ist (ein Passwort, ein Drucker, das VPN …), sag es mir auch, dann gebe ich es an den IT-Support weiter. `!help` zeigt alles Weitere.",
        .encryptedUnreadable:
            "Verschlüsselte Nachrichten kann ich hier nicht lesen: {reason}. Sag bitte einem Admin Bescheid oder schreib mir in einem Raum ohne Verschlüsselung.",
        .undecryptable:
            "{name}, ich konnte eine deiner verschlüsselten Nachrichten hier nicht lesen: Der Schlüssel dafür ist nie bei meinem Gerät angekommen (ich habe deine App danach gefragt). Schick sie bitte noch einmal. Wenn das öfter passiert, hat deine App mein Gerät vielleicht blockiert.",
        .adminOnly: "`!{command}` ist nur für Admins (hub.admins in der Konfiguration); frag bitte einen Admin.",
        .notChanged: "Nicht geändert: {problem}",
        .tagHolders:
            "{count, plural, one {1 Fachperson hat} other {# Fachleute haben}} #{tag} in ihren Themen ({names}). Dort bleibt es stehen, aber sobald es entfernt ist, passt keine Anfrage mehr dazu. Wenn du es trotzdem entfernen willst, schreib `!tag remove #{tag} confirm`.",
        .tagExists:
            "#{tag} gibt es schon; `!tag alias #{tag} …` fügt ein Stichwort hinzu, `!tag describe #{tag} …` ändert die Beschreibung",
        .tagMissing: "es gibt kein Thema #{tag}",
        .tagMissingNear: "es gibt kein Thema #{tag} (meintest du #{near}?)",
        .tagDoneAddInterest: "Erledigt: #{tag} ist hinzugefügt. {message}",
        .tagDoneAddKeyword: "Erledigt: #{tag} hat jetzt das Stichwort „{keyword}“. {message}",
        .tagDoneDescribe: "Erledigt: #{tag} hat eine neue Beschreibung. {message}",
        .tagDoneRemove: "Erledigt: #{tag} ist entfernt. {message}",
        .tagNotChanged: "Nicht geändert: {change}. {message}",
        .interestsNone: "keine",
        .specialistInterestsSet: "Erledigt: {name} ({id}) bietet jetzt {interests} an.",
        .specialistInterestsTold:
            "{admin} (Admin) hat deine Themen auf {interests} gesetzt. `!interests` zeigt sie dir; sag {admin} Bescheid, wenn das nicht stimmt.",
        .specialistNoInterests:
            "{name} bietet noch keine Themen an; leg sie zuerst fest, z. B. `!specialist set {id} interests #{tag}`",
        .specialistCapacitySet:
            "Erledigt: {name} ({id}) übernimmt jetzt höchstens {count, plural, one {# offenes Gespräch} other {# offene Gespräche}} gleichzeitig.",
        .specialistCapacityTold:
            "{admin} (Admin) hat deine Kapazität festgelegt: Du bekommst höchstens {count, plural, one {# offenes Gespräch} other {# offene Gespräche}} gleichzeitig. `!capacity <n>` ändert das.",
        .personNoAccount: "es gibt kein Konto {who} (der Homeserver kennt es nicht)",
        .personUnknown: "ich kenne niemanden namens {who}; schreib die ID, z. B. @bob:example.org",
        .personAmbiguous: "{who} könnte {ids} sein; schreib die ID",
        .unknownTag: "#{tag} kenne ich nicht.",
        .unknownTagNear: "#{tag} kenne ich nicht (meintest du #{near}?).",
        .unknownTagsMore: "… und {count} weitere, die ich nicht kenne.",
        .auditNone: "Noch keine Admin-Änderungen.",
        .auditHeading:
            "{count, plural, one {Die letzte Admin-Änderung:} other {Die letzten # Admin-Änderungen, neueste zuerst:}}",
        .auditLine: "• {line}",
        .noOpenRequests: "Du hast keine offenen Anfragen.",
        .rateWhich: "Welche Anfrage? Schreib `!rate <request> <1-5>`; `!status` zeigt deine.",
        .profileFree: "Du bist frei: Ich kann dir wieder Anfragen schicken.",
        .profileBusy:
            "Du bist beschäftigt: Andere sehen dich, aber ich schicke dir keine Anfragen. `!free` beendet das.",
        .profileBusyUntil:
            "Du bist bis {time} beschäftigt: Andere sehen dich, aber ich schicke dir keine Anfragen. `!free` beendet das.",
        .profileAway:
            "Du bist abwesend: Ich schlage dich niemandem vor und schicke dir keine Anfragen. `!free` beendet das.",
        .profileAwayUntil:
            "Du bist bis {time} abwesend: Ich schlage dich niemandem vor und schicke dir keine Anfragen. `!free` beendet das.",
        .profileCapacity:
            "Du bekommst höchstens {count, plural, one {# offenes Gespräch} other {# offene Gespräche}} gleichzeitig.",
        .profileHours: "Ich schicke dir Anfragen {days} von {start} bis {end} Uhr ({zone}).",
        .profileHoursAny: "Ich schicke dir zu jeder Tageszeit Anfragen.",
        .reloading: "Ich lese die Themenkonfiguration neu ein und sag dir, wie es gelaufen ist.",
        .explainReport: "{report}",
        .unknownCommand: "`!{name}` kenne ich nicht. `!help` zeigt, was ich kann.",
        .unknownCommandNear: "`!{name}` kenne ich nicht. Meintest du `!{near}`? `!help` zeigt, was ich kann.",
        .malformedCommand: "`!{name}`: {problem}.",
        .statusEmpty:
            "Du hast keine offenen Anfragen. Schreib in einem Satz, was du brauchst, dann finde ich jemanden.",
        .statusChoosing: "wartet darauf, dass du jemanden auswählst",
        .statusClarifying: "wartet darauf, dass du mir mehr erzählst",
        .statusLooking: "auf der Suche nach jemandem",
        .statusAsked: "angefragt bei {names}",
        .statusTalking: "im Gespräch mit {name}",
        .statusOpen: "offen",
        .statusLine: "• {request}: {summary} {tags} — {state}",
        .statusHeading: "Deine offenen Anfragen:",
        .statusFooter: "`!cancel <number>` zieht eine zurück.",
        .answeredPrivately: "Ich habe dir die Antwort per Direktnachricht geschickt.",
        .cancelNotYours: "Anfrage {request} gehört nicht dir; `!status` zeigt deine.",
        .cancelClosed: "Anfrage {request} ist schon abgeschlossen.",
        .noOpenOffers: "Gerade gibt es keine offenen Anfragen an dich.",
        .severalOffers: "Es gibt mehrere offene Anfragen an dich ({requests}); nenn eine, z. B. `!accept {first}`.",
        .noConversations: "Du hast keine offenen Gespräche.",
        .whichConversation: "Welches Gespräch? Offen sind {requests}; z. B. `!done {first}`.",
        .noSuchOffer: "Es gibt keine Anfrage {request} an dich; `!mine` zeigt die offenen Anfragen an dich.",
        .alreadyTaken: "Du hast Anfrage {request} schon übernommen.",
        .acceptWithdrawn:
            "Anfrage {request} wurde von {name} zurückgezogen, es gibt also nichts mehr anzunehmen. Trotzdem danke!",
        .acceptNoLonger: "Anfrage {request} ist für dich nicht mehr offen; `!mine` zeigt die offenen Anfragen an dich.",
        .acceptNotOffered: "Anfrage {request} wurde dir nicht angeboten; `!mine` zeigt die offenen Anfragen an dich.",
        .declineNoOffer: "Es gibt keine offene Anfrage {request} an dich.",
        .declineNotePassed: "{name} kann Anfrage {request} nicht übernehmen und lässt dir ausrichten: {note}",
        .declineNoteSent: "Alles klar, ich gebe Anfrage {request} weiter und habe {name} deine Nachricht ausgerichtet.",
        .declined: "Alles klar, ich gebe Anfrage {request} weiter. Danke, dass du Bescheid gesagt hast!",
        .declinedReasonKept:
            "Alles klar, ich gebe Anfrage {request} weiter. Danke, dass du Bescheid gesagt hast! Deinen Grund behalte ich für mich; mit `!decline {request} tell: …` richte ich der fragenden Person etwas aus.",
        .doneNotYours: "Anfrage {request} ist keins deiner Gespräche; `!mine` zeigt deine.",
        .doneNotTaken: "Anfrage {request} hat noch niemand übernommen; `!cancel {request}` zieht sie zurück.",
        .doneClosed: "Anfrage {request} ist abgeschlossen. Danke!",
        .mineOffer: "• Anfrage {request} von {name} {tags}: {summary} — `!accept {request}` oder `!decline {request}`",
        .mineConversation: "• {request} mit {name}: {summary} — `!done {request}`, wenn ihr fertig seid",
        .mineNone: "Es gibt keine offenen Anfragen an dich und keine offenen Gespräche.",
        .mineOffers: "Offene Anfragen an dich:",
        .mineConversations: "Gespräche:",
        .profileNoInterests:
            "Du bietest noch keine Themen an. Füg welche mit `!interests add #tag:strength …` hinzu (Stärke 1 = neugierig, 2 = erfahren, 3 = Profi), z. B. `!interests add #statistics:3 #r`. Zur Auswahl stehen z. B. {examples} und {count} weitere.",
        .profileAvailabilityFree: "frei",
        .profileAvailabilityBusy: "beschäftigt",
        .profileAvailabilityBusyUntil: "beschäftigt bis {time}",
        .profileAvailabilityAway: "abwesend",
        .profileAvailabilityAwayUntil: "abwesend bis {time}",
        .profileHoursText: "{days}, {start}–{end} ({zone})",
        .profileAnyTime: "jederzeit",
        .profileShow:
            "Deine Themen: {interests}.\nHöchstens {count, plural, one {# Gespräch} other {# Gespräche}} gleichzeitig; {availability}; Zeiten: {hours}.",
        .interestsThanks: "Danke!",
        .interestsNow: "Du bietest jetzt {interests} an.",
        .interestsShowHint: "`!interests` zeigt, was du anbietest.",
        .interestsNoneYet: "Du bietest noch keine Themen an.",
        .interestsNotOffered: "Die hattest du gar nicht angeboten.",
        .interestsRemoved: "{tags} entfernt.",
        .interestsNoneLeft: "Du bietest jetzt keine Themen mehr an.",
        .interestsLeft: "Du bietest weiterhin {tags} an.",
        .specialistsOnly:
            "Das ist nur für Fachleute: Sag zuerst, was du anbietest, z. B. `!interests add #statistics:3 #r`.",
        .usageAsk: "schreib deine Frage hinter !ask",
        .usageBusy: "schreib `!busy`, `!busy until 14:00` oder `!busy for 2h`",
        .usageAway: "schreib `!away`, `!away until 09:00` oder `!away for 3d`",
        .usageCapacity: "schreib eine Zahl von 0 bis 50, z. B. `!capacity 2`",
        .usageExplain: "schreib den Satz hinter !explain",
        .usageStats: "schreib `!stats` (die letzten 7 Tage) oder einen Zeitraum wie `!stats 30d`",
        .usageRetag: "schreib die Anfrage und ihr richtiges Thema, z. B. `!retag 12 #python`",
        .usageNumber: "schreib die Nummer der Anfrage, z. B. `!{command} 12`",
        .usageRate: "schreib `!rate <request> <1-5> [comment]`, z. B. `!rate 12 5 thanks!`",
        .usageInterestsAdd: "nenn die Themen, die dazukommen sollen, z. B. `!interests add #statistics:3 #r`",
        .usageInterestsRemove: "nenn die Themen, die wegsollen, z. B. `!interests remove #r`",
        .usageInterests: "schreib `!interests`, `!interests add #tag:3 …` oder `!interests remove #tag …`",
        .usageHours: "schreib `!hours 09:00-17:00 [time zone] [mon-fri]` oder `!hours off`",
        .usageHoursWord: "`{word}` ist weder eine Zeitzone (wie Europe/Berlin) noch Tage (wie mon-fri)",
        .usageTag:
            "schreib `!tag add #name \"description\" keyword, keyword …`, `!tag alias #name word or phrase`, `!tag describe #name new description` oder `!tag remove #name`; `!help tag` hat Beispiele",
        .usageTagQuotes:
            "setz die Beschreibung in Anführungszeichen, danach die Stichwörter durch Kommas getrennt, z. B. `!tag add #{tag} \"What it is about.\" keyword, another phrase`",
        .usageTagKeywords:
            "nenn nach der Beschreibung die Wörter und Wendungen, die auf #{tag} hinweisen, durch Kommas getrennt",
        .usageTagAlias: "schreib das Wort oder die Wendung hinter das Thema, z. B. `!tag alias #{tag} qubit`",
        .usageTagDescribe: "schreib die neue Beschreibung hinter das Thema",
        .usageTagRemove: "schreib `!tag remove #{tag}` und dann `confirm`, wenn ich nachfrage",
        .usageSpecialist:
            "schreib `!specialist set <person> interests #tag[:strength] …` oder `!specialist set <person> capacity <n>`",
        .usageSpecialistTags: "nenn die Themen, z. B. `!specialist set {person} interests #r:3`, oder `none`",
        .usageSpecialistCapacity: "die Kapazität ist eine Zahl von 0 bis 50",
        .usageAudit: "schreib `!audit` (die letzten 10) oder eine Zahl bis 200, z. B. `!audit 25`",
        .usageExamplesRemove: "schreib `!examples remove 3`; `!examples` listet sie auf",
        .usageExamples: "schreib `!examples` (die letzten 10), eine Zahl bis 200 oder `!examples remove 3`",
        .usageStrength: "die Stärke ist 1, 2 oder 3, z. B. `#{tag}:3`",
        .usageLanguage: "schreib `!language`, `!language de` (en, de, fr, es, nl) oder `!language auto`",
        .retagNotOffered:
            "Anfrage {request} wurde dir nicht angeboten, deshalb kann ich deine Einschätzung zum Thema nicht übernehmen.",
        .retagThanks: "Danke! Anfragen wie {request} ordne ich ab jetzt #{tag} zu (Admins sehen das in `!examples`).",
        .examplesNone:
            "Ich habe noch keine Sätze gelernt. Wenn jemand eine meiner Vermutungen auswählt, wird der Satz ein Beispiel für dieses Thema.",
        .examplesHeading:
            "{count, plural, one {1 gelernter Satz} other {# gelernte Sätze}}; hier die letzten {shown}, neueste zuerst (`!examples remove <n>` vergisst einen):",
        .examplesLine: "• {line}",
        .examplesNoSuch: "Ein gelerntes Beispiel {id} gibt es nicht; `!examples` listet sie auf.",
        .examplesForgotten: "Vergessen: {line}. Ich nutze es nicht mehr, um Sätze einzuordnen.",
        .adminImported: "{admin} hat Fachleute aus {source} importiert: {summary}.",
        .adminSynced: "{admin} hat die Fachleute mit {source} abgeglichen: {summary}.",
        .directoryGained: "du bietest jetzt {interests} an",
        .directoryLost:
            "{count, plural, one {{tags} ist für dich nicht mehr eingetragen} other {{tags} sind für dich nicht mehr eingetragen}}",
        .directoryNotice:
            "Hallo {name}! Das Verzeichnis {directory} (abgeglichen von {admin}) hat dein Profil als Fachperson geändert: {changes}. {left} Was du selbst mit `!interests` hinzufügst oder entfernst, bleibt so, wie du es eingestellt hast; `!away` pausiert neue Anfragen.",
        .interestsOfferNow: "Du bietest {interests} an.",
        .importNotice:
            "Hallo {name}! Die Admins des Hubs ({admin}) haben dich als Fachperson eingetragen: {profile}. Ab jetzt kann ich dir passende Fragen von anderen schicken; du entscheidest, was du übernimmst. `!interests`, `!capacity <n>` und `!hours` zeigen und ändern das alles, `!away` pausiert neue Anfragen.",
        .importNoInterests: "vorerst keine Themen",
        .importInterests: "die Themen {interests}",
        .importCapacity: "höchstens {count, plural, one {# offenes Gespräch} other {# offene Gespräche}} gleichzeitig",
        .importHours: "Anfragen nur {days} von {start} bis {end} Uhr ({zone})",
        .listSeparator: "; ",
        .listComma: ", ",
        .helpAsk: "den Hub nach Leuten fragen, die sich mit etwas auskennen",
        .helpStatus: "deine offenen Anfragen",
        .helpCancel: "eine Anfrage zurückziehen (ohne Nummer die letzte)",
        .helpRate: "sagen, wie ein Gespräch gelaufen ist",
        .helpInterests: "zeigen oder ändern, was du anbietest, Stärke 1–3",
        .helpFree: "wieder Anfragen bekommen",
        .helpBusy: "sichtbar bleiben, aber keine Anfragen bekommen",
        .helpAway: "weder sichtbar sein noch Anfragen bekommen",
        .helpCapacity: "wie viele Gespräche du höchstens gleichzeitig offen haben willst",
        .helpHours: "wann du Anfragen bekommen kannst",
        .helpAccept: "eine dir angebotene Anfrage übernehmen (oder mit ✅ reagieren)",
        .helpDecline:
            "eine Anfrage ablehnen (oder mit ❌ reagieren); ein Grund bleibt bei HubBot, mit `tell:` geht eine Nachricht an die fragende Person",
        .helpMine: "offene Anfragen an dich und deine Gespräche",
        .helpDone: "ein Gespräch abschließen",
        .helpHelp: "diese Liste oder ein einzelner Befehl im Detail",
        .helpExplain: "die Entscheidung, ihre Anhaltspunkte und die Kandidaten",
        .helpReload: "die Themenkonfiguration neu einlesen (eine fehlerhafte wird abgelehnt)",
        .helpStats: "wie der Hub zuletzt geholfen hat, ohne Namen",
        .helpTag:
            "die Themendatei im Chat ändern (geprüft wie eine Bearbeitung der Datei, zurückgeschrieben, protokolliert)",
        .helpSpecialist: "die Themen oder die Kapazität einer anderen Person festlegen",
        .helpAudit: "die letzten Admin-Änderungen (10, wenn nicht anders angegeben), angenommen oder abgelehnt",
        .helpRetag:
            "angeben, welches Thema eine dir angebotene Anfrage wirklich hat; solche Sätze ordne ich dann künftig so ein",
        .helpExamples:
            "Sätze, die HubBot aus Antworten gelernt hat (10, wenn nicht anders angegeben); einen davon vergessen",
        .helpLanguage: "die Sprache, in der ich mit dir spreche: en, de, fr, es, nl oder auto (wie du schreibst)",
        .helpIntro:
            "Schreib einen Satz dazu, woran du arbeitest, dann finde ich Leute, die sich damit auskennen; wenn etwas kaputt ist, gebe ich es an den IT-Support weiter. Befehle:",
        .helpLine: "`{usage}` — {summary}",
        .helpSpecialistHeading: "Für Fachleute:",
        .helpAdminHeading: "Für Admins:",
        .helpFooter: "`!help <command>` zeigt ein Beispiel.",
        .helpFooterSpecialists: "`!help <command>` zeigt ein Beispiel; mit `!interests add #tag` wirst du Fachperson.",
        .helpNoCommand: "Den Befehl `!{topic}` gibt es bei mir nicht.",
        .helpNoCommandNear: "Den Befehl `!{topic}` gibt es bei mir nicht. Meintest du `!help {near}`?",
        .helpCommand: "`{usage}`: {summary}.\nBeispiel: `{example}`",
        .helpMoreTagAlias:
            "`!tag alias #quantum-computing quantum annealing` fügt ein Stichwort oder eine Wendung hinzu",
        .helpMoreTagDescribe:
            "`!tag describe #quantum-computing Qubits, quantum algorithms and what they are good for.` ersetzt die Beschreibung",
        .helpMoreTagRemove:
            "`!tag remove #quantum-computing` entfernt es; wenn Leute es in ihren Themen haben, sage ich, wie viele, und bitte um `!tag remove #quantum-computing confirm`",
        .helpMoreTagChecked:
            "Jede Änderung wird wie eine Bearbeitung der Themendatei geprüft (eine fehlerhafte wird mit den Problemen abgelehnt), in die Datei zurückgeschrieben und in `!audit` aufgeführt.",
        .helpMoreSpecialistCapacity:
            "`!specialist set @bob:example.org capacity 2` legt fest, wie viele Gespräche Bob gleichzeitig übernimmt",
        .helpMoreSpecialistNone:
            "`!specialist set Bob interests none` löscht sie (ein Name, den HubBot kennt, geht auch); Bob bekommt Bescheid",
        .languageShow:
            "Ich spreche {language} mit dir ({how}). `!language de` (en, de, fr, es, nl) ändert das; mit `!language auto` richte ich mich nach deinen Nachrichten.",
        .languageHowChosen: "du hast es so gewählt",
        .languageHowWritten: "so wie du schreibst",
        .languageHowDefault: "die Sprache des Hubs",
        .languageSet:
            "Ab jetzt spreche ich {language} mit dir. Mit `!language auto` richte ich mich nach deinen Nachrichten.",
        .languageAuto: "Ich spreche die Sprache, in der du schreibst (gerade {language}).",
        .configReloaded: "Konfiguration neu geladen: {message}",
        .configNotReloaded: "Konfiguration NICHT neu geladen, die alte läuft weiter: {message}",
        .followUpAsk:
            "Hast du mit {name} schon über Anfrage {request} gesprochen? Wenn ihr fertig seid, schließt `!done {request}` sie ab, und ich frage kurz, wie es war. Falls ihr noch keinen Kontakt hattet, schreib {name} einfach an.",
        .digestHeading: "🌱 Die Woche im Hub, {from} bis {to}",
        .digestHelped:
            "• {people, plural, one {# Person hat} other {# Leute haben}} jemanden gefunden, der sich auskennt, und {specialists, plural, one {# Fachperson hat} other {# Fachleute haben}} mit angepackt. Danke euch allen!",
        .digestNoneFound:
            "• {count, plural, one {# Anfrage ist eingegangen, aber dafür hat sich noch niemand gefunden.} other {# Anfragen sind eingegangen, aber für keine hat sich bisher jemand gefunden.}}",
        .digestQuiet: "• Eine ruhige Woche: keine Anfragen an Fachleute. Wobei könnte der Hub als Nächstes helfen?",
        .digestRatings:
            "• {count, plural, one {# Bewertung ist} other {# Bewertungen sind}} als Dankeschön zurückgekommen, im Schnitt {average} von 5.",
        .digestRatingsWords:
            "• {count, plural, one {# Bewertung ist} other {# Bewertungen sind}} als Dankeschön zurückgekommen, im Schnitt {average} von 5, {words} davon mit netten Worten.",
        .digestSpeed:
            "• Bei der Hälfte derer, die jemanden gefunden haben, hat sich innerhalb von {duration} ein Mensch gemeldet.",
        .digestNewInterests: "• Neue Themen im Angebot: {tags}.",
        .digestGaps: "• Hier könnte der Hub wachsen: {gaps}. Kennst du dich mit einem davon aus? `!interests add`",
        .digestGapNobody: "#{tag} ({count}× gefragt, bietet noch niemand an)",
        .digestGapBusy: "#{tag} ({count}× gefragt, niemand war frei)",
        .digestFaults: "• Beim IT-Support {count, plural, one {ist # Störung} other {sind # Störungen}} eingegangen.",
        .digestFaultsSpeed:
            "• Beim IT-Support {count, plural, one {ist # Störung} other {sind # Störungen}} eingegangen; die Tickets waren im Median nach {duration} angelegt.",
        .statsHeading: "Zahlen des Hubs, {from} – {to} UTC:",
        .statsRequests: "• Anfragen: {total}{tags}; {found} vermittelt{share}, {unmet} nicht vermittelt, {open} offen",
        .statsFirstHuman: "• Zeit bis zur ersten menschlichen Antwort: {spread}",
        .statsRatings: "• Bewertungen: {count}",
        .statsRatingsAverage: "• Bewertungen: {count}, im Schnitt {average}/5",
        .statsFaults: "• Störungen: {count}{categories}; Zeit bis zum Ticket: {spread}",
        .statsUnmet: "• Ungedeckter Bedarf: {gaps}",
        .statsUnmetNone: "• Ungedeckter Bedarf: keiner",
        .statsNewInterests: "• Neue Themen: {tags}",
        .statsFooter: "`hubbot report` liefert den vollständigen Bericht (markdown, csv oder json).",
        .statsSpread: "Median {median}, p90 {p90}",
        .statsNoFigures: "noch keine Zahlen",
    ]
}
