import Foundation
import HTTPTypes
import HubCore
import HubStore
import Hummingbird
import Logging
import Prometheus
import Tickets

/// HubBot's HTTP listener (127.0.0.1 by default): ticket systems call back
/// when a ticket changes, signed per Standard Webhooks; `/healthz` says the
/// process is alive, `/readyz` whether it is doing its job, `/metrics` how
/// (Prometheus text format).
///
/// `POST /tickets/status` with `webhook-id`, `webhook-timestamp` (within five
/// minutes) and `webhook-signature` headers and a JSON body
/// `{"fault_id": "fault-12-ab3x", "status": "fixed"}` (or the same fields
/// form-encoded). Unsigned or badly signed callbacks get 401 and change nothing.
struct HTTPListener {
    let database: any HubStorage
    let secrets: [String]
    let network: ChatNetwork
    let newsStored: @Sendable () -> Void
    let logger: Logger
    var clock: @Sendable () -> Date = Date.init
    /// What keeps HubBot from being ready; empty when it is.
    var readiness: @Sendable () async -> [String] = { [] }
    /// The metrics registry, and what to read into gauges before each scrape.
    var metrics: PrometheusCollectorRegistry?
    var refreshMetrics: @Sendable () async -> Void = {}

    static let fixedStatuses: Set<String> = ["fixed", "resolved", "closed", "done", "solved"]

    /// The largest status callback body read.
    static let maxCallbackBytes = 64 * 1024

