extension MatrixClient {
    /// The account's `m.direct` account data: each person's direct chats (person → room ids).
    /// An account that never had one has none.
    /// See https://spec.matrix.org/latest/client-server-api/#mdirect
    public func directChats(me: String) async throws -> [String: [String]] {
        let path = "/_matrix/client/v3/user/\(Self.encodePathSegment(me))/account_data/m.direct"
        do {
            return try await call(.get, path, as: [String: [String]].self)
        } catch let error as MatrixError where error.status == 404 {
            return [:]
        }
    }

    /// `GET /joined_rooms`: the rooms the account is a member of.
    public func joinedRooms() async throws -> [String] {
        struct Joined: Decodable { var joined_rooms: [String] }
        return try await call(.get, "/_matrix/client/v3/joined_rooms", as: Joined.self).joined_rooms
    }

    /// `GET /rooms/{roomId}/joined_members`: who is in the room now (not who is invited).
    public func joinedMembers(of room: String) async throws -> Set<String> {
        struct Member: Decodable {}
        struct Members: Decodable { var joined: [String: Member] }
        let path = "/_matrix/client/v3/rooms/\(Self.encodePathSegment(room))/joined_members"
        return Set(try await call(.get, path, as: Members.self).joined.keys)
    }

    /// The direct chat between `me` and `person`: one from `m.direct` that both are
    /// still in, else a new one (flagged direct, `person` invited, added to `m.direct`).
    /// Returns the room id and whether the room is new; in a new room `person` may
    /// not have joined yet. A new room is end-to-end encrypted from the start with `encrypted`.
    public func openDirectChat(with person: String, me: String, encrypted: Bool = false) async throws -> (
        room: String, isNew: Bool
    ) {
        let mine = Set(try await joinedRooms())
        for room in (try await directChats(me: me))[person] ?? [] where mine.contains(room) {
            if (try? await joinedMembers(of: room))?.contains(person) == true {
                return (room, false)
            }
        }
        let room = try await createRoom(name: nil, invite: [person], isDirect: true, encrypted: encrypted)
        try await markDirect(room: room, with: person, me: me)
        return (room, true)
    }
}
