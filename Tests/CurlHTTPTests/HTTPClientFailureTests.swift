import CurlHTTP
import Foundation
import HubTestSupport
import Testing

@Suite("HTTPClient failures: timeouts, cancellation, limits, TLS")
struct HTTPClientFailureTests {
    let server: TestHTTPServer
    let client = HTTPClient()
    /// A hanging request's own timeout: only a hang guard, far beyond how long a busy machine
    /// takes to see it open and end it (cancel, shut down). At 60 s, beside `stress-ng --cpu 2`
    /// and a build, the timeout came first and the test read a timeout for a lost cancellation.
    static let hangTimeout = Duration.seconds(600)

    init() async throws {
        server = try await TestHTTPServer.shared()
    }

    @Test("the total timeout ends a slow response with .timedOut")
    func totalTimeout() async throws {
        let request = HTTPRequest(url: "\(server.baseURL)/sleep?ms=5000", timeout: .milliseconds(300))
        let error = await #expect(throws: HTTPClientError.self) { try await client.execute(request) }
        #expect(error?.kind == .timedOut)
        #expect(error?.curlCode == 28)
        #expect(error?.isTransient == true)
    }

    @Test("a closed port fails with .connectFailed")
    func connectFailed() async throws {
        let port = try closedPort()
        let error = await #expect(throws: HTTPClientError.self) {
            try await client.execute(HTTPRequest(url: "http://127.0.0.1:\(port)/"))
        }
        #expect(error?.kind == .connectFailed)
        #expect(error?.curlCode == 7)
    }

    @Test("errors name the URL without credentials or secret query values")
    func errorsHideSecrets() async throws {
        let port = try closedPort()
        let url = "http://bot:hunter2@127.0.0.1:\(port)/_matrix/client/v3/sync?since=s1&access_token=syt_secret"
        let error = await #expect(throws: HTTPClientError.self) { try await client.execute(HTTPRequest(url: url)) }
        let text = try #require(error).description
        #expect(!text.contains("hunter2"))
        #expect(!text.contains("syt_secret"))
        #expect(text.contains("since=s1"))
        #expect(text.contains("access_token=<redacted>"))
        #expect(text.hasPrefix("GET http://127.0.0.1:\(port)/_matrix/client/v3/sync"))
    }

    @Test("cancelling the task aborts a hanging long-poll at once and closes its connection")
    func cancelHangingLongPoll() async throws {
        let id = UUID().uuidString
        let poll = Task {
            try await client.execute(HTTPRequest(url: "\(server.baseURL)/hang?id=\(id)", timeout: Self.hangTimeout))
        }
        try await waitForHang(id, toBe: "open")
        poll.cancel()
        let result = await poll.result
        // A CancellationError, not the request's own timeout: cancelling ended it. The
        // server then sees the connection closed.
        #expect(throws: CancellationError.self) { try result.get() }
        try await waitForHang(id, toBe: "closed")
    }

    @Test("a task cancelled before the request starts never sends it")
    func cancelledBeforeStart() async throws {
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await client.execute(HTTPRequest(url: "\(server.baseURL)/hello"))
        }
        await #expect(throws: CancellationError.self) { try await task.value }
    }

    @Test("a response larger than the limit is aborted", arguments: [false, true])
    func oversizeBody(chunked: Bool) async throws {
        let oneGiB = 1 << 30
        let request = HTTPRequest(
            url: "\(server.baseURL)/bytes?n=\(oneGiB)&chunked=\(chunked ? 1 : 0)",
            maxResponseBytes: 1 << 20
        )
        let error = await #expect(throws: HTTPClientError.self) { try await client.execute(request) }
        #expect(error?.kind == .responseTooLarge)
        #expect(error?.description.contains("1048576") == true)
    }

    @Test("a body just under the limit is accepted whole")
    func bodyAtLimit() async throws {
        let request = HTTPRequest(url: "\(server.baseURL)/bytes?n=65536&chunked=1", maxResponseBytes: 65536)
        let response = try await client.execute(request)
        #expect(response.body.count == 65536)
    }

    @Test("a request body over the client's limit is refused before sending")
    func oversizeRequest() async throws {
        var configuration = HTTPClient.Configuration()
        configuration.maxRequestBytes = 1024
        let small = HTTPClient(configuration: configuration)
        let request = HTTPRequest(method: .post, url: "\(server.baseURL)/echo", body: Data(count: 2048))
        let error = await #expect(throws: HTTPClientError.self) { try await small.execute(request) }
        #expect(error?.kind == .requestTooLarge)
        await small.shutdown()
    }

    @Test("malformed requests are refused before anything is sent")
    func malformedRequests() async throws {
        let cases: [(HTTPRequest, HTTPClientError.Kind)] = [
            (HTTPRequest(url: "ftp://127.0.0.1/file"), .unsupportedScheme),
            (HTTPRequest(url: "\(server.baseURL)/a b"), .invalidRequest),
            (HTTPRequest(url: "\(server.baseURL)/echo", headers: ["X-Evil": "a\r\nInjected: yes"]), .invalidRequest),
            (HTTPRequest(url: "\(server.baseURL)/echo", headers: ["Bad Name": "x"]), .invalidRequest),
            (HTTPRequest(method: HTTPMethod(rawValue: "GET /x"), url: "\(server.baseURL)/echo"), .invalidRequest),
        ]
        for (request, kind) in cases {
            let error = await #expect(throws: HTTPClientError.self) { try await client.execute(request) }
            #expect(error?.kind == kind, "\(request.url)")
        }
    }

    @Test("TLS: verification succeeds with the test CA")
    func tlsWithCA() async throws {
        var configuration = HTTPClient.Configuration()
        configuration.caFile = server.caFile
        let tlsClient = HTTPClient(configuration: configuration)
        let response = try await tlsClient.execute(HTTPRequest(url: "\(server.tlsBaseURL)/hello"))
        #expect(response.status == 200)
        #expect(response.text == "hello")
        await tlsClient.shutdown()
    }

    @Test("TLS: verification fails without the CA, and for the wrong host name")
    func tlsWithoutCA() async throws {
        let error = await #expect(throws: HTTPClientError.self) {
            try await client.execute(HTTPRequest(url: "\(server.tlsBaseURL)/hello"))
        }
        #expect(error?.kind == .tls)

        var configuration = HTTPClient.Configuration()
        configuration.caFile = server.caFile
        let tlsClient = HTTPClient(configuration: configuration)
        // The certificate names 127.0.0.1 and localhost, not 127.0.0.2.
        let wrongHost = await #expect(throws: HTTPClientError.self) {
            try await tlsClient.execute(HTTPRequest(url: "https://127.0.0.2:\(server.httpsPort)/hello"))
        }
        #expect(wrongHost?.kind == .tls || wrongHost?.kind == .connectFailed)
        await tlsClient.shutdown()
    }

    @Test("after shutdown, running and new requests fail with .shutdown")
    func shutdown() async throws {
        let doomed = HTTPClient()
        let id = UUID().uuidString
        let hanging = Task {
            try await doomed.execute(HTTPRequest(url: "\(server.baseURL)/hang?id=\(id)", timeout: Self.hangTimeout))
        }
        try await waitForHang(id, toBe: "open")
        await doomed.shutdown()
        let running = await #expect(throws: HTTPClientError.self) { try await hanging.value }
        #expect(running?.kind == .shutdown)
        let later = await #expect(throws: HTTPClientError.self) {
            try await doomed.execute(HTTPRequest(url: "\(server.baseURL)/hello"))
        }
        #expect(later?.kind == .shutdown)
    }

    // MARK: helpers

    /// Polls the server until the hanging request `id` is in `state` ("open" or "closed").
    func waitForHang(_ id: String, toBe state: String) async throws {
        struct HangState: Decodable { var state: String }
        var seen = ""
        for _ in 0..<3000 {  // a hang guard of a minute, for busy machines
            let response = try await client.execute(HTTPRequest(url: "\(server.baseURL)/hang-state?id=\(id)"))
            seen = try JSONDecoder().decode(HangState.self, from: response.body).state
            if seen == state { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("the server saw hanging request \(id) as '\(seen)', not '\(state)'")
    }

    /// A port on 127.0.0.1 that nothing listens on.
    func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw TestServerError("could not find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
