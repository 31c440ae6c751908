import Foundation
import HubCore

extension SyncResponse {
    /// The events of this batch that concern the hub, in timeline order per
    /// room, without HubBot's own. Invites come first.
    ///
    /// In a room HubBot has just joined, the timeline starts with history from
    /// before the join: everything up to HubBot's own join event is left out,
    /// so old messages are never answered.
    public func chatEvents(me: String) -> [ChatEvent] {
        var events: [ChatEvent] = []
        for (roomID, room) in (rooms?.invite ?? [:]).sorted(by: { $0.key < $1.key }) {
            // The invite's own m.room.member event names us as state_key.
            let stripped = room.inviteState?.events?.elements ?? []
            guard let invite = stripped.last(where: { $0.type == "m.room.member" && $0.stateKey == me }) else {
                continue
            }
            events.append(
                ChatEvent(
                    id: "invite:\(roomID):\(invite.sender)",
                    network: .matrix,
                    room: RoomID(roomID),
                    sender: PersonID(invite.sender),
                    kind: .invite,
                    sentAt: Self.date(invite.originServerTS),
                    isDirect: invite.content?.isDirect ?? false
                )
            )
        }
        for (roomID, room) in (rooms?.join ?? [:]).sorted(by: { $0.key < $1.key }) {
            var timeline = room.timeline?.events?.elements ?? []
            if let joined = timeline.lastIndex(where: { Self.isOwnJoin($0, me: me) }) {
                timeline.removeSubrange(...joined)
            }
            let answered = Self.answeredByMe(timeline, me: me)
            for event in timeline where event.sender != me {
                guard let id = event.eventID, !answered.contains(id), let chatEvent = Self.chatEvent(event, in: roomID)
                else { continue }
                events.append(chatEvent)
            }
        }
        return events
    }

    /// One room event as the hub sees it; nil for events that do not concern it.
    static func chatEvent(_ event: RoomEvent, in room: String) -> ChatEvent? {
        guard let id = event.eventID, let kind = kind(of: event) else { return nil }
        return ChatEvent(
            id: id,
            network: .matrix,
            room: RoomID(room),
            sender: PersonID(event.sender),
            kind: kind,
            sentAt: date(event.originServerTS)
        )
    }

    /// Events the homeserver sent that could not be read, across the batch.
    public var malformedEventCount: Int {
        let joined = rooms?.join?.values.reduce(0) { $0 + ($1.timeline?.events?.skipped ?? 0) } ?? 0
        let invited = rooms?.invite?.values.reduce(0) { $0 + ($1.inviteState?.events?.skipped ?? 0) } ?? 0
        return joined + invited
    }

    /// The events HubBot has already answered (replied or reacted to) in this
    /// stretch of timeline. An event comes before its answer, so this can only
    /// happen when an earlier HubBot read further than the stored position: the
    /// database was restored from a backup. Those events were handled then and
    /// are not handled again.
    static func answeredByMe(_ timeline: [RoomEvent], me: String) -> Set<String> {
        var answered: Set<String> = []
        for event in timeline where event.sender == me {
            guard let relation = event.content?.relatesTo else { continue }
            if let target = relation.inReplyTo?.eventID { answered.insert(target) }
            if relation.relType == "m.annotation", let target = relation.eventID { answered.insert(target) }
        }
        return answered
    }

    /// Events read with some field left out because it could not be read, across the batch.
    public var eventsWithMalformedFields: Int {
        rooms?.join?.values.reduce(0) { count, room in
            count + (room.timeline?.events?.elements.filter { !$0.malformedFields.isEmpty }.count ?? 0)
        } ?? 0
    }

    /// HubBot's own join (not a profile change, which is also a "join" membership event).
    static func isOwnJoin(_ event: RoomEvent, me: String) -> Bool {
        event.type == "m.room.member" && event.stateKey == me && event.content?.membership == "join"
            && event.unsigned?.prevContent?.membership != "join"
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
            case "join" where event.unsigned?.prevContent?.membership != "join": return .membership(joined: true)
            case "leave": return .membership(joined: false)
            default: return nil
            }
        case "m.room.encrypted":
            return .unreadable(reason: encryptionOff)
        default:
            return nil
        }
    }

    /// Why HubBot cannot read an encrypted message when its encryption is off.
    public static let encryptionOff = "end-to-end encryption is turned off for me (`matrix.encryption` in my config)"

    static func date(_ milliseconds: Int64?) -> Date {
        Date(timeIntervalSince1970: TimeInterval(milliseconds ?? 0) / 1000)
    }
}
