import Foundation
import HubCore
import HubStore
import Logging
import Synchronization
import Testing

@testable import HubApp

/// A transport whose sending fails as a test says: the seam for the outbox's retry rules.
final class ScriptedTransport: ChatTransport {
    let network = ChatNetwork.matrix
    private let failures: Mutex<[ChatActionFailure?]>
    let performed = Mutex<[String]>([])

    init(failures: [ChatActionFailure?]) {
        self.failures = Mutex(failures)
    }

    func signIn() async throws -> PersonID { PersonID("@hubbot:x") }
    func receive(into inbox: any ChatInbox, stored: @escaping @Sendable () -> Void) async throws {}
    func displayName(of person: PersonID, in room: RoomID) async -> String? { nil }

    func perform(_ action: ChatAction, transactionID: String) async throws -> String? {
        performed.withLock { $0.append(transactionID) }
        let failure = failures.withLock { $0.isEmpty ? nil : $0.removeFirst() }
        if let failure { throw failure }
        return "$sent-\(transactionID)"
    }
}

@Suite("Chat outbox: retry, postpone, drop, stop")
struct ChatOutboxSenderTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func queued(_ texts: [String]) async throws -> HubDatabase {
        try await queued(texts.map { ("!r:x", $0) }, at: now)
    }

    /// A database whose outbox holds these (room, text) messages, queued at `time`.
    func queued(_ plan: [(room: String, text: String)], at time: Date) async throws -> HubDatabase {
        try await queued(plan.map { .send(ChatMessage(room: RoomID($0.room), text: $0.text)) }, at: time)
    }

    /// A database whose outbox holds these actions, queued at `time`.
    func queued(_ actions: [ChatAction], at time: Date) async throws -> HubDatabase {
        let database = try HubDatabase.inMemory()
        let event = ChatEvent(
            id: "$1",
            network: .matrix,
            room: RoomID("!r:x"),
            sender: PersonID("@carol:x"),
            kind: .message(text: "hi"),
            sentAt: now
        )
        try await database.append([event], cursor: "s1", network: .matrix)
        let entry = try #require(try await database.pendingInbox().first)
        try await database.complete(entry, producing: actions, now: time)
        return database
    }

    func sender(_ database: HubDatabase, _ transport: ScriptedTransport) -> ChatOutboxSender {
        var sender = ChatOutboxSender(
            database: database,
            transport: transport,
            logger: Logger(label: "test"),
            newActions: Doorbell()
        )
        sender.clock = { [now] in now }
        return sender
    }

    @Test("a rate limit postpones the same message as long as the server asks, with the same transaction id")
    func rateLimitPostpones() async throws {
        let database = try await queued(["one"])
        let transport = ScriptedTransport(failures: [ChatActionFailure(.retry(after: .milliseconds(1500)), "429")])
        var backoff = Backoff()
        let entry = try #require(try await database.nextOutbox(network: .matrix))
        try await sender(database, transport).send(entry, backoff: &backoff)
        let again = try #require(try await database.nextOutbox(network: .matrix))
        #expect(again.id == entry.id)
        #expect(again.transactionID == entry.transactionID)
        #expect(again.notBefore == now.addingTimeInterval(1.5))
        try await sender(database, transport).send(again, backoff: &backoff)
        #expect(try await database.nextOutbox(network: .matrix) == nil)
        #expect(transport.performed.withLock { $0 } == [entry.transactionID, entry.transactionID])
    }

    @Test("network errors back off with growing delays")
    func backoffGrows() async throws {
        let database = try await queued(["one"])
        let failure = ChatActionFailure(.retry(after: nil), "connection refused")
        let transport = ScriptedTransport(failures: [failure, failure, failure])
        var backoff = Backoff(initial: .seconds(1), cap: .seconds(60))
        var delays: [TimeInterval] = []
        for _ in 0..<3 {
            let entry = try #require(try await database.nextOutbox(network: .matrix))
            try await sender(database, transport).send(entry, backoff: &backoff)
            delays.append(
                try #require(try await database.nextOutbox(network: .matrix)).notBefore.timeIntervalSince(now)
            )
        }
        #expect(delays[0] >= 0.5 && delays[0] <= 1)
        #expect(delays[1] >= 1 && delays[1] <= 2)
        #expect(delays[2] >= 2 && delays[2] <= 4)
    }

    @Test("a refusal retrying cannot fix drops that message and the next one goes")
    func dropMovesOn() async throws {
        let database = try await queued(["one", "two"])
        let transport = ScriptedTransport(failures: [ChatActionFailure(.drop, "403 M_FORBIDDEN")])
        var backoff = Backoff()
        try await sender(database, transport).send(
            try #require(try await database.nextOutbox(network: .matrix)),
            backoff: &backoff
        )
        #expect(try await database.depths().outboxFailed == 1)
        let next = try #require(try await database.nextOutbox(network: .matrix))
        #expect(next.action == .send(ChatMessage(room: RoomID("!r:x"), text: "two")))
        // Not silently: the admins are told, through the inbox, in the same transaction.
        let news = try await database.pendingInbox().map(\.event).filter { $0.id.hasPrefix("undelivered:") }
        #expect(news.count == 1)
        #expect(
            news.first?.kind
                == .deliveryFailed(room: RoomID("!r:x"), reason: "403 M_FORBIDDEN", beginning: "one")
        )
    }

    @Test("a notice about an undelivered message that is itself refused is not reported again (no loop)")
    func noLoop() async throws {
        let notice = ChatMessage(room: RoomID("!admins:x"), text: "…", correlation: Hub.deliveryFailureCorrelation)
        let database = try await queued([.send(notice)], at: now)
        let transport = ScriptedTransport(failures: [ChatActionFailure(.drop, "413 M_TOO_LARGE")])
        var backoff = Backoff()
        try await sender(database, transport).send(
            try #require(try await database.nextOutbox(network: .matrix)),
            backoff: &backoff
        )
        #expect(try await database.depths().outboxFailed == 1)
        #expect(try await database.pendingInbox().isEmpty)
    }

    @Test("revoked credentials stop sending, and the message stays queued")
    func stopKeepsMessage() async throws {
        let database = try await queued(["one"])
        let transport = ScriptedTransport(failures: [ChatActionFailure(.stop, "M_UNKNOWN_TOKEN")])
        var backoff = Backoff()
        let entry = try #require(try await database.nextOutbox(network: .matrix))
        await #expect(throws: ChatActionFailure.self) {
            try await sender(database, transport).send(entry, backoff: &backoff)
        }
        #expect(try await database.nextOutbox(network: .matrix)?.id == entry.id)
    }

    @Test("rooms are lanes: a postponed message holds back its own room only, and each room keeps its order")
    func lanes() async throws {
        let database = try await queued(
            [("!a:x", "a1"), ("!b:x", "b1"), ("!a:x", "a2"), ("!b:x", "b2"), ("!c:x", "c1")],
            at: Date()
        )
        let transport = LaneTransport()
        var sender = ChatOutboxSender(
            database: database,
            transport: transport,
            logger: Logger(label: "test"),
            newActions: Doorbell()
        )
        sender.clock = Date.init
        let running = Task { try await sender.run() }
        // A hang guard only: on a machine under load the three sends may take many seconds.
        let deadline = ContinuousClock.now + .seconds(120)
        while transport.sent.withLock({ $0.count }) < 3, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        try await Task.sleep(for: .milliseconds(200))
        running.cancel()
        // Cancelled while awaiting the database or a wake-up, the sender may end with CancellationError.
        do { try await running.value } catch is CancellationError {} catch {
            Issue.record("sender ended with \(error)")
        }
        let sent = transport.sent.withLock { $0 }
        #expect(Set(sent) == ["b1", "b2", "c1"], "a1 is postponed for a minute; a2 waits behind it")
        #expect(try #require(sent.firstIndex(of: "b1")) < (try #require(sent.firstIndex(of: "b2"))))
        #expect(transport.attempts.withLock { $0 }["a1"] == 1)
        #expect(try await database.depths().outboxPending == 2)
    }
}

