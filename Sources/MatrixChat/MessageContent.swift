/// The content of an `m.room.message` HubBot sends: a notice with a plain
/// `body` and, when given, an HTML `formatted_body`; mentions in `m.mentions`;
/// an optional rich reply.
/// See https://spec.matrix.org/latest/client-server-api/#mroommessage-msgtypes
public struct MessageContent: Encodable, Sendable, Equatable {
    public var msgtype: String
    public var body: String
    public var format: String?
    public var formattedBody: String?
    public var mentions: Mentions
    public var relatesTo: RelatesTo?

    public struct Mentions: Encodable, Sendable, Equatable {
        public var userIDs: [String]
        enum CodingKeys: String, CodingKey { case userIDs = "user_ids" }
    }

    /// A rich reply, optionally inside a thread.
    /// See https://spec.matrix.org/latest/client-server-api/#threading
    public struct RelatesTo: Encodable, Sendable, Equatable {
        public var relType: String?
        public var eventID: String?
        public var isFallingBack: Bool?
        public var inReplyTo: EventReference

        enum CodingKeys: String, CodingKey {
            case relType = "rel_type"
            case eventID = "event_id"
            case isFallingBack = "is_falling_back"
            case inReplyTo = "m.in_reply_to"
        }
    }

    public struct EventReference: Encodable, Sendable, Equatable {
        public var eventID: String
        enum CodingKeys: String, CodingKey { case eventID = "event_id" }
    }

    public init(
        text: String,
        html: String? = nil,
        mentions: [String] = [],
        replyTo: String? = nil,
        threadRoot: String? = nil,
        notice: Bool = true
    ) {
        msgtype = notice ? "m.notice" : "m.text"
        body = text
        format = html == nil ? nil : "org.matrix.custom.html"
        formattedBody = html
        self.mentions = Mentions(userIDs: mentions)
        if let threadRoot {
            // Clients without threads show it as a reply to the latest message (the fallback).
            relatesTo = RelatesTo(
                relType: "m.thread",
                eventID: threadRoot,
                isFallingBack: replyTo == nil || replyTo == threadRoot,
                inReplyTo: EventReference(eventID: replyTo ?? threadRoot)
            )
        } else {
            relatesTo = replyTo.map { RelatesTo(inReplyTo: EventReference(eventID: $0)) }
        }
    }

    enum CodingKeys: String, CodingKey {
        case msgtype, body, format
        case formattedBody = "formatted_body"
        case mentions = "m.mentions"
        case relatesTo = "m.relates_to"
    }
}

extension MessageContent {
    /// The most UTF-8 bytes of text HubBot puts in one message. A Matrix event
    /// is at most 65,536 bytes with its envelope and signatures; a longer
    /// reply is sent as several messages instead of being refused.
    public static let maximumBodyBytes = 24_000

    /// `text` in parts of at most `maxBytes` UTF-8 bytes, cut at line breaks
    /// where it can and between characters where a line is longer.
    public static func split(_ text: String, maxBytes: Int = maximumBodyBytes) -> [String] {
        guard text.utf8.count > maxBytes else { return [text] }
        var parts: [String] = []
        var current = ""
        var currentBytes = 0
        func flush() {
            if !current.isEmpty { parts.append(current) }
            current = ""
            currentBytes = 0
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let piece = (line.offset == 0 ? "" : "\n") + line.element
            let bytes = piece.utf8.count
            if currentBytes + bytes <= maxBytes {
                current += piece
                currentBytes += bytes
                continue
            }
            flush()
            for character in piece.drop(while: { $0 == "\n" }) {
                let size = character.utf8.count
                if currentBytes + size > maxBytes { flush() }
                current.append(character)
                currentBytes += size
            }
        }
        flush()
        return parts
    }
}
