import CurlHTTP
import Foundation
import HubConfig
import HubCore
import HubPostgres
import HubStore
import Logging
import MatrixChat

#if canImport(Glibc)
    import Glibc
#endif

/// One thing `hubbot doctor` looked at: what it found and, when it is not fine, what to do.
public struct DoctorFinding: Sendable, Equatable, Encodable {
    public enum Status: String, Sendable, Encodable {
        case ok, warning, failed, skipped
    }

    public var check: String
    public var status: Status
    public var detail: String
    public var fix: String?

    public init(_ check: String, _ status: Status, _ detail: String, fix: String? = nil) {
        self.check = check
        self.status = status
        self.detail = detail
        self.fix = fix
    }
}

/// `hubbot doctor`: everything HubBot needs to start and work, checked from the outside —
/// the config and its secrets, the tag file, the homeserver and the token, the ticket systems
/// (a read-only request where the system has one), the listener port, the database's folder
/// and permissions, and whether a HubBot already runs on it. Nothing is changed or sent.
public struct Doctor {
    public var configPath: String
    public var environment: [String: String]
    public var environmentFile: String?
    /// How long a check waits for a server (the homeserver, a ticket system) to answer.
    public var timeout: Duration

    public init(
        configPath: String,
        environment: [String: String],
        environmentFile: String?,
        timeout: Duration = .seconds(10)
    ) {
        self.configPath = configPath
        self.environment = environment
        self.environmentFile = environmentFile
        self.timeout = timeout
    }

    public func run() async -> [DoctorFinding] {
        var findings: [DoctorFinding] = []
        let settings: HubBotConfig
        do throws(ConfigError) {
            settings = try ConfigLoader.load(path: configPath)
            findings.append(DoctorFinding("config", .ok, "\(configPath) reads"))
        } catch {
            let first = error.issues.first.map(\.description) ?? "\(error)"
            let more = error.issues.count > 1 ? " (and \(error.issues.count - 1) more)" : ""
            findings.append(
                DoctorFinding(
                    "config",
                    .failed,
                    first + more,
                    fix: "hubbot check-config \(configPath) lists every problem with its line and column"
                )
            )
            return findings
        }
        findings.append(secretsFile())
        findings.append(tags(settings))
        let signIn: NetworkSignIn?
        do throws(ConfigError) {
            signIn = try settings.networkSignIn(environment: environment, file: configPath)
        } catch {
            signIn = nil
            findings.append(
                DoctorFinding(
                    "secrets",
                    .failed,
                    error.issues.map(\.message).joined(separator: "; "),
                    fix:
                        "put the secret in \(environmentFile ?? "the environment") (hubbot account login writes the token)"
                )
            )
        }
        let http = HTTPClient(configuration: settings.httpClientConfiguration)
        findings += await chat(settings, signIn: signIn, http: http)
        findings += await tickets(settings, http: http)
        let running: Bool
        if settings.storage.postgres != nil {
            findings += await postgres(settings)
            // Instances may run on other machines: one runs here when the port is taken.
            running =
                settings.listen.port > 0
                && Self.bindProblem(address: settings.listen.address, port: settings.listen.port) != nil
        } else {
            let holder = DatabaseLease.holder(of: settings.storage.path)
            findings.append(lease(settings, holder: holder))
            findings += database(settings)
            running = holder != nil
        }
        findings.append(await listener(settings, running: running, http: http))
        return findings
    }

