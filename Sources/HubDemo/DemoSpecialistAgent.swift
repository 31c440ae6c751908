import CurlHTTP
import Foundation
import Logging
import MatrixChat

/// One demo specialist at work: its own `/sync` loop, its answers sent after a pause.
struct DemoSpecialistAgent: Sendable {
    let specialist: DemoSpecialist
    let homeserver: String
    let bot: String
    let doneAfter: Duration
    let director: DemoDirector
    let http: HTTPClient
    let logger: Logger

    /// Signs in, opens the direct chat with HubBot, sends the interests, then
    /// follows `/sync` until cancelled. Answers wait in child tasks, so a slow
    /// answer never holds up the next event.
    func run() async throws {
        // An encrypting app, as a specialist on Element has: a new device each run, encrypted chats.
        let session = try await MatrixClient(homeserver: homeserver, http: http)
            .login(user: specialist.user, password: specialist.password, deviceID: nil)
        let client = MatrixClient(homeserver: homeserver, accessToken: session.accessToken, http: http)
        let device = try await MatrixDevice.start(client: client, session: session, logger: logger)
        let me = session.userID
        let chat = try await client.openDirectChat(with: bot, me: me, encrypted: true)
        if chat.isNew { await device.markEncrypted(chat.room) }
        let first = try await client.sync(since: nil, timeout: .zero)
        var since = try await device.read(first, history: true).nextBatch
        try await waitUntilJoined(bot, room: chat.room, client: client)
        var state = AgentState()
        try await withThrowingDiscardingTaskGroup { group in
            try await device.send(specialist.interestsCommand, to: chat.room, transactionID: UUID().uuidString)
            director.tell(DemoEvent(.signedIn, specialist: specialist.user, detail: specialist.interestsCommand))
            var failures = 0
            while !Task.isCancelled {
                let batch: SyncResponse
                do {
                    batch = try await device.read(client.sync(since: since, timeout: .seconds(30)))
                    failures = 0
                } catch is CancellationError {
                    return
                } catch {
                    failures += 1
                    logger.warning(
                        "demo specialist sync failed",
                        metadata: ["matrix.user": "\(me)", "error": "\(error)"]
                    )
                    try await Task.sleep(for: .milliseconds(500 * min(failures, 20)))
                    continue
                }
                since = batch.nextBatch
                for work in await handle(batch, me: me, state: &state) {
                    group.addTask { await perform(work, device: device) }
                }
            }
        }
    }

    /// What the agent remembers between batches.
    struct AgentState {
        var seen: Set<String> = []
        /// The colleague's name per request the specialist was offered.
        var requesters: [Int: String] = [:]
    }

    /// A message to send later, and what to report when it is sent.
    struct Work: Sendable {
        var room: String
        /// Nil to only join.
        var text: String?
        var after: Duration
        var event: DemoEvent?
        var joinFirst = false
    }

    private func handle(_ batch: SyncResponse, me: String, state: inout AgentState) async -> [Work] {
        var work: [Work] = []
        for (room, invited) in (batch.rooms?.invite ?? [:]).sorted(by: { $0.key < $1.key }) {
            let stripped = invited.inviteState?.events?.elements ?? []
            guard let invite = stripped.last(where: { $0.type == "m.room.member" && $0.stateKey == me }) else {
                continue
            }
            let name = stripped.last(where: { $0.type == "m.room.name" })?.content?.name
            let direct = invite.content?.isDirect ?? false
            guard invite.sender != bot || !direct else {
                // HubBot opening a direct chat for offers: join, and say nothing it would read as a question.
                work.append(Work(room: room, text: nil, after: .zero, event: nil, joinFirst: true))
                continue
            }
            work.append(
                Work(
                    room: room,
                    text: greeting(invitedBy: invite.sender, roomName: name, state: state),
                    after: await director.delay(.seconds(1)...(.seconds(3))),
                    event: DemoEvent(.greeted, specialist: specialist.user, detail: name ?? room),
                    joinFirst: true
                )
            )
        }
        for (room, joined) in (batch.rooms?.join ?? [:]).sorted(by: { $0.key < $1.key }) {
            for event in joined.timeline?.events?.elements ?? []
            where event.sender == bot && event.type == "m.room.message" {
                guard let id = event.eventID, state.seen.insert(id).inserted, let body = event.content?.body,
                    let notice = HubBotNotice(text: body)
                else { continue }
                work += await act(on: notice, in: room, state: &state)
            }
        }
        return work
    }

