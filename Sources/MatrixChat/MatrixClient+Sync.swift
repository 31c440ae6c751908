import CurlHTTP
import Foundation

extension MatrixClient {
    /// The inline filter for HubBot's `/sync`: no presence, lazy-loaded members,
    /// and a timeline long enough for a busy room between two polls.
    /// See https://spec.matrix.org/latest/client-server-api/#filtering
    public static let syncFilter = syncFilter(nonce: nil)

    /// ``syncFilter``, made unique with `nonce` when given (an account data type nobody
    /// uses). Synapse keeps each `/sync` answer for a while and gives it again for the
    /// same request (`caches.sync_response_cache_duration`, 2 minutes by default): after a
    /// restart on a lost or restored database, asking with the stored filter would be
    /// given what an earlier HubBot was given then.
    public static func syncFilter(nonce: String?) -> String {
        let unused = nonce.map { #","not_types":["hubbot.fresh.\#($0)"]"# } ?? ""
        return #"{"presence":{"types":[]},"account_data":{"types":[]\#(unused)},"#
            + #""room":{"state":{"lazy_load_members":true},"ephemeral":{"types":[]},"timeline":{"limit":50}}}"#
    }

    /// `GET /sync`. With a `since` token the server holds the request up to
    /// `timeout` when nothing is new; the HTTP timeout is set 15 s above it.
    public func sync(since: String?, timeout: Duration, filter: String = syncFilter) async throws -> SyncResponse {
        var query: [(String, String)] = [("filter", filter), ("timeout", String(timeout.nanoseconds / 1_000_000))]
        if let since { query.append(("since", since)) }
        return try await call(
            .get,
            "/_matrix/client/v3/sync",
            query: query,
            timeout: timeout + .seconds(15),
            as: SyncResponse.self
        )
    }

    /// `GET /user/{userId}/account_data/{type}`; nil when the account has none of that type.
    public func accountData<Value: Decodable>(_ type: String, of userID: String, as: Value.Type) async throws
        -> Value?
    {
        let path =
            "/_matrix/client/v3/user/\(Self.encodePathSegment(userID))/account_data/\(Self.encodePathSegment(type))"
        do {
            return try await call(.get, path, as: Value.self)
        } catch let error as MatrixError where error.status == 404 {
            return nil
        }
    }

    /// `PUT /user/{userId}/account_data/{type}`.
    public func setAccountData(_ type: String, of userID: String, to value: some Encodable) async throws {
        let path =
            "/_matrix/client/v3/user/\(Self.encodePathSegment(userID))/account_data/\(Self.encodePathSegment(type))"
        _ = try await call(.put, path, body: value, as: Empty.self)
    }

    /// `POST /join/{roomIdOrAlias}`; returns the room id.
    @discardableResult
    public func join(room: String) async throws -> String {
        struct Joined: Decodable { var room_id: String }
        let path = "/_matrix/client/v3/join/\(Self.encodePathSegment(room))"
        return try await call(.post, path, body: Empty(), as: Joined.self).room_id
    }

    /// Adds the room to HubBot's `m.direct` account data (person → rooms), so
    /// chat apps show it as a direct chat. Doing it twice changes nothing.
    /// See https://spec.matrix.org/latest/client-server-api/#mdirect
    public func markDirect(room: String, with person: String, me: String) async throws {
        let path = "/_matrix/client/v3/user/\(Self.encodePathSegment(me))/account_data/m.direct"
        var direct = try await directChats(me: me)
        guard !(direct[person] ?? []).contains(room) else { return }
        direct[person, default: []].append(room)
        struct Done: Decodable {}
        _ = try await call(.put, path, body: direct, as: Done.self)
    }

    /// `POST /rooms/{roomId}/invite`. Inviting someone already in the room is not an error.
    public func invite(_ person: String, to room: String) async throws {
        struct Invite: Encodable { var user_id: String }
        struct Invited: Decodable {}
        do {
            _ = try await call(
                .post,
                "/_matrix/client/v3/rooms/\(Self.encodePathSegment(room))/invite",
                body: Invite(user_id: person),
                as: Invited.self
            )
        } catch let error as MatrixError where error.status == 403 && error.message.contains("already in the room") {
            return
        }
    }

    /// `POST /rooms/{roomId}/leave`.
    public func leave(room: String) async throws {
        struct Left: Decodable {}
        _ = try await call(
            .post,
            "/_matrix/client/v3/rooms/\(Self.encodePathSegment(room))/leave",
            body: Empty(),
            as: Left.self
        )
    }

    /// `PUT /rooms/{roomId}/send/m.reaction/{txnId}`: an annotation such as ✅ on an event.
    @discardableResult
    public func react(_ key: String, to eventID: String, in room: String, transactionID: String) async throws -> String
    {
        try await sendEvent(
            "m.reaction",
            content: Self.reaction(key, to: eventID),
            to: room,
            transactionID: transactionID
        )
    }

    /// The content of an `m.reaction` annotating `eventID` with `key`.
    public static func reaction(_ key: String, to eventID: String) -> JSONValue {
        .object([
            "m.relates_to": .object([
                "rel_type": .string("m.annotation"), "event_id": .string(eventID), "key": .string(key),
            ])
        ])
    }

    /// `GET /profile/{userId}`: true when the account exists, false when the homeserver
    /// says there is no such user (404), nil when it cannot tell (another server, an error).
    public func accountExists(_ userID: String) async -> Bool? {
        struct Profile: Decodable {}
        do {
            _ = try await call(.get, "/_matrix/client/v3/profile/\(Self.encodePathSegment(userID))", as: Profile.self)
            return true
        } catch let error as MatrixError where error.status == 404 {
            return false
        } catch {
            return nil
        }
    }

    /// The person's display name in the room (their member event), else their
    /// global profile name, else nil.
    public func displayName(of userID: String, in room: String) async throws -> String? {
        struct Member: Decodable { var displayname: String? }
        let memberPath =
            "/_matrix/client/v3/rooms/\(Self.encodePathSegment(room))/state/m.room.member/\(Self.encodePathSegment(userID))"
        if let name = try? await call(.get, memberPath, as: Member.self).displayname, !name.isEmpty {
            return name
        }
        let profilePath = "/_matrix/client/v3/profile/\(Self.encodePathSegment(userID))/displayname"
        return try await call(.get, profilePath, as: Member.self).displayname
    }

    /// `POST /createRoom` for a private room with the given people invited; returns the room id.
    /// `encrypted` turns on end-to-end encryption from the start.
    public func createRoom(name: String?, invite: [String], isDirect: Bool = false, encrypted: Bool = false)
        async throws -> String
    {
        struct Create: Encodable {
            var name: String?
            var invite: [String]
            var is_direct: Bool
            var preset = "private_chat"
            var initial_state: [JSONValue]?
        }
        struct Created: Decodable { var room_id: String }
        let body = Create(
            name: name,
            invite: invite,
            is_direct: isDirect,
            initial_state: encrypted ? [Self.encryptionState] : nil
        )
        return try await call(.post, "/_matrix/client/v3/createRoom", body: body, as: Created.self).room_id
    }

    /// The `m.room.encryption` state event of a room encrypted with Megolm.
    static let encryptionState: JSONValue = .object([
        "type": .string("m.room.encryption"), "state_key": .string(""),
        "content": .object(["algorithm": .string("m.megolm.v1.aes-sha2")]),
    ])

    /// `PUT /rooms/{roomId}/send/m.room.message/{txnId}` with a plain text body.
    /// The same `transactionID` sent twice creates one event, which makes retries safe.
    @discardableResult
    public func sendText(_ text: String, to room: String, transactionID: String, notice: Bool = true) async throws
        -> String
    {
        try await send(MessageContent(text: text, notice: notice), to: room, transactionID: transactionID)
    }

    /// `PUT /rooms/{roomId}/send/m.room.message/{txnId}`; returns the event id.
    /// See https://spec.matrix.org/latest/client-server-api/#put_matrixclientv3roomsroomidsendeventtypetxnid
    @discardableResult
    public func send(_ content: MessageContent, to room: String, transactionID: String) async throws -> String {
        struct Sent: Decodable { var event_id: String }
        let path =
            "/_matrix/client/v3/rooms/\(Self.encodePathSegment(room))/send/m.room.message/"
            + Self.encodePathSegment(transactionID)
        return try await call(.put, path, body: content, as: Sent.self).event_id
    }

    /// `GET /rooms/{roomId}/messages`, newest first: a room's recent events.
    public func recentEvents(in room: String, limit: Int = 100) async throws -> [SyncResponse.RoomEvent] {
        struct Page: Decodable { var chunk: LossyArray<SyncResponse.RoomEvent> }
        let path = "/_matrix/client/v3/rooms/\(Self.encodePathSegment(room))/messages"
        return try await call(.get, path, query: [("dir", "b"), ("limit", String(limit))], as: Page.self).chunk.elements
    }

    /// One page of `GET /rooms/{roomId}/messages` going back in time from
    /// `from`, stopping at `to` (a sync token), newest first; `end` is where the next
    /// page starts, nil once `to` (or the room's start) is reached.
    /// See https://spec.matrix.org/latest/client-server-api/#get_matrixclientv3roomsroomidmessages
    public func eventsBefore(_ from: String, until to: String, in room: String, limit: Int = 100) async throws -> (
        events: LossyArray<SyncResponse.RoomEvent>, end: String?
    ) {
        struct Page: Decodable {
            var chunk: LossyArray<SyncResponse.RoomEvent>
            var end: String?
        }
        let path = "/_matrix/client/v3/rooms/\(Self.encodePathSegment(room))/messages"
        let query = [("dir", "b"), ("from", from), ("to", to), ("limit", String(limit))]
        let page = try await call(.get, path, query: query, as: Page.self)
        return (page.chunk, page.end)
    }

    /// `POST /user/{userId}/filter`: stores a filter on the server; returns its id.
    public func createFilter(_ filterJSON: String, for userID: String) async throws -> String {
        struct Created: Decodable { var filter_id: String }
        let url = homeserver + "/_matrix/client/v3/user/\(Self.encodePathSegment(userID))/filter"
        var request = HTTPRequest(method: .post, url: url, headers: ["Content-Type": "application/json"])
        request.body = Data(filterJSON.utf8)
        if let accessToken { request.headers.add(name: "Authorization", value: "Bearer \(accessToken)") }
        let response = try await http.execute(request)
        guard response.isSuccess else { throw Self.error(from: response, operation: "POST /user/{userId}/filter") }
        return try response.decode(Created.self).filter_id
    }
}
