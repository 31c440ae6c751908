import HubCore

/// How HubBot signs in to Matrix, with secrets read.
public enum MatrixSignIn: Sendable, Equatable {
    case accessToken(String)
    case password(user: String, password: String, deviceID: String?)
}

/// Reads the secrets a config refers to, collecting every problem. Problems
/// name the key and the reference (`env:NAME`), never a secret.
struct SecretReader {
    let environment: [String: String]
    let file: String
    private(set) var issues: [ConfigIssue] = []

    init(environment: [String: String], file: String) {
        self.environment = environment
        self.file = file
    }

    /// The secret `text` refers to; nil (and an issue recorded) when it cannot be read.
    mutating func read(_ key: String, _ text: String) -> String? {
        guard let reference = SecretReference(text) else {
            issues.append(
                ConfigIssue(file: file, line: 0, column: 0, key: key, message: "not an env: or file: reference")
            )
            return nil
        }
        do {
            return try reference.resolve(environment: environment)
        } catch {
            issues.append(ConfigIssue(file: file, line: 0, column: 0, key: key, message: error.message))
            return nil
        }
    }

    /// Throws every recorded problem at once.
    func check() throws(ConfigError) {
        if !issues.isEmpty { throw ConfigError(issues: issues) }
    }
}

/// Where the key that protects HubBot's stored encryption keys comes from.
public enum PickleKeySource: Sendable, Equatable {
    /// Read from the configured `env:`/`file:` reference.
    case secret(String)
    /// A key file beside the database (made, readable by its owner only, on the first start).
    case keyFile(String)
}

/// HubBot's IRC secrets, read.
public struct IRCSecrets: Sendable, Equatable {
    public var saslPassword: String?
    public var serverPassword: String?
}

/// How HubBot signs in to its chat network, with secrets read.
public enum NetworkSignIn: Sendable, Equatable {
    case matrix(MatrixSignIn)
    case irc(IRCSecrets)
}

extension HubBotConfig {
    /// Reads the secrets of the configured chat network.
    public func networkSignIn(environment: [String: String], file: String) throws(ConfigError) -> NetworkSignIn {
        if let irc {
            var reader = SecretReader(environment: environment, file: file)
            let secrets = IRCSecrets(
                saslPassword: irc.sasl?.password.flatMap { reader.read("irc.sasl.password", $0) },
                serverPassword: irc.serverPassword.flatMap { reader.read("irc.server_password", $0) }
            )
            try reader.check()
            return .irc(secrets)
        }
        return .matrix(try matrixSignIn(environment: environment, file: file))
    }

    /// Reads the Matrix secrets the config refers to.
    public func matrixSignIn(environment: [String: String], file: String) throws(ConfigError) -> MatrixSignIn {
        var reader = SecretReader(environment: environment, file: file)
        guard let matrix else {
            throw ConfigError(issues: [ConfigIssue(file: file, line: 0, column: 0, key: "matrix", message: "missing")])
        }
        if let token = matrix.accessToken {
            let value = reader.read("matrix.access_token", token)
            try reader.check()
            return .accessToken(value ?? "")
        }
        let password = reader.read("matrix.password", matrix.password ?? "")
        try reader.check()
        return .password(user: matrix.user ?? "", password: password ?? "", deviceID: matrix.deviceID)
    }

    /// The PostgreSQL connection URL `storage.postgres.url` refers to; nil when storage is SQLite.
    public func postgresURL(environment: [String: String], file: String) throws(ConfigError) -> String? {
        guard let postgres = storage.postgres else { return nil }
        var reader = SecretReader(environment: environment, file: file)
        let value = reader.read("storage.postgres.url", postgres.url)
        try reader.check()
        return value
    }

    /// How HubBot's Matrix encryption keys are protected: nil when encryption is off.
    public func matrixPickleKey(environment: [String: String], file: String) throws(ConfigError) -> PickleKeySource? {
        guard let matrix, matrix.encryption else { return nil }
        guard let reference = matrix.pickleKey else { return .keyFile(storage.path + ".crypto-key") }
        var reader = SecretReader(environment: environment, file: file)
        let value = reader.read("matrix.pickle_key", reference)
        try reader.check()
        guard let value, value.count >= 16 else {
            throw ConfigError(issues: [
                ConfigIssue(
                    file: file,
                    line: 0,
                    column: 0,
                    key: "matrix.pickle_key",
                    message: "the key \(reference) refers to is shorter than 16 characters (the value is not shown)"
                )
            ])
        }
        return .secret(value)
    }

    /// The ticket targets with their secrets read, by name.
    public func ticketTargets(environment: [String: String], file: String) throws(ConfigError) -> [String: TicketTarget]
    {
        var reader = SecretReader(environment: environment, file: file)
        var targets: [String: TicketTarget] = [:]
        for (name, settings) in tickets.targets {
            guard let preset = TicketTarget.Preset(rawValue: settings.preset) else { continue }
            let key = "tickets.targets.\(name)"
            targets[name] = TicketTarget(
                name: name,
                preset: preset,
                url: settings.url,
                token: settings.token.flatMap { reader.read("\(key).token", $0) },
                user: settings.user,
                project: settings.project,
                signingSecrets: (settings.signingSecrets ?? []).compactMap {
                    reader.read("\(key).signing_secrets", $0)
                },
                lookupURL: settings.lookupURL
            )
        }
        try reader.check()
        return targets
    }

    /// The secrets ticket status callbacks must be signed with.
    public func callbackSecrets(environment: [String: String], file: String) throws(ConfigError) -> [String] {
        var reader = SecretReader(environment: environment, file: file)
        let secrets = tickets.callbackSecrets.compactMap { reader.read("tickets.callback_secrets", $0) }
        try reader.check()
        return secrets
    }
}
