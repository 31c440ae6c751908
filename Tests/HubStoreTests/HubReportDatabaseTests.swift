import Foundation
import HubStore
import Testing

@testable import HubCore

/// `hubbot report` end to end below the command line: records stored in a real
/// SQLite file, read back by a second connection (as the CLI opens it), reported
/// and rendered in all three formats.
@Suite("hubbot report on a seeded database")
struct HubReportDatabaseTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)  // Friday 2027-01-15 08:00 UTC
    static let carol = PersonID("@carol:hub.test")
    static let alice = PersonID("@alice:hub.test")

    static func request(_ id: Int, _ tags: [String], minutes: Double, acceptedAfter: TimeInterval?) -> HubRequest {
        var request = HubRequest(
            id: id,
            requester: carol,
            requesterName: "Carol",
            room: RoomID("!dm"),
            eventID: "$\(id)",
            inDirectChat: true,
            text: "question \(id)",
            tags: tags,
            createdAt: start.addingTimeInterval(minutes * 60),
            phase: .offering
        )
        if let acceptedAfter {
            var flow = OfferFlow(requestID: "\(id)", requester: carol, mode: .chosen(alice))
            flow.state = .closed(.done)
            flow.helper = alice
            request.flow = flow
            request.acceptedAt = request.createdAt.addingTimeInterval(acceptedAfter)
            request.rating = 4
        }
        return request
    }

    /// Three requests (accepted after 120 and 480 s; one nobody offers), one fault filed after 30 s.
    static var records: [HubRecord] {
        var unmet = request(3, ["sna"], minutes: 20, acceptedAfter: nil)
        unmet.phase = .unmet
        unmet.unmet = .noSpecialist
        var fault = HygieneFault(
            id: "fault-4-abcd",
            network: .matrix,
            reporter: carol,
            reporterName: "Carol",
            room: RoomID("!dm"),
            eventID: "$4",
            text: "printer, jammed",
            category: "printer",
            route: "desk",
            priority: "normal",
            reportedAt: start.addingTimeInterval(3600)
        )
        fault.state = .filed
        fault.filedAt = fault.reportedAt.addingTimeInterval(30)
        return [
            .request(request(1, ["statistics"], minutes: 0, acceptedAfter: 120)),
            .request(request(2, ["statistics", "r"], minutes: 10, acceptedAfter: 480)),
            .request(unmet),
            .fault(fault),
            .person(PersonRecord(id: carol, displayName: "Carol")),
        ]
    }

    /// A database file holding `records`, stored the way the hub stores them.
    static func seededFile() async throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-report-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("hubbot.sqlite").path
        let database = try HubDatabase(path: path)
        let seed = ChatEvent(
            id: "$seed",
            network: .matrix,
            room: RoomID("!dm"),
            sender: carol,
            kind: .message(text: "seed"),
            sentAt: start
        )
        try await database.enqueue([seed])
        let entry = try #require(try await database.pendingInbox().first)
        try await database.complete(entry, producing: [], records: records, now: start)
        return path
    }

    @Test("the figures match the ones worked out by hand")
    func figures() async throws {
        let path = try await Self.seededFile()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let report = try await HubDatabase(path: path).report(
            since: Self.start,
            until: Self.start.addingTimeInterval(7 * 86_400)
        )
        #expect(report.requests.total == 3)
        #expect(report.requests.foundSomeone == 2)
        #expect(report.requests.foundShare == 2.0 / 3.0)
        #expect(report.requests.perTag.map(\.tag) == ["statistics", "r", "sna"])
        #expect(report.timeToFirstHuman.median == 300)
        #expect(report.timeToFirstHuman.p90 == 480)
        #expect(report.ratings.count == 2 && report.ratings.average == 4)
        #expect(report.faults.perCategory.first?.delivery.median == 30)
        #expect(report.unmetDemand.map(\.tag) == ["sna"])
        #expect(report.unmetDemand.first?.noSpecialist == 1)
        let later = try await HubDatabase(path: path).report(
            since: Self.start.addingTimeInterval(15 * 60),
            until: Self.start.addingTimeInterval(7 * 86_400)
        )
        #expect(later.requests.total == 1, "requests count in the period they were created in")
    }

    @Test("markdown, csv and json all carry the same figures")
    func formats() async throws {
        let path = try await Self.seededFile()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let report = try await HubDatabase(path: path).report(
            since: Self.start,
            until: Self.start.addingTimeInterval(7 * 86_400)
        )

        let markdown = try report.rendered(as: .markdown)
        #expect(markdown.contains("3 requests: 2 found someone (67%), 1 could not be met yet"))
        #expect(markdown.contains("median 5 min, p90 8 min"))
        #expect(markdown.contains("| printer | 1 | 1 | 0 | 0 | 30 s | 30 s |"))
        #expect(!markdown.contains("Carol") && !markdown.contains("Alice"))

        let csv = try report.rendered(as: .csv)
        let rows = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.first == ["section", "item", "metric", "value"])
        #expect(rows.allSatisfy { $0.count == 4 }, "every row has four cells")
        #expect(csv.contains("\nrequests,,total,3\n"))
        #expect(csv.contains("\nrequests,,found_share,0.667\n"))
        #expect(csv.contains("\nrequests,statistics,count,2\n"))
        #expect(csv.contains("\ntime_to_first_human,,median_seconds,300\n"))
        #expect(csv.contains("\nfaults,printer,delivery_median_seconds,30\n"))
        #expect(csv.contains("\nunmet_demand,sna,no_specialist,1\n"))

        let json = try report.rendered(as: .json)
        #expect(try HubReport.jsonDecoder.decode(HubReport.self, from: Data(json.utf8)) == report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(
            object.keys.sorted() == [
                "faults", "new_interests", "ratings", "requests", "since", "time_to_first_human", "unmet_demand",
                "until",
            ]
        )
        #expect(object["since"] as? String == "2027-01-15T08:00:00Z")
        let requests = try #require(object["requests"] as? [String: Any])
        #expect(requests["found_someone"] as? Int == 2)
        #expect(json == (try report.rendered(as: .json)), "the same report prints the same bytes")
    }
}
