import CurlHTTP
import Foundation
import HubConfig
import HubCore
import HubPostgres
import HubStore
import IRCChat
import Logging
import MatrixChat
import Prometheus
import ServiceLifecycle
import Tickets

/// Wires HubBot's services from a validated config and runs them until
/// SIGTERM or SIGINT, then drains them.
public struct HubBotApp {
    public let config: HubBotConfig
    public let signIn: NetworkSignIn
    public let tags: TagModel
    /// Ticket targets by name, secrets read.
    public let ticketTargets: [String: TicketTarget]
    /// Secrets ticket status callbacks are signed with.
    public let callbackSecrets: [String]
    /// HubBot's words with the admin's overrides (`messages.<lang>.yaml`, read again with the tag file).
    public let catalogue: MessageCatalogue
    /// The tag file, watched for changes (and read again on SIGHUP or `!reload`); nil: not watched.
    public let tagsPath: String?
    /// hubbot.yaml, read again with the tag file: `hub:` changes apply at once, others need a restart.
    public let configPath: String?
    /// How HubBot's Matrix encryption keys are protected; nil turns encryption off.
    public let pickleKey: PickleKeySource?
    public let logger: Logger
    /// Where `/metrics` reads from; nil turns the endpoint off (metrics are then not collected).
    public let metrics: PrometheusCollectorRegistry?
    /// The PostgreSQL URL `storage.postgres.url` refers to, read; nil with SQLite.
    public let databaseURL: String?

    public init(
        config: HubBotConfig,
        signIn: NetworkSignIn,
        tags: TagModel,
        catalogue: MessageCatalogue = MessageCatalogue(),
        ticketTargets: [String: TicketTarget] = [:],
        callbackSecrets: [String] = [],
        pickleKey: PickleKeySource? = nil,
        tagsPath: String? = nil,
        configPath: String? = nil,
        metrics: PrometheusCollectorRegistry? = nil,
        databaseURL: String? = nil,
        logger: Logger
    ) {
        self.metrics = metrics
        self.databaseURL = databaseURL
        self.callbackSecrets = callbackSecrets
        self.pickleKey = pickleKey
        self.tagsPath = tagsPath
        self.configPath = configPath
        self.config = config
        self.signIn = signIn
        self.tags = tags
        self.catalogue = catalogue
        self.ticketTargets = ticketTargets
        self.logger = logger
    }

    public func run() async throws {
        let (database, election, shutdownStore) = try await openStorage()
        do {
            try await run(database: database, election: election)
        } catch {
            await shutdownStore()
            throw error
        }
        await shutdownStore()
    }

    /// The configured store: SQLite (one HubBot per file, held by a lease on it) or PostgreSQL
    /// (instances share it and elect a leader).
    private func openStorage() async throws -> (any HubStorage, LeaderElection?, @Sendable () async -> Void) {
        guard let postgres = config.storage.postgres else {
            // One HubBot per database: a second one stops here, naming the first.
            let lease = try DatabaseLease(database: config.storage.path)
            let database = try HubDatabase(path: config.storage.path)
            return (database, nil, { withExtendedLifetime(lease) {} })
        }
        let settings = try PostgresSettings(url: databaseURL ?? "", caFile: postgres.caFile)
        let holder = postgres.instance ?? LeaderElection.defaultHolder
        let store = try await openPatiently(settings, holder: holder)
        logger.info(
            "storage: PostgreSQL",
            metadata: ["database": "\(settings.redactedURL)", "leader.holder": "\(holder)"]
        )
        let election = LeaderElection(
            store: store,
            holder: holder,
            lease: .seconds(postgres.leaseSeconds),
            logger: logger(for: "leader")
        )
        return (store, election, { await store.shutdown() })
    }

    /// The shared database, waited for while it does not answer yet (down, restarting); one
    /// that refuses (a password, a certificate) is said at once.
    private func openPatiently(_ settings: PostgresSettings, holder: String) async throws -> PostgresHubDatabase {
        var backoff = Backoff(initial: .seconds(1), cap: .seconds(30))
        while true {
            do {
                return try await PostgresHubDatabase(settings: settings, holder: holder, logger: logger(for: "storage"))
            } catch let error where isDatabaseUnreachable(error) {
                let delay = backoff.nextDelay()
                logger.warning(
                    "the shared database does not answer; trying again",
                    metadata: ["error": "\(error)", "retry.in": "\(delay)"]
                )
                try await Task.sleep(for: delay)
            }
        }
    }

