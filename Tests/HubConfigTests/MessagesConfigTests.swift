import Foundation
import HubConfig
import HubCore
import Testing

@Suite("messages.<lang>.yaml: the admin's wording, checked at its place")
struct MessagesConfigTests {
    @Test("a good file overrides those messages only; an empty one overrides nothing")
    func good() throws {
        let yaml = """
            # our words
            welcome.direct: "Hi {name}! I'm the front door of Acme's IT hub. `!help` lists the rest."
            offers.asked: "{count, plural, one {Asked {names} ({request}).} other {Asked {names} ({request}); first come.}}"
            """
        let templates = try MessagesConfig.parse(yaml, file: "messages.en.yaml", language: .english)
        #expect(Set(templates.keys) == [.welcome, .offersAskedOne])
        let catalogue = MessageCatalogue(overrides: [.english: templates])
        let said = Said(.offersAskedOne, ["names": .list(["Ann", "Bo"]), "request": 4, "count": 2])
        #expect(catalogue.plain(said, in: .english) == "Asked Ann and Bo (4); first come.")
        #expect(catalogue.plain(Said(.rateThanks), in: .english) == MessageID.rateThanks.english)
        #expect(try MessagesConfig.parse("# nothing yet\n", file: "m.yaml", language: .german).isEmpty)
    }

    @Test(
        "each mistake is named at its line and column",
        arguments: [
            ("greeting.frist: \"Hi {name}!\"", "2:1", "did you mean `greeting.first`?"),
            ("greeting.first: \"Hi {nam}!\"", "2:17", "{nam} is not a value of this message (it has {name})"),
            ("greeting.first: \"Hello there!\"", "2:17", "{name} is left out"),
            ("greeting.first: \"Hi {name\"", "2:17", "is not closed"),
            ("mine.none: [a, b]", "2:12", "must be one string"),
            ("greeting.first: \"\"", "2:17", "the text is empty"),
            ("mine.none: ~", "2:12", "must be one string"),
            ("greeting.first: \"Hi `{name}\"", "2:17", "a backtick is not closed"),
            ("request.withdrawn: \"{request, plural, one {x} other {y}}\"", "2:20", "not a count"),
            (
                "profile.capacity: \"{count, plural, other {# at once}}\"", "2:19",
                "needs `one {…}` in Deutsch"
            ),
        ]
    )
    func mistakes(line: String, place: String, message: String) {
        let yaml = "# Deutsch\n" + line + "\n"
        do {
            _ = try MessagesConfig.parse(yaml, file: "messages.de.yaml", language: .german)
            Issue.record("\(line) should be refused")
        } catch {
            let text = error.description
            #expect(text.contains("messages.de.yaml:\(place):"), "\(text)")
            #expect(text.contains(message), "\(text)")
        }
    }

    @Test("files beside the tag file are found by language; one bad file refuses them all, with every problem")
    func folder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("messages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tags = folder.appendingPathComponent("tags.yaml").path
        #expect(try MessagesConfig.load(nextTo: tags).overrides.isEmpty)
        try "greeting.first: \"Hallo {name}!\"\n".write(
            toFile: folder.appendingPathComponent("messages.de.yaml").path,
            atomically: true,
            encoding: .utf8
        )
        let catalogue = try MessagesConfig.load(nextTo: tags)
        #expect(catalogue.plain(Said(.greeting, ["name": "Ann"]), in: .german) == "Hallo Ann!")
        try "nope.nope: \"x\"\n".write(
            toFile: folder.appendingPathComponent("messages.fr.yaml").path,
            atomically: true,
            encoding: .utf8
        )
        #expect(throws: ConfigError.self) { try MessagesConfig.load(nextTo: tags) }
    }
}
