import Foundation

/// A PRIVMSG or NOTICE an `IRCTestClient` received.
public struct ReceivedIRC: Sendable, CustomStringConvertible {
    /// `PRIVMSG` or `NOTICE`.
    public var command: String
    /// The sender's nickname (or a server name, for server notices).
    public var sourceNick: String
    /// A channel, or the client's own nickname for a private message.
    public var target: String
    public var text: String
    /// IRCv3 message tags, as sent (values still escaped); empty on servers without them.
    public var tags: [String: String]
    public var receivedAt: Date

    public var description: String { "\(command) from \(sourceNick) to \(target): \(text)" }
}

/// A person in a test, on IRC: a plain-TCP client that registers, joins
/// channels, talks, and collects what it hears. PINGs are answered by a reader
/// thread of its own. Closed (QUIT) by `close()` or when released.
public final class IRCTestClient: @unchecked Sendable {
    public let nick: String
    private let connection: IRCTestConnection

    /// Connects to 127.0.0.1:`port` and registers (NICK, USER; RFC 2812 §3.1), waiting up to 20 s for 001.
    /// With `sasl`, logs in to that services account first (CAP REQ sasl, AUTHENTICATE PLAIN).
    public init(port: Int, nick: String, sasl: (account: String, password: String)? = nil, timeout: TimeInterval = 20)
        throws
    {
        self.nick = nick
        connection = try IRCTestConnection(port: port)
        if sasl != nil {
            try connection.send("CAP LS 302")
            try connection.send("CAP REQ :sasl")
        }
        try connection.send("NICK \(nick)")
        try connection.send("USER \(nick.prefix(10)) 0 * :HubBot test person \(nick)")
        if let sasl {
            try connection.wait(for: "CAP ACK sasl", timeout: timeout) { entries, _ in
                entries.contains { $0.line?.command == "CAP" && $0.raw.contains("ACK") } ? true : nil
            }
            try connection.send("AUTHENTICATE PLAIN")
            try connection.wait(for: "AUTHENTICATE +", timeout: timeout) { entries, _ in
                entries.contains { $0.line?.command == "AUTHENTICATE" } ? true : nil
            }
            let payload = Data("\(sasl.account)\u{0}\(sasl.account)\u{0}\(sasl.password)".utf8).base64EncodedString()
            try connection.send("AUTHENTICATE \(payload)")
            try connection.wait(for: "903 SASL success", timeout: timeout) { entries, _ in
                for entry in entries {
                    if entry.line?.command == "903" { return true }
                    if ["902", "904", "905", "906"].contains(entry.line?.command ?? "") {
                        throw TestServerError("SASL login as \(sasl.account) refused: \(entry.raw)")
                    }
                }
                return nil
            }
            try connection.send("CAP END")
        }
        let refusals: Set<String> = ["432", "433", "436", "437", "465", "ERROR"]
        try connection.wait(for: "001 RPL_WELCOME for \(nick)", timeout: timeout) { entries, _ in
            for entry in entries {
                guard let line = entry.line else { continue }
                if line.command == "001" { return true }
                if refusals.contains(line.command) {
                    throw TestServerError("the server refused to register \(nick): \(entry.raw)")
                }
            }
            return nil
        }
    }

    /// Joins `channel` and waits for the end of its member list (366 RPL_ENDOFNAMES).
    public func join(_ channel: String, timeout: TimeInterval = 20) throws {
        let start = connection.snapshot.count
        try connection.send("JOIN \(channel)")
        let refusals: Set<String> = ["403", "405", "471", "473", "474", "475", "476", "477", "479"]
        try connection.wait(for: "joining \(channel) (366)", timeout: timeout) { entries, _ in
            for entry in entries[start...] {
                guard let line = entry.line, line.parameters.count > 1,
                    line.parameters[1].lowercased() == channel.lowercased()
                else { continue }
                if line.command == "366" { return true }
                if refusals.contains(line.command) {
                    throw TestServerError("\(nick) could not join \(channel): \(entry.raw)")
                }
            }
            return nil
        }
    }

    /// Sends `text` to a channel or nickname (PRIVMSG).
    public func say(_ text: String, to target: String) throws {
        try connection.send("PRIVMSG \(target) :\(text)")
    }

    /// Sends one raw IRC line (without CR LF).
    public func send(raw line: String) throws {
        try connection.send(line)
    }

    /// Waits for a PRIVMSG or NOTICE whose text contains `containing`, from `nick`
    /// if given (case-insensitive). Messages already received count; each message
    /// is returned by this method at most once, oldest first.
    @discardableResult
    public func waitForMessage(
        from nick: String? = nil,
        containing: String,
        timeout: TimeInterval = 60
    ) throws -> ReceivedIRC {
        let what = "a message\(nick.map { " from \($0)" } ?? "") containing '\(containing)'"
        return try connection.wait(for: what, timeout: timeout) { entries, claimed in
            for entry in entries where !claimed.contains(entry.index) {
                guard let message = Self.message(entry), message.text.contains(containing),
                    nick.map({ $0.lowercased() == message.sourceNick.lowercased() }) ?? true
                else { continue }
                claimed.insert(entry.index)
                return message
            }
            return nil
        }
    }

    /// Waits for any line (raw, as received) containing `fragment`, e.g. `" JOIN #ops"`.
    @discardableResult
    public func waitForLine(containing fragment: String, timeout: TimeInterval = 60) throws -> String {
        try connection.wait(for: "a line containing '\(fragment)'", timeout: timeout) { entries, _ in
            entries.first { $0.raw.contains(fragment) }?.raw
        }
    }

    /// Every PRIVMSG and NOTICE received so far, oldest first.
    public var received: [ReceivedIRC] {
        connection.snapshot.compactMap(Self.message)
    }

    /// Every line received so far, as received.
    public var lines: [String] {
        connection.snapshot.map(\.raw)
    }

    /// Says QUIT and closes the connection. Safe to call twice.
    public func close() {
        try? connection.send("QUIT :test finished")
        connection.shutDown()
    }

    deinit {
        close()
    }

    private static func message(_ entry: IRCTestConnection.Entry) -> ReceivedIRC? {
        guard let line = entry.line, line.command == "PRIVMSG" || line.command == "NOTICE",
            line.parameters.count >= 2
        else { return nil }
        return ReceivedIRC(
            command: line.command,
            sourceNick: line.sourceNick ?? "",
            target: line.parameters[0],
            text: line.parameters[1],
            tags: line.tags,
            receivedAt: entry.receivedAt
        )
    }
}
