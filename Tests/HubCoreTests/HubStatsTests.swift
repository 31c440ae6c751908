import Foundation
import Testing

@testable import HubCore

@Suite("The hub keeps what reports need, answers !stats for admins and posts the weekly digest")
struct HubStatsTests {
    static let digestRoom = RoomID("!hub:hub.test")

    /// A week's story: one request met (accepted after 5 minutes, rated 5), one nobody offers,
    /// one nobody is free for, one printer fault filed after 2 minutes. Dave is the admin.
    static func week() throws -> HubHarness {
        var settings = HubSettings()
        settings.admins = [dave]
        settings.digestRoom = digestRoom
        var hub = HubHarness(settings: settings)
        hub.specialists([(alice, "#statistics:3")])
        hub.openDirectChat(carol)
        hub.openDirectChat(dave)
        hub.openDirectChat(erin)
        hub.write("help with a regression please", from: carol)
        hub.write("1", from: carol)
        hub.now += 300
        hub.write("!accept 1", from: alice)
        hub.write("!done 1", from: alice)
        hub.write("5 thanks a lot", from: carol)
        hub.write("who can map who talks to whom in a network graph?", from: erin)
        hub.write("!away for 2h", from: alice)
        hub.write("a survey with significance tests", from: erin)
        hub.write("the printer is jammed", from: carol)
        let fault = try #require(hub.hub.faults.keys.first)
        let news = TicketNews(faultID: fault, change: .filed(TicketReceipt(id: "RT#7")))
        _ = hub.handle(HubInput(event: news.event(network: .matrix, me: HubHarness.me, at: hub.now + 120)))
        return hub
    }

    @Test("requests keep why nobody could take them; faults their filing time; interests their start")
    func recordedFacts() throws {
        let hub = try Self.week()
        #expect(hub.hub.requests[1]?.unmet == nil)
        #expect(hub.hub.requests[2]?.tags == ["social-network-analysis"])
        #expect(hub.hub.requests[2]?.unmet == .noSpecialist)
        #expect(hub.hub.requests[3]?.unmet == .nobodyFree, "Alice offers #statistics but is away")
        let fault = try #require(hub.hub.faults.values.first)
        #expect(fault.filedAt == fault.reportedAt.addingTimeInterval(120))
        let since = try #require(hub.hub.directory.specialist(alice)?.interestsSince?["statistics"])
        #expect(since == HubHarness().now)
        // The stored records carry the new fields, so `hubbot report` sees what `!stats` sees.
        guard case .request(let stored)? = hub.stored["request/3"] else {
            Issue.record("request 3 was not stored")
            return
        }
        #expect(stored.unmet == .nobodyFree)
    }

    @Test("an offer nobody takes in time ends as unmet demand: nobody was free")
    func expiredOffer() {
        var settings = HubSettings()
        settings.offers.offerTimeout = .seconds(600)
        var hub = HubHarness(settings: settings)
        hub.specialists([(alice, "#statistics:3")])
        hub.openDirectChat(carol)
        hub.write("help with a regression please", from: carol)
        hub.write("anyone", from: carol)
        hub.now += 601
        _ = hub.fireDueDeadline()
        #expect(hub.hub.requests[1]?.flow?.state == .closed(.expired))
        #expect(hub.hub.requests[1]?.unmet == .nobodyFree)
    }

    @Test("an interest keeps the day it was first offered, and loses it when removed")
    func interestDates() {
        var hub = HubHarness()
        hub.specialists([(alice, "#statistics:1")])
        let first = hub.now
        hub.now += 3600
        hub.write("!interests add #statistics:3 #r", from: alice)
        #expect(hub.hub.directory.specialist(alice)?.interestsSince == ["statistics": first, "r": hub.now])
        hub.write("!interests remove #r", from: alice)
        #expect(hub.hub.directory.specialist(alice)?.interestsSince == ["statistics": first])
    }

    @Test("!stats is refused to colleagues, with the reason")
    func statsRefused() throws {
        var hub = try Self.week()
        let reply = hub.write("!stats", from: carol).texts
        #expect(reply == ["`!stats` is for admins (hub.admins in the config); ask one of them."])
    }

