import Foundation

/// A real IRC server of a test's own: Debian's ngIRCd, started on 127.0.0.1 with
/// `Scripts/ircd.sh` in a fresh directory, stopped and deleted when released.
///
/// ngIRCd throttles every client (its own flood control, see Scripts/ircd.sh):
/// lines beyond about three a second are delayed, never dropped. Pass
/// `penalties: false` for a server that handles lines as fast as they come.
/// ngIRCd also stops when the test process exits. Needs `Scripts/ircd.sh install`
/// (Scripts/install-deps.sh runs it).
public final class NgircdServer: Sendable {
    /// The instance's directory: ngircd.conf, ngircd.log, and with TLS ca.pem.
    public let directory: String
    /// The plain-text port on 127.0.0.1.
    public let port: Int
    /// The TLS port on 127.0.0.1 (certificate for localhost and 127.0.0.1), if started with TLS.
    public let tlsPort: Int?
    /// PEM file of the throwaway CA that signed the TLS certificate, if started with TLS.
    public let caFile: String?
    private let penalties: Bool

    /// Starts a server on free ports; with `tls`, also a TLS listener.
    public static func start(tls: Bool = false, penalties: Bool = true) throws -> NgircdServer {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("hubbot-ngircd-\(UUID().uuidString.prefix(8).lowercased())").path
        let output = try ProjectScript.run("ircd.sh", Self.startArguments(directory, 0, tls ? 0 : nil, penalties))
        let ports = output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard let port = ports.first, !tls || ports.count == 2 else {
            throw TestServerError("Scripts/ircd.sh start printed '\(output)', not the ports")
        }
        return NgircdServer(
            directory: directory,
            port: port,
            tlsPort: tls ? ports[1] : nil,
            penalties: penalties
        )
    }

    private init(directory: String, port: Int, tlsPort: Int?, penalties: Bool) {
        self.directory = directory
        self.port = port
        self.tlsPort = tlsPort
        self.caFile = tlsPort == nil ? nil : "\(directory)/ca.pem"
        self.penalties = penalties
    }

    /// ngIRCd's log so far (connections, registrations, errors), for failure messages.
    public var log: String {
        (try? String(contentsOfFile: "\(directory)/ngircd.log", encoding: .utf8)) ?? ""
    }

    /// Stops the server (SIGTERM): every client is disconnected. `restart()` brings it back.
    public func stop() {
        _ = try? ProjectScript.run("ircd.sh", ["stop", directory])
    }

    /// Starts it again on the same ports, with the same certificate.
    public func restart() throws {
        try ProjectScript.run("ircd.sh", Self.startArguments(directory, port, tlsPort, penalties))
    }

    deinit {
        _ = try? ProjectScript.run("ircd.sh", ["wipe", directory])
    }

    private static func startArguments(_ directory: String, _ port: Int, _ tlsPort: Int?, _ penalties: Bool)
        -> [String]
    {
        var arguments = ["start", directory, "\(port)", "--parent", "\(ProcessInfo.processInfo.processIdentifier)"]
        if let tlsPort { arguments += ["--tls", "\(tlsPort)"] }
        if !penalties { arguments.append("--no-penalty") }
        return arguments
    }
}

/// A real IRC network with services: InspIRCd linked to Atheme, started with
/// `Scripts/irc-services.sh` in a fresh directory, with the accounts `hubbot`
/// (`hubbot-secret`) and `alice` (`alice-secret`) registered. SASL PLAIN and
/// IRCv3 account tags work as on a production network.
public final class InspircdServices: Sendable {
    public let directory: String
    public let port: Int

    public static func start() throws -> InspircdServices {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("hubbot-inspircd-\(UUID().uuidString.prefix(8).lowercased())").path
        let output = try ProjectScript.run("irc-services.sh", ["start", directory])
        guard let port = output.firstMatch(of: /127\.0\.0\.1:(\d+)/).flatMap({ Int($0.1) }) else {
            throw TestServerError("Scripts/irc-services.sh start printed '\(output)', not 127.0.0.1:PORT")
        }
        return InspircdServices(directory: directory, port: port)
    }

    private init(directory: String, port: Int) {
        self.directory = directory
        self.port = port
    }

    deinit {
        _ = try? ProjectScript.run("irc-services.sh", ["stop", directory])
        _ = try? ProjectScript.run("irc-services.sh", ["wipe", directory])
    }
}