    private func run(database: any HubStorage, election: LeaderElection?) async throws {
        // Triage's language tables and HubBot's wording are built once per process, about 100 ms
        // of work: now, beside signing in, rather than by the first message, which would wait.
        // On a thread of its own, not one of the few that run every task (the lease, the chat).
        DispatchQueue.global(qos: .utility).async {
            Triage.prepare()
            MessageCatalogue.prepare()
        }
        let mayAct: @Sendable () throws -> Void = { try election?.checkLeading() }
        // For systemd (Type=notify): the database is there and HubBot holds it; chat follows.
        SystemdNotify.send("READY=1\nSTATUS=database open; signing in")
        let http = HTTPClient(configuration: httpConfiguration())
        let transport = try makeTransport(http: http, database: database)
        let network = transport.network
        let config = config
        let tagsHolder = TagsHolder(tags, config: config, catalogue: catalogue)
        // Tag files are checked against the routes tickets go to (none configured: not checked).
        let tagRoutes = config.tagRoutes
        let reloadRequests = Doorbell()
        let (tagEdits, submitTagEdits) = AsyncStream.makeStream(of: TagEditRequest.self)
        var chatService = ChatNetworkService(
            transport: transport,
            database: database,
            logger: logger(for: "hub"),
            // IRC paces its own lines on one connection; more lanes in flight only wait there.
            maxRoomsInFlight: config.matrix?.maxRoomsInFlight ?? 8
        ) { me in
            let settings = Self.hubSettings(config, me: me, network: network)
            await tagsHolder.setSettingsBuilder { Self.hubSettings($0, me: me, network: network) }
            let responder = try await HubResponder(
                me: me,
                tags: await tagsHolder.current,
                settings: settings,
                database: database,
                onReloadRequested: { reloadRequests.ring() },
                onTagEdits: { for edit in $0 { submitTagEdits.yield(edit) } },
                accountExists: { await transport.accountExists($0) }
            ) { person, room in
                await transport.displayName(of: person, in: room)
            }
            await tagsHolder.attach(responder)
            return responder
        }
        chatService.mayAct = mayAct
        let chat = chatService
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: chat, successTerminationBehavior: .gracefullyShutdownGroup)
        ]
        services.append(.init(service: Housekeeping(database: database, logger: logger(for: "hub"))))
        // Work other processes leave in the inbox (`hubbot specialists import --apply`) is picked up within seconds.
        services.append(.init(service: InboxWatch { chat.newEvents.ring() }))
        if var tickets = ticketService(database: database, http: http, newsStored: { chat.newEvents.ring() }) {
            tickets.mayAct = mayAct
            services.append(.init(service: tickets))
        }
        if let tagsPath {
            let watcher = TagsWatcher(
                path: tagsPath,
                configPath: configPath,
                routes: tagRoutes,
                holder: tagsHolder,
                requests: reloadRequests,
                logger: logger(for: "config")
            ) { ok, message in
                let event = ChatEvent.own(
                    "config",
                    id: "config:\(UUID().uuidString)",
                    kind: .configReload(ok: ok, message: message),
                    network: network,
                    at: Date()
                )
                try? await database.enqueue([event])
                chat.newEvents.ring()
            }
            services.append(.init(service: watcher))
        }
        services.append(
            .init(
                service: TagEditWriter(
                    edits: tagEdits,
                    path: tagsPath,
                    routes: tagRoutes,
                    holder: tagsHolder,
                    network: network,
                    database: database,
                    logger: logger(for: "config"),
                    stored: { chat.newEvents.ring() }
                )
            )
        )
        if let schedule = config.hub.digestSchedule {
            let digest = DigestScheduler(
                schedule: schedule,
                network: network,
                database: database,
                logger: logger(for: "digest")
            ) {
                chat.newEvents.ring()
            }
            services.append(.init(service: digest))
        }
        // On a shared database the services above run only while this instance leads.
        if let election {
            services = [
                .init(
                    service: LeaderOnly(election: election, services: services, logger: logger(for: "leader")),
                    successTerminationBehavior: .gracefullyShutdownGroup
                )
            ]
        }
        if config.listen.port >= 0 {
            var listener = HTTPListener(
                database: database,
                secrets: callbackSecrets,
                network: network,
                newsStored: { chat.newEvents.ring() },
                logger: logger(for: "http")
            )
            let intakeLimit = intakeAgeLimit
            listener.readiness = {
                if let election, case let status = election.status, !status.leading {
                    let leader = status.seen.map { "\($0.holder), term \($0.term)" } ?? "not known yet"
                    return ["standby (leader: \(leader))"]
                }
                return await Self.readinessProblems(
                    transport: transport,
                    database: database,
                    tags: tagsHolder,
                    intakeLimit: intakeLimit
                )
            }
            listener.metrics = metrics
            listener.refreshMetrics = {
                await HubMetrics.refresh(
                    database: database,
                    network: network,
                    intake: await transport.intakeHealth(),
                    now: Date()
                )
            }
            services.append(
                .init(service: listener.application(address: config.listen.address, port: config.listen.port))
            )
        }
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: services,
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger(for: "lifecycle")
            )
        )
        defer { logger.info("HubBot stopped") }
        do {
            try await group.run()
        } catch {
            await http.shutdown()
            throw error
        }
        await http.shutdown()
    }

    /// The hub's settings from the config: what `hub:` says, plus what the network implies.
    /// Read again on reload, so `hub:` changes take effect without a restart.
    static func hubSettings(_ config: HubBotConfig, me: PersonID, network: ChatNetwork) -> HubSettings {
        let hub = config.hub
        let ownServer = me.rawValue.firstIndex(of: ":").map { String(me.rawValue[$0...]) } ?? "*"
        var settings = HubSettings()
        settings.acceptInvitesFrom = config.matrix?.acceptInvitesFrom ?? [ownServer]
        settings.offers.offerTimeout = .seconds(hub.offerTimeoutSeconds)
        settings.offers.quietAfterTimeout = .seconds(hub.quietAfterTimeoutSeconds)
        settings.offers.rings = hub.rings
        settings.parallelOffers = hub.parallelOffers
        settings.shortlistSize = hub.shortlistSize
        settings.fallbackRoom = hub.fallbackRoom.map(RoomID.init(rawValue:))
        settings.adminRoom = config.tickets.adminRoom.map(RoomID.init(rawValue:))
        // IRC accounts and nicks are case-insensitive; HubBot keeps them lowercased.
        settings.admins = Set(hub.admins.map { PersonID(network == .irc ? $0.lowercased() : $0) })
        settings.introductions =
            network == .irc ? .byName(meetIn: config.irc?.meetIn.map(RoomID.init(rawValue:))) : .newRoom
        settings.reactions = network != .irc
        settings.network = network
        settings.ircFormatting = config.irc?.formatting ?? false
        settings.language = ChatLanguage(code: hub.language) ?? .english
        settings.followUpAfter = hub.followUpAfterHours > 0 ? .seconds(hub.followUpAfterHours * 3600) : nil
        settings.digestRoom = hub.digestRoom.map(RoomID.init(rawValue:))
        settings.ticketsConnected = !config.tickets.routes.isEmpty
        return settings
    }

    /// Seconds without successful intake after which HubBot is not ready: a Matrix
    /// long poll answers within 30 s; an IRC server may be quiet until the watchdog's PING.
    private var intakeAgeLimit: TimeInterval {
        if let irc = config.irc { return TimeInterval(irc.pingAfterSeconds + irc.pongTimeoutSeconds + 15) }
        return 90
    }

    /// What keeps HubBot from being ready: intake too old, the database not writable,
    /// the hub not running yet. Empty when ready.
    static func readinessProblems(
        transport: any ChatTransport,
        database: any HubStorage,
        tags: TagsHolder,
        intakeLimit: TimeInterval
    ) async -> [String] {
        var problems: [String] = []
        let now = Date()
        let intake = await transport.intakeHealth()
        if intake.consecutiveFailures > 1 {
            problems.append("\(transport.network): the last \(intake.consecutiveFailures) attempts to receive failed")
        } else if let last = intake.lastSuccess {
            let age = now.timeIntervalSince(last)
            if age > intakeLimit {
                problems.append(
                    "no successful \(transport.network) intake for \(Int(age)) s (limit \(Int(intakeLimit)) s)"
                )
            }
        } else {
            problems.append("\(transport.network): not connected yet")
        }
        do {
            try await database.setValue(ISO8601DateFormatter().string(from: now), for: "readyz.checked-at")
        } catch {
            problems.append("the database is not writable: \(error)")
        }
        if !(await tags.isServing) { problems.append("the hub has not started (signing in, or loading records)") }
        return problems
    }

    /// The ticket desk, when the config names ticket targets; without them faults are
    /// recorded (and delivered once targets are configured) but not sent anywhere.
    private func ticketService(
        database: any HubStorage,
        http: HTTPClient,
        newsStored: @escaping @Sendable () -> Void
    ) -> TicketDeliveryService? {
        let routes = config.tickets.routes.compactMapValues { ticketTargets[$0] }
        guard !routes.isEmpty else {
            logger.notice(
                "no ticket routes configured: faults are recorded but not delivered (see tickets in the config)"
            )
            return nil
        }
        var settings = TicketDeliveryService.Settings(routes: routes)
        settings.policy.horizon = .seconds(config.tickets.horizonHours * 3600)
        settings.pollInterval = .seconds(config.tickets.pollSeconds)
        settings.policy.initialDelay = .seconds(config.tickets.retryInitialSeconds)
        return TicketDeliveryService(
            database: database,
            http: http,
            settings: settings,
            tags: tags,
            logger: logger(for: "tickets"),
            newsStored: newsStored
        )
    }

    /// The configured network's transport.
    private func makeTransport(http: HTTPClient, database: any HubStorage) throws -> any ChatTransport {
        switch signIn {
        case .matrix(let matrixSignIn):
            let credential: MatrixTransport.Credential =
                switch matrixSignIn {
                case .accessToken(let token): .accessToken(token)
                case .password(let user, let password, let deviceID):
                    .password(user: user, password: password, deviceID: deviceID)
                }
            let key: [UInt8]? =
                switch pickleKey {
                case .secret(let text): Array(text.utf8)
                case .keyFile(let path): try PickleKeyFile.load(path, logger: logger)
                case nil: nil
                }
            return MatrixTransport(
                settings: MatrixTransport.Settings(
                    homeserver: config.matrix?.homeserver ?? "",
                    credential: credential,
                    pickleKey: key
                ),
                http: http,
                state: database,
                logger: logger(for: "matrix")
            )
        case .irc(let secrets):
            return IRCTransport(settings: ircSettings(secrets), logger: logger(for: "irc"))
        }
    }

    private func ircSettings(_ secrets: IRCSecrets) -> IRCTransport.Settings {
        guard let irc = config.irc else { preconditionFailure("IRC sign-in without an irc section") }
        var registration = IRCRegistration.Settings(nick: irc.nick, user: irc.user, realName: irc.realName)
        registration.alternativeNicks = irc.alternativeNicks
        registration.serverPassword = secrets.serverPassword
        if let sasl = irc.sasl {
            registration.sasl =
                sasl.mechanism == "external"
                ? .external : .plain(account: sasl.account ?? "", password: secrets.saslPassword ?? "")
        }
        var settings = IRCTransport.Settings(host: irc.server, port: irc.port, tls: irc.tls, registration: registration)
        settings.caFile = irc.caFile
        settings.clientCertificate = irc.clientCertificate
        settings.clientKey = irc.clientKey
        // HubBot joins the meeting channel too: most servers let only members invite to a channel.
        settings.channels = irc.channels + [irc.meetIn].compactMap { $0 }.filter { !irc.channels.contains($0) }
        settings.burst = irc.floodBurst
        settings.linesPerSecond = irc.floodLinesPerSecond
        settings.pingAfter = .seconds(irc.pingAfterSeconds)
        settings.pongTimeout = .seconds(irc.pongTimeoutSeconds)
        settings.version = "HubBot \(HubBotVersion.current)"
        return settings
    }

    private func httpConfiguration() -> HTTPClient.Configuration {
        config.httpClientConfiguration
    }
}

