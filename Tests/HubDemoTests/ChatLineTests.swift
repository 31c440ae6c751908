import Foundation
import Testing

@testable import HubDemo

@Suite("Chat lines: what hubbot chat prints")
struct ChatLineTests {
    @Test("a message in the direct chat: the sender's name, later lines indented under the first")
    func directMessage() {
        let line = ChatLine(
            room: "!dm:localhost",
            direct: true,
            sender: "@hubbot:localhost",
            senderName: "hubbot",
            body: "Request 1 (#statistics): these people know about it.\n1. alice — #statistics (3); free"
        )
        #expect(
            line.text == """
                hubbot: Request 1 (#statistics): these people know about it.
                        1. alice — #statistics (3); free
                """
        )
    }

    @Test("messages elsewhere name the room; invitations start with *")
    func otherRooms() {
        let message = ChatLine(
            room: "!intro:localhost",
            roomName: "HubBot 1: regression",
            direct: false,
            sender: "@alice:localhost",
            senderName: "alice",
            body: "Hi Carol!"
        )
        #expect(message.text == "[HubBot 1: regression] alice: Hi Carol!")
        var long = message
        long.roomName = "HubBot 1: who can help me with a regression for our survey?"
        long.body = "carol asked: “…”\nbob offered to help."
        #expect(
            long.text == """
                [HubBot 1: who can help me wit…] alice: carol asked: “…”
                    bob offered to help.
                """
        )
        let invite = ChatLine(
            kind: .invite,
            room: "!intro:localhost",
            roomName: "HubBot 1: regression",
            direct: false,
            sender: "@hubbot:localhost",
            senderName: "hubbot",
            body: "HubBot 1: regression"
        )
        #expect(invite.text == "* hubbot invited you to “HubBot 1: regression”")
    }

    @Test("--format json: one line, sorted snake_case keys, ISO 8601 time")
    func json() throws {
        let line = ChatLine(
            room: "!dm:localhost",
            direct: true,
            sender: "@hubbot:localhost",
            senderName: "hubbot",
            body: "two\nlines",
            eventID: "$e1",
            time: Date(timeIntervalSince1970: 1_800_000_000)
        )
        #expect(!line.json.contains("\n"))
        #expect(
            line.json
                == #"{"body":"two\nlines","direct":true,"event_id":"$e1","kind":"message","room":"!dm:localhost","#
                + #""sender":"@hubbot:localhost","sender_name":"hubbot","time":"2027-01-15T08:00:00Z"}"#
        )
    }
}
