import Foundation

/// One thing `hubbot chat` shows: a message in a room, or an invitation to one.
public struct ChatLine: Sendable, Encodable, Equatable {
    public enum Kind: String, Sendable, Encodable {
        case message
        case invite
    }

    public var kind: Kind
    public var room: String
    /// The room's name, for rooms other than the direct chat with HubBot.
    public var roomName: String?
    /// True in the direct chat with HubBot.
    public var direct: Bool
    public var sender: String
    public var senderName: String
    public var body: String
    public var eventID: String?
    public var time: Date?

    public init(
        kind: Kind = .message,
        room: String,
        roomName: String? = nil,
        direct: Bool,
        sender: String,
        senderName: String,
        body: String,
        eventID: String? = nil,
        time: Date? = nil
    ) {
        self.kind = kind
        self.room = room
        self.roomName = roomName
        self.direct = direct
        self.sender = sender
        self.senderName = senderName
        self.body = body
        self.eventID = eventID
        self.time = time
    }

    enum CodingKeys: String, CodingKey {
        case kind, room, direct, sender, body, time
        case roomName = "room_name"
        case senderName = "sender_name"
        case eventID = "event_id"
    }

    /// `name: text`, later lines indented under the first; messages in other rooms
    /// start with the room's name in brackets, invitations with `*`.
    public var text: String {
        switch kind {
        case .invite:
            return "* \(senderName) invited you to “\(roomName ?? room)”"
        case .message:
            let place = direct ? "" : "[\(Self.shortened(roomName ?? room))] "
            let head = "\(place)\(senderName): "
            // Under the text when the head is short; a small step in when a room's name makes it long.
            let indent = String(repeating: " ", count: head.count <= 24 ? head.count : 4)
            return head + body.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent)
        }
    }

    /// A room's name cut to 30 characters, so a line keeps room for the message.
    static func shortened(_ name: String) -> String {
        name.count <= 30 ? name : String(name.prefix(29)) + "…"
    }

    /// One line of JSON (keys sorted, time in ISO 8601), for `--format json`.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