    func application(address: String, port: Int) -> some ApplicationProtocol {
        let router = Router()
        router.get("/healthz") { _, _ in "ok\n" }
        let (readiness, metrics, refreshMetrics) = (readiness, metrics, refreshMetrics)
        router.get("/readyz") { _, _ -> Hummingbird.Response in
            let problems = await readiness()
            return problems.isEmpty
                ? Self.answer(.ok, "ready")
                : Self.answer(.serviceUnavailable, "not ready:\n" + problems.map { "- \($0)" }.joined(separator: "\n"))
        }
        router.get("/metrics") { _, _ -> Hummingbird.Response in
            guard let metrics else { return Self.answer(.notFound, "metrics are off") }
            await refreshMetrics()
            var buffer = ByteBuffer()
            buffer.writeBytes(metrics.emitToBuffer())
            return Hummingbird.Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: buffer)
            )
        }
        router.post("/tickets/status") { request, _ -> Hummingbird.Response in
            // A body over the limit gets 413 and the connection closed at once: the rest is never
            // read, and a client still sending it must not wait for a server that stopped reading.
            let tooLarge = {
                var answer = Self.answer(
                    .contentTooLarge,
                    "a status callback is at most \(Self.maxCallbackBytes) bytes"
                )
                answer.headers[.connection] = "close"
                return answer
            }
            if let length = request.headers[.contentLength].flatMap(Int.init), length > Self.maxCallbackBytes {
                return tooLarge()
            }
            let body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: Self.maxCallbackBytes)
            } catch let error as HTTPError where error.status == .contentTooLarge {
                return tooLarge()
            }
            return try await statusCallback(headers: request.headers, body: Data(buffer: body))
        }
        let logger = logger
        return Application(
            router: router,
            configuration: .init(address: .hostname(address, port: port), serverName: "HubBot"),
            onServerRunning: { channel in
                logger.info(
                    "HTTP listener ready",
                    metadata: ["http.address": "\(channel.localAddress?.description ?? "\(address):\(port)")"]
                )
            },
            logger: logger
        )
    }

    func statusCallback(headers: HTTPFields, body: Data) async throws -> Hummingbird.Response {
        func header(_ name: String) -> String? { HTTPField.Name(name).flatMap { headers[$0] } }
        guard !secrets.isEmpty else {
            return Self.answer(.forbidden, "status callbacks are off: set tickets.callback_secrets")
        }
        guard let id = header("webhook-id"), let timestamp = header("webhook-timestamp"),
            let signature = header("webhook-signature")
        else {
            return Self.answer(.unauthorized, "missing webhook-id, webhook-timestamp or webhook-signature")
        }
        // Standard Webhooks timestamps are integer seconds: "1796306439.5e0" or "+1796306439",
        // though signed over that text, are refused as the reference library refuses them.
        guard let seconds = Self.integerSeconds(timestamp), abs(clock().timeIntervalSince1970 - Double(seconds)) <= 300
        else {
            return Self.answer(.unauthorized, "webhook-timestamp must be integer Unix seconds within five minutes")
        }
        guard let kind = Self.bodyKind(header("content-type")) else {
            return Self.answer(
                .unsupportedMediaType,
                "send application/json or application/x-www-form-urlencoded"
            )
        }
        guard WebhookSignature.verify(header: signature, id: id, timestamp: timestamp, body: body, secrets: secrets)
        else {
            logger.warning("refused a badly signed ticket callback", metadata: ["webhook.id": "\(id)"])
            return Self.answer(.unauthorized, "the signature does not match")
        }
        let fields = Self.fields(of: body, contentType: kind)
        guard let faultID = fields["fault_id"], let status = fields["status"]?.lowercased() else {
            return Self.answer(.badRequest, "the body needs fault_id and status")
        }
        // Ids are compared exactly: "fault-1-ab\u{0}" is not "fault-1-ab".
        guard !faultID.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            return Self.answer(.badRequest, "fault_id has control characters")
        }
        guard try await database.delivery(of: faultID) != nil else {
            return Self.answer(.notFound, "no fault \(faultID)")
        }
        guard Self.fixedStatuses.contains(status) else {
            return Self.answer(.accepted, "noted; only fixed, resolved, closed, done or solved are passed on")
        }
        let news = TicketNews(faultID: faultID, change: .fixed)
            .event(network: network, me: PersonID("hubbot:tickets"), at: clock())
        try await database.enqueue([news])
        newsStored()
        logger.info(
            "ticket status callback",
            metadata: ["ticket.fault_id": "\(faultID)", "ticket.status": "\(status)"]
        )
        return Self.answer(.accepted, "ok")
    }

    /// `1796306439` → 1796306439; anything but plain digits (a sign, a fraction, an exponent) → nil.
    static func integerSeconds(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 12, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return nil
        }
        return Int(text)
    }

    /// The documented body kinds (`application/json`, form-encoded), by the Content-Type's media
    /// type; nil for any other (`text/plain` with a JSON body is refused, not guessed at).
    static func bodyKind(_ contentType: String?) -> String? {
        let media = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        switch media {
        case "application/json": return "application/json"
        case "application/x-www-form-urlencoded": return "application/x-www-form-urlencoded"
        default: return nil
        }
    }

    /// JSON or form fields of a callback body.
    static func fields(of body: Data, contentType: String?) -> [String: String] {
        if contentType?.contains("application/x-www-form-urlencoded") == true {
            // Parsed by hand: URLComponents traps on a query with characters it would have to
            // encode (an unencoded space, "é", a JSON body sent as a form), and a callback must
            // never stop HubBot. Invalid escapes are kept as written.
            var fields: [String: String] = [:]
            for pair in String(decoding: body, as: UTF8.self).split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                func decoded(_ text: Substring) -> String {
                    let spaced = text.replacingOccurrences(of: "+", with: " ")
                    return spaced.removingPercentEncoding ?? spaced
                }
                let name = decoded(parts[0])
                guard parts.count == 2, !name.isEmpty, fields[name] == nil else { continue }
                fields[name] = decoded(parts[1])
            }
            return fields
        }
        let json = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        return json.compactMapValues { $0 as? String }
    }

    static func answer(_ status: HTTPResponse.Status, _ message: String) -> Hummingbird.Response {
        var buffer = ByteBuffer()
        buffer.writeString(message + "\n")
        return Hummingbird.Response(
            status: status,
            headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: buffer)
        )
    }
}
