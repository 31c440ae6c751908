import CurlHTTP
import Foundation
import HubCore
import HubStore
import HubTestSupport
import Logging
import Synchronization
import Testing

@testable import Tickets

/// The delivery service with an injected clock, against a local receiver that
/// misbehaves on purpose (`Scripts/webhook-receiver.py`).
@Suite("Ticket delivery under failure, with an injected clock")
struct TicketDeliveryTests {
    let http = HTTPClient()
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// A database holding one recorded fault, queued for delivery at `start`.
    func databaseWithFault(_ id: String = "fault-1-test") async throws -> HubDatabase {
        let database = try HubDatabase.inMemory()
        try await record(id, in: database)
        return database
    }

    /// Records a fault (a later report of `groupedInto`'s, when given), queued for delivery.
    func record(_ id: String, groupedInto: String? = nil, in database: HubDatabase) async throws {
        let event = ChatEvent(
            id: "$\(id)",
            network: .matrix,
            room: RoomID("!r:x"),
            sender: PersonID("@carol:x"),
            kind: .message(text: "printer jammed"),
            sentAt: start
        )
        try await database.append([event], cursor: "s1", network: .matrix)
        let entry = try #require(try await database.pendingInbox().first)
        let fault = HygieneFault(
            id: id,
            network: .matrix,
            reporter: PersonID("@carol:x"),
            reporterName: "Carol",
            room: RoomID("!r:x"),
            eventID: event.id,
            text: "the printer is jammed {{ticket}} \"quoted\"\r\nX-Evil: 1",
            category: "printer",
            route: "workplace",
            priority: "normal",
            reportedAt: start,
            groupedInto: groupedInto
        )
        try await database.complete(entry, producing: [], records: [.fault(fault)], now: start)
    }

    func service(
        _ database: HubDatabase,
        url: String,
        clock: TestClock,
        timeout: Duration = .seconds(5),
        target: TicketTarget? = nil
    ) -> TicketDeliveryService {
        var settings = TicketDeliveryService.Settings(
            routes: ["default": target ?? TicketTarget(name: "hook", preset: .webhook, url: url)]
        )
        settings.requestTimeout = timeout
        var service = TicketDeliveryService(
            database: database,
            http: http,
            settings: settings,
            tags: TagModel(interests: [], hygiene: []),
            logger: Logger(label: "test"),
            newsStored: {}
        )
        service.clock = { clock.now }
        return service
    }

    @Test("a 71-hour outage: about one probe a minute, then delivered once within two minutes of the return")
    func longOutage() async throws {
        let database = try await databaseWithFault()
        let clock = TestClock(start)
        let receiver = try await WebhookReceiver()
        // Nothing listens on this port: the endpoint is down.
        let down = service(database, url: "http://127.0.0.1:9/hook", clock: clock)
        var breakers: [String: CircuitBreaker] = [:]
        let outageEnds = start.addingTimeInterval(71 * 3600)
        while clock.now < outageEnds {
            try await down.deliverDue(breakers: &breakers)
            guard let next = try await database.nextDeliveryDue() else { break }
            clock.advance(to: next)
        }
        let stillPending = try await database.deliveryStatus("fault-1-test")
        #expect(stillPending == "pending", "within the horizon nothing is given up")
        let attempts = try #require(try await database.delivery(of: "fault-1-test")).attempts
        #expect(attempts > 60 && attempts <= 71 * 60 + 5, "about one probe a minute, never a tight loop: \(attempts)")

        let back = service(database, url: "\(receiver.baseURL)/hook", clock: clock)
        let returned = clock.now
        while try await database.deliveryStatus("fault-1-test") == "pending" {
            try await back.deliverDue(breakers: &breakers)
            if let next = try await database.nextDeliveryDue() { clock.advance(to: next) }
        }
        #expect(clock.now.timeIntervalSince(returned) <= 120)
        let received = try await receiver.received(http: http)
        #expect(received.count == 1, "delivered once")
        #expect(received.first?.idempotency_key == "fault-1-test")
        #expect(try await database.deliveryStatus("fault-1-test") == "delivered")
    }

