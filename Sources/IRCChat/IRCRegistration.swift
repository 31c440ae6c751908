import Foundation

/// Connection registration as a state machine: capability negotiation
/// (`CAP LS 302` / `REQ` / `END`), SASL (PLAIN or EXTERNAL), `NICK`/`USER`
/// with alternative nicks, until the server's welcome (001).
///
/// Pure: it is fed the server's messages and answers with the messages to
/// send, so every path (a server without CAP, a NAK, a nick in use, a SASL
/// failure) is tested without a network.
/// See https://ircv3.net/specs/extensions/capability-negotiation and
/// https://ircv3.net/specs/extensions/sasl-3.1
public struct IRCRegistration: Sendable {
    public enum SASL: Sendable, Hashable {
        /// `AUTHENTICATE PLAIN` with an account and its password.
        case plain(account: String, password: String)
        /// `AUTHENTICATE EXTERNAL`: the TLS client certificate identifies HubBot.
        case external
    }

    public struct Settings: Sendable {
        public var nick: String
        /// Tried in order when the nick is in use; then the nick with `_` appended.
        public var alternativeNicks: [String] = []
        public var user: String
        public var realName: String
        /// The server password (`PASS`), when the server wants one.
        public var serverPassword: String?
        /// When set, registration fails rather than go on without logging in.
        public var sasl: SASL?
        /// Capabilities requested when the server offers them.
        public var wantedCapabilities: Set<String> = [
            "message-tags", "server-time", "account-tag", "echo-message", "extended-join", "account-notify",
        ]

        public init(nick: String, user: String? = nil, realName: String? = nil) {
            self.nick = nick
            self.user = user ?? nick.lowercased()
            self.realName = realName ?? "HubBot"
        }
    }

    public enum State: Sendable, Hashable {
        case notStarted
        /// Waiting for the capability list, or for the answer to a request.
        case negotiating
        /// SASL exchange in progress.
        case authenticating
        /// Capability negotiation over; waiting for 001.
        case awaitingWelcome
        case registered
        case failed
    }

    public let settings: Settings
    public private(set) var state = State.notStarted
    /// The nick being tried, and after 001 the nick the server confirmed.
    public private(set) var nick: String
    /// The services account HubBot is logged in as (from 900), when it is.
    public private(set) var account: String?
    /// Capabilities the server acknowledged.
    public private(set) var enabledCapabilities: Set<String> = []
    /// Capabilities the server offered, with their values (`sasl` → `PLAIN,EXTERNAL`).
    public private(set) var offeredCapabilities: [String: String] = [:]

    private var nickAttempts = 0
    private var retriedWithSASLOnly = false

    public init(settings: Settings) {
        self.settings = settings
        self.nick = settings.nick
    }

    /// The first messages: `CAP LS 302`, then `PASS`, `NICK` and `USER`.
    public mutating func start() -> [IRCMessage] {
        state = .negotiating
        var messages = [IRCMessage(command: "CAP", parameters: ["LS", "302"])]
        if let password = settings.serverPassword {
            messages.append(IRCMessage(command: "PASS", parameters: [password]))
        }
        messages.append(IRCMessage(command: "NICK", parameters: [nick]))
        messages.append(IRCMessage(command: "USER", parameters: [settings.user, "0", "*", settings.realName]))
        return messages
    }

