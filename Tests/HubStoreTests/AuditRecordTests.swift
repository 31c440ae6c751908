import Foundation
import HubCore
import HubStore
import Testing

/// The audit log of admin changes is stored with the hub's other records.
@Suite("Audit entries are stored with the hub's records")
struct AuditRecordTests {
    @Test("an audit entry stored with an event's replies comes back as it was, outcome and all")
    func roundTrip() async throws {
        let db = try HubDatabase.inMemory()
        let event = ChatEvent(
            id: "$1",
            network: .matrix,
            room: RoomID("!dm:localhost"),
            sender: PersonID("@dave:localhost"),
            kind: .message(text: "!tag remove #r"),
            sentAt: Date(timeIntervalSince1970: 1_800_000_000)
        )
        try await db.append([event], cursor: "s1", network: .matrix)
        let entry = try #require(try await db.pendingInbox().first)
        var refused = AuditEntry(
            id: 2,
            at: event.sentAt,
            person: event.sender,
            personName: "Dave",
            change: "remove #r",
            outcome: .refused(reason: "The tag file would not pass the check with it:\ntags.yaml:9:5: …"),
            room: event.room,
            eventID: event.id,
            inDirectChat: true
        )
        refused.decidedAt = event.sentAt.addingTimeInterval(1)
        let pending = AuditEntry(
            id: 3,
            at: event.sentAt,
            person: event.sender,
            personName: "Dave",
            change: "remove #python",
            outcome: .pending,
            room: event.room,
            eventID: event.id,
            inDirectChat: true
        )
        try await db.complete(entry, producing: [], records: [.audit(refused), .audit(pending)], now: event.sentAt)
        let stored = try await db.hubRecords().compactMap { record -> AuditEntry? in
            if case .audit(let entry) = record { return entry }
            return nil
        }
        #expect(stored.sorted { $0.id < $1.id } == [refused, pending])
        #expect(stored.first { $0.id == 3 }?.decidedAt == nil)
    }
}
