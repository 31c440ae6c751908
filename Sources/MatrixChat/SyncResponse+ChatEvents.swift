import Foundation
import HubCore

extension SyncResponse {
    /// The events of this batch that concern the hub, in timeline order per
    /// room, without HubBot's own. Invites come first.
    public func chatEvents(me: String) -> [ChatEvent] {
        var events: [ChatEvent] = []
        for (roomID, room) in (rooms?.invite ?? [:]).sorted(by: { $0.key < $1.key }) {
            // The invite's own m.room.member event names us as state_key.
            let invite = room.inviteState?.events?.last { $0.type == "m.room.member" && $0.stateKey == me }
            guard let invite else { continue }
            events.append(
                ChatEvent(
                    id: "invite:\(roomID):\(invite.sender)",
                    network: .matrix,
                    room: RoomID(roomID),
                    sender: PersonID(invite.sender),
                    kind: .invite,
                    sentAt: Self.date(invite.originServerTS)
                )
            )
        }
        for (roomID, room) in (rooms?.join ?? [:]).sorted(by: { $0.key < $1.key }) {
            for event in room.timeline?.events ?? [] where event.sender != me {
                guard let id = event.eventID, let kind = Self.kind(of: event) else { continue }
                events.append(
                    ChatEvent(
                        id: id,
                        network: .matrix,
                        room: RoomID(roomID),
                        sender: PersonID(event.sender),
                        kind: kind,
                        sentAt: Self.date(event.originServerTS)
                    )
                )
            }
        }
        return events
    }

    private static func kind(of event: RoomEvent) -> ChatEvent.Kind? {
        switch event.type {
        case "m.room.message":
            guard let body = event.content?.body, event.content?.msgtype != "m.notice" else { return nil }
            return .message(text: body)
        case "m.reaction":
            guard let relation = event.content?.relatesTo, relation.relType == "m.annotation",
                let key = relation.key, let target = relation.eventID
            else { return nil }
            return .reaction(key: key, to: target)
        case "m.room.member" where event.stateKey == event.sender:
            switch event.content?.membership {
            case "join": return .membership(joined: true)
            case "leave": return .membership(joined: false)
            default: return nil
            }
        case "m.room.encrypted":
            return .unreadable(reason: "the room is end-to-end encrypted")
        default:
            return nil
        }
    }

    private static func date(_ milliseconds: Int64?) -> Date {
        Date(timeIntervalSince1970: TimeInterval(milliseconds ?? 0) / 1000)
    }
}
