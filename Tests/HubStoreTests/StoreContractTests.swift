import Foundation
import HubCore
import HubStore
import Testing

/// The rest of what every store promises (``HubStorage``), run against SQLite and PostgreSQL.
@Suite("The store (SQLite and PostgreSQL): lanes, records, deliveries, state")
struct StoreContractTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func message(_ id: String, room: String = "!r:localhost") -> ChatEvent {
        ChatEvent(
            id: id,
            network: .matrix,
            room: RoomID(room),
            sender: PersonID("@carol:localhost"),
            kind: .message(text: "hello"),
            sentAt: now
        )
    }

    func reply(_ text: String, room: String, correlation: String? = nil) -> ChatAction {
        .send(ChatMessage(room: RoomID(room), text: text, correlation: correlation))
    }

    func fault(_ id: String, eventID: String) -> HygieneFault {
        HygieneFault(
            id: id,
            network: .matrix,
            reporter: PersonID("@carol:localhost"),
            reporterName: "Carol",
            room: RoomID("!r:localhost"),
            eventID: eventID,
            text: "the printer is jammed",
            category: "printer",
            route: "workplace",
            priority: "normal",
            reportedAt: now,
            groupedInto: nil
        )
    }

    @Test(
        "each room is a lane: its oldest reply first, busy rooms left out, rooms oldest first",
        arguments: StoreKind.available
    )
    func lanes(kind: StoreKind) async throws {
        try await kind.withStore { db in
            try await db.append([message("$1", room: "!a"), message("$2", room: "!b")], cursor: "s1", network: .matrix)
            let entries = try await db.pendingInbox()
            try await db.complete(entries[0], producing: [reply("a1", room: "!a"), reply("a2", room: "!a")], now: now)
            try await db.complete(entries[1], producing: [reply("b1", room: "!b")], now: now)
            let heads = try await db.outboxHeads(network: .matrix, limit: 10)
            #expect(heads.map(\.action) == [reply("a1", room: "!a"), reply("b1", room: "!b")])
            #expect(heads.map(\.lane) == ["!a", "!b"])
            let notBusy = try await db.outboxHeads(network: .matrix, busy: ["!a"], limit: 10)
            #expect(notBusy.map(\.lane) == ["!b"])
            try await db.markSent(heads[0], resultID: nil)
            #expect(try await db.outboxHeads(network: .matrix, limit: 1).map(\.action) == [reply("a2", room: "!a")])
            #expect(try await db.outboxHeads(network: .irc, limit: 10).isEmpty)
        }
    }

    @Test("a sent message with a correlation can be traced from its event id", arguments: StoreKind.available)
    func correlations(kind: StoreKind) async throws {
        try await kind.withStore { db in
            try await db.append([message("$1")], cursor: "s1", network: .matrix)
            let entry = try #require(try await db.pendingInbox().first)
            try await db.complete(entry, producing: [reply("offer", room: "!r", correlation: "offer:7")], now: now)
            let sent = try #require(try await db.nextOutbox(network: .matrix))
            try await db.markSent(sent, resultID: "$sent")
            #expect(try await db.correlation(ofSent: "$sent") == "offer:7")
            #expect(try await db.correlation(ofSent: "$other") == nil)
        }
    }

    @Test("records come back as stored, updated in place, with the handled event", arguments: StoreKind.available)
    func records(kind: StoreKind) async throws {
        try await kind.withStore { db in
            try await db.append([message("$1"), message("$2")], cursor: "s1", network: .matrix)
            let entries = try await db.pendingInbox()
            var printer = fault("f1", eventID: "$1")
            try await db.complete(entries[0], producing: [], records: [.fault(printer)], now: now)
            printer.text = "the printer is jammed again"
            try await db.complete(entries[1], producing: [], records: [.fault(printer)], now: now)
            #expect(try await db.hubRecords() == [.fault(printer)])
            #expect(try await db.pendingInbox().isEmpty)
        }
    }

    @Test("a fault's delivery: due, rescheduled, delivered with news, polled, closed", arguments: StoreKind.available)
    func deliveries(kind: StoreKind) async throws {
        try await kind.withStore { db in
            try await db.append([message("$1")], cursor: "s1", network: .matrix)
            let entry = try #require(try await db.pendingInbox().first)
            try await db.complete(entry, producing: [], records: [.fault(fault("f1", eventID: "$1"))], now: now)
            #expect(try await db.deliveryStatus("f1") == "pending")
            #expect(try await db.nextDeliveryDue() == now)
            let due = try await db.dueDeliveries(now: now)
            #expect(due.map(\.fault.id) == ["f1"])
            #expect(due.first?.mayHaveArrived == false)

            try await db.noteMayHaveArrived("f1")
            try await db.reschedule("f1", at: now + 60, error: "502", mayHaveArrived: false, now: now)
            #expect(try await db.dueDeliveries(now: now).isEmpty)
            let waiting = try #require(try await db.delivery(of: "f1"))
            #expect(waiting.attempts == 1 && waiting.mayHaveArrived && waiting.firstTriedAt == now)
            #expect(waiting.nextAttemptAt == now + 60)
            var counts = try await db.deliveryCounts()
            #expect(counts.pending == 1 && counts.oldestPending == now)

            try await db.hold(["f1"], until: now + 120, reason: "circuit open")
            #expect(try await db.nextDeliveryDue() == now + 120)
            try await db.expeditePending(now: now + 1)
            #expect(try await db.nextDeliveryDue() == now + 1)

            let receipt = TicketReceipt(id: "T-9", url: "https://t/9")
            let news = TicketNews(faultID: "f1", change: .filed(receipt)).event(
                network: .matrix,
                me: PersonID("@hubbot:localhost"),
                at: now
            )
            try await db.recordDelivered(
                "f1",
                ticket: TicketReceipt(id: "T-9", url: "https://t/9"),
                news: news,
                now: now
            )
            #expect(try await db.deliveryStatus("f1") == "delivered")
            #expect(try await db.pendingInbox().map(\.event.id) == [news.id])
            let toPoll = try await db.deliveriesToPoll(before: now)
            #expect(toPoll.map(\.ticket) == [TicketReceipt(id: "T-9", url: "https://t/9")])
            try await db.recordPolled("f1", at: now, closedNews: nil)
            #expect(try await db.deliveriesToPoll(before: now).isEmpty)
            counts = try await db.deliveryCounts()
            #expect(counts.delivered == 1 && counts.pending == 0 && counts.oldestPending == nil)
        }
    }

    @Test("a delivery given up on is a dead letter, and the hub hears of it", arguments: StoreKind.available)
    func deadLetter(kind: StoreKind) async throws {
        try await kind.withStore { db in
            try await db.append([message("$1")], cursor: "s1", network: .matrix)
            let entry = try #require(try await db.pendingInbox().first)
            try await db.complete(entry, producing: [], records: [.fault(fault("f2", eventID: "$1"))], now: now)
            let news = TicketNews(faultID: "f2", change: .failed(reason: "410 Gone")).event(
                network: .matrix,
                me: PersonID("@hubbot:localhost"),
                at: now
            )
            try await db.recordDead("f2", reason: "410 Gone", news: news)
            try await db.recordDead("f2", reason: "410 Gone", news: news)
            #expect(try await db.deliveryStatus("f2") == "dead")
            #expect(try await db.deliveryCounts().dead == 1)
            #expect(try await db.pendingInbox().map(\.event.id) == [news.id], "the news is stored once")
            #expect(try await db.deliveryStatus("nothing") == nil)
        }
    }

    @Test("state: set several at once, overwrite, remove", arguments: StoreKind.available)
    func state(kind: StoreKind) async throws {
        try await kind.withStore { db in
            try await db.setValues([("a", "1"), ("b", "2")])
            try await db.setValues([("a", "3"), ("b", nil)])
            #expect(try await db.value(for: "a") == "3")
            #expect(try await db.value(for: "b") == nil)
            try await db.enqueue([message("$x"), message("$x")])
            #expect(try await db.depths().inboxPending == 1)
        }
    }
}
