import Testing

@testable import HubCore

@Suite("Triage: faults, specialist requests and unclear messages")
struct TriageTests {
    static let model = TagModel(
        interests: [
            InterestTag(
                name: "statistics",
                description: "Designing analyses, testing hypotheses, regression and sampling.",
                keywords: ["statistics", "statistical", "regression", "p-value", "significance", "statistik"]
            ),
            InterestTag(
                name: "social-network-analysis",
                description: "Mapping who talks to whom: graphs of people, teams and communication.",
                keywords: ["network graph", "who talks to whom", "who emails whom", "gephi", "networkx", "centrality"],
                related: ["data-visualization"]
            ),
            InterestTag(
                name: "data-visualization",
                description: "Charts and dashboards that make data clear.",
                keywords: ["dashboard", "chart", "power bi", "tableau", "visualisation", "visualization"]
            ),
        ],
        hygiene: [
            HygieneCategory(
                name: "printer",
                description: "Printers that jam, print nothing or are offline.",
                keywords: ["printer", "print", "toner", "paper jam", "drucker", "imprimante"],
                route: "workplace"
            ),
            HygieneCategory(
                name: "wifi-network",
                description: "No internet, Wi-Fi drops, cable not connecting.",
                keywords: ["wifi", "wi-fi", "no internet", "ethernet", "network down", "can't connect"],
                route: "network"
            ),
            HygieneCategory(
                name: "password-reset",
                description: "Forgotten or expired passwords and locked accounts.",
                keywords: ["password", "locked out", "reset password", "passwort", "mot de passe"],
                route: "identity"
            ),
        ]
    )
    let triage = Triage(model: model)

    @Test(
        "everyday faults, however they are typed",
        arguments: [
            ("printer on 3rd floor jammed again", "printer"),
            ("Printers are PRINTING nothing 😡", "printer"),
            ("the pritner is broken", "printer"),
            ("der Drucker funktioniert nicht", "printer"),
            ("forgot my paswword, locked out", "password-reset"),
            ("mot de passe expiré", "password-reset"),
            ("wifi keeps dropping, no internet at all", "wifi-network"),
            ("drukarka w biurze nie drukuje, pokazuje błąd papieru", "printer"),
            ("zapomniałem hasła i konto jest zablokowane", "password-reset"),
        ]
    )
    func faults(text: String, category: String) {
        let result = triage.classify(text)
        #expect(result.label == .hygiene(category: category), "\(text): \(result)")
        #expect(result.confidence > 0)
        #expect(result.evidence.allSatisfy { $0.tag == category })
    }

    @Test(
        "ideas, even when they mention a fault's words",
        arguments: [
            ("could someone help me map who talks to whom across teams?", "social-network-analysis"),
            ("a network graph of who emails whom", "social-network-analysis"),
            ("stats on how many printer tickets we get per floor, with significance", "statistics"),
            ("I'd like a dashboard of wifi usage per building", "data-visualization"),
            ("need a regression on our survey data", "statistics"),
        ]
    )
    func ideas(text: String, tag: String) {
        let result = triage.classify(text)
        guard case .specialist(let tags) = result.label else {
            Issue.record("\(text) → \(result.label)")
            return
        }
        #expect(tags.first == tag, "\(text) → \(tags)")
    }

    @Test(
        "explicit hashtags win over words",
        arguments: [
            ("printer stats please #statistics", TriageResult.Label.specialist(tags: ["statistics"])),
            ("#gephi for the printer team", .specialist(tags: ["social-network-analysis"])),
            ("#printer something odd", .hygiene(category: "printer")),
        ]
    )
    func hashtags(text: String, label: TriageResult.Label) {
        let result = triage.classify(text)
        #expect(result.label == label)
        #expect(result.confidence == 1)
    }

    @Test(
        "vague messages are unclear, with guesses when there are any",
        arguments: ["hi", "can someone help?", "it's weird 🤔", "it doesn't work"]
    )
    func unclear(text: String) {
        guard case .unclear = triage.classify(text).label else {
            Issue.record("\(text) → \(triage.classify(text).label)")
            return
        }
    }

