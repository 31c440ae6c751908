import HubCore

extension MatrixClient {
    /// Creates a private room for a ``HubCore/RoomPlan``, idempotently: the
    /// room gets the alias `#hubbot-<transactionID>`, so a retry after a crash
    /// finds the room made the first time instead of making a second one.
    /// The first message is sent with a transaction id derived from the same
    /// id, so it appears once too. Returns the room id.
    /// `isDirect` opens a direct chat (flagged for chat apps, invitees as admins like the creator).
    /// `encrypted` turns on end-to-end encryption from the start (`m.room.encryption` in the initial state).
    public func openRoom(
        _ plan: RoomPlan,
        transactionID: String,
        serverName: String,
        isDirect: Bool = false,
        encrypted: Bool = false
    ) async throws -> String {
        struct Create: Encodable {
            var name: String?
            var topic: String?
            var invite: [String]
            var preset: String
            var is_direct: Bool
            var room_alias_name: String
            var initial_state: [JSONValue]?
        }
        struct Created: Decodable { var room_id: String }
        let localAlias = "hubbot-\(transactionID)"
        let body = Create(
            name: plan.name.isEmpty ? nil : plan.name,
            topic: plan.topic,
            invite: plan.invite.map(\.rawValue),
            preset: isDirect ? "trusted_private_chat" : "private_chat",
            is_direct: isDirect,
            room_alias_name: localAlias,
            initial_state: encrypted ? [Self.encryptionState] : nil
        )
        let room: String
        do {
            room = try await call(.post, "/_matrix/client/v3/createRoom", body: body, as: Created.self).room_id
        } catch let error as MatrixError where error.errcode == "M_ROOM_IN_USE" {
            // An earlier try made it (then crashed or timed out), and the homeserver may still be
            // setting it up: be in it before writing, and make sure everyone is invited.
            room = try await resolveAlias("#\(localAlias):\(serverName)")
            try await join(room: room)
            for person in plan.invite { try? await invite(person.rawValue, to: room) }
        }
        if let first = plan.firstMessage {
            try await sendText(first, to: room, transactionID: "\(transactionID).first")
        }
        return room
    }

    /// `GET /directory/room/{roomAlias}`: the room id an alias points to.
    public func resolveAlias(_ alias: String) async throws -> String {
        struct Resolved: Decodable { var room_id: String }
        return try await call(
            .get,
            "/_matrix/client/v3/directory/room/\(Self.encodePathSegment(alias))",
            as: Resolved.self
        )
        .room_id
    }
}
