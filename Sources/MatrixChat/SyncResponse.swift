import Foundation

/// The parts of a `/sync` answer HubBot reads.
/// See https://spec.matrix.org/latest/client-server-api/#get_matrixclientv3sync
public struct SyncResponse: Decodable, Sendable {
    public var nextBatch: String
    public var rooms: Rooms?
    /// Messages sent to HubBot's device (room keys, encrypted with Olm).
    public var toDevice: ToDevice?
    /// Whose devices changed since the last batch (end-to-end encryption).
    public var deviceLists: DeviceLists?
    /// How many of HubBot's one-time keys the homeserver still holds, by algorithm.
    public var oneTimeKeyCounts: [String: Int]?
    /// The fallback key algorithms still unused; nil when the homeserver does not say.
    public var unusedFallbackKeyTypes: [String]?

    public struct ToDevice: Decodable, Sendable {
        public var events: LossyArray<ToDeviceEvent>?
    }

    public struct ToDeviceEvent: Decodable, Sendable {
        public var type: String
        public var sender: String
        public var content: OlmContent?
    }

    /// The content of an Olm-encrypted to-device message.
    public struct OlmContent: Decodable, Sendable {
        public var algorithm: String?
        public var senderKey: String?
        /// Recipient Curve25519 key → the message for that device.
        public var ciphertext: [String: OlmCiphertext]?

        public struct OlmCiphertext: Decodable, Sendable {
            public var type: Int
            public var body: String
        }

        enum CodingKeys: String, CodingKey {
            case algorithm, ciphertext
            case senderKey = "sender_key"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            var broken: [String] = []
            algorithm = container.lenient(.algorithm, broken: &broken)
            senderKey = container.lenient(.senderKey, broken: &broken)
            ciphertext = container.lenient(.ciphertext, broken: &broken)
        }
    }

    public struct DeviceLists: Decodable, Sendable {
        public var changed: [String]?
        public var left: [String]?
    }

    public struct Rooms: Decodable, Sendable {
        public var join: [String: JoinedRoom]?
        public var invite: [String: InvitedRoom]?
    }

    public struct JoinedRoom: Decodable, Sendable {
        public var timeline: Timeline?
        /// State from before the timeline (the first sync, or a gap): read for `m.room.encryption`.
        public var state: StrippedState?
    }

    public struct InvitedRoom: Decodable, Sendable {
        public var inviteState: StrippedState?

        enum CodingKeys: String, CodingKey { case inviteState = "invite_state" }
    }

    public struct StrippedState: Decodable, Sendable {
        public var events: LossyArray<RoomEvent>?
    }

    public struct Timeline: Decodable, Sendable {
        public var events: LossyArray<RoomEvent>?
        /// True when events between the last batch and these were left out (a gap).
        public var limited: Bool?
        /// Where to page back from (`/messages` with `dir=b`) to fill the gap.
        public var prevBatch: String?

        enum CodingKeys: String, CodingKey {
            case events, limited
            case prevBatch = "prev_batch"
        }
    }

    /// A room event with the content fields HubBot uses; unknown fields are ignored.
    public struct RoomEvent: Decodable, Sendable {
        public var type: String
        public var eventID: String?
        public var sender: String
        public var stateKey: String?
        public var originServerTS: Int64?
        public var content: Content?
        public var unsigned: Unsigned?

        enum CodingKeys: String, CodingKey {
            case type, sender, content, unsigned
            case eventID = "event_id"
            case stateKey = "state_key"
            case originServerTS = "origin_server_ts"
        }

        /// Only `type` and `sender` must be readable; any other field that is
        /// not is left out (and counted in ``malformedFields``), so one broken
        /// field from another client never hides the message it came with.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = try container.decode(String.self, forKey: .type)
            sender = try container.decode(String.self, forKey: .sender)
            var broken: [String] = []
            eventID = container.lenient(.eventID, broken: &broken)
            stateKey = container.lenient(.stateKey, broken: &broken)
            originServerTS = container.lenient(.originServerTS, broken: &broken)
            content = container.lenient(.content, broken: &broken)
            unsigned = container.lenient(.unsigned, broken: &broken)
            malformedFields = broken + (content?.malformedFields ?? []).map { "content.\($0)" }
        }

