/// Something HubBot does in chat: a durable, retryable unit in the chat outbox.
public enum ChatAction: Sendable, Hashable, Codable {
    case send(ChatMessage)
    case join(room: RoomID)
    case leave(room: RoomID)
    /// A reaction (such as ✅) to an event, e.g. to show an offer was taken.
    case react(room: RoomID, to: String, key: String)
    /// Records the room as HubBot's direct chat with the person, so chat apps list it as one.
    case markDirect(room: RoomID, with: PersonID)
    /// Opens a private room with people invited and a first message, e.g. to
    /// introduce a colleague to a specialist. `origin` is where it was asked for.
    case openRoom(RoomPlan, origin: RoomID)
    /// A private message to a person, in HubBot's direct chat with them
    /// (which the transport opens first when there is none yet).
    case sendDirect(DirectMessage)
    /// Invites people into a room or channel HubBot is in (a meeting channel on IRC).
    case invite(room: RoomID, people: [PersonID])

    /// What a message is about (`offer:12`), so reactions to it can be understood.
    public var correlation: String? {
        switch self {
        case .send(let message): message.correlation
        case .sendDirect(let message): message.correlation
        default: nil
        }
    }

    /// The room the action happens in; actions in one room keep their order.
    public var room: RoomID {
        switch self {
        case .send(let message): message.room
        case .join(let room), .leave(let room), .markDirect(let room, _): room
        case .react(let room, _, _): room
        case .invite(let room, _): room
        case .openRoom(_, let origin): origin
        case .sendDirect(let message): RoomID("direct:\(message.to)")
        }
    }
}

/// A message from HubBot. Sent as a notice; `html`, when given, is the rich
/// form of `text` (which stays the plain fallback).
public struct ChatMessage: Sendable, Hashable, Codable {
    public var room: RoomID
    public var text: String
    public var html: String?
    /// People the message mentions (notified, and shown as pills).
    public var mentions: [PersonID]
    /// The event this message answers.
    public var replyTo: String?
    /// The first event of the thread this message belongs in (in busy rooms,
    /// so a conversation does not scatter); nil for the main timeline.
    public var threadRoot: String?
    /// What the message is about (`rating:12`), so a reaction to it can be understood.
    public var correlation: String?
    /// The catalogue messages it says (`offer.sent`): every word HubBot says comes from one.
    public var catalogue: [String]?

    public init(
        room: RoomID,
        text: String,
        html: String? = nil,
        mentions: [PersonID] = [],
        replyTo: String? = nil,
        threadRoot: String? = nil,
        correlation: String? = nil,
        catalogue: [MessageID]? = nil
    ) {
        self.correlation = correlation
        self.catalogue = catalogue?.map(\.rawValue)
        self.room = room
        self.text = text
        self.html = html
        self.mentions = mentions
        self.replyTo = replyTo
        self.threadRoot = threadRoot
    }
}

/// A message to one person in private, such as an offer.
public struct DirectMessage: Sendable, Hashable, Codable {
    public var to: PersonID
    public var text: String
    public var html: String?
    /// What the message is about (`offer:12`), so a reaction to it can be understood.
    public var correlation: String?
    /// The catalogue messages it says.
    public var catalogue: [String]?

    public init(
        to: PersonID,
        text: String,
        html: String? = nil,
        correlation: String? = nil,
        catalogue: [MessageID]? = nil
    ) {
        self.catalogue = catalogue?.map(\.rawValue)
        self.to = to
        self.text = text
        self.html = html
        self.correlation = correlation
    }
}

/// Why an action could not be performed, and what the sender should do about it.
public struct ChatActionFailure: Error, Sendable, CustomStringConvertible {
    public enum Disposition: Sendable, Equatable {
        /// Try again later: after the given delay, or with backoff when nil.
        case retry(after: Duration?)
        /// Retrying cannot help (the room is gone, HubBot was kicked…): give up on this action.
        case drop
        /// Nothing can work until an operator acts (credentials revoked): stop sending.
        case stop
    }

    public var disposition: Disposition
    public var message: String

    public init(_ disposition: Disposition, _ message: String) {
        self.disposition = disposition
        self.message = message
    }

    public var description: String { message }
}

/// A room HubBot opens for people to meet.
public struct RoomPlan: Sendable, Hashable, Codable {
    public var name: String
    public var topic: String?
    public var invite: [PersonID]
    /// Posted by HubBot as the room's first message (the original question, say).
    public var firstMessage: String?

    public init(name: String, topic: String? = nil, invite: [PersonID], firstMessage: String? = nil) {
        self.name = name
        self.topic = topic
        self.invite = invite
        self.firstMessage = firstMessage
    }
}