    @Test("past the horizon a fault goes to the dead letters, and the hub hears it")
    func horizon() async throws {
        let database = try await databaseWithFault()
        let clock = TestClock(start)
        let down = service(database, url: "http://127.0.0.1:9/hook", clock: clock)
        var breakers: [String: CircuitBreaker] = [:]
        while try await database.deliveryStatus("fault-1-test") == "pending" {
            try await down.deliverDue(breakers: &breakers)
            guard let next = try await database.nextDeliveryDue() else { break }
            clock.advance(to: next)
        }
        #expect(try await database.deliveryStatus("fault-1-test") == "dead")
        let elapsed = clock.now.timeIntervalSince(start)
        #expect(elapsed >= 71 * 3600 && elapsed <= 72 * 3600 + 120, "gave up at the 72 h horizon: \(elapsed / 3600) h")
        let news = try await database.pendingInbox().map(\.event.kind)
        #expect(news.contains { if case .ticketNews(let n) = $0 { n.change != .fixed } else { false } })
    }

    @Test("a slow answer times out; the retry with the same idempotency key makes no second ticket")
    func slowAnswer() async throws {
        let database = try await databaseWithFault()
        let clock = TestClock(start)
        let receiver = try await WebhookReceiver()
        try await receiver.plan([["sleep": 3]], http: http)
        let slow = service(database, url: "\(receiver.baseURL)/hook", clock: clock, timeout: .seconds(1))
        var breakers: [String: CircuitBreaker] = [:]
        try await slow.deliverDue(breakers: &breakers)
        #expect(try await database.deliveryStatus("fault-1-test") == "pending")
        #expect(try #require(try await database.delivery(of: "fault-1-test")).mayHaveArrived)
        try await Task.sleep(for: .seconds(3))
        clock.advance(to: clock.now.addingTimeInterval(60))
        try await slow.deliverDue(breakers: &breakers)
        #expect(try await database.deliveryStatus("fault-1-test") == "delivered")
        let received = try await receiver.received(http: http)
        #expect(received.count == 2)
        #expect(Set(received.compactMap(\.idempotency_key)) == ["fault-1-test"])
        let delivery = try #require(try await database.delivery(of: "fault-1-test"))
        #expect(delivery.ticket?.id == "T-1", "the retry got the ticket the slow try created")
    }
}

extension TicketDeliveryTests {
    /// Each preset's ticket as the emulator numbers its first one.
    static let firstTicket: [(TicketTarget.Preset, String)] = [
        (.rt, "1"), (.jira, "HUB-1"), (.servicenow, "INC0010001"), (.zammad, "31001"), (.glpi, "1"),
        (.github, "1"), (.gitlab, "1"),
    ]

    @Test(
        "a lost answer to a create, then a failing search: one ticket, the number the system gave (every preset)",
        arguments: firstTicket
    )
    func lostAnswerFoundByMarker(preset: TicketTarget.Preset, number: String) async throws {
        let database = try await databaseWithFault()
        let clock = TestClock(start)
        let systems = try await TicketSystems()
        let proxy = try await WebhookReceiver(forward: systems.baseURL)
        // The create reaches the system but its answer is lost; the first search is answered 503 by
        // the gateway, the next one is passed on.
        try await proxy.plan([["drop_after_forward": true], ["status": 503]], http: http)
        let target = TicketTarget(
            name: "desk",
            preset: preset,
            url: "\(proxy.baseURL)/forward",
            token: "secret",
            project: preset == .github ? "acme/it" : "IT"
        )
        let delivery = service(database, url: target.url, clock: clock, target: target)
        var breakers: [String: CircuitBreaker] = [:]
        for _ in 1...3 {
            try await delivery.deliverDue(breakers: &breakers)
            clock.advance(to: clock.now.addingTimeInterval(3600))
        }
        let made = try await systems.tickets(http: http).filter { $0.preset == preset.rawValue }
        #expect(made.count == 1, "tickets made: \(made.map(\.title))")
        #expect(made.first?.title.hasSuffix("[hubbot fault-1-test]") == true)
        #expect(try await database.deliveryStatus("fault-1-test") == "delivered")
        #expect(try await database.delivery(of: "fault-1-test")?.ticket?.id == number)
        let attempts = try await proxy.received(http: http).map {
            "\($0.method ?? "?") \($0.answered.map { "\($0)" } ?? "")"
        }
        #expect(attempts.count == 3, "create, failed search, search: \(attempts)")
    }
}