    @Test("what the person is offered: the request's tags, or up to three readings when HubBot asks back")
    func offeredReadings() {
        var weak = TriageResult(label: .specialist(tags: ["statistics"]), confidence: 0.2, evidence: [])
        weak.confirm = true
        weak.alternatives = ["data-visualization", "social-network-analysis"]
        #expect(weak.offered == ["statistics", "data-visualization", "social-network-analysis"])
        var three = TriageResult(label: .specialist(tags: ["a", "b", "c"]), confidence: 0.4, evidence: [])
        three.confirm = true
        three.alternatives = ["printer"]
        #expect(three.offered == ["a", "b", "c", "printer"])
        three.confirm = false
        #expect(three.offered == ["a", "b", "c"])
        var fault = TriageResult(label: .hygiene(category: "printer"), confidence: 0.4, evidence: [])
        #expect(fault.offered == ["printer"])
        fault.confirm = true
        fault.alternatives = ["statistics", "data-visualization", "r"]
        #expect(fault.offered == ["printer", "statistics", "data-visualization"])
        let vague = TriageResult(label: .unclear(guesses: ["printer", "statistics"]), confidence: 0, evidence: [])
        #expect(vague.offered == ["printer", "statistics"])
    }

    @Test("a telling word of a keyword phrase counts on its own, as a description's word does")
    func wordsOfKeywordPhrases() {
        // "internet" is only in the phrases "no internet" and "internet down", never alone.
        let ward = TagModel(
            interests: TriageTests.model.interests,
            hygiene: [
                HygieneCategory(
                    name: "wifi-network",
                    description: "A flaky connection on the ward: Wi-Fi dropping, dead sockets.",
                    keywords: ["wifi", "no internet", "internet down", "kein internet"],
                    route: "network"
                )
            ]
        )
        let triage = Triage(model: ward)
        for text in [
            "Internet geht im ganzen 2. Stock nicht", "the internet is gone on our floor since 8",
            "nie ma internetu od rana",
        ] {
            let result = triage.classify(text)
            #expect(result.ranking.first?.tag == "wifi-network", "\(text) → \(result.label) \(result.evidence)")
        }
        // The phrase's function words ("no", "kein") say nothing on their own.
        #expect(triage.classify("no idea, kein Plan").ranking.isEmpty)
    }

    @Test("a cue written the same in two languages is a cue in both (French 'idée', Dutch 'idee')")
    func cuesSharedAcrossLanguages() {
        #expect(cueCounts("Idée : regarder combien on imprime par service", triage).idea >= 1)
        #expect(cueCounts("idee: kunnen we het printen per afdeling bekijken", triage).idea >= 1)
    }