/// Refuses "a1" with a one-minute rate limit; sends everything else.
final class LaneTransport: ChatTransport {
    let network = ChatNetwork.matrix
    let sent = Mutex<[String]>([])
    let attempts = Mutex<[String: Int]>([:])

    func signIn() async throws -> PersonID { PersonID("@hubbot:x") }
    func receive(into inbox: any ChatInbox, stored: @escaping @Sendable () -> Void) async throws {}
    func displayName(of person: PersonID, in room: RoomID) async -> String? { nil }

    func perform(_ action: ChatAction, transactionID: String) async throws -> String? {
        guard case .send(let message) = action else { return nil }
        attempts.withLock { $0[message.text, default: 0] += 1 }
        if message.text == "a1" { throw ChatActionFailure(.retry(after: .seconds(60)), "429") }
        try await Task.sleep(for: .milliseconds(5))
        sent.withLock { $0.append(message.text) }
        return "$\(message.text)"
    }
}

extension ChatOutboxSenderTests {
    @Test(
        "under an adaptive window, random delays and rate limits, every room's messages arrive in order, once each",
        arguments: [1, 2, 3]
    )
    func orderUnderLoad(seed: UInt64) async throws {
        let rooms = 40
        let perRoom = 8
        var plan: [(room: String, text: String)] = []
        for index in 0..<perRoom {
            for room in 0..<rooms { plan.append(("!r\(room):x", "r\(room)-\(index)")) }
        }
        let database = try await queued(plan, at: Date())
        let transport = JitteryTransport(seed: seed)
        var sender = ChatOutboxSender(
            database: database,
            transport: transport,
            logger: Logger(label: "test"),
            newActions: Doorbell()
        )
        sender.maxInFlight = 24
        let running = Task { try await sender.run() }
        // A hang guard only.
        let deadline = ContinuousClock.now + .seconds(300)
        while transport.sent.withLock({ $0.count }) < plan.count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        running.cancel()
        do { try await running.value } catch is CancellationError {} catch {
            Issue.record("sender ended with \(error)")
        }
        let sent = transport.sent.withLock { $0 }
        #expect(sent.count == plan.count, "every message once")
        #expect(Set(sent).count == sent.count, "no message twice")
        for room in 0..<rooms {
            let order = sent.filter { $0.hasPrefix("r\(room)-") }
            #expect(order == (0..<perRoom).map { "r\(room)-\($0)" }, "room \(room): \(order)")
        }
        // How far the window grows depends on how fast this machine refills it (SendWindowTests pin
        // the rules); here: rooms were sent to side by side, never more than the ceiling.
        let peak = transport.peak.withLock { $0 }
        #expect(peak > 1 && peak <= 24, "rooms in flight at most: \(peak)")
        #expect(transport.refused.withLock { $0 } > 0, "the rate limits were exercised")
    }
}