        /// Fields that were present but could not be read, by name.
        public var malformedFields: [String] = []
    }

    public struct Content: Decodable, Sendable {
        public var msgtype: String?
        public var body: String?
        /// The HTML form of `body` (`format: org.matrix.custom.html`), when the sender gave one.
        public var formattedBody: String?
        public var membership: String?
        public var isDirect: Bool?
        public var displayname: String?
        /// The room's name, in an `m.room.name` state event.
        public var name: String?
        public var relatesTo: Relation?
        public var mentions: MentionList?
        /// `m.room.encryption` and `m.room.encrypted`: the algorithm.
        public var algorithm: String?
        /// `m.room.encrypted` (Megolm): the ciphertext, the session and the sender's key and device.
        public var ciphertext: String?
        public var sessionID: String?
        public var senderKey: String?
        public var deviceID: String?

        enum CodingKeys: String, CodingKey {
            case msgtype, body, membership, displayname, name, algorithm, ciphertext
            case sessionID = "session_id"
            case senderKey = "sender_key"
            case deviceID = "device_id"
            case isDirect = "is_direct"
            case relatesTo = "m.relates_to"
            case mentions = "m.mentions"
            case formattedBody = "formatted_body"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            var broken: [String] = []
            msgtype = container.lenient(.msgtype, broken: &broken)
            body = container.lenient(.body, broken: &broken)
            membership = container.lenient(.membership, broken: &broken)
            isDirect = container.lenient(.isDirect, broken: &broken)
            displayname = container.lenient(.displayname, broken: &broken)
            name = container.lenient(.name, broken: &broken)
            relatesTo = container.lenient(.relatesTo, broken: &broken)
            mentions = container.lenient(.mentions, broken: &broken)
            algorithm = container.lenient(.algorithm, broken: &broken)
            ciphertext = container.lenient(.ciphertext, broken: &broken)
            sessionID = container.lenient(.sessionID, broken: &broken)
            senderKey = container.lenient(.senderKey, broken: &broken)
            deviceID = container.lenient(.deviceID, broken: &broken)
            formattedBody = container.lenient(.formattedBody, broken: &broken)
            malformedFields = broken
        }

        /// Fields that were present but could not be read, by name.
        public var malformedFields: [String] = []
    }

    public struct MentionList: Decodable, Sendable {
        public var userIDs: [String]?
        enum CodingKeys: String, CodingKey { case userIDs = "user_ids" }
    }

    public struct Unsigned: Decodable, Sendable {
        public var prevContent: Content?

        enum CodingKeys: String, CodingKey { case prevContent = "prev_content" }
    }

    public struct Relation: Codable, Sendable {
        public var relType: String?
        public var eventID: String?
        public var key: String?
        public var inReplyTo: Reference?

        enum CodingKeys: String, CodingKey {
            case key
            case relType = "rel_type"
            case eventID = "event_id"
            case inReplyTo = "m.in_reply_to"
        }
    }

    public struct Reference: Codable, Sendable {
        public var eventID: String?
        enum CodingKeys: String, CodingKey { case eventID = "event_id" }
    }

    enum CodingKeys: String, CodingKey {
        case rooms
        case nextBatch = "next_batch"
        case toDevice = "to_device"
        case deviceLists = "device_lists"
        case oneTimeKeyCounts = "device_one_time_keys_count"
        case unusedFallbackKeyTypes = "device_unused_fallback_key_types"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        nextBatch = try container.decode(String.self, forKey: .nextBatch)
        rooms = try container.decodeIfPresent(Rooms.self, forKey: .rooms)
        // The encryption fields never stop a batch from being read: a broken one is left out.
        var broken: [String] = []
        toDevice = container.lenient(.toDevice, broken: &broken)
        deviceLists = container.lenient(.deviceLists, broken: &broken)
        oneTimeKeyCounts = container.lenient(.oneTimeKeyCounts, broken: &broken)
        unusedFallbackKeyTypes = container.lenient(.unusedFallbackKeyTypes, broken: &broken)
    }
}

extension KeyedDecodingContainer {
    /// The value at `key`, or nil when it is missing, null or not readable as a
    /// `Value` (then its name is added to `broken`).
    func lenient<Value: Decodable>(_ key: Key, broken: inout [String]) -> Value? {
        do {
            return try decodeIfPresent(Value.self, forKey: key)
        } catch {
            broken.append(key.stringValue)
            return nil
        }
    }
}
