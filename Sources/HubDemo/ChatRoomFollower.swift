import Foundation
import HubCore
import MatrixChat

/// Follows `/sync` for `hubbot chat` and turns what arrives into ``ChatLine``s:
/// messages in every joined room, and invitations (HubBot's are accepted at once,
/// so the room it opens for an introduction shows up too).
struct ChatRoomFollower: Sendable {
    let client: MatrixClient
    /// The person's encrypting device; nil for a plain chat.
    let device: MatrixDevice?
    let me: String
    let bot: String
    let directRoom: String
    let showOwn: Bool

    func follow(since start: String, monitor: ChatMonitor, show: @Sendable (ChatLine) -> Void) async {
        var since = start
        var names: [String: String] = [:]
        var roomNames: [String: String] = [:]
        while !Task.isCancelled {
            let batch: SyncResponse
            do {
                let fetched = try await client.sync(since: since, timeout: .seconds(30))
                batch = try await device?.read(fetched) ?? fetched
            } catch {
                if Task.isCancelled { return }
                try? await Task.sleep(for: .seconds(1))
                continue
            }
            since = batch.nextBatch
            for (room, invited) in (batch.rooms?.invite ?? [:]).sorted(by: { $0.key < $1.key }) {
                let stripped = invited.inviteState?.events?.elements ?? []
                guard let invite = stripped.last(where: { $0.type == "m.room.member" && $0.stateKey == me }) else {
                    continue
                }
                let name = stripped.last(where: { $0.type == "m.room.name" })?.content?.name
                roomNames[room] = name
                let line = ChatLine(
                    kind: .invite,
                    room: room,
                    roomName: name,
                    direct: false,
                    sender: invite.sender,
                    senderName: await displayName(invite.sender, in: room, cache: &names),
                    body: name ?? room
                )
                show(line)
                await monitor.saw(line)
                if invite.sender == bot { _ = try? await client.join(room: room) }
            }
            for (room, joined) in (batch.rooms?.join ?? [:]).sorted(by: { $0.key < $1.key }) {
                for event in joined.timeline?.events?.elements ?? [] {
                    if event.type == "m.room.name", let name = event.content?.name { roomNames[room] = name }
                    guard event.type == "m.room.message", let body = event.content?.body,
                        event.sender != me || showOwn
                    else { continue }
                    let line = ChatLine(
                        room: room,
                        roomName: roomNames[room],
                        direct: room == directRoom,
                        sender: event.sender,
                        senderName: await displayName(event.sender, in: room, cache: &names),
                        // HubBot's Markdown-like markup (`!help`, **bold**) shows as plain words here.
                        body: event.sender == bot ? MarkedText.plain(fromSource: body) : body,
                        eventID: event.eventID,
                        time: event.originServerTS.map { Date(timeIntervalSince1970: Double($0) / 1000) }
                    )
                    show(line)
                    await monitor.saw(line)
                }
            }
        }
    }

    /// The person's display name, asked once; their localpart if they have none.
    private func displayName(_ person: String, in room: String, cache: inout [String: String]) async -> String {
        if let known = cache[person] { return known }
        let fallback = String(person.dropFirst().prefix { $0 != ":" })
        let name = ((try? await client.displayName(of: person, in: room)) ?? nil) ?? fallback
        cache[person] = name
        return name
    }
}