    /// The shared PostgreSQL: its address and TLS settings, a connection with the store's
    /// credentials, the schema, and who leads. Read-only: nothing is created or migrated.
    private func postgres(_ settings: HubBotConfig) async -> [DoctorFinding] {
        let postgresSettings: PostgresSettings
        let inspection: PostgresInspection
        do {
            guard let url = try settings.postgresURL(environment: environment, file: configPath) else { return [] }
            postgresSettings = try PostgresSettings(url: url, caFile: settings.storage.postgres?.caFile)
            inspection = try await PostgresHubDatabase.inspect(
                settings: postgresSettings,
                logger: Logger(label: "doctor")
            )
        } catch {
            // The server answered (or did not), or the URL itself is missing or wrong.
            let fix =
                error is PostgresStoreError
                ? "check the URL's host, user and password, and ca_file or sslrootcert for its certificate"
                : "put the URL in \(environmentFile ?? "the environment") (storage.postgres.url names it)"
            return [DoctorFinding("database", .failed, "\(error)", fix: fix)]
        }

        let tls =
            postgresSettings.tlsMode == .disable
            ? "without TLS (sslmode=disable)" : "over TLS (sslmode=\(postgresSettings.tlsMode.rawValue))"
        var findings = [
            DoctorFinding(
                "database",
                .ok,
                "PostgreSQL \(inspection.serverVersion) at \(postgresSettings.redactedURL) \(tls)"
            )
        ]
        let known = PostgresHubDatabase.schemaVersion
        switch inspection.schema {
        case nil:
            findings.append(
                DoctorFinding("schema", .ok, "no HubBot schema yet; the first instance to start creates it")
            )
        case let found? where found > known:
            findings.append(
                DoctorFinding(
                    "schema",
                    .failed,
                    "database schema \(found) is newer than this HubBot's (\(known))",
                    fix: "run the newer HubBot on every instance, or restore a dump from before the upgrade"
                )
            )
        case let found?:
            let note = found < known ? "; the first instance of this version to start migrates it" : ""
            findings.append(DoctorFinding("schema", .ok, "database schema \(found)\(note)"))
        }
        switch inspection.leader {
        case let leader? where leader.live:
            findings.append(DoctorFinding("running", .ok, "\(leader.holder) leads (term \(leader.term))"))
        case let leader?:
            findings.append(
                DoctorFinding(
                    "running",
                    .ok,
                    "no instance leads now (the last was \(leader.holder), term \(leader.term))"
                )
            )
        case nil:
            findings.append(DoctorFinding("running", .ok, "no instance has led on this database yet"))
        }
        return findings
    }

    private func secretsFile() -> DoctorFinding {
        guard let environmentFile else {
            return DoctorFinding("secrets file", .skipped, "none given; secrets are read from the environment")
        }
        guard FileManager.default.fileExists(atPath: environmentFile) else {
            return DoctorFinding(
                "secrets file",
                .warning,
                "\(environmentFile) does not exist; secrets are read from the environment only",
                fix: "hubbot account login writes the access token there"
            )
        }
        let mode = (try? FileManager.default.attributesOfItem(atPath: environmentFile)[.posixPermissions] as? Int) ?? 0
        if mode & 0o077 != 0 {
            return DoctorFinding(
                "secrets file",
                .failed,
                "\(environmentFile) is readable by others (mode \(String(mode, radix: 8)))",
                fix: "chmod 600 \(environmentFile)"
            )
        }
        return DoctorFinding("secrets file", .ok, "\(environmentFile) (mode \(String(mode, radix: 8)))")
    }

    private func tags(_ settings: HubBotConfig) -> DoctorFinding {
        let path = settings.tagsPath(relativeTo: configPath)
        do throws(ConfigError) {
            let model = try TagsConfig.load(path: path, routes: settings.tagRoutes)
            return DoctorFinding(
                "tags",
                .ok,
                "\(path): \(model.interests.count) interests, \(model.hygiene.count) fault categories"
            )
        } catch {
            let first = error.issues.first.map(\.description) ?? "\(error)"
            return DoctorFinding("tags", .failed, first, fix: "hubbot check-config \(configPath) lists every problem")
        }
    }

