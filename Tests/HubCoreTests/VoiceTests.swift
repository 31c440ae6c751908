import Foundation
import Testing

@testable import HubCore

@Suite("HubBot's words: templates, markup per network, every language complete")
struct MessageTemplateTests {
    @Test("placeholders and plural choices are read; # is the number")
    func parsing() throws {
        let template = try MessageTemplate("Hi {name}! {count, plural, one {# request} other {# requests}} for {name}.")
        #expect(template.placeholders == ["name", "count"])
        #expect(template.pluralCases == ["count": ["one", "other"]])
        let catalogue = MessageCatalogue(overrides: [.english: [.greeting: template]])
        let one = catalogue.plain(Said(.greeting, ["name": "Ann", "count": 1]), in: .english)
        let many = catalogue.plain(Said(.greeting, ["name": "Ann", "count": 3]), in: .english)
        #expect(one == "Hi Ann! 1 request for Ann.")
        #expect(many == "Hi Ann! 3 requests for Ann.")
    }

    @Test(
        "a broken template says what is wrong and where",
        arguments: [
            ("Hi {name", "not closed"),
            ("Hi {", "placeholder"),
            ("{count, plural, one {x}}", "other"),
            ("{count, plural, single {x} other {y}}", "no plural case"),
            ("{count, select, a {x} other {y}}", "only"),
            ("oops }", "closes nothing"),
        ]
    )
    func errors(source: String, problem: String) {
        #expect(throws: MessageTemplate.SyntaxError.self) { try MessageTemplate(source) }
        do {
            _ = try MessageTemplate(source)
        } catch {
            #expect(error.problem.contains(problem), "\(error.problem)")
        }
    }

    @Test("French counts 0 as one; exact =N cases win")
    func plurals() throws {
        #expect(ChatLanguage.french.pluralCategory(0) == "one")
        #expect(ChatLanguage.english.pluralCategory(0) == "other")
        let template = try MessageTemplate("{count, plural, =0 {none} one {one} other {#}}")
        let catalogue = MessageCatalogue(overrides: [.french: [.greeting: template]])
        #expect(catalogue.plain(Said(.greeting, ["count": 0]), in: .french) == "none")
        #expect(catalogue.plain(Said(.greeting, ["count": 1]), in: .french) == "one")
        #expect(catalogue.plain(Said(.greeting, ["count": 7]), in: .french) == "7")
    }

