import Foundation
import HubCore
import HubStore
import Logging
import Testing

@testable import HubApp

@Suite("The weekly digest: raised each minute, posted once a week, across restarts too")
struct DigestSchedulerTests {
    static let friday = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15 08:00 UTC, ISO week 2
    static let digestRoom = RoomID("!hub:hub.test")

    static func scheduler(_ database: HubDatabase, now: Date) -> DigestScheduler {
        var scheduler = DigestScheduler(
            schedule: DigestSchedule(weekday: 1, hour: 9),
            network: .matrix,
            database: database,
            logger: Logger(label: "test")
        ) {}
        scheduler.clock = { now }
        return scheduler
    }

    @Test("raised every minute and after restarts, the week's digest reaches the room once")
    func onceAcrossRestarts() async throws {
        let database = try HubDatabase.inMemory()
        let running = Self.scheduler(database, now: Self.friday)
        let raised = await running.tick(lastRaised: nil)
        #expect(raised == "digest:2027-W02")
        #expect(await running.tick(lastRaised: raised) == raised, "a minute later: nothing new")
        // A restart: the new scheduler remembers nothing and raises the week's digest again.
        _ = await Self.scheduler(database, now: Self.friday.addingTimeInterval(60)).tick(lastRaised: nil)
        let pending = try await database.pendingInbox()
        #expect(pending.map(\.event.id) == ["digest:2027-W02"])

        var settings = HubSettings()
        settings.digestRoom = Self.digestRoom
        let responder = try await HubResponder(
            me: PersonID("@hubbot:hub.test"),
            tags: TagModel(interests: [], hygiene: []),
            settings: settings,
            database: database,
            clock: { Self.friday }
        ) { _, _ in nil }
        let processor = InboxProcessor(
            database: database,
            responder: responder,
            logger: Logger(label: "test"),
            newEvents: Doorbell(),
            newActions: Doorbell()
        )
        _ = try await processor.processPage()
        // Raised once more after it was handled (another restart): the inbox has seen it.
        _ = await Self.scheduler(database, now: Self.friday.addingTimeInterval(120)).tick(lastRaised: nil)
        #expect(try await database.pendingInbox().isEmpty)

        let sent = try #require(try await database.nextOutbox(network: .matrix))
        #expect(sent.action.room == Self.digestRoom)
        guard case .send(let message) = sent.action else {
            Issue.record("expected a message, got \(sent.action)")
            return
        }
        #expect(message.text.hasPrefix("🌱 The hub's week, 2027-01-04 to 2027-01-11"))
        try await database.markSent(sent)
        #expect(try await database.nextOutbox(network: .matrix) == nil, "one digest, one message")

        // Next Monday 09:00 has passed a week later: the next week's digest.
        let nextWeek = Self.scheduler(database, now: Self.friday.addingTimeInterval(7 * 86_400))
        #expect(await nextWeek.tick(lastRaised: raised) == "digest:2027-W03")
        #expect(try await database.pendingInbox().map(\.event.id) == ["digest:2027-W03"])
    }
}