    @Test("a glossary phrase of more than three words is met by its telling words in order, a few others among them")
    func longerGlossaryPhrases() {
        // "is this difference real" (the topic glossary) as colleagues write it.
        let result = triage.classify("is the difference between our two depots actually real?")
        #expect(result.label == .specialist(tags: ["statistics"]), "\(result.label) \(result.evidence)")
        #expect(
            result.evidence.contains {
                $0.kind == "glossary" && ($0.typo ?? "").hasPrefix("difference between our two depots actually real→")
            },
            "\(result.evidence)"
        )
        // Its words with more than three others among them are not the phrase.
        let apart = triage.classify("the difference shows in new depot layouts, colours, signs and labels: real nice")
        #expect(!apart.evidence.contains { ($0.typo ?? "").hasPrefix("difference") }, "\(apart.evidence)")
    }

    @Test("German and Dutch separable verbs are cues with their particle at the end of the clause")
    func separableVerbs() {
        for text in [
            "Die Diktiersoftware stürzt beim Speichern immer ab", "de scanner loopt elke ochtend vast",
            "mein Laptop fährt seit dem Update nicht mehr hoch",
        ] {
            #expect(cueCounts(text, triage).fault >= 1, "\(text)")
        }
        // Too far apart, or the particle in another role, is no cue.
        #expect(cueCounts("stürzt sie sich in die Arbeit, wir fangen morgen ab acht an", triage).fault == 0)
    }

    @Test("the words of an intent cue say what the person wants, not what it is about")
    func cueWordsAreNotTopic() {
        // "Working from home" in a description must not make "it's not working" a remote-access fault.
        let remote = TagModel(
            interests: TriageTests.model.interests,
            hygiene: TriageTests.model.hygiene + [
                HygieneCategory(
                    name: "remote-access",
                    description: "Working from home or on the road: VPN and remote desktop that will not connect.",
                    keywords: ["vpn", "remote desktop", "citrix"],
                    route: "network"
                )
            ]
        )
        let triage = Triage(model: remote)
        for text in ["it's not working again", "werkt niet", "its not working, again..."] {
            let result = triage.classify(text)
            guard case .unclear = result.label else {
                Issue.record("\(text) → \(result.label) \(result.evidence)")
                continue
            }
        }
        #expect(triage.classify("my VPN is not working").label == .hygiene(category: "remote-access"))
        // A tag's own keyword inside a cue still counts: "can't connect" is a Wi-Fi keyword, "can't" a cue.
        #expect(triage.classify("the laptop says can't connect").label == .hygiene(category: "wifi-network"))
    }

    /// The intent cues a message's reading counts, fault and idea.
    func cueCounts(_ text: String, _ triage: Triage) -> (fault: Double, idea: Double) {
        let words = TriageText.read(text).words
        let reading = TriageReading(words: words, language: TriageLanguage.identify(words), index: triage.index)
        return (reading.faultCues, reading.ideaCues)
    }

    @Test("a cue said twice is one cue; an idea cue that opens the message counts twice")
    func cueCounting() {
        #expect(cueCounts("could we chart the printer jams per floor? could we", triage).idea == 2)
        #expect(cueCounts("a chart of the jams per floor, could we? or could we run a regression", triage).idea == 1)
        #expect(cueCounts("idea: a dashboard of printer jams per floor", triage).idea == 2)
        // "idea" leading a message about outages is an idea, not an outage report.
        let result = triage.classify("idea: predict wifi outages from the access point logs with a regression")
        #expect(result.label == .specialist(tags: ["statistics"]), "\(result)")
    }

    @Test(
        "when every cue says 'broken', a tool named is the broken thing; when every cue says 'idea', a fault's words are its subject"
    )
    func oneSidedIntent() {
        let crash = "can't print my Power BI dashboard, the chart comes out blank"
        #expect(triage.classify(crash).label == .hygiene(category: "printer"))
        var even = Triage.Settings()
        even.oneSidedTopicWeight = 1
        #expect(Triage(model: Self.model, settings: even).classify(crash).label != .hygiene(category: "printer"))
    }

    @Test("a routine-request cue's own words still name the topic (\"unlock my account\")")
    func requestCueWordsNameTheTopic() {
        let identity = TagModel(
            interests: TriageTests.model.interests,
            hygiene: [
                HygieneCategory(
                    name: "identity",
                    description: "Forgotten passwords and locked accounts.",
                    keywords: ["locked out", "account locked"],
                    route: "identity"
                )
            ]
        )
        let result = Triage(model: identity).classify("hi, could you unlock my account please")
        #expect(result.label == .hygiene(category: "identity"), "\(result)")
        #expect(cueCounts("hi, could you unlock my account please", Triage(model: identity)).fault == 1)
    }

    @Test("a fault that hits many people goes to the category whose words say 'everyone'")
    func manyAffected() {
        let portal = TagModel(
            interests: TriageTests.model.interests,
            hygiene: [
                HygieneCategory(
                    name: "outage",
                    description: "A business service is unavailable for everyone: intranet, CRM, portals.",
                    keywords: ["outage", "is down", "server down"],
                    route: "default"
                ),
                HygieneCategory(
                    name: "account-access",
                    description: "Access rights to shares, groups and applications; sign-in refused.",
                    keywords: ["access denied", "no access", "permission", "log in", "login"],
                    route: "identity"
                ),
            ]
        )
        // "Inloggen" is the access category's keyword "log in" (a translation met whole); that
        // everyone is hit is what makes it the outage.
        let text = "het klantportaal ligt plat voor iedereen, ik kan niet inloggen"
        #expect(Triage(model: portal).classify(text).label == .hygiene(category: "outage"))
        var unscoped = Triage.Settings()
        unscoped.manyAffectedWeight = 0
        #expect(Triage(model: portal, settings: unscoped).classify(text).label == .hygiene(category: "account-access"))
        // One person's sign-in stays theirs.
        #expect(
            Triage(model: portal).classify("I can't log in to the portal").label == .hygiene(category: "account-access")
        )
    }

    @Test(
        "symptoms are fault cues, in their inflected forms and in every language",
        arguments: ["the export keeps failing", "der Export bricht immer ab", "les invitations n'arrivent pas"]
    )
    func symptomCues(_ text: String) {
        #expect(cueCounts(text, triage).fault >= 1, "\(text)")
    }

    @Test("a symptom with a word HubBot translates is not a cue (it would hide that word); one of symptom words is")
    func symptomsNamingTheTopic() throws {
        #expect(TriageLexicon.cues["no"]?.contains { $0.text == "no recibo correos" } != true)
        // Nor does a longer symptom take the place of an older cue and free its words.
        #expect(TriageLexicon.cues["ca"]?.contains { $0.text == "ça ne marche pas" } != true)
        let plain = try #require(TriageLexicon.cues["keeps"]?.first { $0.text == "keeps failing" })
        #expect(plain.masksTopic)
        // Every symptom line holds symptom words only, and is read as a cue of its own.
        for line in TriageLexicon.symptomCueText.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            let language = try #require(TriageLanguage(rawValue: fields[0]), "\(line)")
            let words = TriageText.words(fields[2])
            let translated = words.filter { TriageLexicon.glossary[language]?[$0.folded] != nil }
            #expect(translated.isEmpty, "\(line): \(translated.map(\.folded)) translate")
            let read = TriageLexicon.cues[words[0].folded]?.contains {
                $0.text == fields[2] && $0.language == language && $0.masksTopic
            }
            #expect(read == true, "\(line) is not read as a cue")
        }
        let older = [
            TriageLexicon.cueText, TriageLexicon.domainCueText, TriageLexicon.requestCueText,
            TriageLexicon.adviceCueText,
        ]
        #expect(Self.shadowedLines(of: TriageLexicon.symptomCueText, after: older, key: 2).isEmpty)
    }

    /// The lines of `text` whose key (language and the folded words of field `key`) a line of
    /// `older` or an earlier line of `text` already has: never read, since the first one wins.
    static func shadowedLines(of text: String, after older: [String], key: Int) -> [String] {
        func keyOf(_ line: Substring) -> String? {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3 else { return nil }
            let words = TriageText.words(fields[key]).map(\.folded).joined(separator: " ")
            // A glossary line that translates a word into itself is skipped; it shadows nothing.
            return key == 1 && words == fields[2] ? nil : fields[0] + " " + words
        }
        var seen = Set(older.flatMap { $0.split(separator: "\n") }.compactMap(keyOf))
        return text.split(separator: "\n").filter { line in keyOf(line).map { !seen.insert($0).inserted } ?? true }
            .map(String.init)
    }

    @Test("every line of the signal vocabulary is read: none is shadowed by an earlier entry")
    func signalLinesAreRead() throws {
        for line in TriageLexicon.signalText.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            let language = try #require(TriageLanguage(rawValue: fields[0]), "\(line)")
            let foreign = TriageText.words(fields[1]).map(\.folded).joined(separator: " ")
            #expect(TriageLexicon.glossary[language]?[foreign] == fields[2], "\(line)")
        }
        let older = [
            TriageLexicon.glossaryText, TriageLexicon.thesaurusText, TriageLexicon.domainText,
            TriageLexicon.workText, TriageLexicon.topicText,
        ]
        #expect(Self.shadowedLines(of: TriageLexicon.signalText, after: older, key: 1) == [])
    }

    @Test(
        "'nobody knows why' lacks an answer, 'the whole day' is how long; 'nobody can log in' is many people hit",
        arguments: [
            ("the app doesn't work the whole day", false),
            ("Jobbtelefonen fungerar inte, startar om hela tiden", false),
            ("the app doesn't work for the whole team", true),
            ("Teams doesn't work, does anyone else know?", true),
            ("Niemand kann drucken, der Drucker funktioniert nicht, weiß jemand warum?", true),
            ("the export doesn't work and nobody knows why", false),
            ("der Export funktioniert nicht und niemand weiß warum", false),
            ("la exportación no funciona y nadie sabe por qué", false),
            ("the export doesn't work and nobody can log in", true),
            ("der Export funktioniert nicht, niemand kann sich anmelden", true),
        ]
    )
    func nobodyKnows(_ text: String, _ many: Bool) {
        let words = TriageText.read(text).words
        let reading = TriageReading(words: words, language: TriageLanguage.identify(words), index: triage.index)
        #expect(reading.faultCues > 0, "\(text)")
        #expect(reading.manyAffected == many, "\(text)")
    }

    @Test("words sharing a stem read as their base form, in every process (not in the dictionary's order)")
    func glossaryStemsAreStable() {
        // "sendung" and "sendungen" share the stem "sendung"; the dictionary's order changes with
        // each process's hash seed, so before, one restart read "Sendungen" as "shipment" and the
        // next as "shipments".
        #expect(TriageLexicon.glossaryStems[.german]?["sendung"]?.english == "shipment")
        #expect(TriageLexicon.glossaryStems[.german]?["sendung"]?.length == "sendung".count)
    }

    @Test("patterns of one length are met in a fixed language order, whatever the process's hash seed")
    func patternOrderIsFixed() throws {
        // "usb sticks an der maschine" (German) and "usb sticks on the machines" (English) both
        // start with "usb": which one a German message meets first decided its reading, and the
        // order had come from a dictionary's, changing from run to run.
        let usb = try #require(TriageLexicon.topicPatterns["usb"])
        #expect(usb.contains { $0.language == .german } && usb.contains { $0.language == .english })
        for (earlier, later) in zip(usb, usb.dropFirst()) where earlier.words.count == later.words.count {
            #expect(earlier.language.index <= later.language.index, "\(earlier.english) before \(later.english)")
        }
    }

    @Test("Polish letters with a stroke fold like accents: 'błąd' is 'blad', as people type it without them")
    func strokeLettersFold() {
        #expect(TriageText.fold("błąd") == "blad")
        #expect(TriageText.fold("włączyć") == "wlaczyc")
        #expect(TriageText.fold("Đakovo".lowercased()) == "dakovo")
    }

    @Test("folding from the Latin table agrees with Unicode decomposition, letter by letter and in words")
    func quickFold() {
        for value in UInt32(0xC0)...UInt32(0x24F) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let word = "x\(Character(scalar))y"
            #expect(TriageText.fold(word) == TriageText.slowFold(word), "\(word)")
        }
        for word in ["français", "größe", "łódź", "ÉCOLE", "señal", "kaffeeküche", "e\u{301}cole"] {
            #expect(TriageText.fold(word) == TriageText.slowFold(word), "\(word)")
        }
        #expect(TriageText.words("Ecole\u{301} réseau").map(\.raw) == ["ecolé", "réseau"])
    }

    @Test("evidence of equal weight is listed the same way in every process")
    func evidenceOrder() {
        let result = triage.classify("locked out, account locked, reset password please")
        let equal = result.evidence.filter { $0.weight == result.evidence.first?.weight }
        #expect(equal.count >= 2)
        #expect(equal.map(\.matched) == equal.map(\.matched).sorted())
    }

    @Test("evaluation: a fault in the wrong category counts against the label, not against the kind")
    func evaluationKinds() {
        let samples = [
            TriageEvaluation.Sample(label: "hygiene", tags: ["printer"], message: "the printer jammed again"),
            TriageEvaluation.Sample(label: "hygiene", tags: ["wifi-network"], message: "the printer jammed again"),
            TriageEvaluation.Sample(label: "specialist", tags: ["statistics"], message: "the printer jammed again"),
            TriageEvaluation.Sample(
                label: "specialist",
                tags: ["statistics"],
                message: "how should we design the regression for the survey?"
            ),
        ]
        let report = TriageEvaluation(triage: triage, samples: samples)
        #expect(report.accuracy == 0.5)
        #expect(report.kindAccuracy == 0.75)
        #expect(abs(report.faultPrecision - 2.0 / 3) < 1e-9)
        #expect(abs(report.hygienePrecision - 1.0 / 3) < 1e-9)
        #expect(report.faultRecall == 1)
        #expect(report.hygieneRecall == 0.5)
    }

    @Test("description words saturate: the fourth shared word adds less than the first")
    func descriptionSaturation() {
        let tags = TagModel(
            interests: [
                InterestTag(
                    name: "facilities",
                    description: "Rooms, desks, floors, buildings, offices and parking.",
                    keywords: ["facility management"]
                )
            ],
            hygiene: []
        )
        let triage = Triage(model: tags)
        func points(_ text: String) -> Double {
            triage.classify(text).ranking.first { $0.tag == "facilities" }?.points ?? 0
        }
        let one = points("rooms")
        let four = points("rooms desks floors buildings")
        #expect(one > 0)
        #expect(four < 3.2 * one, "one word \(one), four words \(four)")
    }

    @Test("one of a language's commonest words ('after', 'time') counts less in a description than a keyword")
    func commonWordsInDescriptions() {
        let tags = TagModel(
            interests: [
                InterestTag(
                    name: "statistics",
                    description: "Testing whether a difference is real.",
                    keywords: ["statistics"]
                )
            ],
            hygiene: [
                HygieneCategory(
                    name: "password-reset",
                    description: "Forgotten passwords, and accounts blocked after several wrong attempts.",
                    keywords: ["password", "change my password"],
                    route: "identity"
                ),
                HygieneCategory(
                    name: "printer",
                    description: "Printers that jam or print nothing.",
                    keywords: ["printer"],
                    route: "workplace"
                ),
            ]
        )
        let triage = Triage(model: tags)
        func points(_ text: String) -> Double {
            triage.classify(text).ranking.first { $0.tag == "password-reset" }?.points ?? 0
        }
        // "after" (Zipf 6.1 in English) and "blocked" (4.4) are both description words of one tag.
        let common = points("it started after lunch")
        let rare = points("it started blocked lunch")
        #expect(common > 0 && rare > 0)
        #expect(common < 0.6 * rare, "after \(common), blocked \(rare)")
    }

    @Test("a cue of several words matches the inflections of its longer words ('non mi arrivano' for 'non mi arriva')")
    func cueInflections() throws {
        // "non mi arrivavano" is in no list: only the stem of "arriva" ("arriv") meets it.
        let result = triage.classify("le notifiche della chat non mi arrivavano")
        #expect(result.intent.fault.contains { $0.hasPrefix("non mi arriv") }, "\(result.intent)")
        // A cue's short words ("non", "mi") keep one form, as written.
        let cue = try #require(TriageLexicon.cues["non"]?.first { $0.text == "non mi arriva" })
        #expect(cue.words == [["non"], ["mi"], ["arriva", "arriv"]])
    }

    static let smallOffice = TagModel(
        interests: [
            InterestTag(
                name: "social-network-analysis",
                description: "Who works with whom: centrality, brokers and silos in the organisation's network.",
                keywords: ["network analysis", "centrality", "gephi"]
            ),
            InterestTag(
                name: "statistics",
                description: "Sample size, significance and regression.",
                keywords: ["statistics", "sample size", "significance"]
            ),
        ],
        hygiene: [
            HygieneCategory(
                name: "desk-phone",
                description: "Desk phones and headsets: no dial tone, calls drop, cannot be called.",
                keywords: ["desk phone", "headset", "dial tone"],
                route: "workplace"
            )
        ]
    )

    @Test(
        "everyday ways of naming a specialist topic reach it without its expert words",
        arguments: [
            ("who are the informal influencers in our department?", "social-network-analysis"),
            ("Wer sind bei uns eigentlich die Brückenbauer zwischen den Abteilungen?", "social-network-analysis"),
            ("we spot-check 20 parcels a day, does that tell us anything?", "statistics"),
        ]
    )
    func everydayTopicWords(_ text: String, _ tag: String) {
        let result = Triage(model: Self.smallOffice).classify(text)
        #expect(result.offered.contains(tag), "\(result)")
    }

    @Test("a specialist topic's everyday words earn interests points, never a fault category's")
    func topicWordsAreForInterests() throws {
        let office = TagModel(
            interests: [InterestTag(name: "statistics", description: "Sample size and significance.", keywords: [])],
            hygiene: [
                HygieneCategory(
                    name: "network",
                    description: "The office network is down, slow or unreachable.",
                    keywords: ["network down"],
                    route: "network"
                )
            ]
        )
        // "informal influencers" reads as "social network analysis influence centrality".
        let meaning = TriageLexicon.glossary[.english]?["informal influencers"]
        #expect(meaning?.contains("network") == true)
        #expect(meaning.map(TriageLexicon.interestMeanings.contains) == true)
        let drucker = try #require(TriageLexicon.glossary[.german]?["drucker"])
        #expect(!TriageLexicon.interestMeanings.contains(drucker))
        let result = Triage(model: office).classify("who are the informal influencers around here?")
        #expect(!result.ranking.contains { $0.isFault }, "\(result)")
    }

    @Test("a glossary entry whose words leave only a function word is not read (#n/a is not French à)")
    func glossaryFunctionWords() {
        #expect(TriageLexicon.glossary[.french]?["a"] == nil)
        #expect(TriageLexicon.glossary[.english]?["a"] == nil)
        let result = triage.classify("je voudrais parler à quelqu'un de la régression")
        #expect(!result.evidence.contains { $0.matched.contains("spreadsheet") }, "\(result.evidence)")
    }

    @Test("Polish is recognised and read through its glossary (no Snowball stemmer: inflected forms are listed)")
    func polish() {
        let result = triage.classify("nie mogę się połączyć z wifi, brak internetu")
        #expect(result.language == "pl")
        #expect(result.label == .hygiene(category: "wifi-network"), "\(result)")
    }

    @Test("the evidence names the words that decided")
    func evidence() {
        let result = triage.classify("gephi centrality for our teams")
        #expect(result.evidence.map(\.matched).contains("gephi"))
        #expect(result.evidence.map(\.matched).contains("centrality"))
    }

    @Test("normalising: case, accents, apostrophes, emoji, inflections")
    func normalising() {
        let tokens = TextNormalizer.tokens("Can't PRINT: printers, printing — Café ☕ #Data-Viz")
        // Snowball's English stemmer: "printers" is a printer, "printing" is to print.
        #expect(tokens.words == ["cant", "print", "printer", "print", "cafe"])
        #expect(tokens.hashtags == ["data-viz"])
        #expect(TextNormalizer.stem("passwords") == TextNormalizer.stem("password"))
        #expect(TextNormalizer.stem("crashes") == TextNormalizer.stem("crash"))
    }

    @Test("a question is a '?' that ends a word, or a Spanish '¿'; not one inside a link")
    func questionMarks() {
        func asks(_ text: String) -> Bool { TriageText.read(text).asks }
        #expect(asks("is the VPN slow for everyone?"))
        #expect(asks("why?? it worked yesterday"))
        #expect(asks("¿alguien sabe cómo versionar las imágenes"))
        #expect(asks("was ist das？"))
        #expect(!asks("see https://intranet/sites/it/page.aspx?id=3&tab=2 for the form"))
        #expect(!asks("the printer on floor 3 prints blank pages."))
    }
}