/// Answers after a random few milliseconds and rate limits one send in ten (a short wait);
/// records the most sends it held at once.
final class JitteryTransport: ChatTransport {
    let network = ChatNetwork.matrix
    let sent = Mutex<[String]>([])
    let refused = Mutex(0)
    let peak = Mutex(0)
    private let inFlight = Mutex(0)
    private let random: Mutex<SplitMix64>

    init(seed: UInt64) { random = Mutex(SplitMix64(seed: seed)) }

    func signIn() async throws -> PersonID { PersonID("@hubbot:x") }
    func receive(into inbox: any ChatInbox, stored: @escaping @Sendable () -> Void) async throws {}
    func displayName(of person: PersonID, in room: RoomID) async -> String? { nil }

    func perform(_ action: ChatAction, transactionID: String) async throws -> String? {
        guard case .send(let message) = action else { return nil }
        let now = inFlight.withLock { count in
            count += 1
            return count
        }
        peak.withLock { $0 = max($0, now) }
        defer { inFlight.withLock { $0 -= 1 } }
        let (delay, limited) = random.withLock { random in
            (Int.random(in: 2...30, using: &random), Int.random(in: 0..<10, using: &random) == 0)
        }
        try await Task.sleep(for: .milliseconds(delay))
        if limited {
            refused.withLock { $0 += 1 }
            throw ChatActionFailure(.retry(after: .milliseconds(30)), "429 M_LIMIT_EXCEEDED")
        }
        sent.withLock { $0.append(message.text) }
        return "$\(message.text)"
    }
}