extension HubBotConfig {
    /// The HTTP client settings of `http:` (CA file, proxy, connect timeout) with HubBot's User-Agent.
    public var httpClientConfiguration: HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration()
        configuration.caFile = http.caFile
        configuration.proxy = http.proxy
        configuration.connectTimeout = .seconds(http.connectTimeoutSeconds)
        configuration.userAgent = "HubBot/\(HubBotVersion.current)"
        return configuration
    }
}

extension HubBotApp {
    /// The logger of a subsystem, at its level from `log.subsystems` when one is set.
    func logger(for subsystem: String) -> Logger {
        var copy = logger.with(subsystem: subsystem)
        if let level = config.log.subsystems[subsystem].flatMap(Logger.Level.init(rawValue:)) {
            copy.logLevel = level
        }
        return copy
    }
}

extension Logger {
    /// A copy labelled with a subsystem, so operators can filter by it.
    func with(subsystem: String) -> Logger {
        var copy = self
        copy[metadataKey: "subsystem"] = "\(subsystem)"
        return copy
    }
}

extension ChatEvent.Kind {
    /// A short name for logs; never the message text.
    var label: String {
        switch self {
        case .message: "message"
        case .invite: "invite"
        case .membership(let joined): joined ? "join" : "leave"
        case .reaction: "reaction"
        case .unreadable: "unreadable"
        case .undecryptable: "undecryptable"
        case .offerDeadline: "offer-deadline"
        case .followUpDue: "follow-up"
        case .ticketNews: "ticket-news"
        case .configReload: "config-reload"
        case .digestDue: "digest-due"
        case .tagEditResult: "tag-edit-result"
        case .deliveryFailed: "delivery-failed"
        case .recipientAway: "recipient-away"
        case .inviteAnswered: "invite-answered"
        case .specialistImport: "specialist-import"
        }
    }
}
