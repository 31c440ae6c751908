import Foundation
import HubCore

/// `Config/hubbot.yaml`: how HubBot connects and behaves. Every key is
/// documented in `docs/configuration.md`.
public struct HubBotConfig: Sendable, Equatable, Decodable {
    /// The chat network: exactly one of `matrix` and `irc` per HubBot.
    public var matrix: MatrixSettings?
    public var irc: IRCSettings?
    public var storage: StorageSettings
    public var http: HTTPSettings
    public var log: LogSettings
    public var hub: HubSection
    public var tickets: TicketsSection
    public var listen: ListenSettings

    /// HubBot's own HTTP listener: ticket status callbacks, health.
    public struct ListenSettings: Sendable, Equatable, Decodable {
        public var address: String = "127.0.0.1"
        /// 0 picks a free port (logged at start); -1 turns the listener off.
        public var port: Int = 8090

        public init() {}

        enum CodingKeys: String, CodingKey { case address, port }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            address = try container.decodeIfPresent(String.self, forKey: .address) ?? "127.0.0.1"
            port = try container.decodeIfPresent(Int.self, forKey: .port) ?? 8090
        }
    }

    /// Where faults go: ticket systems (targets) and which route uses which.
    public struct TicketsSection: Sendable, Equatable, Decodable {
        public struct Target: Sendable, Equatable, Decodable {
            /// webhook, redmine, rt, jira, servicenow, zammad, glpi, github or gitlab.
            public var preset: String
            public var url: String
            /// `env:`/`file:` reference to the API key or token.
            public var token: String?
            public var user: String?
            public var project: String?
            /// `env:`/`file:` references to Standard Webhooks secrets (`whsec_…`).
            public var signingSecrets: [String]?
            /// Webhook preset only: where HubBot asks whether the receiver holds a fault already.
            public var lookupURL: String?

            enum CodingKeys: String, CodingKey {
                case preset, url, token, user, project
                case signingSecrets = "signing_secrets"
                case lookupURL = "lookup_url"
            }
        }

        public var targets: [String: Target] = [:]
        /// Route (from tags.yaml) → target name; `default` catches routes not listed.
        public var routes: [String: String] = [:]
        /// A room where admins hear about faults that could not be delivered.
        public var adminRoom: String?
        public var horizonHours: Int = 72
        /// How often delivered tickets are asked whether they are closed.
        public var pollSeconds: Int = 60
        /// The first retry's delay; later ones double, up to 30 minutes.
        public var retryInitialSeconds: Int = 5
        /// `env:`/`file:` references to the secrets status callbacks are signed with.
        public var callbackSecrets: [String] = []

        public init() {}

        enum CodingKeys: String, CodingKey {
            case targets, routes
            case adminRoom = "admin_room"
            case horizonHours = "horizon_hours"
            case pollSeconds = "poll_seconds"
            case retryInitialSeconds = "retry_initial_seconds"
            case callbackSecrets = "callback_secrets"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            targets = try container.decodeIfPresent([String: Target].self, forKey: .targets) ?? [:]
            routes = try container.decodeIfPresent([String: String].self, forKey: .routes) ?? [:]
            adminRoom = try container.decodeIfPresent(String.self, forKey: .adminRoom)
            horizonHours = try container.decodeIfPresent(Int.self, forKey: .horizonHours) ?? 72
            pollSeconds = try container.decodeIfPresent(Int.self, forKey: .pollSeconds) ?? 60
            retryInitialSeconds = try container.decodeIfPresent(Int.self, forKey: .retryInitialSeconds) ?? 5
            callbackSecrets = try container.decodeIfPresent([String].self, forKey: .callbackSecrets) ?? []
        }
    }

    /// How the hub offers requests to specialists.
    public struct HubSection: Sendable, Equatable, Decodable {
        /// The tag config, relative to hubbot.yaml's folder unless absolute.
        public var tags: String = "tags.yaml"
        public var offerTimeoutSeconds: Int = 900
        public var quietAfterTimeoutSeconds: Int = 7200
        public var parallelOffers: Int = 3
        public var shortlistSize: Int = 5
        public var rings: Int = 2
        /// A room to post requests nobody could take.
        public var fallbackRoom: String?
        /// Canonical ids of the admins (`@alice:example.org`): they may `!explain`, `!reload`, `!stats`, `!tag`,
        /// `!specialist set` and `!audit`.
        public var admins: [String] = []
        /// A room for the weekly digest (people helped, thanks, gaps); none: no digest.
        public var digestRoom: String?
        /// The digest's day: `monday` … `sunday`.
        public var digestWeekday: String = "monday"
        /// The digest's hour, 0–23 UTC.
        public var digestHour: Int = 9
        /// Where the digest's day and hour are meant: an IANA time zone such as `Europe/Berlin`.
        public var digestTimeZone: String = "UTC"
        /// The organisation's language (`en`, `de`, `fr`, `es`, `nl`): for rooms, admins and people
        /// HubBot has not heard write a sentence yet; each person is answered in their own.
        public var language: String = "en"
        /// Hours after an introduction nobody closed when HubBot asks the colleague whether they met; 0: never.
        public var followUpAfterHours: Int = 24

        public init() {}

        enum CodingKeys: String, CodingKey {
            case tags, rings
            case offerTimeoutSeconds = "offer_timeout_seconds"
            case quietAfterTimeoutSeconds = "quiet_after_timeout_seconds"
            case parallelOffers = "parallel_offers"
            case shortlistSize = "shortlist_size"
            case fallbackRoom = "fallback_room"
            case admins
            case digestRoom = "digest_room"
            case digestWeekday = "digest_weekday"
            case digestHour = "digest_hour"
            case digestTimeZone = "digest_time_zone"
            case language
            case followUpAfterHours = "follow_up_after_hours"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = HubSection()
            tags = try container.decodeIfPresent(String.self, forKey: .tags) ?? defaults.tags
            offerTimeoutSeconds =
                try container.decodeIfPresent(Int.self, forKey: .offerTimeoutSeconds) ?? defaults.offerTimeoutSeconds
            quietAfterTimeoutSeconds =
                try container.decodeIfPresent(Int.self, forKey: .quietAfterTimeoutSeconds)
                ?? defaults.quietAfterTimeoutSeconds
            parallelOffers = try container.decodeIfPresent(Int.self, forKey: .parallelOffers) ?? defaults.parallelOffers
            shortlistSize = try container.decodeIfPresent(Int.self, forKey: .shortlistSize) ?? defaults.shortlistSize
            rings = try container.decodeIfPresent(Int.self, forKey: .rings) ?? defaults.rings
            fallbackRoom = try container.decodeIfPresent(String.self, forKey: .fallbackRoom)
            admins = try container.decodeIfPresent([String].self, forKey: .admins) ?? []
            digestRoom = try container.decodeIfPresent(String.self, forKey: .digestRoom)
            digestWeekday = try container.decodeIfPresent(String.self, forKey: .digestWeekday) ?? defaults.digestWeekday
            digestHour = try container.decodeIfPresent(Int.self, forKey: .digestHour) ?? defaults.digestHour
            digestTimeZone =
                try container.decodeIfPresent(String.self, forKey: .digestTimeZone) ?? defaults.digestTimeZone
            language = try container.decodeIfPresent(String.self, forKey: .language) ?? defaults.language
            followUpAfterHours =
                try container.decodeIfPresent(Int.self, forKey: .followUpAfterHours) ?? defaults.followUpAfterHours
        }
    }

    public struct StorageSettings: Sendable, Equatable, Decodable {
        /// The SQLite database file (created if missing, mode 0600).
        public var path: String
        /// PostgreSQL instead of SQLite: instances on one database elect a leader.
        public var postgres: PostgresSection?

        public init(path: String = "hubbot.sqlite", postgres: PostgresSection? = nil) {
            self.path = path
            self.postgres = postgres
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            path = try container.decodeIfPresent(String.self, forKey: .path) ?? "hubbot.sqlite"
            postgres = try container.decodeIfPresent(PostgresSection.self, forKey: .postgres)
        }

        enum CodingKeys: String, CodingKey { case path, postgres }
    }

    /// `storage.postgres`: the shared database, and how instances on it take turns leading.
    public struct PostgresSection: Sendable, Equatable, Decodable {
        /// `env:NAME` or `file:PATH` holding `postgres://user:password@host:port/database?sslmode=verify-full`.
        public var url: String
        /// The certificate authority the server's certificate is checked against (else the system's).
        public var caFile: String?
        /// How long a leader's lease lasts without renewal: a standby takes over this long after the
        /// leader died (renewed every third of it).
        public var leaseSeconds: Int
        /// This instance's name in the leader row and on `/readyz` (default: host name and process id).
        public var instance: String?

        public init(url: String, caFile: String? = nil, leaseSeconds: Int = 5, instance: String? = nil) {
            self.url = url
            self.caFile = caFile
            self.leaseSeconds = leaseSeconds
            self.instance = instance
        }

        enum CodingKeys: String, CodingKey {
            case url, instance
            case caFile = "ca_file"
            case leaseSeconds = "lease_seconds"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            url = try container.decode(String.self, forKey: .url)
            caFile = try container.decodeIfPresent(String.self, forKey: .caFile)
            leaseSeconds = try container.decodeIfPresent(Int.self, forKey: .leaseSeconds) ?? 5
            instance = try container.decodeIfPresent(String.self, forKey: .instance)
        }
    }

    public struct MatrixSettings: Sendable, Equatable, Decodable {
        /// Base URL of the homeserver's client-server API.
        public var homeserver: String
        /// `env:`/`file:` reference to an access token (preferred).
        public var accessToken: String?
        /// Localpart or full user id to log in with, when no token is given.
        public var user: String?
        /// `env:`/`file:` reference to the password for `user`.
        public var password: String?
        /// Device id to reuse on password login, so HubBot stays one device.
        public var deviceID: String?
        /// Who may invite HubBot into rooms: `*`, `:server` or `@person:server`;
        /// nil means people on HubBot's own homeserver.
        public var acceptInvitesFrom: [String]?
        /// End-to-end encryption (`on` by default): HubBot reads and writes encrypted rooms.
        public var encryption: Bool
        /// `env:`/`file:` reference to the key HubBot's encryption keys are stored encrypted
        /// with; nil means a key file beside the database, made on the first start.
        public var pickleKey: String?
        /// The most rooms HubBot sends to at once; below it, as many as the homeserver takes
        /// (backing off on rate limits, failures and slow answers).
        public var maxRoomsInFlight: Int

        enum CodingKeys: String, CodingKey {
            case homeserver, user, password, encryption
            case maxRoomsInFlight = "max_rooms_in_flight"
            case accessToken = "access_token"
            case deviceID = "device_id"
            case acceptInvitesFrom = "accept_invites_from"
            case pickleKey = "pickle_key"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            homeserver = try container.decode(String.self, forKey: .homeserver)
            accessToken = try container.decodeIfPresent(String.self, forKey: .accessToken)
            user = try container.decodeIfPresent(String.self, forKey: .user)
            password = try container.decodeIfPresent(String.self, forKey: .password)
            deviceID = try container.decodeIfPresent(String.self, forKey: .deviceID)
            acceptInvitesFrom = try container.decodeIfPresent([String].self, forKey: .acceptInvitesFrom)
            pickleKey = try container.decodeIfPresent(String.self, forKey: .pickleKey)
            maxRoomsInFlight = try container.decodeIfPresent(Int.self, forKey: .maxRoomsInFlight) ?? 64
            // `on`/`off` as the docs write it, or a YAML boolean.
            if let flag = try? container.decodeIfPresent(Bool.self, forKey: .encryption) {
                encryption = flag
            } else if let word = try container.decodeIfPresent(String.self, forKey: .encryption) {
                switch word.lowercased() {
                case "on", "true", "yes": encryption = true
                case "off", "false", "no": encryption = false
                default:
                    throw DecodingError.dataCorruptedError(
                        forKey: .encryption,
                        in: container,
                        debugDescription: "'\(word)' is not on or off"
                    )
                }
            } else {
                encryption = true
            }
        }
    }

    public struct HTTPSettings: Sendable, Equatable, Decodable {
        /// PEM bundle of CAs to trust instead of the system's.
        public var caFile: String?
        /// Proxy URL; when absent, `https_proxy`/`http_proxy`/`no_proxy` apply.
        public var proxy: String?
        /// Seconds allowed to connect to a server.
        public var connectTimeoutSeconds: Int

        public init(caFile: String? = nil, proxy: String? = nil, connectTimeoutSeconds: Int = 10) {
            self.caFile = caFile
            self.proxy = proxy
            self.connectTimeoutSeconds = connectTimeoutSeconds
        }

        enum CodingKeys: String, CodingKey {
            case proxy
            case caFile = "ca_file"
            case connectTimeoutSeconds = "connect_timeout_seconds"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            caFile = try container.decodeIfPresent(String.self, forKey: .caFile)
            proxy = try container.decodeIfPresent(String.self, forKey: .proxy)
            connectTimeoutSeconds = try container.decodeIfPresent(Int.self, forKey: .connectTimeoutSeconds) ?? 10
        }
    }

    public struct LogSettings: Sendable, Equatable, Decodable {
        /// trace, debug, info, notice, warning, error or critical.
        public var level: String
        /// `text` (human-readable) or `json` (one JSON object per line).
        public var format: String
        /// Levels for single subsystems (matrix, irc, hub, tickets, config, http, lifecycle).
        public var subsystems: [String: String]
        /// A file to append to instead of standard error (relative: from the config's folder);
        /// SIGUSR1 opens it again after log rotation.
        public var file: String?

        public init(
            level: String = "info",
            format: String = "text",
            subsystems: [String: String] = [:],
            file: String? = nil
        ) {
            self.level = level
            self.format = format
            self.subsystems = subsystems
            self.file = file
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            level = try container.decodeIfPresent(String.self, forKey: .level) ?? "info"
            format = try container.decodeIfPresent(String.self, forKey: .format) ?? "text"
            subsystems = try container.decodeIfPresent([String: String].self, forKey: .subsystems) ?? [:]
            file = try container.decodeIfPresent(String.self, forKey: .file)
        }

        enum CodingKeys: String, CodingKey { case level, format, subsystems, file }
    }

    enum CodingKeys: String, CodingKey { case matrix, irc, storage, http, log, hub, tickets, listen }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        matrix = try container.decodeIfPresent(MatrixSettings.self, forKey: .matrix)
        irc = try container.decodeIfPresent(IRCSettings.self, forKey: .irc)
        storage = try container.decodeIfPresent(StorageSettings.self, forKey: .storage) ?? StorageSettings()
        http = try container.decodeIfPresent(HTTPSettings.self, forKey: .http) ?? HTTPSettings()
        log = try container.decodeIfPresent(LogSettings.self, forKey: .log) ?? LogSettings()
        hub = try container.decodeIfPresent(HubSection.self, forKey: .hub) ?? HubSection()
        tickets = try container.decodeIfPresent(TicketsSection.self, forKey: .tickets) ?? TicketsSection()
        listen = try container.decodeIfPresent(ListenSettings.self, forKey: .listen) ?? ListenSettings()
    }

    /// The keys each section accepts; anything else is a typo to report.
    static let schema: KeySchema = .mapping([
        "matrix": .mapping([
            "homeserver": .value, "access_token": .value, "user": .value, "password": .value, "device_id": .value,
            "accept_invites_from": .value, "encryption": .value, "pickle_key": .value,
            "max_rooms_in_flight": .value,
        ]),
        "irc": .mapping([
            "server": .value, "port": .value, "tls": .value, "ca_file": .value, "client_certificate": .value,
            "client_key": .value, "nick": .value, "alternative_nicks": .value, "user": .value, "real_name": .value,
            "server_password": .value, "channels": .value, "meet_in": .value, "flood_burst": .value,
            "flood_lines_per_second": .value, "ping_after_seconds": .value, "pong_timeout_seconds": .value,
            "formatting": .value,
            "sasl": .mapping(["mechanism": .value, "account": .value, "password": .value]),
        ]),
        "storage": .mapping([
            "path": .value,
            "postgres": .mapping(["url": .value, "ca_file": .value, "lease_seconds": .value, "instance": .value]),
        ]),
        "http": .mapping(["ca_file": .value, "proxy": .value, "connect_timeout_seconds": .value]),
        "log": .mapping(["level": .value, "format": .value, "subsystems": .value, "file": .value]),
        "hub": .mapping([
            "tags": .value, "offer_timeout_seconds": .value, "quiet_after_timeout_seconds": .value,
            "parallel_offers": .value, "shortlist_size": .value, "rings": .value, "fallback_room": .value,
            "admins": .value, "digest_room": .value, "digest_weekday": .value, "digest_hour": .value,
            "digest_time_zone": .value, "language": .value, "follow_up_after_hours": .value,
        ]),
        "tickets": .mapping([
            "targets": .entries(
                .mapping([
                    "preset": .value, "url": .value, "token": .value, "user": .value, "project": .value,
                    "signing_secrets": .value, "lookup_url": .value,
                ])
            ),
            "routes": .value, "admin_room": .value, "horizon_hours": .value, "poll_seconds": .value,
            "retry_initial_seconds": .value, "callback_secrets": .value,
        ]),
        "listen": .mapping(["address": .value, "port": .value]),
    ])
}

