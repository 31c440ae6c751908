import Foundation
import HubConfig
import HubCore
import Testing

/// The defects found when triage met sentences nobody tuned for (issue 14), each
/// against the shipped Config/tags.yaml, as the issue reported them.
@Suite("Triage: the defects a blind test found, with the shipped tags")
struct TriageDefectTests {
    static let triage: Triage = {
        let path = TriageCorpusTests.root.appendingPathComponent("Config/tags.yaml").path
        return Triage(model: (try? TagsConfig.load(path: path)) ?? TagModel(interests: [], hygiene: []))
    }()

    func label(_ text: String) -> TriageResult.Label { Self.triage.classify(text).label }

    /// Whether triage files the message as a fault, of whatever category.
    func isFault(_ result: TriageResult) -> Bool {
        if case .hygiene = result.label { true } else { false }
    }

    @Test("1. idea words do not cancel a lone fault keyword: 'why is the printer printing blank pages'")
    func ideaWordsDoNotCancelAFault() {
        #expect(label("why is the printer printing blank pages") == .hygiene(category: "printer"))
        #expect(label("the printer is printing blank pages") == .hygiene(category: "printer"))
    }

    @Test("2. a one-letter typo survives stemming: 'calender invite not arriving'")
    func typoBeforeStemming() {
        #expect(label("calender invite not arriving") == .hygiene(category: "email-outlook"))
        #expect(label("calendar invite not arriving") == .hygiene(category: "email-outlook"))
    }

    @Test(
        "3. no merging of unrelated words, no foreign function words as keywords",
        arguments: [
            ("can I speak to someone?", "meeting-room-av"),
            ("Kannst du mit mir die Zahlen für den Bericht anschauen?", "open-source"),
            ("Kan ni hjälpa oss med siffrorna?", "open-source"),
            ("Können wir das statt per Hand mit einem Skript erledigen?", "statistics"),
        ]
    )
    func noFalseFriends(text: String, notTag: String) {
        let result = Self.triage.classify(text)
        #expect(!result.evidence.contains { $0.tag == notTag }, "\(text): \(result.evidence)")
        #expect(result.label != .hygiene(category: notTag) && result.label != .specialist(tags: [notTag]))
    }

    @Test(
        "4. correctly spelled words are not typos of a keyword",
        arguments: [
            "audit of our records", "my clock is wrong", "where do I start with this", "the driver is outdated",
        ]
    )
    func realWordsAreNotTypos(text: String) {
        let result = Self.triage.classify(text)
        let typos = result.evidence.filter { $0.typo != nil && $0.kind != "glossary" }
        #expect(typos.isEmpty, "\(text): \(typos)")
    }

    @Test("5. a category's own keyword is not halved by another tag's description: 'need a new headset'")
    func ownKeywordKeepsItsWeight() {
        #expect(label("need a new headset") == .hygiene(category: "phone-headset"))
        let result = Self.triage.classify("need a new headset")
        let own = result.evidence.first { $0.tag == "phone-headset" && $0.matched == "headset" }
        #expect((own?.weight ?? 0) >= 2.5, "\(result.evidence)")
    }

