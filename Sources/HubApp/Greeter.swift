import HubCore

/// HubBot's answers until the hub's matchmaking is wired in: joins rooms it
/// is invited to (by allowed people), acknowledges messages addressed to it
/// by name (in a room: in the message's thread, mentioning the person), and
/// says once per room that it cannot read encrypted messages.
public struct Greeter: Responder {
    /// Who may invite HubBot: `*` (anyone), `:server` (anyone on it) or a person's id.
    public var acceptInvitesFrom: [String]
    public var me: PersonID
    let state: any StateStore
    let displayName: @Sendable (PersonID, RoomID) async -> String?

    public init(
        me: PersonID,
        acceptInvitesFrom: [String],
        state: any StateStore,
        displayName: @escaping @Sendable (PersonID, RoomID) async -> String?
    ) {
        self.me = me
        self.acceptInvitesFrom = acceptInvitesFrom
        self.state = state
        self.displayName = displayName
    }

    static let acknowledgement =
        "I've got your message. Matching you with a specialist is still being switched on, "
        + "so I can't introduce you to anyone yet, but nothing you write here is lost."
    static let encryptedNotice =
        "I can't read encrypted messages yet, so I can't see what is written here. "
        + "Please start a direct chat with me with encryption turned off."

    public func respond(to event: ChatEvent) async throws -> [ChatAction] {
        switch event.kind {
        case .invite:
            guard mayInvite(event.sender) else { return [] }
            guard event.isDirect else { return [.join(room: event.room)] }
            try await state.setValue("1", for: Self.directKey(event.room))
            return [.join(room: event.room), .markDirect(room: event.room, with: event.sender)]
        case .message(let text):
            let direct = try await state.value(for: Self.directKey(event.room)) != nil
            guard direct || isAddressed(text) else { return [] }
            let name = await displayName(event.sender, event.room) ?? Self.fallbackName(event.sender)
            return [.send(acknowledgement(to: event, name: name, direct: direct))]
        case .unreadable:
            let key = "\(event.network.rawValue).encrypted-notice.\(event.room)"
            guard try await state.value(for: key) == nil else { return [] }
            try await state.setValue("1", for: key)
            return [.send(ChatMessage(room: event.room, text: Self.encryptedNotice))]
        case .membership, .reaction:
            return []
        }
    }

    /// In a direct chat: a plain reply. In a room: in the thread, mentioning the person.
    func acknowledgement(to event: ChatEvent, name: String, direct: Bool) -> ChatMessage {
        let safeName = HTML.escape(name)
        if direct {
            return ChatMessage(
                room: event.room,
                text: "Thanks, \(name)! \(Self.acknowledgement)",
                html: "Thanks, \(safeName)! \(HTML.escape(Self.acknowledgement))",
                replyTo: event.id
            )
        }
        let pill = "<a href=\"https://matrix.to/#/\(HTML.escape(event.sender.rawValue))\">\(safeName)</a>"
        return ChatMessage(
            room: event.room,
            text: "\(name): thanks! \(Self.acknowledgement)",
            html: "\(pill): thanks! \(HTML.escape(Self.acknowledgement))",
            mentions: [event.sender],
            replyTo: event.id,
            threadRoot: event.id
        )
    }

    func mayInvite(_ person: PersonID) -> Bool {
        acceptInvitesFrom.contains { rule in
            rule == "*" || rule == person.rawValue || (rule.hasPrefix(":") && person.rawValue.hasSuffix(rule))
        }
    }

    /// In a room, a `!command` or a mention of HubBot's id or name.
    func isAddressed(_ text: String) -> Bool {
        let localpart = me.rawValue.dropFirst().prefix { $0 != ":" }.lowercased()
        let lowered = text.lowercased()
        return lowered.hasPrefix("!") || lowered.contains(me.rawValue.lowercased()) || lowered.contains(localpart)
    }

    /// `@carol:example.org` → `carol`, when no display name can be read.
    static func fallbackName(_ person: PersonID) -> String {
        String(person.rawValue.dropFirst().prefix { $0 != ":" })
    }

    static func directKey(_ room: RoomID) -> String { "direct.\(room)" }
}

/// Escaping for text placed in HTML message bodies.
enum HTML {
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
