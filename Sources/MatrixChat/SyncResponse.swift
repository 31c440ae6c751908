import Foundation

/// The parts of a `/sync` answer HubBot reads.
/// See https://spec.matrix.org/latest/client-server-api/#get_matrixclientv3sync
public struct SyncResponse: Decodable, Sendable {
    public var nextBatch: String
    public var rooms: Rooms?

    public struct Rooms: Decodable, Sendable {
        public var join: [String: JoinedRoom]?
        public var invite: [String: InvitedRoom]?
    }

    public struct JoinedRoom: Decodable, Sendable {
        public var timeline: Timeline?
    }

    public struct InvitedRoom: Decodable, Sendable {
        public var inviteState: StrippedState?

        enum CodingKeys: String, CodingKey { case inviteState = "invite_state" }
    }

    public struct StrippedState: Decodable, Sendable {
        public var events: [RoomEvent]?
    }

    public struct Timeline: Decodable, Sendable {
        public var events: [RoomEvent]?
        public var limited: Bool?
    }

    /// A room event with the content fields HubBot uses; unknown fields are ignored.
    public struct RoomEvent: Decodable, Sendable {
        public var type: String
        public var eventID: String?
        public var sender: String
        public var stateKey: String?
        public var originServerTS: Int64?
        public var content: Content?

        enum CodingKeys: String, CodingKey {
            case type, sender, content
            case eventID = "event_id"
            case stateKey = "state_key"
            case originServerTS = "origin_server_ts"
        }
    }

    public struct Content: Decodable, Sendable {
        public var msgtype: String?
        public var body: String?
        public var membership: String?
        public var relatesTo: Relation?

        enum CodingKeys: String, CodingKey {
            case msgtype, body, membership
            case relatesTo = "m.relates_to"
        }
    }

    public struct Relation: Decodable, Sendable {
        public var relType: String?
        public var eventID: String?
        public var key: String?

        enum CodingKeys: String, CodingKey {
            case key
            case relType = "rel_type"
            case eventID = "event_id"
        }
    }

    enum CodingKeys: String, CodingKey {
        case rooms
        case nextBatch = "next_batch"
    }
}
