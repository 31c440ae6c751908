import Foundation

/// `Scripts/irc-scripted-server.py`: a small IRC server that speaks IRCv3
/// capability negotiation and SASL PLAIN/EXTERNAL, and logs every line it
/// receives with a monotonic time (for flood-control tests). Started for one
/// test; stopped when released, or when the test process exits.
public final class ScriptedIRCServer: Sendable {
    /// The port on 127.0.0.1 (TLS when started with certificates).
    public let port: Int
    /// JSON lines `{"t": seconds, "line": "…"}`, one per line received from any client.
    public let logPath: String
    private let process: ChildProcess

    /// One line a client sent, with the server's monotonic clock reading when it arrived.
    public typealias ReceivedLine = (t: Double, line: String)

    /// Starts a server.
    /// - Parameters:
    ///   - caps: the capabilities offered, e.g. `"sasl=PLAIN,EXTERNAL server-time account-tag echo-message"`.
    ///   - account: with `password`, the only credentials SASL PLAIN accepts.
    ///   - certificates: serve TLS with its server certificate; SASL EXTERNAL accepts
    ///     client certificates signed by its CA and logs them in as their CN.
    ///   - nickInUse: a nickname that gets 433 ERR_NICKNAMEINUSE.
    ///   - silentAfterWelcome: PINGs after registration go unanswered (a dead connection that stays open).
    public init(
        caps: String = "",
        account: String? = nil,
        password: String? = nil,
        certificates: IRCTestCertificates? = nil,
        nickInUse: String? = nil,
        silentAfterWelcome: Bool = false
    ) throws {
        let name = "irc-scripted-\(UUID().uuidString.prefix(8).lowercased()).jsonl"
        logPath = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
        let venvPython = ProjectPaths.root.appendingPathComponent(".venv/bin/python").path
        let python = FileManager.default.isExecutableFile(atPath: venvPython) ? venvPython : "/usr/bin/python3"
        var arguments = [
            ProjectPaths.script("irc-scripted-server.py"), "--port", "0", "--log", logPath,
            "--parent", "\(ProcessInfo.processInfo.processIdentifier)",
        ]
        if !caps.isEmpty { arguments += ["--caps", caps] }
        if let account { arguments += ["--account", account] }
        if let password { arguments += ["--password", password] }
        if let nickInUse { arguments += ["--nick-in-use", nickInUse] }
        if silentAfterWelcome { arguments.append("--silent-after-welcome") }
        if let certificates {
            arguments += [
                "--tls-cert", certificates.serverCertificate, "--tls-key", certificates.serverKey,
                "--client-ca", certificates.caFile,
            ]
        }
        process = try ChildProcess(python, arguments: arguments)
        let deadline = Date().addingTimeInterval(20)
        var announced: Int?
        while announced == nil, Date() < deadline, process.isRunning {
            announced = Self.announcedPort(in: process.text)
            if announced == nil { Thread.sleep(forTimeInterval: 0.02) }
        }
        guard let announced else {
            process.signal(SIGTERM)
            throw TestServerError("irc-scripted-server.py did not announce its port:\n\(process.text)")
        }
        port = announced
    }

    /// Every line clients sent so far, oldest first.
    public func receivedLines() -> [ReceivedLine] {
        guard let text = try? String(contentsOfFile: logPath, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { entry in
            guard let decoded = try? JSONDecoder().decode(LoggedLine.self, from: Data(entry.utf8)) else { return nil }
            return (decoded.t, decoded.line)
        }
    }

    /// Every line the server's test-only FLOOD command sent, oldest first (with the same clock as `receivedLines`).
    public func floodLines() -> [ReceivedLine] {
        guard let text = try? String(contentsOfFile: logPath, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { entry in
            guard let decoded = try? JSONDecoder().decode(SentLine.self, from: Data(entry.utf8)) else { return nil }
            return (decoded.t, decoded.sent)
        }
    }

    /// What the server printed (its port, and any line it could not handle).
    public var output: String { process.text }

    /// Stops the server (SIGTERM) and waits up to 5 s for it to exit.
    public func stop() {
        guard process.isRunning else { return }
        process.signal(SIGTERM)
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: logPath)
    }

    /// The port from the server's first line, `PORT <n>`.
    private static func announcedPort(in output: String) -> Int? {
        output.split(separator: "\n").lazy.compactMap { $0.hasPrefix("PORT ") ? Int($0.dropFirst(5)) : nil }.first
    }

    private struct LoggedLine: Decodable {
        var t: Double
        var line: String
    }

    private struct SentLine: Decodable {
        var t: Double
        var sent: String
    }
}

/// A throwaway CA with a server certificate for localhost and 127.0.0.1, and
/// client certificates on request, made by `Scripts/ircd.sh certs`.
public struct IRCTestCertificates: Sendable {
    public let directory: String

    public var caFile: String { "\(directory)/ca.pem" }
    public var serverCertificate: String { "\(directory)/server.pem" }
    public var serverKey: String { "\(directory)/server.key" }

    /// Creates the CA and the server certificate in a fresh temporary directory.
    public init() throws {
        let name = "hubbot-irc-certs-\(UUID().uuidString.prefix(8).lowercased())"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
        try ProjectScript.run("ircd.sh", ["certs", directory])
    }

    /// A client certificate with CN `name`, signed by the CA (for SASL EXTERNAL).
    public func client(_ name: String) throws -> (certificate: String, key: String) {
        try ProjectScript.run("ircd.sh", ["certs", directory, "--client", name])
        return ("\(directory)/client-\(name).pem", "\(directory)/client-\(name).key")
    }
}
