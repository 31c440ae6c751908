import CurlHTTP
import Foundation

/// `Scripts/webhook-receiver.py`: a scriptable ticket webhook (and a proxy that
/// can lose answers), started for one test and stopped when it is released.
public final class WebhookReceiver: Sendable {
    public let port: Int
    private let process: ChildProcess

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// One attempt the receiver saw.
    public struct Attempt: Decodable, Sendable {
        public var time: Double
        public var idempotency_key: String?
        public var webhook_id: String?
        public var signature_valid: Bool?
        public var answered: Answered?
        public var path: String?
        public var method: String?
    }

    /// A status code, or "dropped"/"forwarded".
    public enum Answered: Decodable, Sendable, Equatable {
        case status(Int)
        case other(String)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let code = try? container.decode(Int.self) {
                self = .status(code)
            } else {
                self = .other(try container.decode(String.self))
            }
        }
    }

    /// `deduplicating: false`: every create is a new ticket, whatever its Idempotency-Key (most systems).
    /// `chaos`: that share of requests misbehaves when nothing is planned (see the script), drawn with `seed`.
    public init(
        secret: String? = nil,
        forward: String? = nil,
        deduplicating: Bool = true,
        chaos: Double = 0,
        seed: Int = 1
    ) async throws {
        var arguments: [String] = deduplicating ? [] : ["--no-dedup"]
        if chaos > 0 { arguments += ["--chaos", "\(chaos)", "--seed", "\(seed)"] }
        if let secret { arguments += ["--secret", secret] }
        if let forward { arguments += ["--forward", forward] }
        (process, port) = try await ScriptedHTTPServer.launch("webhook-receiver.py", arguments: arguments)
    }

    /// Plans the next answers, e.g. `[["status": 503], ["status": 429, "retry_after": "2"], ["drop": true]]`.
    public func plan(_ answers: [[String: any Sendable]], http: HTTPClient) async throws {
        let body = try JSONSerialization.data(withJSONObject: ["answers": answers])
        let response = try await http.execute(
            HTTPRequest(
                method: .post,
                url: "\(baseURL)/control/plan",
                headers: ["Content-Type": "application/json"],
                body: body
            )
        )
        guard response.status == 200 else { throw TestServerError("plan refused: \(response.status)") }
    }

    /// Every ticket made (or with `notes`, every later report added to one): the fault, and the ticket's id.
    public func tickets(notes: Bool = false, http: HTTPClient) async throws -> [(fault: String, ticket: String)] {
        let response = try await http.execute(HTTPRequest(url: "\(baseURL)/control/\(notes ? "notes" : "tickets")"))
        return try JSONDecoder().decode([[String: String]].self, from: response.body).map {
            ($0["fault_id"] ?? "", $0["ticket"] ?? "")
        }
    }

    /// A `tickets:` section sending every fault to this receiver's webhook; with `lookup`, a fault
    /// that may have arrived is looked up before it is created again (a receiver made with
    /// `deduplicating: false` needs that).
    public func ticketsYAML(lookup: Bool = true) -> String {
        """
        tickets:
          retry_initial_seconds: 1
          targets:
            hook:
              preset: webhook
              url: "\(baseURL)/hook"
        \(lookup ? "      lookup_url: \"\(baseURL)/lookup\"" : "")
          routes:
            default: hook
        """
    }

    public func received(http: HTTPClient) async throws -> [Attempt] {
        let response = try await http.execute(HTTPRequest(url: "\(baseURL)/control/received"))
        return try JSONDecoder().decode([Attempt].self, from: response.body)
    }

    deinit {
        process.signal(SIGTERM)
    }
}

/// A Python test server of `Scripts/` that announces `{"port": N}` on its first line.
enum ScriptedHTTPServer {
    static func launch(_ script: String, arguments: [String]) async throws -> (ChildProcess, Int) {
        let process = try ChildProcess(
            "/usr/bin/env",
            arguments: [
                ProjectPaths.root.appendingPathComponent(".venv/bin/python").path,
                ProjectPaths.script(script), "--parent", "\(ProcessInfo.processInfo.processIdentifier)",
            ] + arguments
        )
        // Wait for the whole announcement line, not just its start: `{"port": 4` may be all
        // that has arrived when "port" first shows (seen on a busy machine).
        var port: Int?
        // A hang guard: Python starting on a machine busy with builds has taken over a minute.
        let deadline = ContinuousClock.now + .seconds(180)
        while port == nil, ContinuousClock.now < deadline, process.isRunning || port == nil {
            let complete = process.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            port =
                complete.lazy.compactMap { line in
                    (try? JSONDecoder().decode([String: Int].self, from: Data(line.utf8)))?["port"]
                }.first
            if port == nil {
                if !process.isRunning { break }
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        guard let port else { throw TestServerError("\(script) did not start:\n\(process.text)") }
        return (process, port)
    }
}

/// `Scripts/ticket-systems.py`: the create and marker search of every preset but the webhook and
/// Redmine (which runs for real), none of them de-duplicating.
public final class TicketSystems: Sendable {
    public let port: Int
    private let process: ChildProcess

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public struct Ticket: Decodable, Sendable {
        public var preset: String
        public var id: Int
        public var title: String
    }

    public init() async throws {
        (process, port) = try await ScriptedHTTPServer.launch("ticket-systems.py", arguments: [])
    }

    /// Every ticket made so far, of every preset.
    public func tickets(http: HTTPClient) async throws -> [Ticket] {
        let response = try await http.execute(HTTPRequest(url: "\(baseURL)/control/tickets"))
        return try JSONDecoder().decode([Ticket].self, from: response.body)
    }

    public struct Comment: Decodable, Sendable {
        public var preset: String
        public var ticket: Int
        public var body: String
    }

    /// Every comment made so far (Jira, GitHub, GitLab).
    public func comments(http: HTTPClient) async throws -> [Comment] {
        let response = try await http.execute(HTTPRequest(url: "\(baseURL)/control/comments"))
        return try JSONDecoder().decode([Comment].self, from: response.body)
    }

    deinit {
        process.signal(SIGTERM)
    }
}
