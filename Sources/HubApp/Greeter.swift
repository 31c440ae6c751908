import HubCore

/// HubBot's answers until the hub's matchmaking is wired in: joins rooms it
/// is invited to (by allowed people), acknowledges messages addressed to it,
/// and says once per room that it cannot read encrypted messages.
public struct Greeter: Responder {
    /// Who may invite HubBot: `*` (anyone), `:server` (anyone on it) or a person's id.
    public var acceptInvitesFrom: [String]
    public var me: PersonID
    let state: any StateStore

    public init(me: PersonID, acceptInvitesFrom: [String], state: any StateStore) {
        self.me = me
        self.acceptInvitesFrom = acceptInvitesFrom
        self.state = state
    }

    static let acknowledgement =
        "Thanks, I've got your message. Matching you with a specialist is still being switched on, "
        + "so I can't introduce you to anyone yet, but nothing you write here is lost."
    static let encryptedNotice =
        "I can't read encrypted messages yet, so I can't see what is written here. "
        + "Please start a direct chat with me with encryption turned off."

    public func respond(to event: ChatEvent) async throws -> [ChatAction] {
        switch event.kind {
        case .invite:
            guard mayInvite(event.sender) else { return [] }
            if event.isDirect { try await state.setValue("1", for: Self.directKey(event.room)) }
            return [.join(room: event.room)]
        case .message(let text):
            guard try await isAddressed(text, in: event.room) else { return [] }
            let reply = ChatMessage(room: event.room, text: Self.acknowledgement, replyTo: event.id)
            return [.send(reply)]
        case .unreadable:
            let key = "\(event.network.rawValue).encrypted-notice.\(event.room)"
            guard try await state.value(for: key) == nil else { return [] }
            try await state.setValue("1", for: key)
            return [.send(ChatMessage(room: event.room, text: Self.encryptedNotice))]
        case .membership, .reaction:
            return []
        }
    }

    func mayInvite(_ person: PersonID) -> Bool {
        acceptInvitesFrom.contains { rule in
            rule == "*" || rule == person.rawValue || (rule.hasPrefix(":") && person.rawValue.hasSuffix(rule))
        }
    }

    /// In a direct chat everything is for HubBot; in a room, a `!command` or a mention.
    private func isAddressed(_ text: String, in room: RoomID) async throws -> Bool {
        if try await state.value(for: Self.directKey(room)) != nil { return true }
        let localpart = me.rawValue.dropFirst().prefix { $0 != ":" }.lowercased()
        let lowered = text.lowercased()
        return lowered.hasPrefix("!") || lowered.contains(me.rawValue.lowercased()) || lowered.contains(localpart)
    }

    static func directKey(_ room: RoomID) -> String { "direct.\(room)" }
}
