import Foundation
import MatrixChat
import Testing

@Suite("What HubBot sends: m.room.message content")
struct MessageContentTests {
    func json(_ content: MessageContent) throws -> [String: Any] {
        let data = try JSONEncoder().encode(content)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("a plain notice has a body, no format, and empty mentions (so nobody is pinged by accident)")
    func plainNotice() throws {
        let object = try json(MessageContent(text: "hello"))
        #expect(object["msgtype"] as? String == "m.notice")
        #expect(object["body"] as? String == "hello")
        #expect(object["format"] == nil)
        #expect((object["m.mentions"] as? [String: Any])?["user_ids"] as? [String] == [])
        #expect(object["m.relates_to"] == nil)
    }

    @Test("HTML, mentions and a reply")
    func richReply() throws {
        let content = MessageContent(text: "carol: hi", html: "<b>carol</b>: hi", mentions: ["@carol:x"], replyTo: "$q")
        let object = try json(content)
        #expect(object["format"] as? String == "org.matrix.custom.html")
        #expect(object["formatted_body"] as? String == "<b>carol</b>: hi")
        #expect((object["m.mentions"] as? [String: Any])?["user_ids"] as? [String] == ["@carol:x"])
        let relation = try #require(object["m.relates_to"] as? [String: Any])
        #expect((relation["m.in_reply_to"] as? [String: Any])?["event_id"] as? String == "$q")
        #expect(relation["rel_type"] == nil)
    }

    @Test("a reply in a thread carries the thread relation and the reply fallback")
    func threadReply() throws {
        let relation = try #require(
            try json(MessageContent(text: "x", replyTo: "$q", threadRoot: "$q"))["m.relates_to"] as? [String: Any]
        )
        #expect(relation["rel_type"] as? String == "m.thread")
        #expect(relation["event_id"] as? String == "$q")
        #expect(relation["is_falling_back"] as? Bool == true)
        #expect((relation["m.in_reply_to"] as? [String: Any])?["event_id"] as? String == "$q")
    }

    @Test(
        "a long text is split at line breaks, or between characters, into parts within the byte limit, losing nothing"
    )
    func split() {
        #expect(MessageContent.split("short") == ["short"])
        let lines = (1...50).map { "line \($0): " + String(repeating: "ü", count: 30) }.joined(separator: "\n")
        let parts = MessageContent.split(lines, maxBytes: 500)
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { $0.utf8.count <= 500 })
        #expect(parts.joined(separator: "\n") == lines)
        #expect(parts.allSatisfy { !$0.hasPrefix("\n") })
        let oneLine = String(repeating: "👩🏽‍💻a", count: 300)
        let cut = MessageContent.split(oneLine, maxBytes: 100)
        #expect(cut.allSatisfy { $0.utf8.count <= 100 })
        #expect(cut.joined() == oneLine)
    }
}
