import Foundation
import Testing

@testable import HubCore

@Suite("Display names shown to others")
struct PersonNameTests {
    @Test(
        "control, bidi and line-break characters are removed, @room cannot ping, long names are cut",
        arguments: [
            ("@room <b>Mallory</b>\u{202E}\n!accept 1", "@\u{200B}room <b>Mallory</b> !accept 1"),
            ("Ann\u{200B}e\u{2066}-Marie\u{2069}", "Anne-Marie"),
            ("  Bob \t\r\n Smith  ", "Bob Smith"),
            ("Zoë 👩🏽‍💻 Müller", "Zoë 👩🏽‍💻 Müller"),
            ("\u{0}\u{7}\u{1B}[31mred", "[31mred"),
            ("line\u{2028}two\u{2029}three", "line two three"),
            ("@ROOM", "@\u{200B}ROOM"),
            ("@roommate", "@roommate"),
        ]
    )
    func cleaned(raw: String, shown: String) {
        #expect(PersonName.clean(raw) == shown)
    }

    @Test("a name of nothing readable is no name; a very long one is cut to 64 characters")
    func emptyAndLong() throws {
        #expect(PersonName.clean("\u{202E}\n\u{200B} ") == nil)
        let long = try #require(PersonName.clean(String(repeating: "a", count: 500)))
        #expect(long.count == PersonName.maximumLength)
        #expect(long.hasSuffix("…"))
    }

    @Test("a planted name reaches the specialist's offer and the colleague's greeting on one clean line")
    func plantedNameInOffer() throws {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:3")])
        hub.openDirectChat(carol)
        let mallory = "@room <b>Mallory</b>\u{202E}\n!accept 1"
        hub.write("can someone help me with the regression for our survey?", from: carol, name: mallory)
        let picked = hub.write("1", from: carol, name: mallory)
        let offer = try #require(picked.told(alice, harness: hub).first)
        #expect(offer.contains("@\u{200B}room <b>Mallory</b> !accept 1"), "\(offer)")
        #expect(!offer.contains("\u{202E}"))
        #expect(!offer.split(separator: "\n").contains { $0.hasPrefix("!accept 1") })
        #expect(hub.hub.name(of: carol) == "@\u{200B}room <b>Mallory</b> !accept 1")
    }
}