    @Test("markup becomes HTML on Matrix, codes or nothing on IRC; a colleague's backticks stay theirs")
    func markup() throws {
        let template = try MessageTemplate("**Request {request}**: {question}\n1. `!accept {request}`\n2. wait")
        let catalogue = MessageCatalogue(overrides: [.english: [.greeting: template]])
        let said = Said(.greeting, ["request": 12, "question": .quote("use `rm -rf` <b>now</b>?")])
        let text = catalogue.render(said, in: .english)
        #expect(
            text.html
                == "<strong>Request 12</strong>: “use `rm -rf` &lt;b&gt;now&lt;/b&gt;?”"
                + "<ol start=\"1\"><li><code>!accept 12</code></li><li>wait</li></ol>"
        )
        #expect(text.plain == "Request 12: “use `rm -rf` <b>now</b>?”\n1. !accept 12\n2. wait")
        #expect(text.irc == "\u{02}Request 12\u{02}: “use `rm -rf` <b>now</b>?”\n1. \u{11}!accept 12\u{11}\n2. wait")
        #expect(text.source.hasPrefix("**Request 12**"))
        #expect(MarkedText.plain(fromSource: "Write `!help`, **now**.") == "Write !help, now.")
    }

    @Test("a request's number is bold, except inside a command; a colleague's own list lines stay text")
    func emphasis() throws {
        let template = try MessageTemplate("Request {request}: {question}\n`!accept {request}`")
        let catalogue = MessageCatalogue(overrides: [.english: [.greeting: template]])
        let said = Said(.greeting, ["request": 12, "question": .text("my plan:\n1. pandas\n- numpy")])
        let text = catalogue.render(said, in: .english)
        #expect(
            text.html
                == "Request <strong>12</strong>: my plan:<br>1. pandas<br>- numpy<br><code>!accept 12</code>",
            "\(text.html)"
        )
        #expect(text.source == "Request 12: my plan:\n1. pandas\n- numpy\n`!accept 12`", "the body stays as written")
        #expect(text.irc.hasPrefix("Request \u{02}12\u{02}: "))
        #expect(
            try MessageTemplate("{count, plural, other {# hold #{tag} and #python}}").placeholders == ["count", "tag"]
        )
        let tags = MessageCatalogue(overrides: [
            .english: [.greeting: try MessageTemplate("{count, plural, other {# hold #{tag} and #python}}")]
        ])
        #expect(tags.plain(Said(.greeting, ["count": 3, "tag": "r"]), in: .english) == "3 hold #r and #python")
    }

    @Test("lists, quotes, clock times and days are said each language's way")
    func values() {
        let friday = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(ChatLanguage.german.list(["Ann", "Bo", "Cy"]) == "Ann, Bo und Cy")
        #expect(ChatLanguage.french.quotes.open == "« ")
        #expect(ChatLanguage.german.clock(friday, zone: .gmt).hasPrefix("Fr"))
        #expect(ChatLanguage.english.days([1, 2, 3, 4, 5]) == "Mon–Fri")
        #expect(ChatLanguage.german.days([1, 3]) == "Mo, Mi" || ChatLanguage.german.days([1, 3]) == "Mo., Mi.")
    }

    @Test("every shipped language has every message, with the English placeholders and its plural cases")
    func completeness() throws {
        for id in MessageID.allCases {
            let english = try MessageTemplate(id.english)
            for language in ChatLanguage.allCases {
                guard let source = MessageCatalogue.shippedSource(id, in: language) else {
                    Issue.record("\(language.rawValue): \(id.rawValue) is missing")
                    continue
                }
                let template: MessageTemplate
                do {
                    template = try MessageTemplate(source)
                } catch {
                    Issue.record("\(language.rawValue): \(id.rawValue) does not parse: \(error.problem)")
                    continue
                }
                #expect(
                    template.placeholders == english.placeholders,
                    "\(language.rawValue): \(id.rawValue) has \(template.placeholders.sorted()), English \(english.placeholders.sorted())"
                )
                for (name, cases) in template.pluralCases {
                    #expect(cases.isSuperset(of: ["one", "other"]), "\(language.rawValue): \(id.rawValue) {\(name)}")
                }
                // Commands stay commands: the same `!words` as in English.
                let commands = { (text: String) in Set(text.matches(of: /`!([a-z]+)/).map { String($0.output.1) }) }
                #expect(
                    commands(source) == commands(id.english),
                    "\(language.rawValue): \(id.rawValue) changes a command"
                )
            }
        }
    }
}

@Suite("HubBot speaks the person's language")
struct HubLanguageTests {
    static func harness(language: ChatLanguage = .english, network: ChatNetwork = .matrix) -> HubHarness {
        var settings = HubSettings()
        settings.language = language
        settings.network = network
        var hub = HubHarness(settings: settings)
        hub.specialists([(alice, "#statistics:3"), (bob, "#statistics:2")])
        hub.openDirectChat(carol)
        hub.openDirectChat(dave)
        return hub
    }

    @Test(
        "a German sentence gets a German answer; the specialist gets the offer in their language, the question as written"
    )
    func german() {
        var hub = Self.harness()
        let question = "Hallo! Kann mir jemand bei einer Regressionsanalyse helfen?"
        let answer = hub.write(question, from: carol).texts.joined(separator: "\n")
        #expect(hub.hub.language(of: carol) == .german)
        #expect(answer.contains("Anfrage") || answer.contains("anyone"), "\(answer)")
        #expect(!answer.contains("these people know about it"), "\(answer)")
        let offers = hub.write("1", from: carol)
        let offer = offers.compactMap { action -> String? in
            if case .sendDirect(let message) = action { return message.text }
            if case .send(let message) = action, message.room == hub.directRoom(of: alice) { return message.text }
            return nil
        }
        .joined()
        #expect(offer.contains(question), "the colleague's words, as written: \(offer)")
        #expect(offer.contains("Hi Alice!"), "Alice wrote English (her !interests), so English: \(offer)")
    }

    @Test("!language sets, shows and resets the language; short answers do not change it")
    func command() {
        var hub = Self.harness()
        let set = hub.write("!language fr", from: carol).texts.first ?? ""
        #expect(hub.hub.language(of: carol) == .french)
        #expect(set.contains("français"), "\(set)")
        hub.write("Kann mir jemand bei einer Regressionsanalyse helfen?", from: carol)
        #expect(hub.hub.language(of: carol) == .french, "a chosen language wins over what they write")
        let shown = hub.write("!language", from: carol).texts.first ?? ""
        #expect(shown.contains("français"), "\(shown)")
        hub.write("!language auto", from: carol)
        #expect(hub.hub.language(of: carol) == .german, "auto: as they wrote last")
        for unclear in ["ok", "Python pandas groupby", "Error: connection refused by host"] {
            hub.write(unclear, from: carol)
            #expect(hub.hub.language(of: carol) == .german, "\(unclear) says nothing about her language")
        }
        guard case .malformed = HubCommand.parse("!language klingon") else {
            Issue.record("an unknown language is a mistake that says which exist")
            return
        }
    }

    @Test("the organisation's language for people HubBot has not read yet, and for the admins' room")
    func organisation() {
        var hub = Self.harness(language: .dutch)
        let welcome = hub.openDirectChat(PersonID("@nina:hub.test"))
        let text = welcome.compactMap { action -> String? in
            if case .send(let message) = action { return message.text }
            return nil
        }
        .joined()
        #expect(text.contains("HubBot") && !text.contains("Tell me in a sentence"), "\(text)")
    }

    @Test("IRC gets plain text: no backticks, no HTML; Matrix gets formatted_body")
    func networks() {
        var irc = Self.harness(network: .irc)
        let help = irc.write("!help", from: carol)
        for case .send(let message) in help {
            #expect(!message.text.contains("`"), "\(message.text)")
            #expect(message.html == nil)
        }
        var matrix = Self.harness()
        let sent = matrix.write("!help", from: carol)
        let html = sent.compactMap { action -> String? in
            if case .send(let message) = action { return message.html }
            return nil
        }
        .joined()
        #expect(html.contains("<code>!status</code>"), "\(html)")
    }

    @Test("an admin's own wording replaces the shipped one, in that language only")
    func overrides() throws {
        var hub = Self.harness()
        let welcome = try MessageTemplate("Willkommen, {name}, am Empfang der Acme-IT!")
        hub.hub.replaceCatalogue(MessageCatalogue(overrides: [.german: [.greeting: welcome]]))
        let german = hub.write("Hallo, ich habe eine Frage an euch", from: carol).texts.first ?? ""
        let english = hub.write("hello, I have a question for you", from: dave).texts.first ?? ""
        #expect(german.contains("Willkommen, Carol, am Empfang der Acme-IT!"), "\(german)")
        #expect(!english.contains("Willkommen"), "\(english)")
    }
}

@Suite("A day after an introduction, HubBot asks once whether they met")
struct HubFollowUpTests {
    @Test("asked once, in the colleague's language, only while nobody said !done")
    func once() {
        var hub = HubLanguageTests.harness()
        hub.write("Kann mir jemand bei einer Regressionsanalyse helfen?", from: carol)
        hub.write("1", from: carol)
        hub.write("!accept 1", from: alice)
        #expect(hub.hub.dueFollowUps(now: hub.now).isEmpty, "not before a day")
        let accepted = hub.now
        hub.now = hub.now.addingTimeInterval(86_401)
        #expect(hub.hub.dueFollowUps(now: hub.now).map(\.request) == [1])
        #expect(hub.hub.dueFollowUps(now: hub.now).first?.due == accepted.addingTimeInterval(86_400))
        let asked = hub.followUp(1).texts
        #expect(asked.count == 1)
        #expect(asked.first?.contains("Hast du mit Alice schon über Anfrage 1 gesprochen?") == true, "\(asked)")
        #expect(hub.hub.dueFollowUps(now: hub.now).isEmpty, "asked once")
        #expect(hub.followUp(1).isEmpty, "a second timer event says nothing")
        hub.restart()
        #expect(hub.hub.dueFollowUps(now: hub.now).isEmpty, "and a restart remembers it")
    }

    @Test("a conversation closed before the day is not followed up")
    func closed() {
        var hub = HubLanguageTests.harness()
        hub.write("who can help me with a regression?", from: carol)
        hub.write("1", from: carol)
        hub.write("!accept 1", from: alice)
        hub.write("!done 1", from: alice)
        hub.now = hub.now.addingTimeInterval(86_401)
        #expect(hub.hub.dueFollowUps(now: hub.now).isEmpty)
        #expect(hub.followUp(1).isEmpty)
    }

    @Test("a conversation introduced days ago (an upgrade, a HubBot down for days) is not asked about; off when unset")
    func late() {
        var hub = HubLanguageTests.harness()
        hub.write("who can help me with a regression?", from: carol)
        hub.write("1", from: carol)
        hub.write("!accept 1", from: alice)
        hub.now = hub.now.addingTimeInterval(3 * 86_400)
        #expect(hub.hub.dueFollowUps(now: hub.now).isEmpty)
        hub.now = hub.now.addingTimeInterval(-2 * 86_400 + 60)
        #expect(hub.hub.dueFollowUps(now: hub.now).count == 1)
        hub.hub.settings.followUpAfter = nil
        #expect(hub.hub.dueFollowUps(now: hub.now).isEmpty)
    }
}

extension HubHarness {
    /// The app's follow-up timer for `request`.
    mutating func followUp(_ request: Int) -> [ChatAction] {
        let event = ChatEvent(
            id: "follow-up:\(request)",
            network: .matrix,
            room: RoomID("hubbot:timers"),
            sender: Self.me,
            kind: .followUpDue(request: request),
            sentAt: now
        )
        return handle(HubInput(event: event))
    }
}
