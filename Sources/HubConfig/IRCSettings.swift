import Foundation

extension HubBotConfig {
    /// `irc:` — HubBot on an IRC network. Documented in docs/configuration.md and docs/irc.md.
    public struct IRCSettings: Sendable, Equatable, Decodable {
        public struct SASL: Sendable, Equatable, Decodable {
            /// `plain` (account and password) or `external` (the TLS client certificate).
            public var mechanism: String
            public var account: String?
            /// `env:`/`file:` reference to the account's password.
            public var password: String?

            enum CodingKeys: String, CodingKey { case mechanism, account, password }

            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                mechanism = try container.decodeIfPresent(String.self, forKey: .mechanism) ?? "plain"
                account = try container.decodeIfPresent(String.self, forKey: .account)
                password = try container.decodeIfPresent(String.self, forKey: .password)
            }
        }

        /// The server's host name (checked against its TLS certificate).
        public var server: String
        /// 6697 with TLS, 6667 without, unless given.
        public var port: Int
        /// TLS with certificate verification (default); false means plain TCP.
        public var tls: Bool
        /// A PEM bundle of the CAs to trust for this server instead of the system's.
        public var caFile: String?
        /// A PEM client certificate (and key) to present, e.g. for SASL EXTERNAL.
        public var clientCertificate: String?
        public var clientKey: String?
        public var nick: String
        public var alternativeNicks: [String]
        public var user: String?
        public var realName: String
        /// `env:`/`file:` reference to the server password (PASS), when the server needs one.
        public var serverPassword: String?
        public var sasl: SASL?
        /// Channels joined after every (re)connect.
        public var channels: [String]
        /// A channel HubBot invites introduced people to, besides telling them each other's nick.
        public var meetIn: String?
        public var floodBurst: Int
        public var floodLinesPerSecond: Double
        public var pingAfterSeconds: Int
        public var pongTimeoutSeconds: Int
        /// Bold and monospace in HubBot's lines (IRC formatting codes); off: plain text,
        /// which every client and bridge shows as written.
        public var formatting: Bool

        enum CodingKeys: String, CodingKey {
            case server, port, tls, nick, user, sasl, channels, formatting
            case caFile = "ca_file"
            case clientCertificate = "client_certificate"
            case clientKey = "client_key"
            case alternativeNicks = "alternative_nicks"
            case realName = "real_name"
            case serverPassword = "server_password"
            case meetIn = "meet_in"
            case floodBurst = "flood_burst"
            case floodLinesPerSecond = "flood_lines_per_second"
            case pingAfterSeconds = "ping_after_seconds"
            case pongTimeoutSeconds = "pong_timeout_seconds"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            server = try container.decode(String.self, forKey: .server)
            tls = try container.decodeIfPresent(Bool.self, forKey: .tls) ?? true
            port = try container.decodeIfPresent(Int.self, forKey: .port) ?? (tls ? 6697 : 6667)
            caFile = try container.decodeIfPresent(String.self, forKey: .caFile)
            clientCertificate = try container.decodeIfPresent(String.self, forKey: .clientCertificate)
            clientKey = try container.decodeIfPresent(String.self, forKey: .clientKey)
            nick = try container.decodeIfPresent(String.self, forKey: .nick) ?? "HubBot"
            alternativeNicks = try container.decodeIfPresent([String].self, forKey: .alternativeNicks) ?? []
            user = try container.decodeIfPresent(String.self, forKey: .user)
            realName = try container.decodeIfPresent(String.self, forKey: .realName) ?? "HubBot, the IT hub"
            serverPassword = try container.decodeIfPresent(String.self, forKey: .serverPassword)
            sasl = try container.decodeIfPresent(SASL.self, forKey: .sasl)
            channels = try container.decodeIfPresent([String].self, forKey: .channels) ?? []
            meetIn = try container.decodeIfPresent(String.self, forKey: .meetIn)
            floodBurst = try container.decodeIfPresent(Int.self, forKey: .floodBurst) ?? 5
            floodLinesPerSecond = try container.decodeIfPresent(Double.self, forKey: .floodLinesPerSecond) ?? 2
            pingAfterSeconds = try container.decodeIfPresent(Int.self, forKey: .pingAfterSeconds) ?? 60
            pongTimeoutSeconds = try container.decodeIfPresent(Int.self, forKey: .pongTimeoutSeconds) ?? 30
            formatting = try container.decodeIfPresent(Bool.self, forKey: .formatting) ?? false
        }
    }
}

