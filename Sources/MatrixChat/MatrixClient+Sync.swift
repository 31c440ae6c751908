import CurlHTTP

extension MatrixClient {
    /// The inline filter for HubBot's `/sync`: no presence, lazy-loaded members,
    /// and a timeline long enough for a busy room between two polls.
    /// See https://spec.matrix.org/latest/client-server-api/#filtering
    public static let syncFilter =
        #"{"presence":{"types":[]},"account_data":{"types":[]},"room":{"state":{"lazy_load_members":true},"#
        + #""ephemeral":{"types":[]},"timeline":{"limit":50}}}"#

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

    /// `POST /join/{roomIdOrAlias}`; returns the room id.
    @discardableResult
    public func join(room: String) async throws -> String {
        struct Joined: Decodable { var room_id: String }
        let path = "/_matrix/client/v3/join/\(Self.encodePathSegment(room))"
        return try await call(.post, path, body: Empty(), as: Joined.self).room_id
    }

    /// `POST /createRoom` for a private room with the given people invited; returns the room id.
    public func createRoom(name: String?, invite: [String], isDirect: Bool = false) async throws -> String {
        struct Create: Encodable {
            var name: String?
            var invite: [String]
            var is_direct: Bool
            var preset = "private_chat"
        }
        struct Created: Decodable { var room_id: String }
        let body = Create(name: name, invite: invite, is_direct: isDirect)
        return try await call(.post, "/_matrix/client/v3/createRoom", body: body, as: Created.self).room_id
    }

    /// `PUT /rooms/{roomId}/send/m.room.message/{txnId}`. The same `transactionID`
    /// sent twice creates one event, which makes retries safe.
    @discardableResult
    public func sendText(_ text: String, to room: String, transactionID: String, notice: Bool = true) async throws
        -> String
    {
        struct Message: Encodable {
            var msgtype: String
            var body: String
        }
        struct Sent: Decodable { var event_id: String }
        let path =
            "/_matrix/client/v3/rooms/\(Self.encodePathSegment(room))/send/m.room.message/"
            + Self.encodePathSegment(transactionID)
        let body = Message(msgtype: notice ? "m.notice" : "m.text", body: text)
        return try await call(.put, path, body: body, as: Sent.self).event_id
    }
}