    private func act(on notice: HubBotNotice, in room: String, state: inout AgentState) async -> [Work] {
        let user = specialist.user
        switch notice {
        case .offer(let offer):
            state.requesters[offer.request] = offer.requester
            let tags = offer.tags.map { "#\($0)" }.joined(separator: " ")
            director.tell(DemoEvent(.offered, specialist: user, request: offer.request, detail: tags))
            let decision = await director.decide(offer, for: specialist)
            let event: DemoEvent =
                switch decision.answer {
                case .accept: DemoEvent(.accepted, specialist: user, request: offer.request)
                case .decline(let reason):
                    DemoEvent(.declined, specialist: user, request: offer.request, detail: reason)
                }
            return [Work(room: room, text: decision.command, after: decision.delay, event: event)]
        case .assigned(let request):
            return [
                Work(
                    room: room,
                    text: "!done \(request)",
                    after: doneAfter,
                    event: DemoEvent(.done, specialist: user, request: request)
                )
            ]
        case .interestsConfirmed(let text):
            director.tell(DemoEvent(.interests, specialist: user, detail: text))
            await director.interestsConfirmed(specialist)
        case .interestsRefused(let text):
            director.tell(DemoEvent(.problem, specialist: user, detail: text))
        case .closed:
            break
        }
        return []
    }

    /// What the specialist says on joining a room: HubBot's introductions get a
    /// friendly hello to the colleague; anyone else is pointed to HubBot.
    private func greeting(invitedBy sender: String, roomName: String?, state: AgentState) -> String {
        let me = Self.firstName(specialist.user)
        if sender == bot {
            let request = roomName?.firstMatch(of: /HubBot (\d+) ?:/).flatMap { Int($0.1) }
            let colleague = request.flatMap { state.requesters[$0] }.map { " \($0)" } ?? ""
            return "Hi\(colleague)! 👋 I'm \(me), happy to help with this. Tell me a bit more about what you need, "
                + "and we'll work it out together."
        }
        return "Hi! I'm \(me), one of the demo specialists. I only answer HubBot's offers: "
            + "ask @\(Self.firstName(bot).lowercased()) your question and it will find me if I fit."
    }

    private func perform(_ work: Work, device: MatrixDevice) async {
        do {
            try await Task.sleep(for: work.after)
            if work.joinFirst { try await device.client.join(room: work.room) }
            if let text = work.text {
                try await device.send(text, to: work.room, transactionID: UUID().uuidString)
            }
            if let event = work.event { director.tell(event) }
        } catch is CancellationError {
            return
        } catch {
            let what = work.text ?? "joining \(work.room)"
            director.tell(DemoEvent(.problem, specialist: specialist.user, detail: "\(what): \(error)"))
        }
    }

    /// Waits until `person` is in the room (HubBot joins a new direct chat within a second or so).
    private func waitUntilJoined(_ person: String, room: String, client: MatrixClient) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if (try? await client.joinedMembers(of: room))?.contains(person) == true { return }
            try await Task.sleep(for: .milliseconds(300))
        }
        throw DemoError("\(person) did not join \(specialist.user)'s direct chat within a minute; is HubBot running?")
    }

    /// `@alice:localhost` or `alice` → `Alice`.
    static func firstName(_ user: String) -> String {
        let local = DemoCast.localpart(user)
        return local.prefix(1).uppercased() + local.dropFirst()
    }
}

/// A demo tool gave up, with a sentence that says why.
public struct DemoError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