extension ConfigValidator {
    static func ircProblems(_ irc: HubBotConfig.IRCSettings) -> [Problem] {
        var problems: [Problem] = []
        if irc.server.isEmpty || irc.server.contains(where: { $0 == " " || $0 == "/" }) {
            problems.append(Problem(key: "irc.server", message: "must be a host name such as irc.libera.chat"))
        }
        if !(1...65_535).contains(irc.port) {
            problems.append(Problem(key: "irc.port", message: "must be a port from 1 to 65535"))
        }
        for (key, nick) in [("irc.nick", irc.nick)] + irc.alternativeNicks.map({ ("irc.alternative_nicks", $0) })
        where !isNick(nick) {
            problems.append(
                Problem(
                    key: key,
                    message:
                        "'\(nick)' is not a valid nick (letters, digits, -[]\\`^{}|_, not starting with a digit or -)"
                )
            )
        }
        for channel in irc.channels + [irc.meetIn].compactMap({ $0 }) where !isChannel(channel) {
            problems.append(
                Problem(
                    key: "irc.channels",
                    message: "'\(channel)' is not a channel such as #hub (quote it in YAML: \"#hub\")"
                )
            )
        }
        for (key, path) in [
            ("irc.ca_file", irc.caFile), ("irc.client_certificate", irc.clientCertificate),
            ("irc.client_key", irc.clientKey),
        ] {
            if let path, !FileManager.default.isReadableFile(atPath: path) {
                problems.append(Problem(key: key, message: "cannot read \(path)"))
            }
        }
        problems += inlineSecrets([
            ("irc.server_password", irc.serverPassword), ("irc.sasl.password", irc.sasl?.password),
        ])
        if let sasl = irc.sasl {
            switch sasl.mechanism {
            case "plain":
                if sasl.account == nil || sasl.password == nil {
                    problems.append(
                        Problem(key: "irc.sasl", message: "plain needs account and password (env:NAME or file:PATH)")
                    )
                }
            case "external":
                if irc.clientCertificate == nil {
                    problems.append(Problem(key: "irc.sasl", message: "external needs irc.client_certificate"))
                }
            default:
                problems.append(
                    Problem(key: "irc.sasl.mechanism", message: "must be plain or external, not '\(sasl.mechanism)'")
                )
            }
        }
        if !(1...100).contains(irc.floodBurst) {
            problems.append(Problem(key: "irc.flood_burst", message: "must be from 1 to 100"))
        }
        if !(irc.floodLinesPerSecond > 0 && irc.floodLinesPerSecond <= 1000) {
            problems.append(
                Problem(
                    key: "irc.flood_lines_per_second",
                    message: "must be above 0 and at most 1000 (real networks want 1 to 3)"
                )
            )
        }
        if !(2...3600).contains(irc.pingAfterSeconds) {
            problems.append(Problem(key: "irc.ping_after_seconds", message: "must be from 2 to 3600"))
        }
        if !(1...600).contains(irc.pongTimeoutSeconds) {
            problems.append(Problem(key: "irc.pong_timeout_seconds", message: "must be from 1 to 600"))
        }
        return problems
    }

    static func isNick(_ nick: String) -> Bool {
        guard let first = nick.unicodeScalars.first, !nick.isEmpty, nick.utf8.count <= 30 else { return false }
        let special = "-[]\\`^{}|_"
        if ("0"..."9").contains(first) || first == "-" { return false }
        return nick.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || special.unicodeScalars.contains($0)
        }
    }

    static func isChannel(_ name: String) -> Bool {
        guard let first = name.first, "#&".contains(first), name.count > 1 else { return false }
        return !name.contains { $0 == " " || $0 == "," || $0 == "\u{07}" || $0.isNewline }
    }
}
