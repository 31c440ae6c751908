// End-to-end ticket delivery benchmark, run by Scripts/bench-tickets.sh:
//   TicketDrain RECEIVER_BASE_URL [FAULTS] [OUTAGE_MINUTES]
// 1. FAULTS faults queued in a fresh SQLite database are drained to the receiver:
//    deliveries per second and peak memory.
// 2. The same queue during an outage of OUTAGE_MINUTES (the receiver answers 503 to
//    everything; an injected clock runs the outage in moments), then the receiver
//    returns: the time from its return to an empty outbox, on HubBot's clock.
import CurlHTTP
import Foundation
import HubCore
import HubStore
import Logging
import Synchronization
import Tickets

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: TicketDrain RECEIVER_URL [FAULTS] [OUTAGE_MINUTES]\n".utf8))
    exit(64)
}
let base = arguments[1]
let receiver = "\(base)/hook"
let faultCount = arguments.count > 2 ? Int(arguments[2]) ?? 10_000 : 10_000
let outageMinutes = arguments.count > 3 ? Double(arguments[3]) ?? 10 : 10

final class Clock: Sendable {
    let date: Mutex<Date>
    init(_ start: Date) { date = Mutex(start) }
    var now: Date { date.withLock { $0 } }
    func advance(to target: Date) { date.withLock { $0 = max($0, target) } }
}

func peakMemoryMB() -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
}

func queue(_ count: Int, at start: Date) async throws -> HubDatabase {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("ticket-drain-\(UUID()).sqlite").path
    let database = try HubDatabase(path: path)
    for chunk in stride(from: 0, to: count, by: 1000) {
        let event = ChatEvent(
            id: "$chunk\(chunk)",
            network: .matrix,
            room: RoomID("!r:x"),
            sender: PersonID("@carol:x"),
            kind: .message(text: "faults"),
            sentAt: start
        )
        try await database.append([event], cursor: "s\(chunk)", network: .matrix)
        guard let entry = try await database.pendingInbox(limit: 1).first else { break }
        let faults = (chunk..<min(count, chunk + 1000)).map { number in
            HubRecord.fault(
                HygieneFault(
                    id: "fault-\(number)-bench",
                    network: .matrix,
                    reporter: PersonID("@carol:x"),
                    reporterName: "Carol",
                    room: RoomID("!r:x"),
                    eventID: "$e\(number)",
                    text: "the printer on floor \(number % 7) is jammed again",
                    category: "printer",
                    route: "workplace",
                    priority: "normal",
                    reportedAt: start
                )
            )
        }
        try await database.complete(entry, producing: [], records: faults, now: start)
    }
    return database
}

func service(_ database: HubDatabase, url: String, clock: Clock, http: HTTPClient) -> TicketDeliveryService {
    var logger = Logger(label: "drain")
    logger.logLevel = .critical
    var service = TicketDeliveryService(
        database: database,
        http: http,
        settings: .init(routes: ["default": TicketTarget(name: "hook", preset: .webhook, url: url)]),
        tags: TagModel(interests: [], hygiene: []),
        logger: logger,
        newsStored: {}
    )
    service.clock = { clock.now }
    return service
}

func measure() async throws {
    let http = HTTPClient()
    let realStart = Date()

    // 1. Drain.
    let clock = Clock(realStart)
    let drainDatabase = try await queue(faultCount, at: realStart)
    let drainer = service(drainDatabase, url: receiver, clock: clock, http: http)
    var breakers: [String: CircuitBreaker] = [:]
    let began = ContinuousClock.now
    while try await drainDatabase.deliveryCounts().pending > 0 {
        clock.advance(to: Date())
        try await drainer.deliverDue(breakers: &breakers)
    }
    let drainSeconds =
        Double((ContinuousClock.now - began).components.attoseconds) / 1e18
        + Double((ContinuousClock.now - began).components.seconds)
    let counts = try await drainDatabase.deliveryCounts()

    // 2. Outage, then return.
    let outageClock = Clock(realStart)
    let outageDatabase = try await queue(faultCount, at: realStart)
    _ = try await http.execute(HTTPRequest(method: .post, url: "\(base)/control/down"))
    let down = service(outageDatabase, url: receiver, clock: outageClock, http: http)
    var outageBreakers: [String: CircuitBreaker] = [:]
    let outageEnds = realStart.addingTimeInterval(outageMinutes * 60)
    while outageClock.now < outageEnds {
        try await down.deliverDue(breakers: &outageBreakers)
        guard let next = try await outageDatabase.nextDeliveryDue() else { break }
        outageClock.advance(to: min(next, outageEnds))
    }
    let returned = outageClock.now
    _ = try await http.execute(HTTPRequest(method: .post, url: "\(base)/control/up"))
    let back = down
    let backBegan = ContinuousClock.now
    while try await outageDatabase.deliveryCounts().pending > 0 {
        try await back.deliverDue(breakers: &outageBreakers)
        if let next = try await outageDatabase.nextDeliveryDue(), next > outageClock.now {
            outageClock.advance(to: next)
        }
    }
    let backReal = ContinuousClock.now - backBegan
    let toEmpty = outageClock.now.timeIntervalSince(returned)
    await http.shutdown()

    print("| measure | value |")
    print("|---|---:|")
    print("| faults drained | \(counts.delivered) (dead \(counts.dead)) |")
    print("| drain time | \(String(format: "%.1f", drainSeconds)) s |")
    print("| deliveries per second | \(String(format: "%.0f", Double(counts.delivered) / drainSeconds)) |")
    print("| peak memory (whole run) | \(String(format: "%.0f", peakMemoryMB())) MB |")
    print("| outage | \(Int(outageMinutes)) min (simulated) |")
    print("| receiver back → empty outbox, HubBot's clock | \(String(format: "%.0f", toEmpty)) s |")
    print("| of which sending (real time) | \(backReal) |")
}

try await measure()
// Leave at once: nothing is left to flush, and the databases' files are temporary.
FileHandle.standardOutput.synchronizeFile()
exit(0)