    private func chat(_ settings: HubBotConfig, signIn: NetworkSignIn?, http: HTTPClient) async -> [DoctorFinding] {
        guard let matrix = settings.matrix else {
            let server = settings.irc.map { "\($0.server):\($0.port)" } ?? "?"
            return [
                DoctorFinding("chat", .skipped, "IRC (\(server)): not checked by doctor; hubbot run logs its sign-in")
            ]
        }
        let anonymous = MatrixClient(homeserver: matrix.homeserver, http: http)
        var findings: [DoctorFinding] = []
        do {
            let versions = try await anonymous.versions(timeout: timeout)
            findings.append(
                DoctorFinding("homeserver", .ok, "\(matrix.homeserver) answers (\(versions.last ?? "no versions"))")
            )
        } catch {
            findings.append(
                DoctorFinding(
                    "homeserver",
                    .failed,
                    "\(matrix.homeserver) does not answer: \(error)",
                    fix: "check matrix.homeserver in \(configPath), the network, and http.proxy/http.ca_file"
                )
            )
            return findings
        }
        switch signIn {
        case .matrix(.accessToken(let token))?:
            do {
                let whoami = try await MatrixClient(homeserver: matrix.homeserver, accessToken: token, http: http)
                    .whoAmI()
                findings.append(
                    DoctorFinding(
                        "access token",
                        .ok,
                        "belongs to \(whoami.userID), device \(whoami.deviceID ?? "unknown")"
                    )
                )
            } catch let error as MatrixError where error.status == 401 {
                findings.append(
                    DoctorFinding(
                        "access token",
                        .failed,
                        "the homeserver refuses it (\(error.errcode ?? "401"))",
                        fix: "log in again: hubbot account login --homeserver \(matrix.homeserver) --user …"
                    )
                )
            } catch {
                findings.append(DoctorFinding("access token", .failed, "cannot be checked: \(error)"))
            }
        case .matrix(.password(let user, _, _))?:
            findings.append(
                DoctorFinding(
                    "access token",
                    .warning,
                    "password sign-in as \(user): not tried (it would open a session)",
                    fix: "hubbot account login stores a token instead of a password"
                )
            )
        default:
            break
        }
        return findings
    }

    private func tickets(_ settings: HubBotConfig, http: HTTPClient) async -> [DoctorFinding] {
        let targets: [String: TicketTarget]
        do throws(ConfigError) {
            targets = try settings.ticketTargets(environment: environment, file: configPath)
        } catch {
            return [DoctorFinding("tickets", .failed, error.issues.map(\.message).joined(separator: "; "))]
        }
        guard !targets.isEmpty else {
            return [DoctorFinding("tickets", .skipped, "no ticket system configured: faults are only told in chat")]
        }
        var findings: [DoctorFinding] = []
        for (name, target) in targets.sorted(by: { $0.key < $1.key }) {
            let check = "tickets.\(name)"
            let call = target.credentialsCall() ?? target.findCall(faultID: "hubbot-doctor")
            var request = HTTPRequest(
                method: call.map { HTTPMethod(rawValue: $0.method) } ?? .head,
                url: call?.url ?? target.url,
                headers: HTTPHeaders((call?.headers ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }),
                body: nil,
                timeout: timeout * 1.5
            )
            request.freshConnection = true
            do {
                let response = try await http.execute(request)
                let status = response.status
                switch (call, status) {
                case (nil, _):
                    findings.append(
                        DoctorFinding(
                            check,
                            .ok,
                            "\(target.preset.rawValue) at \(target.url) answers (HTTP \(status)); nothing sent"
                        )
                    )
                case (_, 200..<300):
                    findings.append(
                        DoctorFinding(
                            check,
                            .ok,
                            "\(target.preset.rawValue) at \(target.url) accepts the credentials (read-only request)"
                        )
                    )
                case (_, 401), (_, 403):
                    findings.append(
                        DoctorFinding(
                            check,
                            .failed,
                            "\(target.preset.rawValue) at \(target.url) refuses the credentials (HTTP \(status))",
                            fix: "check the token (and user) of tickets.targets.\(name)"
                        )
                    )
                default:
                    findings.append(
                        DoctorFinding(
                            check,
                            .failed,
                            "\(target.preset.rawValue) at \(target.url) answers HTTP \(status) to a read-only request",
                            fix: "check url and project of tickets.targets.\(name)"
                        )
                    )
                }
            } catch {
                findings.append(
                    DoctorFinding(
                        check,
                        .failed,
                        "\(target.url) cannot be reached: \(error)",
                        fix: "HubBot keeps faults and retries; check the address and the network"
                    )
                )
            }
        }
        return findings
    }

    private func lease(_ settings: HubBotConfig, holder: String?) -> DoctorFinding {
        if let holder {
            return DoctorFinding("running", .ok, "a HubBot runs on this database (\(holder))")
        }
        return DoctorFinding("running", .ok, "no HubBot runs on \(settings.storage.path) now")
    }

