import Foundation

/// A colleague's request to the hub, from the question to the rating.
public struct HubRequest: Sendable, Hashable, Codable {
    public enum Phase: Sendable, Hashable, Codable {
        /// The colleague was shown a shortlist and may pick one, or "anyone".
        case choosing
        /// The message was unclear; the colleague was offered these guesses.
        case clarifying(guesses: [String])
        /// Offers are under way or done: see `flow`.
        case offering
        /// Withdrawn before anyone was asked.
        case withdrawn
        /// Nobody holds the tags at all: unmet demand.
        case unmet
    }

    public var id: Int
    public var requester: PersonID
    public var requesterName: String
    /// Where it was asked, and the message that asked it.
    public var room: RoomID
    public var eventID: String
    public var inDirectChat: Bool
    public var text: String
    public var tags: [String]
    public var createdAt: Date
    public var phase: Phase
    public var shortlist: [PersonID] = []
    public var flow: OfferFlow?
    public var acceptedAt: Date?
    /// When HubBot asked the colleague whether they met (once, a day after the introduction).
    public var followedUpAt: Date?
    public var closedAt: Date?
    public var rating: Int?
    public var comment: String?
    /// Why nobody could take it, when nobody could: the gaps the hub's leads see in reports.
    /// Absent in records written before HubBot kept it (see ``HubReport`` for how those count).
    public var unmet: UnmetDemand?

    /// Still needs something from someone (a pick, an answer, a conversation to end).
    public var isOpen: Bool {
        switch phase {
        case .choosing, .clarifying: true
        case .offering: !(flow?.isClosed ?? true)
        case .withdrawn, .unmet: false
        }
    }

    /// The tags as colleagues read them: `#statistics #r`.
    public var tagList: String { tags.map { "#\($0)" }.joined(separator: " ") }

    /// The question as quoted to others (in offers, in a fallback room): whole when it is short,
    /// else its first `limit` characters and where to read the rest. A 60 KB paste would be
    /// refused by the chat server and lose the offer with it.
    public func quote(limit: Int = 300) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit).trimmingSuffix(while: \.isWhitespace)
        // A link to a Matrix room message; in a direct chat only its two people could follow it.
        if !inDirectChat, room.rawValue.hasPrefix("!"), eventID.hasPrefix("$") {
            return "\(cut)… (shortened; the whole message: https://matrix.to/#/\(room)/\(eventID))"
        }
        return "\(cut)… (shortened from \(text.count) characters)"
    }

    /// The question as quoted to others, in the listener's words (see ``quote(limit:)``).
    public func quoted(limit: Int = 300) -> MessageValue {
        guard text.count > limit else { return .phrase(Said(.quoteWhole, ["quote": .quote(text)])) }
        let cut = String(text.prefix(limit).trimmingSuffix(while: \.isWhitespace))
        if !inDirectChat, room.rawValue.hasPrefix("!"), eventID.hasPrefix("$") {
            return .phrase(
                Said(
                    .quoteShortenedLink,
                    ["quote": .quote(cut + "…"), "url": "https://matrix.to/#/\(room)/\(eventID)"]
                )
            )
        }
        return .phrase(Said(.quoteShortened, ["quote": .quote(cut + "…"), "count": .number(text.count)]))
    }

    /// The request's tags as hashtags, for messages.
    var tagValue: MessageValue { .text(tagList) }

    /// The question shortened for a room name or a list line.
    public var summary: String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= 60 ? flat : String(flat.prefix(57)) + "…"
    }
}

/// Why a request found nobody: the demand the hub does not meet yet.
public enum UnmetDemand: String, Sendable, Hashable, Codable, CaseIterable {
    /// Nobody offers the tags (nor a neighbouring one) at all.
    case noSpecialist = "no-specialist"
    /// People offer the tags, but none was free, or none took it in time.
    case nobodyFree = "nobody-free"
}

/// What HubBot remembers about a person, colleague or specialist.
public struct PersonRecord: Sendable, Hashable, Codable {
    /// What HubBot last asked the person and is waiting for.
    public enum Awaiting: Sendable, Hashable, Codable {
        case pick(request: Int)
        case clarification(request: Int)
        case rating(request: Int)
    }

