import Foundation

/// The end-to-end encryption endpoints.
/// See https://spec.matrix.org/latest/client-server-api/#end-to-end-encryption
extension MatrixClient {
    /// `POST /keys/upload`; returns the one-time key counts the homeserver now holds.
    public func uploadKeys(
        deviceKeys: JSONValue?,
        oneTimeKeys: [String: JSONValue],
        fallbackKeys: [String: JSONValue]
    ) async throws -> [String: Int] {
        struct Upload: Encodable {
            var device_keys: JSONValue?
            var one_time_keys: [String: JSONValue]?
            var fallback_keys: [String: JSONValue]?
        }
        struct Uploaded: Decodable { var one_time_key_counts: [String: Int]? }
        let body = Upload(
            device_keys: deviceKeys,
            one_time_keys: oneTimeKeys.isEmpty ? nil : oneTimeKeys,
            fallback_keys: fallbackKeys.isEmpty ? nil : fallbackKeys
        )
        return try await call(.post, "/_matrix/client/v3/keys/upload", body: body, as: Uploaded.self)
            .one_time_key_counts ?? [:]
    }

    /// `POST /keys/query`: the device keys of `users`, user → device id → signed device keys.
    public func queryKeys(_ users: [String]) async throws -> [String: [String: JSONValue]] {
        struct Query: Encodable {
            var device_keys: [String: [String]]
            var timeout = 10_000
        }
        struct Answer: Decodable { var device_keys: [String: [String: JSONValue]]? }
        let body = Query(device_keys: Dictionary(uniqueKeysWithValues: users.map { ($0, []) }))
        return try await call(.post, "/_matrix/client/v3/keys/query", body: body, as: Answer.self).device_keys ?? [:]
    }

    /// `POST /keys/claim`: one `signed_curve25519` one-time key per device; user → device → key id → signed key.
    public func claimKeys(_ devices: [String: [String]]) async throws -> [String: [String: [String: JSONValue]]] {
        struct Claim: Encodable {
            var one_time_keys: [String: [String: String]]
            var timeout = 10_000
        }
        struct Answer: Decodable { var one_time_keys: [String: [String: [String: JSONValue]]]? }
        let wanted = devices.mapValues { ids in Dictionary(uniqueKeysWithValues: ids.map { ($0, "signed_curve25519") })
        }
        return try await call(
            .post,
            "/_matrix/client/v3/keys/claim",
            body: Claim(one_time_keys: wanted),
            as: Answer.self
        ).one_time_keys ?? [:]
    }

    /// `PUT /sendToDevice/{eventType}/{txnId}`: messages for single devices, user → device → content.
    public func sendToDevice(_ type: String, messages: [String: [String: JSONValue]], transactionID: String)
        async throws
    {
        struct Send: Encodable { var messages: [String: [String: JSONValue]] }
        let path =
            "/_matrix/client/v3/sendToDevice/\(Self.encodePathSegment(type))/\(Self.encodePathSegment(transactionID))"
        _ = try await call(.put, path, body: Send(messages: messages), as: Empty.self)
    }

    /// The people who are in `room` or invited to it (`GET /rooms/{roomId}/members`).
    public func membersAndInvitees(of room: String) async throws -> [String] {
        struct Members: Decodable { var chunk: LossyArray<SyncResponse.RoomEvent> }
        let path = "/_matrix/client/v3/rooms/\(Self.encodePathSegment(room))/members"
        let members = try await call(.get, path, query: [("not_membership", "leave")], as: Members.self)
        return members.chunk.elements.compactMap { event in
            guard let person = event.stateKey, ["join", "invite"].contains(event.content?.membership ?? "") else {
                return nil
            }
            return person
        }
    }

    /// The room's `m.room.encryption` algorithm, nil when the room is not encrypted.
    public func encryptionAlgorithm(of room: String) async throws -> String? {
        struct Encryption: Decodable { var algorithm: String? }
        let path = "/_matrix/client/v3/rooms/\(Self.encodePathSegment(room))/state/m.room.encryption/"
        do {
            return try await call(.get, path, as: Encryption.self).algorithm
        } catch let error as MatrixError where error.status == 404 {
            return nil
        }
    }

    /// `PUT /rooms/{roomId}/send/{eventType}/{txnId}` with any content; returns the event id.
    @discardableResult
    public func sendEvent(_ type: String, content: JSONValue, to room: String, transactionID: String)
        async throws -> String
    {
        struct Sent: Decodable { var event_id: String }
        let path =
            "/_matrix/client/v3/rooms/\(Self.encodePathSegment(room))/send/\(Self.encodePathSegment(type))/"
            + Self.encodePathSegment(transactionID)
        return try await call(.put, path, body: content, as: Sent.self).event_id
    }
}
