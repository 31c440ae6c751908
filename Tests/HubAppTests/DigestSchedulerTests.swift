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

        let join = try #require(try await database.nextOutbox(network: .matrix))
        #expect(join.action == .join(room: Self.digestRoom), "joined first, in case HubBot was only invited")
        try await database.markSent(join)
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

    @Test("a HubBot that was not running at the due moment posts no digest for that week; the next one it does")
    func notRunningThen() async throws {
        let database = try HubDatabase.inMemory()
        // First started on Friday: Monday's digest (week 2) is not posted late.
        let started = Self.friday
        let scheduler = Self.scheduler(database, now: Self.friday)
        #expect(await scheduler.tick(lastRaised: nil, runningSince: started) == nil)
        #expect(try await database.pendingInbox().isEmpty)
        // Restarted half an hour after a due moment (a crash loop): that week's digest is still posted.
        let monday = DigestSchedule(weekday: 1, hour: 9).nextDue(after: Self.friday)
        let late = Self.scheduler(database, now: monday.addingTimeInterval(1800))
        #expect(await late.tick(lastRaised: nil, runningSince: monday.addingTimeInterval(1700)) == "digest:2027-W03")
        // Down over the next Monday (ran on the Thursday before, back on Tuesday): the missed week is posted.
        let nextMonday = monday.addingTimeInterval(7 * 86_400)
        let back = Self.scheduler(database, now: nextMonday.addingTimeInterval(86_400))
        let raised = await back.tick(
            lastRaised: nil,
            runningSince: nextMonday.addingTimeInterval(86_400),
            previouslyAlive: nextMonday.addingTimeInterval(-4 * 86_400)
        )
        #expect(raised == "digest:2027-W04")
        // Away for weeks: nothing for the weeks it missed.
        let weeksLater = nextMonday.addingTimeInterval(22 * 86_400)
        let returned = Self.scheduler(database, now: weeksLater)
        #expect(
            await returned.tick(lastRaised: nil, runningSince: weeksLater, previouslyAlive: nextMonday) == nil
        )
    }
}