    @Test("6. a phrase counts once, however many entries read the same")
    func phrasesCountOnce() {
        let ml = Self.triage.classify("could machine learning help us sort support mails?")
        #expect(ml.evidence.filter { $0.tag == "machine-learning" && $0.matched.contains("machine") }.count == 1)
        let mail = Self.triage.classify("calendar invites are not arriving")
        #expect(
            mail.evidence.filter { $0.tag == "email-outlook" && $0.matched.hasPrefix("calendar invite") }.count == 1
        )
    }

    @Test("7. every one-word keyword is a hashtag, hyphens and all: #wi-fi and #wifi")
    func hyphenatedHashtags() {
        #expect(label("#wi-fi is flaky on floor 2") == .hygiene(category: "wifi-network"))
        #expect(label("#wifi is flaky on floor 2") == .hygiene(category: "wifi-network"))
        #expect(label("#e-mail keeps bouncing") == .hygiene(category: "email-outlook"))
    }

    @Test("the language is identified, and each is stemmed in its own way")
    func languages() {
        #expect(Self.triage.classify("der Drucker im zweiten Stock druckt nicht mehr").language == "de")
        #expect(Self.triage.classify("l'imprimante du 2e étage ne marche pas").language == "fr")
        #expect(Self.triage.classify("la impresora no imprime desde ayer").language == "es")
        #expect(Self.triage.classify("de printer op de tweede verdieping doet het niet").language == "nl")
        #expect(Self.triage.classify("the printer on floor two does not print").language == "en")
        for text in [
            "der Drucker im zweiten Stock druckt nicht mehr", "l'imprimante du 2e étage ne marche pas",
            "la impresora no imprime desde ayer", "de printer op de tweede verdieping doet het niet",
        ] {
            #expect(label(text) == .hygiene(category: "printer"), "\(text)")
        }
    }

    @Test("intent decides between an idea and a fault with the same subject")
    func intentAndTopicApart() {
        #expect(label("the headset crackles and nobody can hear me") == .hygiene(category: "phone-headset"))
        guard case .specialist = label("could noise-cancelling headsets help the call centre? thinking of a pilot")
        else {
            Issue.record(
                "an idea about headsets became \(label("could noise-cancelling headsets help the call centre?"))"
            )
            return
        }
    }

    @Test("a vague message gets guesses, not a bare greeting; a greeting gets none")
    func vague() {
        guard case .unclear(let guesses) = label("it's broken, please help") else {
            Issue.record("it's broken → \(label("it's broken, please help"))")
            return
        }
        #expect(!guesses.isEmpty)
        #expect(label("hi") == .unclear(guesses: []))
    }

    @Test(
        "a question for advice, an opinion or permission is not a ticket, in any language, whatever device it names",
        arguments: [
            "is it ok to keep the list linking study IDs to customers on my own laptop?",
            "where would a second office in northern France make most sense geographically?",
            "Dürfen wir ein kostenloses Tool von GitHub einsetzen? Wer prüft die Lizenzbedingungen?",
            "welke licentie moeten we kiezen als we onze code openbaar maken?",
            "quelles obligations si on reprend du code sous licence MIT ou Apache ?",
            "finns det ett sätt att slippa kopiera samma data mellan tre system varje dag?",
        ]
    )
    func adviceIsNotAFault(text: String) {
        let result = Self.triage.classify(text)
        #expect(!isFault(result), "\(text) → \(result.label), cues \(result.intent)")
    }

    @Test("'reduce errors' is about errors, not an error: a noun an improvement is about is no fault cue")
    func improvementIsNoFault() {
        for text in [
            "how can we reduce the errors in our monthly stock counts?",
            "come possiamo ridurre gli errori di somministrazione dei farmaci?",
            "wie bekommen wir weniger Fehler in die Lieferscheine?",
            "is the drop in picking errors since March statistically significant?",
        ] {
            let result = Self.triage.classify(text)
            #expect(result.intent.fault.isEmpty, "\(text): \(result.intent.fault)")
            #expect(!isFault(result), "\(text) → \(result.label)")
        }
        // The same noun reporting a fault is still one.
        #expect(!Self.triage.classify("Outlook shows an error when I send").intent.fault.isEmpty)
        #expect(!Self.triage.classify("Excel zeigt einen Fehler beim Öffnen").intent.fault.isEmpty)
        // A word that names a thing is no improvement: "the share drive" still reports an error.
        #expect(!Self.triage.classify("the share drive gives an error when I save").intent.fault.isEmpty)
    }

    @Test(
        "a fault cue naming what broke counts in any language: 'kann mich nicht anmelden' is a sign-in fault",
        arguments: [
            "ich kann mich nicht anmelden",
            "nie mogę się zalogować",
            "ik kan niet inloggen",
            "no puedo iniciar sesión",
            "hasło wygasło",
        ]
    )
    func translatedCueNamesTheFault(text: String) {
        let result = Self.triage.classify(text)
        guard case .hygiene(let category) = result.label else {
            Issue.record("\(text) → \(result.label), evidence \(result.evidence)")
            return
        }
        #expect(["account-access", "password-reset"].contains(category), "\(text) → \(category)")
    }

    @Test("a longer telling phrase is met with one of its words missing: 'avant/après … quel test' is statistics")
    func patternWithAWordMissing() {
        let result = Self.triage.classify(
            "on veut comparer les délais avant/après le nouveau planning, quel test faut-il ?"
        )
        guard case .specialist(let tags) = result.label else {
            Issue.record("\(result.label), evidence \(result.evidence)")
            return
        }
        #expect(tags.first == "statistics", "\(tags) \(result.evidence)")
    }

    @Test(
        "a fault cue's translated words may name the category in its description: 'plus de réseau' is a network fault"
    )
    func translatedCueMeetsDescription() {
        #expect(label("plus de réseau dans l'atelier depuis ce matin") == .hygiene(category: "wifi-network"))
    }

    @Test("'cycle times out of the database' is a noun and 'out of', not a time-out; 'the export times out' is one")
    func timesOutOf() {
        let extraction = Self.triage.classify(
            "can someone write me a query to pull cycle times out of the production database?"
        )
        #expect(extraction.intent.fault.isEmpty, "\(extraction.intent)")
        #expect(!Self.triage.classify("the export times out after 30 seconds").intent.fault.isEmpty)
        #expect(!Self.triage.classify("the upload times out of nowhere since Monday").intent.fault.isEmpty)
    }

    @Test(
        "wishes and questions of where and who are ideas: 'would love a', 'where do we lose', 'wer moderiert'",
        arguments: [
            "would love a screen in hall 1 showing today's output vs target, who builds those?",
            "where do we lose the most time between order and dispatch?",
            "Wir wollen den Ablauf mal aufzeichnen, wer moderiert sowas?",
            "où perd-on le plus de temps entre la commande et l'expédition ?",
        ]
    )
    func wishesAreIdeas(text: String) {
        #expect(!Self.triage.classify(text).intent.idea.isEmpty, "\(text)")
    }

    @Test(
        "a request cue written with '…' holds other words there: 'get … installed', 'kannst du … installieren'",
        arguments: [
            (
                "can I get Python and VS Code installed? software center doesn't have them", "get … installed",
                "software-install"
            ),
            (
                "Kann mir jemand bitte Visio installieren? Brauche es für ein Diagramm",
                "kann mir jemand … installieren", "software-install"
            ),
            (
                "Kannst du mir bitte Visio installieren? Brauche es für ein Diagramm", "kannst du … installieren",
                "software-install"
            ),
            ("Ligt het HR-portaal eruit? we krijgen allemaal een foutpagina", "ligt eruit", "outage"),
        ]
    )
    func spreadRequestCues(text: String, cue: String, category: String) {
        let result = Self.triage.classify(text)
        #expect(result.intent.fault.contains(cue), "\(text): \(result.intent)")
        #expect(result.label == .hygiene(category: category), "\(text): \(result.ranking)")
    }

    @Test(
        "a cue's gap is only where its '…' is, and its words are met only as written",
        arguments: [
            "Da muss ich dir recht geben, die Prognose ist zu optimistisch",
            "how do we get people to install the new survey app on their own?",
            "can we get the whole forecasting model for the spring campaign properly installed?",
        ]
    )
    func spreadCuesStayInPlace(text: String) {
        let result = Self.triage.classify(text)
        #expect(
            !result.intent.fault.contains { $0.contains("…") },
            "\(text): \(result.intent)"
        )
    }

    @Test(
        "an open question with no intent either way leans to advice; one that says what broke stays a fault",
        arguments: [
            "vous faites comment pour versionner et publier les images docker en interne ?",
            "quelqu'un sait comment on versionne les images docker chez nous ?",
        ]
    )
    func openQuestionsLeanToAdvice(text: String) {
        let result = Self.triage.classify(text)
        #expect(result.intent.fault.isEmpty && result.intent.idea.isEmpty, "\(result.intent)")
        guard case .specialist(let tags) = result.label else {
            Issue.record("\(text): \(result.label) \(result.ranking)")
            return
        }
        #expect(tags.first == "devops-ci", "\(tags)")
        #expect(label("my laptop won't boot since the update, any idea?") == .hygiene(category: "laptop-hardware"))
        // A question whose topic is plainly a fault stays one.
        #expect(label("the printer on the 2nd floor only prints blank pages?") == .hygiene(category: "printer"))
    }

    @Test(
        "symptoms and routine asks that never say 'broken' are faults: 'restarts on its own', 'kicks me out', 'steht komplett'",
        arguments: [
            "my desktop restarts on its own several times a day, lost my work twice already",
            "the remote session kicks me out after two minutes",
            "Outlook steht komplett still seit dem Update",
            "new starter on Monday in planning, needs the same rights as Jan",
        ]
    )
    func symptomsWithoutBroken(text: String) {
        let result = Self.triage.classify(text)
        #expect(!result.intent.fault.isEmpty, "\(text): \(result.intent)")
        #expect(isFault(result), "\(text): \(result.label) \(result.ranking)")
    }

    @Test("'¿alguien me echa una mano?' asks for a hand: no fault cue")
    func lendingAHand() {
        let result = Self.triage.classify("¿alguien me echa una mano con un script de R que tarda una hora?")
        #expect(result.intent.fault.isEmpty, "\(result.intent)")
    }
}
