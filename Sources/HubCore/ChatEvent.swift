import Foundation

/// Something that happened in chat and may concern HubBot, as a transport
/// reports it. The `id` is unique per network and is the key that makes
/// processing idempotent: the same event twice is handled once.
public struct ChatEvent: Sendable, Hashable, Codable {
    public enum Kind: Sendable, Hashable, Codable {
        /// A plain text message.
        case message(text: String)
        /// HubBot was invited to a room.
        case invite
        /// The sender joined or left the room.
        case membership(joined: Bool)
        /// A reaction (such as ✅) to an earlier event.
        case reaction(key: String, to: String)
        /// A message HubBot cannot read: an encrypted room while HubBot's encryption is off.
        case unreadable(reason: String)
        /// An encrypted message whose key never reached HubBot (asked for, and waited for);
        /// the event's id is `undecryptable:` and the message's own id.
        case undecryptable
        /// HubBot's own timer: the offers of a request expire now (never from the network).
        case offerDeadline(request: Int, expires: Date)
        /// HubBot's own timer: a day after an introduction, ask the colleague whether they met.
        case followUpDue(request: Int)
        /// News from the ticket system about a fault (never from the chat network).
        case ticketNews(TicketNews)
        /// The tag config was reloaded (or refused); admins hear it.
        case configReload(ok: Bool, message: String)
        /// HubBot's own weekly timer: post the digest of `[since, until)` (never from the network).
        case digestDue(since: Date, until: Date)
        /// The chat server refused a message for good (too large, no permission…) and it was given up;
        /// admins hear where it was going and why (never from the network).
        case deliveryFailed(room: RoomID, reason: String, beginning: String)
        /// The app tried an admin's tag edit (see ``TagEditRequest``): written, or refused and why.
        case tagEditResult(audit: Int, ok: Bool, message: String)
        /// A message for this person waits because the network does not see them now (on IRC:
        /// nobody is logged in as their account); sent once when the wait begins (never from the network).
        case recipientAway(PersonID)
        /// The server's answer to HubBot's invitation of `person` to `room`: nil when they were
        /// invited (or were there already), else the server's reason (never from the network).
        case inviteAnswered(room: RoomID, person: PersonID, refusal: String?)
        /// An admin's bulk import of specialists (`hubbot specialists import --apply`; never from the network).
        case specialistImport(SpecialistImport)
    }

    public var id: String
    public var network: ChatNetwork
    public var room: RoomID
    public var sender: PersonID
    public var kind: Kind
    /// When the network says it was sent.
    public var sentAt: Date
    /// True in a room with exactly HubBot and the sender.
    public var isDirect: Bool

    public init(
        id: String,
        network: ChatNetwork,
        room: RoomID,
        sender: PersonID,
        kind: Kind,
        sentAt: Date,
        isDirect: Bool = false
    ) {
        self.id = id
        self.network = network
        self.room = room
        self.sender = sender
        self.kind = kind
        self.sentAt = sentAt
        self.isDirect = isDirect
    }
}

/// What happened to a fault in the ticket system.
public struct TicketNews: Sendable, Hashable, Codable {
    public enum Change: Sendable, Hashable, Codable {
        /// A ticket was created for it.
        case filed(TicketReceipt)
        /// It was added to the ticket of the first report of the same fault.
        case addedTo(TicketReceipt)
        /// Delivery gave up; the reason is for admins.
        case failed(reason: String)
        /// The ticket was closed.
        case fixed
    }

    public var faultID: String
    public var change: Change

    public init(faultID: String, change: Change) {
        self.faultID = faultID
        self.change = change
    }

    /// The inbox event carrying this news, with an id that makes it count once.
    public func event(network: ChatNetwork, me: PersonID, at date: Date) -> ChatEvent {
        let label: String =
            switch change {
            case .filed: "filed"
            case .addedTo: "added"
            case .failed: "failed"
            case .fixed: "fixed"
            }
        return ChatEvent(
            id: "ticket:\(faultID):\(label)",
            network: network,
            room: RoomID("hubbot:tickets"),
            sender: me,
            kind: .ticketNews(self),
            sentAt: date
        )
    }
}

extension ChatEvent {
    /// An event HubBot raises itself (`config`, `digest`…), never one from the network:
    /// its room and sender are `hubbot:<source>`, which no chat id can be.
    public static func own(
        _ source: String,
        id: String,
        kind: Kind,
        network: ChatNetwork,
        at date: Date
    ) -> ChatEvent {
        ChatEvent(
            id: id,
            network: network,
            room: RoomID("hubbot:\(source)"),
            sender: PersonID("hubbot:\(source)"),
            kind: kind,
            sentAt: date
        )
    }
}
