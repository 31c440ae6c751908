import CurlHTTP
import Foundation
import HubTestSupport
import Testing

/// CurlHTTP against the fixture server on 127.0.0.1 (`Scripts/test-http-server.py`).
@Suite("HTTPClient against a real local server")
struct HTTPClientTests {
    struct Echo: Decodable {
        var method: String
        var path: String
        var query: [String: String]
        var headers: [String: String]
        var body: String
    }

    let server: TestHTTPServer
    let client = HTTPClient()

    init() async throws {
        server = try await TestHTTPServer.shared()
    }

    func echo(_ response: HTTPResponse) throws -> Echo {
        try JSONDecoder().decode(Echo.self, from: response.body)
    }

    @Test("GET returns status, headers and body")
    func get() async throws {
        let response = try await client.execute(HTTPRequest(url: "\(server.baseURL)/hello"))
        #expect(response.status == 200)
        #expect(response.text == "hello")
        #expect(response.headers["content-type"] == "text/plain")
        #expect(response.headers["CONTENT-LENGTH"] == "5")
    }

    @Test("POST sends a JSON body and headers")
    func postJSON() async throws {
        struct Note: Codable, Equatable { var text: String; var count: Int }
        let request = try HTTPRequest.json(
            .post,
            url: "\(server.baseURL)/echo?x=1",
            body: Note(text: "héllo ✅", count: 3)
        )
        let echoed = try echo(try await client.execute(request))
        #expect(echoed.method == "POST")
        #expect(echoed.query == ["x": "1"])
        #expect(echoed.headers["content-type"] == "application/json")
        #expect(try JSONDecoder().decode(Note.self, from: Data(echoed.body.utf8)) == Note(text: "héllo ✅", count: 3))
    }

    @Test(
        "PUT, PATCH and DELETE use their method; a custom header goes through",
        arguments: [HTTPMethod.put, .patch, .delete]
    )
    func otherMethods(method: HTTPMethod) async throws {
        var request = HTTPRequest(method: method, url: "\(server.baseURL)/echo", headers: ["X-Request-Id": "r-42"])
        if method != .delete { request.body = Data("{\"a\":1}".utf8) }
        let echoed = try echo(try await client.execute(request))
        #expect(echoed.method == method.rawValue)
        #expect(echoed.headers["x-request-id"] == "r-42")
        #expect(echoed.body == (method == .delete ? "" : "{\"a\":1}"))
    }

    @Test("HEAD gets headers without a body")
    func head() async throws {
        let response = try await client.execute(HTTPRequest(method: .head, url: "\(server.baseURL)/hello"))
        #expect(response.status == 200)
        #expect(response.body.isEmpty)
    }

    @Test("response headers are case-insensitive and keep repeated fields")
    func repeatedHeaders() async throws {
        let response = try await client.execute(HTTPRequest(url: "\(server.baseURL)/headers-multi"))
        #expect(response.headers.values(for: "set-cookie") == ["a=1", "b=2"])
        #expect(response.headers["x-mixed-case"] == "yes")
        #expect(response.headers["X-MIXED-CASE"] == "yes")
    }

    @Test("4xx and 5xx are responses, with Retry-After readable", arguments: [404, 429, 500, 503])
    func errorStatuses(status: Int) async throws {
        let response = try await client.execute(HTTPRequest(url: "\(server.baseURL)/status/\(status)?retry_after=7"))
        #expect(response.status == status)
        #expect(!response.isSuccess)
        #expect(response.retryAfter(now: Date()) == .seconds(7))
    }

    @Test("redirects are followed, and the final URL is reported")
    func redirect() async throws {
        let target = "\(server.baseURL)/hello"
        let response = try await client.execute(HTTPRequest(url: "\(server.baseURL)/redirect?to=\(target)"))
        #expect(response.status == 200)
        #expect(response.text == "hello")
        #expect(response.effectiveURL.hasSuffix("/hello"))
    }

    @Test("a redirect to a scheme other than http(s) is refused")
    func redirectToOtherScheme() async throws {
        let error = await #expect(throws: HTTPClientError.self) {
            try await client.execute(HTTPRequest(url: "\(server.baseURL)/redirect?to=file:///etc/passwd"))
        }
        #expect(error?.kind == .unsupportedScheme)
    }

    @Test("keep-alive: sequential requests reuse one connection")
    func keepAlive() async throws {
        struct Connection: Decodable { var peer_port: Int; var requests_on_connection: Int }
        var seen: [Connection] = []
        for _ in 0..<5 {
            let response = try await client.execute(HTTPRequest(url: "\(server.baseURL)/connection"))
            seen.append(try JSONDecoder().decode(Connection.self, from: response.body))
        }
        #expect(Set(seen.map(\.peer_port)).count == 1)
        #expect(seen.map(\.requests_on_connection) == [1, 2, 3, 4, 5])
    }

    @Test("freshConnection: a request that must not be re-sent by libcurl goes on a new connection")
    func freshConnection() async throws {
        struct Connection: Decodable { var peer_port: Int; var requests_on_connection: Int }
        func connection(fresh: Bool) async throws -> Connection {
            var request = HTTPRequest(method: .post, url: "\(server.baseURL)/connection", body: Data("{}".utf8))
            request.freshConnection = fresh
            return try JSONDecoder().decode(Connection.self, from: try await client.execute(request).body)
        }
        let first = try await connection(fresh: false)
        let reused = try await connection(fresh: false)
        let fresh = try await connection(fresh: true)
        #expect(reused.peer_port == first.peer_port && reused.requests_on_connection == 2)
        #expect(fresh.requests_on_connection == 1 && fresh.peer_port != first.peer_port)
    }

    @Test("100 concurrent requests all complete, side by side")
    func hundredConcurrent() async throws {
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<100 {
                group.addTask { try await client.execute(HTTPRequest(url: "\(server.baseURL)/sleep?ms=500")).status }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses.count == 100)
        #expect(statuses.allSatisfy { $0 == 200 })

        // Side by side, shown without a clock: 20 requests that never get an answer are all
        // open on the server at the same moment, which one-after-another could never be.
        let ids = (0..<20).map { _ in UUID().uuidString }
        let hanging = ids.map { id in
            Task {
                try await client.execute(HTTPRequest(url: "\(server.baseURL)/hang?id=\(id)", timeout: .seconds(120)))
            }
        }
        for id in ids { try await waitForHang(id, toBe: "open") }
        hanging.forEach { $0.cancel() }
        for task in hanging { _ = await task.result }
    }

    /// Polls the server until it reports the hanging request `id` in `state` (a hang guard of a minute).
    func waitForHang(_ id: String, toBe state: String) async throws {
        struct HangState: Decodable { var state: String }
        var seen = ""
        for _ in 0..<3000 {
            let response = try await client.execute(HTTPRequest(url: "\(server.baseURL)/hang-state?id=\(id)"))
            seen = try JSONDecoder().decode(HangState.self, from: response.body).state
            if seen == state { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("the server saw hanging request \(id) as '\(seen)', not '\(state)'")
    }
}