extension TicketDeliveryTests {
    @Test("a webhook receiver that does not de-duplicate: with a lookup URL a lost answer makes one ticket")
    func webhookLookup() async throws {
        for lookup in [true, false] {
            let database = try await databaseWithFault()
            let clock = TestClock(start)
            let receiver = try await WebhookReceiver(deduplicating: false)
            // The ticket is made but its answer lost; the first lookup is refused 410 (which says nothing
            // about the ticket: neither a dead letter nor a switched-off route).
            let refusedLookup: [[String: any Sendable]] = lookup ? [["lookup": true, "status": 410]] : []
            try await receiver.plan([["drop_after_create": true]] + refusedLookup, http: http)
            let target = TicketTarget(
                name: "hook",
                preset: .webhook,
                url: "\(receiver.baseURL)/hook",
                lookupURL: lookup ? "\(receiver.baseURL)/lookup" : nil
            )
            let delivery = service(database, url: target.url, clock: clock, target: target)
            var breakers: [String: CircuitBreaker] = [:]
            for _ in 1...3 {
                try await delivery.deliverDue(breakers: &breakers)
                clock.advance(to: clock.now.addingTimeInterval(3600))
            }
            let made = try await receiver.tickets(http: http).map(\.ticket)
            if lookup {
                #expect(made == ["T-1"])
                #expect(try await database.delivery(of: "fault-1-test")?.ticket?.id == "T-1")
            } else {
                // Without a lookup such a receiver gets the retry as a second ticket: why lookup_url exists.
                #expect(made == ["T-1", "T-2"])
            }
        }
    }
}

extension TicketDeliveryTests {
    @Test(
        "a later report's note whose answer was lost is looked for first: one note (RT, Jira, GitHub, GitLab, webhook)",
        arguments: [TicketTarget.Preset.rt, .jira, .github, .gitlab, .webhook]
    )
    func lostNoteFoundByMarker(preset: TicketTarget.Preset) async throws {
        let database = try await databaseWithFault()
        let clock = TestClock(start)
        let systems = try await TicketSystems()
        let receiver = try await WebhookReceiver(deduplicating: false)
        let proxy = try await WebhookReceiver(forward: systems.baseURL)
        let target =
            preset == .webhook
            ? TicketTarget(
                name: "hook",
                preset: .webhook,
                url: "\(receiver.baseURL)/hook",
                lookupURL: "\(receiver.baseURL)/lookup"
            )
            : TicketTarget(
                name: "desk",
                preset: preset,
                url: "\(proxy.baseURL)/forward",
                token: "secret",
                project: preset == .github ? "acme/it" : "IT"
            )
        let delivery = service(database, url: target.url, clock: clock, target: target)
        var breakers: [String: CircuitBreaker] = [:]
        try await delivery.deliverDue(breakers: &breakers)
        let ticket = try #require(try await database.delivery(of: "fault-1-test")?.ticket)

        // A second report of the same fault: its note arrives, its answer is lost; the first look fails.
        try await record("fault-2-test", groupedInto: "fault-1-test", in: database)
        if preset == .webhook {
            try await receiver.plan([["drop_after_create": true], ["lookup": true, "status": 503]], http: http)
        } else {
            try await proxy.plan([["drop_after_forward": true], ["status": 503]], http: http)
        }
        for _ in 1...3 {
            clock.advance(to: clock.now.addingTimeInterval(3600))
            try await delivery.deliverDue(breakers: &breakers)
        }
        #expect(try await database.deliveryStatus("fault-2-test") == "delivered")
        #expect(try await database.delivery(of: "fault-2-test")?.ticket == ticket)
        if preset == .webhook {
            #expect(try await receiver.tickets(notes: true, http: http).map(\.fault) == ["fault-2-test"])
        } else {
            let notes = try await systems.comments(http: http).filter { $0.preset == preset.rawValue }
            #expect(notes.count == 1, "\(notes.map(\.body))")
            #expect(notes.first?.body.contains("[hubbot fault-2-test]") == true)
        }
    }
}

/// A clock tests move by hand.
final class TestClock: Sendable {
    private let date: Mutex<Date>
    init(_ start: Date) { date = Mutex(start) }
    var now: Date { date.withLock { $0 } }
    /// Moves forward to `target` (never back).
    func advance(to target: Date) { date.withLock { $0 = max($0, target) } }
}