extension HubBotConfig.HubSection {
    /// When the weekly digest is due; nil without a digest room or with an unknown weekday.
    public var digestSchedule: DigestSchedule? {
        guard digestRoom != nil, let day = DigestSchedule.weekdays.firstIndex(of: digestWeekday.lowercased()) else {
            return nil
        }
        let zone = ["UTC", "GMT"].contains(digestTimeZone.uppercased()) ? .gmt : TimeZone(identifier: digestTimeZone)
        return DigestSchedule(weekday: day + 1, hour: digestHour, timeZone: zone ?? .gmt)
    }
}

extension HubBotConfig {
    /// `hub.tags` resolved against the folder of the config file at `configPath`.
    public func tagsPath(relativeTo configPath: String) -> String {
        Self.path(hub.tags, relativeTo: configPath)
    }

    /// The config with `storage.path`, `log.file` and the certificate files resolved against the folder of the
    /// config file, as `hub.tags` is: a relative path means the same file from any working directory.
    func resolvingPaths(relativeTo configPath: String) -> HubBotConfig {
        var config = self
        config.storage.path = Self.path(storage.path, relativeTo: configPath)
        config.http.caFile = http.caFile.map { Self.path($0, relativeTo: configPath) }
        config.storage.postgres?.caFile = storage.postgres?.caFile.map { Self.path($0, relativeTo: configPath) }
        config.irc?.caFile = irc?.caFile.map { Self.path($0, relativeTo: configPath) }
        config.irc?.clientCertificate = irc?.clientCertificate.map { Self.path($0, relativeTo: configPath) }
        config.log.file = log.file.map { Self.path($0, relativeTo: configPath) }
        return config
    }

    static func path(_ path: String, relativeTo configPath: String) -> String {
        if path.hasPrefix("/") || path.isEmpty { return path }
        guard let slash = configPath.lastIndex(of: "/") else { return path }
        return String(configPath[...slash]) + path
    }
}

/// The shape of allowed keys, for reporting unknown ones.
indirect enum KeySchema: Sendable {
    case value
    case mapping([String: KeySchema])
    /// A list whose items all have this shape.
    case sequence(KeySchema)
    /// A mapping of names the admin chooses (e.g. ticket targets), each value of this shape.
    case entries(KeySchema)
}

extension HubBotConfig {
    /// The routes faults may take (`tickets.routes`, `default` among them), to check each
    /// hygiene category's `route:` against; nil when no routes are set (faults are only recorded).
    public var tagRoutes: Set<String>? {
        tickets.routes.isEmpty ? nil : Set(tickets.routes.keys)
    }
}