    public var id: PersonID
    public var displayName: String
    /// HubBot's direct chat with them, once known.
    public var directRoom: RoomID?
    /// HubBot's latest question to them that is still unanswered.
    public var awaiting: Awaiting?
    /// Earlier questions still unanswered, oldest first (a rating asked before a new
    /// shortlist): an answer that does not fit the latest is matched against these.
    public var earlier: [Awaiting]?
    /// After an unanswered offer they are left alone until then.
    public var notAnsweringUntil: Date?
    /// When offers were made to them (the last week): fairness spreads offers.
    public var offeredAt: [Date] = []
    /// The language they chose with `!language` (`de`); nil: as they write.
    public var chosenLanguage: String?
    /// The language of their latest sentence long enough to tell, among those HubBot speaks.
    public var writtenLanguage: String?

    /// Every unanswered question, newest first.
    public var pending: [Awaiting] { (awaiting.map { [$0] } ?? []) + (earlier ?? []).reversed() }

    /// HubBot asks `question`; an earlier unanswered one stays pending (at most five are kept).
    public mutating func ask(_ question: Awaiting) {
        if let current = awaiting, current != question {
            var older = (earlier ?? []).filter { $0 != current && $0 != question }
            older.append(current)
            earlier = Array(older.suffix(5))
        }
        awaiting = question
    }

    /// `question` is answered or moot: it leaves the pending ones, and the newest earlier one
    /// becomes the latest again.
    public mutating func settle(_ question: Awaiting) {
        var older = (earlier ?? []).filter { $0 != question }
        if awaiting == question { awaiting = older.popLast() }
        earlier = older.isEmpty ? nil : older
    }

    public init(id: PersonID, displayName: String) {
        self.id = id
        self.displayName = displayName
    }
}

/// A room HubBot is in, and what it knows about it.
public struct RoomRecord: Sendable, Hashable, Codable {
    public var id: RoomID
    /// HubBot's direct chat with this person.
    public var directWith: PersonID?
    /// HubBot said once that it cannot read this room's encrypted messages.
    public var toldEncrypted = false

    public init(id: RoomID, directWith: PersonID? = nil) {
        self.id = id
        self.directWith = directWith
    }
}

/// An everyday IT fault, recorded for the ticket system before the person is told.
public struct HygieneFault: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable {
        /// Waiting to be delivered (or, when grouped, added to the first report's ticket).
        case reported
        /// The ticket system has it.
        case filed
        /// Delivery gave up; admins were told.
        case failed
        /// The ticket was closed.
        case fixed
    }

    /// Stable across retries: the ticket system's idempotency key.
    public var id: String
    public var network: ChatNetwork
    public var reporter: PersonID
    public var reporterName: String
    public var room: RoomID
    public var eventID: String
    public var text: String
    public var category: String
    public var route: String
    public var priority: String
    public var reportedAt: Date
    /// The first report of the same fault, when this one was grouped with it.
    public var groupedInto: String?
    public var state: State = .reported
    public var ticket: TicketReceipt?
    /// When the ticket system confirmed it (the ticket news was stored); absent in older records.
    public var filedAt: Date?

    public init(
        id: String,
        network: ChatNetwork,
        reporter: PersonID,
        reporterName: String,
        room: RoomID,
        eventID: String,
        text: String,
        category: String,
        route: String,
        priority: String,
        reportedAt: Date,
        groupedInto: String? = nil
    ) {
        self.id = id
        self.network = network
        self.reporter = reporter
        self.reporterName = reporterName
        self.room = room
        self.eventID = eventID
        self.text = text
        self.category = category
        self.route = route
        self.priority = priority
        self.reportedAt = reportedAt
        self.groupedInto = groupedInto
    }
}

/// A record the hub changed while handling one input, to store in the same
/// transaction as the input's outgoing actions.
public enum HubRecord: Sendable, Hashable {
    case request(HubRequest)
    case person(PersonRecord)
    case specialist(Specialist)
    case room(RoomRecord)
    case fault(HygieneFault)
    /// An admin change asked for in chat, for `!audit`.
    case audit(AuditEntry)
    /// A sentence triage learned from the hub.
    case example(LearnedExample)

    /// The table-like kind and the key within it.
    public var kind: String {
        switch self {
        case .request: "request"
        case .person: "person"
        case .specialist: "specialist"
        case .room: "room"
        case .fault: "fault"
        case .audit: "audit"
        case .example: "example"
        }
    }

    public var key: String {
        switch self {
        case .request(let request): String(request.id)
        case .person(let person): person.id.rawValue
        case .specialist(let specialist): specialist.id.rawValue
        case .room(let room): room.id.rawValue
        case .fault(let fault): fault.id
        case .audit(let entry): String(entry.id)
        case .example(let example): String(example.id)
        }
    }
}

extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }
}