@Suite("Triage's typo table")
struct TypoTableTests {
    @Test("every key finds its ids, colliding slots included; an absent key finds none")
    func lookups() {
        var entries: [UInt64: [Int32]] = [:]
        for key in UInt64(1)...500 { entries[key &* 0x1_0000_0001] = [Int32(key), Int32(key) + 1] }
        entries[0] = [7]
        let table = TypoTable(entries)
        func ids(_ table: TypoTable, _ key: UInt64) -> [Int32] {
            var found: [Int32] = []
            table.forEachID(of: key) { found.append(Int32($0)) }
            return found
        }
        for (key, list) in entries { #expect(ids(table, key) == list) }
        #expect(ids(table, 12_345).isEmpty)
        #expect(ids(TypoTable([:]), 1).isEmpty)
    }

    @Test("a typo is one edit from a tag word, never in its first letter; a doubled first letter still reads")
    func typoNeighbours() {
        let index = TriageIndex(
            model: TagModel(
                interests: [
                    InterestTag(name: "llamas", description: "", keywords: ["llamafarm", "regression"]),
                    InterestTag(name: "charts", description: "", keywords: ["spreadsheet"]),
                ],
                hygiene: []
            )
        )
        func near(_ word: String) -> [String] { TriageReading.typoNeighbours(word, index: index).sorted() }
        #expect(near("regresion") == ["regression"])  // a letter missing
        #expect(near("regressiion") == ["regression"])  // one too many
        #expect(near("regrassion") == ["regression"])  // one changed
        #expect(near("rgeression") == ["regression"])  // two swapped
        // Edits at the second letter, where the first one stops being left out.
        #expect(near("rgression") == ["regression"] && near("rigression") == ["regression"])
        #expect(near("lllamafarm") == ["llamafarm"])
        #expect(near("spreadhseet") == ["spreadsheet"])
        #expect(near("lamafarm") == ["llamafarm"])  // the doubled first letter written once
        #expect(near("llllamafarm").isEmpty)  // two edits
        #expect(near("egression").isEmpty && near("pregression").isEmpty && near("tegression").isEmpty)
        #expect(near("eregression").isEmpty)  // an edit in the first letter is no typo
        #expect(near("regression").isEmpty)  // the word itself
    }

    @Test("word frequencies keep one decimal in every language's lane, each lane on its own")
    func zipfRows() {
        #expect(TriageLanguage.allCases.count * 7 <= 63)
        var row = TriageLexicon.ZipfRow()
        for (lane, language) in TriageLanguage.allCases.enumerated() { row[language.index] = Float(lane) + 0.3 }
        for (lane, language) in TriageLanguage.allCases.enumerated() {
            #expect(abs(row[language.index] - (Float(lane) + 0.3)) < 0.001)
        }
        row[TriageLanguage.german.index] = 0
        #expect(row[TriageLanguage.german.index] == 0)
        #expect(abs(row[TriageLanguage.english.index] - 0.3) < 0.001)
        #expect(abs(row[TriageLanguage.french.index] - 2.3) < 0.001)
        // The table's values as the data has them: "the" is the most common English word.
        #expect(abs(TriageLexicon.zipf("the", .english) - 7.7) < 0.001)
        #expect(abs(TriageLexicon.zipf("fehler", .german) - 5.1) < 0.001)
        #expect(TriageLexicon.zipf("fehler", .english) == 0)
        // The top bit says "a known word", whatever the lanes hold.
        row.isKnown = true
        #expect(row.isKnown && abs(row[TriageLanguage.french.index] - 2.3) < 0.001)
        row[TriageLanguage.polish.index] = 12.7
        #expect(row.isKnown && abs(row[TriageLanguage.polish.index] - 12.7) < 0.001)
        row.isKnown = false
        #expect(!row.isKnown && abs(row[TriageLanguage.polish.index] - 12.7) < 0.001)
        // Known: frequency words, function words, glossary words and the English word list's.
        #expect(TriageLexicon.isKnownWord("the") && TriageLexicon.isKnownWord("fehler"))
        #expect(TriageLexicon.isKnownWord("warehouse") && TriageLexicon.isKnownWord("und"))
        #expect(!TriageLexicon.isKnownWord("calender") && !TriageLexicon.isKnownWord("xqzv"))
        // Function words share the row: each language's bit on its own.
        #expect(TriageLexicon.facts(of: "und", hash: WordHash.of("und"), in: .german).isStop)
        #expect(TriageLexicon.facts(of: "the", hash: WordHash.of("the"), in: .german).isStop)
        #expect(!TriageLexicon.facts(of: "drucker", hash: WordHash.of("drucker"), in: .german).isStop)
        #expect(!TriageLexicon.facts(of: "und", hash: WordHash.of("und"), in: .french).isStop)
    }
}

@Suite("Triage's word tables")
struct WordTableTests {
    @Test("every word finds its value, long, accented and empty ones included; others find none")
    func lookups() {
        var entries: [String: Int] = [:]
        for number in 0..<3_000 { entries["word\(number)"] = number }
        entries["a-very-long-word-over-sixteen-bytes"] = -1
        entries["geschäftsführung"] = -2
        entries[""] = -3
        let table = WordTable(entries)
        #expect(table.count == entries.count)
        for (word, value) in entries {
            #expect(table[word] == value)
            #expect(table[word, WordHash.of(word)] == value)
        }
        #expect(table["word3000"] == nil && table["geschaftsfuhrung"] == nil && table["a"] == nil)
        #expect(WordTable<Int>([:])["word"] == nil)
        let set = WordTable(Set(["und", "der"]))
        #expect(set.contains("und") && set.contains("der", hash: WordHash.of("der")) && !set.contains("die"))
    }

    @Test("a word's hash depends on every byte and on the length")
    func hashes() {
        let words = ["", "a", "b", "ab", "ba", "abcdefgh", "abcdefgi", "abcdefgh\u{0}", "bcdefghi"]
        #expect(Set(words.map(WordHash.of)).count == words.count)
        #expect(WordHash.of("drucker") == WordHash.of(String("xdrucker".dropFirst())))
    }

    @Test("a number set holds what was inserted, through growing")
    func numbers() {
        var set = NumberSet(capacity: 4)
        for number in stride(from: 0, to: 20_000, by: 7) { set.insert(number << 32 | number) }
        set.insert(0)
        for number in stride(from: 0, to: 20_000, by: 7) {
            #expect(set.contains(number << 32 | number))
            #expect(!set.contains(number << 32 | (number + 1)))
        }
        #expect(set.contains(0) && !set.contains(1))
    }
}
