import Foundation

/// The project's fixture HTTP server (`Scripts/test-http-server.py`), started
/// once per test process on 127.0.0.1, plain and TLS with a throwaway CA.
/// It exits by itself when this process ends (its stdin closes).
public final class TestHTTPServer: Sendable {
    public let httpPort: Int
    public let httpsPort: Int
    /// PEM file of the CA that signed the HTTPS certificate.
    public let caFile: String
    private let process: Process
    private let stdin: Pipe

    public var baseURL: String { "http://127.0.0.1:\(httpPort)" }
    public var tlsBaseURL: String { "https://127.0.0.1:\(httpsPort)" }

    /// The shared instance; started on first use.
    public static func shared() async throws -> TestHTTPServer {
        try await Holder.instance.get()
    }

    private actor Holder {
        static let instance = Holder()
        private var server: TestHTTPServer?
        func get() throws -> TestHTTPServer {
            if let server { return server }
            let started = try TestHTTPServer()
            server = started
            return started
        }
    }

    private struct Announcement: Decodable {
        var http: Int
        var https: Int
        var ca: String
    }

    private init() throws {
        let tlsDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("hubbot-test-tls-\(ProcessInfo.processInfo.processIdentifier)")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", ProjectPaths.script("test-http-server.py"), "--tls-dir", tlsDirectory.path]
        stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = stdout.fileHandleForReading.availableData
            guard !chunk.isEmpty else {
                throw TestServerError("test-http-server.py exited before announcing its ports")
            }
            line.append(chunk)
        }
        let announcement = try JSONDecoder().decode(Announcement.self, from: line)
        httpPort = announcement.http
        httpsPort = announcement.https
        caFile = announcement.ca
    }
}

public struct TestServerError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