    @Test("!stats answers an admin with the week's figures, naming nobody")
    func statsForAdmins() throws {
        var hub = try Self.week()
        hub.now += 60
        let text = try #require(hub.write("!stats 7d", from: dave).texts.first)
        #expect(text.hasPrefix("Hub figures, "), "\(text)")
        #expect(
            text.contains("• Requests: 3 (#statistics 2, #social-network-analysis 1); 1 found someone (33%), 2 unmet")
        )
        #expect(text.contains("• Time to first human: median 5 min, p90 5 min"))
        #expect(text.contains("• Ratings: 1, average 5.0/5"))
        #expect(text.contains("• Faults: 1 (printer 1); to ticket median 2 min, p90 2 min"))
        #expect(text.contains("• Unmet demand: #social-network-analysis 1, #statistics 1"))
        for name in ["Alice", "Carol", "Erin", "alice", "carol"] { #expect(!text.contains(name)) }
        // A period that ends before everything happened counts nothing.
        hub.now += 30 * 86_400
        #expect(hub.write("!stats 24h", from: dave).texts.first?.contains("• Requests: 0;") == true)
        #expect(hub.write("!stats lots", from: dave).texts.first?.contains("`!stats 30d`") == true)
        #expect(hub.write("!help stats", from: dave).texts.first?.contains("Example: `!stats 30d`") == true)
    }

    @Test("the digest is posted once to the digest room: celebrating, with the gaps, naming nobody")
    func digest() throws {
        var hub = try Self.week()
        let event = ChatEvent(
            id: "digest:2027-W03",
            network: .matrix,
            room: RoomID("hubbot:digest"),
            sender: PersonID("hubbot:digest"),
            kind: .digestDue(since: hub.now - 7 * 86_400, until: hub.now + 3600),
            sentAt: hub.now + 3600
        )
        let actions = hub.handle(HubInput(event: event))
        #expect(actions.count == 2)
        #expect(actions.first == .join(room: Self.digestRoom), "joined first, in case HubBot was only invited")
        guard case .send(let message)? = actions.last else {
            Issue.record("expected one message, got \(actions)")
            return
        }
        #expect(message.room == Self.digestRoom)
        #expect(message.text.contains("1 colleague found someone to talk to, and 1 specialist lent a hand"))
        #expect(message.text.contains("1 thank-you came back as ratings, 5.0 of 5 on average, 1 with kind words"))
        #expect(message.text.contains("New interests on offer: #statistics."))
        #expect(message.text.contains("#social-network-analysis (asked 1×, nobody offers it yet)"))
        #expect(message.text.contains("#statistics (asked 1×, nobody was free)"))
        for name in ["Alice", "Carol", "Erin", "Dave"] { #expect(!message.text.contains(name)) }

        var quiet = HubHarness()
        #expect(quiet.handle(HubInput(event: event)).isEmpty, "no digest room: nothing is posted")
    }

    @Test(
        "the digest's due moment and week id, from an injected clock",
        arguments: [
            // Friday 2027-01-15 08:00 UTC, Monday 09:00: due the Monday before, ISO week 2.
            (1_800_000_000, 1, 9, "2027-01-11T09:00:00Z", "2027-W02"),
            // Exactly at the moment: due now.
            (1_799_658_000, 1, 9, "2027-01-11T09:00:00Z", "2027-W02"),
            // A second before: still last week's.
            (1_799_657_999, 1, 9, "2027-01-04T09:00:00Z", "2027-W01"),
            // Across the year: Monday 2026-12-28 is in ISO week 53 of 2026.
            (1_798_500_000, 1, 9, "2026-12-28T09:00:00Z", "2026-W53"),
            // Friday 08:00 with a Friday 07:00 digest: this morning's.
            (1_800_000_000, 5, 7, "2027-01-15T07:00:00Z", "2027-W02"),
            // Sunday 23:00 digest seen on Friday: last Sunday's, still ISO week 1.
            (1_800_000_000, 7, 23, "2027-01-10T23:00:00Z", "2027-W01"),
        ] as [(Double, Int, Int, String, String)]
    )
    func schedule(now: Double, weekday: Int, hour: Int, due: String, week: String) throws {
        let schedule = DigestSchedule(weekday: weekday, hour: hour)
        let clock = Date(timeIntervalSince1970: now)
        let moment = schedule.lastDue(atOrBefore: clock)
        #expect(moment == (try Date(due, strategy: .iso8601)))
        #expect(schedule.nextDue(after: clock) == moment.addingTimeInterval(7 * 86_400))
        let event = schedule.event(now: clock, network: .matrix)
        #expect(event.id == "digest:\(week)")
        #expect(event.kind == .digestDue(since: moment.addingTimeInterval(-7 * 86_400), until: moment))
    }
}