    private func database(_ settings: HubBotConfig) -> [DoctorFinding] {
        let path = settings.storage.path
        let folder =
            (path as NSString).deletingLastPathComponent.isEmpty
            ? "." : (path as NSString).deletingLastPathComponent
        let files = FileManager.default
        var isFolder: ObjCBool = false
        guard files.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return [
                DoctorFinding(
                    "database",
                    .failed,
                    "the folder \(folder) of storage.path does not exist",
                    fix: "create it, owned by the user HubBot runs as (mode 700)"
                )
            ]
        }
        let folderAttributes = (try? files.attributesOfItem(atPath: folder)) ?? [:]
        let folderOwner = folderAttributes[.ownerAccountName] as? String ?? "?"
        guard files.fileExists(atPath: path) else {
            return [
                DoctorFinding(
                    "database",
                    .ok,
                    "\(path) will be created on the first start (folder owned by \(folderOwner))"
                )
            ]
        }
        var findings: [DoctorFinding] = []
        let attributes = (try? files.attributesOfItem(atPath: path)) ?? [:]
        let mode = attributes[.posixPermissions] as? Int ?? 0
        let owner = attributes[.ownerAccountName] as? String ?? "?"
        if mode & 0o077 != 0 {
            findings.append(
                DoctorFinding(
                    "database",
                    .failed,
                    "\(path) is readable by others (mode \(String(mode, radix: 8)))",
                    fix: "chmod 600 \(path)"
                )
            )
        } else if owner != folderOwner {
            findings.append(
                DoctorFinding(
                    "database",
                    .warning,
                    "\(path) is owned by \(owner), its folder by \(folderOwner)",
                    fix: "chown \(folderOwner) \(path) (HubBot must write the file and its -wal/-shm beside it)"
                )
            )
        } else {
            findings.append(DoctorFinding("database", .ok, "\(path) (owner \(owner), mode \(String(mode, radix: 8)))"))
        }
        do {
            let found = try HubDatabase.schemaVersion(at: path)
            if found > HubDatabase.schemaVersion {
                findings.append(
                    DoctorFinding(
                        "schema",
                        .failed,
                        "database schema \(found) is newer than this HubBot's (\(HubDatabase.schemaVersion))",
                        fix: "run the newer HubBot, or restore a backup from before the upgrade"
                    )
                )
            } else {
                let note = found < HubDatabase.schemaVersion ? "; HubBot migrates it on start" : ""
                findings.append(DoctorFinding("schema", .ok, "database schema \(found)\(note)"))
            }
        } catch {
            findings.append(DoctorFinding("schema", .failed, "\(error)"))
        }
        return findings
    }

    private func listener(_ settings: HubBotConfig, running: Bool, http: HTTPClient) async -> DoctorFinding {
        let address = settings.listen.address
        let port = settings.listen.port
        guard port > 0 else {
            return DoctorFinding("listener", .skipped, port == 0 ? "any free port (listen.port: 0)" : "off")
        }
        if running {
            let url = "http://\(address.contains(":") ? "[\(address)]" : address):\(port)/healthz"
            do {
                let response = try await http.execute(HTTPRequest(method: .get, url: url, timeout: timeout / 2))
                return DoctorFinding("listener", .ok, "\(url) answers HTTP \(response.status)")
            } catch {
                return DoctorFinding(
                    "listener",
                    .warning,
                    "HubBot runs but \(url) does not answer: \(error)",
                    fix: "look at HubBot's log (journalctl -u hubbot)"
                )
            }
        }
        if let problem = Self.bindProblem(address: address, port: port) {
            return DoctorFinding(
                "listener",
                .failed,
                "\(address):\(port) cannot be used: \(problem)",
                fix: "free the port or choose another (listen.port)"
            )
        }
        return DoctorFinding("listener", .ok, "\(address):\(port) is free for HubBot")
    }

    /// Why a TCP socket cannot listen on `address:port`, or nil when it can.
    static func bindProblem(address: String, port: Int) -> String? {
        var hints = addrinfo()
        hints.ai_flags = AI_NUMERICHOST | AI_PASSIVE
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(address, String(port), &hints, &found) == 0, let info = found else {
            return "\(address) is not an IP address"
        }
        defer { freeaddrinfo(found) }
        let descriptor = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard bind(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
            return String(cString: strerror(errno))
        }
        return nil
    }
}