    /// Handles one message from the server; returns what to send.
    /// - Throws: ``IRCRegistrationFailure`` when registration cannot succeed.
    public mutating func receive(_ message: IRCMessage) throws(IRCRegistrationFailure) -> [IRCMessage] {
        guard state != .registered, state != .failed else { return [] }
        let parameters = message.parameters
        switch message.command {
        case "PING":
            return [IRCMessage(command: "PONG", parameters: parameters.isEmpty ? ["hubbot"] : [parameters[0]])]
        case "CAP" where parameters.count >= 2:
            return try onCapability(subcommand: parameters[1].uppercased(), parameters: parameters)
        case "AUTHENTICATE":
            return try onAuthenticate(parameters.first ?? "")
        case "900":  // RPL_LOGGEDIN <nick> <nick!user@host> <account> :text
            if parameters.count >= 3 { account = parameters[2] }
            return []
        case "903", "907":  // RPL_SASLSUCCESS, ERR_SASLALREADY
            state = .awaitingWelcome
            return [IRCMessage(command: "CAP", parameters: ["END"])]
        case "902", "904", "905", "906":
            throw fail(
                .saslRefused,
                "the server refused HubBot's SASL login (\(message.command) \(parameters.last ?? "")); "
                    + "check irc.sasl in the config"
            )
        case "908":  // RPL_SASLMECHS
            let mechanisms = parameters.count >= 2 ? parameters[1] : "?"
            throw fail(.saslRefused, "the server does not accept this SASL mechanism; it offers \(mechanisms)")
        case "433", "436":  // ERR_NICKNAMEINUSE, ERR_NICKCOLLISION
            return try nextNick()
        case "432":  // ERR_ERRONEUSNICKNAME
            throw fail(.refused, "the server does not accept the nick “\(nick)” (432); choose another irc.nick")
        case "464":  // ERR_PASSWDMISMATCH
            throw fail(.refused, "the server refused the password (464); check irc.server_password")
        case "465":  // ERR_YOUREBANNEDCREEP
            throw fail(.refused, "the server says HubBot is banned (465): \(parameters.last ?? "")")
        case "421" where parameters.count >= 2 && parameters[1].uppercased() == "CAP":
            // An old server without capability negotiation.
            if settings.sasl != nil {
                throw fail(.saslRefused, "the server does not support capability negotiation, so no SASL login")
            }
            state = .awaitingWelcome
            return []
        case "001":
            if let confirmed = parameters.first, !confirmed.isEmpty { nick = confirmed }
            if settings.sasl != nil, account == nil, state != .awaitingWelcome {
                throw fail(.saslRefused, "the server welcomed HubBot before the SASL login finished")
            }
            state = .registered
            return []
        case "ERROR":
            throw fail(.closed, "the server closed the connection: \(parameters.last ?? "")")
        default:
            return []
        }
    }

    private mutating func onCapability(subcommand: String, parameters: [String]) throws(IRCRegistrationFailure)
        -> [IRCMessage]
    {
        // `CAP <target> <sub> [*] :<list>`: the list is the last parameter after the subcommand, maybe absent.
        let capabilityList = parameters.count > 2 ? parameters[parameters.count - 1] : ""
        switch subcommand {
        case "LS":
            // `CAP * LS * :a b` continues; `CAP * LS :a b` is the last line.
            let more = parameters.count >= 4 && parameters[2] == "*"
            for entry in capabilityList.split(separator: " ") {
                let parts = entry.split(separator: "=", maxSplits: 1)
                offeredCapabilities[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
            }
            guard !more, state == .negotiating else { return [] }
            var wanted = settings.wantedCapabilities.filter { offeredCapabilities[$0] != nil }
            if let sasl = settings.sasl {
                guard let mechanisms = offeredCapabilities["sasl"] else {
                    throw fail(.saslUnavailable, "the server does not offer SASL, and irc.sasl is configured")
                }
                let mechanism = sasl.mechanism
                if !mechanisms.isEmpty, !mechanisms.split(separator: ",").contains(Substring(mechanism)) {
                    throw fail(.saslRefused, "the server offers SASL \(mechanisms), not \(mechanism)")
                }
                wanted.insert("sasl")
            }
            guard !wanted.isEmpty else {
                state = .awaitingWelcome
                return [IRCMessage(command: "CAP", parameters: ["END"])]
            }
            return [IRCMessage(command: "CAP", parameters: ["REQ", wanted.sorted().joined(separator: " ")])]
        case "ACK":
            let acknowledged = capabilityList.split(separator: " ").map { String($0) }
            for capability in acknowledged {
                if capability.hasPrefix("-") {
                    enabledCapabilities.remove(String(capability.dropFirst()))
                } else {
                    enabledCapabilities.insert(capability)
                }
            }
            guard state == .negotiating else { return [] }
            if let sasl = settings.sasl, enabledCapabilities.contains("sasl") {
                state = .authenticating
                return [IRCMessage(command: "AUTHENTICATE", parameters: [sasl.mechanism])]
            }
            state = .awaitingWelcome
            return [IRCMessage(command: "CAP", parameters: ["END"])]
        case "NAK":
            guard state == .negotiating else { return [] }
            if settings.sasl != nil {
                // Capabilities are granted all or nothing: ask for SASL alone once.
                guard !retriedWithSASLOnly else {
                    throw fail(.saslRefused, "the server refused the SASL capability")
                }
                retriedWithSASLOnly = true
                return [IRCMessage(command: "CAP", parameters: ["REQ", "sasl"])]
            }
            state = .awaitingWelcome
            return [IRCMessage(command: "CAP", parameters: ["END"])]
        default:
            return []
        }
    }

    private mutating func onAuthenticate(_ challenge: String) throws(IRCRegistrationFailure) -> [IRCMessage] {
        guard state == .authenticating, challenge == "+", let sasl = settings.sasl else { return [] }
        switch sasl {
        case .external:
            return [IRCMessage(command: "AUTHENTICATE", parameters: ["+"])]
        case .plain(let account, let password):
            let payload = Data("\(account)\u{0}\(account)\u{0}\(password)".utf8).base64EncodedString()
            return Self.authenticateChunks(payload)
        }
    }

    /// A SASL payload in 400-byte `AUTHENTICATE` lines; `+` after a last full chunk.
    static func authenticateChunks(_ payload: String) -> [IRCMessage] {
        var messages: [IRCMessage] = []
        var rest = Substring(payload)
        while !rest.isEmpty {
            messages.append(IRCMessage(command: "AUTHENTICATE", parameters: [String(rest.prefix(400))]))
            rest = rest.dropFirst(400)
        }
        if payload.count % 400 == 0 { messages.append(IRCMessage(command: "AUTHENTICATE", parameters: ["+"])) }
        return messages
    }

    private mutating func nextNick() throws(IRCRegistrationFailure) -> [IRCMessage] {
        guard state != .registered else { return [] }
        nickAttempts += 1
        let candidates = settings.alternativeNicks + (1...3).map { settings.nick + String(repeating: "_", count: $0) }
        guard nickAttempts <= candidates.count else {
            throw fail(
                .closed,
                "every nick HubBot may use is taken (\(([settings.nick] + candidates).joined(separator: ", ")))"
            )
        }
        nick = candidates[nickAttempts - 1]
        return [IRCMessage(command: "NICK", parameters: [nick])]
    }

    private mutating func fail(_ kind: IRCRegistrationFailure.Kind, _ reason: String) -> IRCRegistrationFailure {
        state = .failed
        return IRCRegistrationFailure(kind: kind, reason: reason)
    }
}

extension IRCRegistration.SASL {
    var mechanism: String {
        switch self {
        case .plain: "PLAIN"
        case .external: "EXTERNAL"
        }
    }
}

/// Why registration failed. SASL and refusals are permanent: reconnecting
/// with the same settings would fail again, so HubBot stops and says why.
public struct IRCRegistrationFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The SASL login failed or is impossible on this server.
        case saslRefused
        /// The server offers no SASL right now (its services may be down).
        case saslUnavailable
        /// The server refused the nick, the password, or HubBot itself.
        case refused
        /// The connection ended or every nick was taken: worth another try later.
        case closed
    }

    public var kind: Kind
    public var reason: String

    public var isPermanent: Bool { kind != .closed }
    public var description: String { reason }
}
