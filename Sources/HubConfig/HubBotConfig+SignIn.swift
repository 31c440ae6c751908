import HubCore

/// How HubBot signs in to Matrix, with secrets read.
public enum MatrixSignIn: Sendable, Equatable {
    case accessToken(String)
    case password(user: String, password: String, deviceID: String?)
}

extension HubBotConfig {
    /// Reads the Matrix secrets the config refers to. Errors name the
    /// reference (`env:NAME`), never a secret.
    public func matrixSignIn(environment: [String: String], file: String) throws(ConfigError) -> MatrixSignIn {
        func resolve(_ key: String, _ text: String) throws(ConfigError) -> String {
            guard let reference = SecretReference(text) else {
                throw ConfigError(issues: [
                    ConfigIssue(file: file, line: 0, column: 0, key: key, message: "not an env: or file: reference")
                ])
            }
            do {
                return try reference.resolve(environment: environment)
            } catch {
                throw ConfigError(issues: [
                    ConfigIssue(file: file, line: 0, column: 0, key: key, message: error.message)
                ])
            }
        }
        if let token = matrix.accessToken {
            return .accessToken(try resolve("matrix.access_token", token))
        }
        let password = try resolve("matrix.password", matrix.password ?? "")
        return .password(user: matrix.user ?? "", password: password, deviceID: matrix.deviceID)
    }
}

extension HubBotConfig {
    /// The ticket targets with their secrets read, by name. Errors name the key, never a value.
    public func ticketTargets(environment: [String: String], file: String) throws(ConfigError) -> [String: TicketTarget]
    {
        var targets: [String: TicketTarget] = [:]
        var issues: [ConfigIssue] = []
        func resolve(_ key: String, _ text: String) -> String? {
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
        for (name, settings) in tickets.targets {
            guard let preset = TicketTarget.Preset(rawValue: settings.preset) else { continue }
            let key = "tickets.targets.\(name)"
            targets[name] = TicketTarget(
                name: name,
                preset: preset,
                url: settings.url,
                token: settings.token.flatMap { resolve("\(key).token", $0) },
                user: settings.user,
                project: settings.project,
                signingSecrets: (settings.signingSecrets ?? []).compactMap { resolve("\(key).signing_secrets", $0) }
            )
        }
        if !issues.isEmpty { throw ConfigError(issues: issues) }
        return targets
    }

    /// The secrets ticket status callbacks must be signed with.
    public func callbackSecrets(environment: [String: String], file: String) throws(ConfigError) -> [String] {
        var secrets: [String] = []
        for text in tickets.callbackSecrets {
            guard let reference = SecretReference(text) else {
                throw ConfigError(issues: [
                    ConfigIssue(
                        file: file,
                        line: 0,
                        column: 0,
                        key: "tickets.callback_secrets",
                        message: "not an env: or file: reference"
                    )
                ])
            }
            do {
                secrets.append(try reference.resolve(environment: environment))
            } catch {
                throw ConfigError(issues: [
                    ConfigIssue(file: file, line: 0, column: 0, key: "tickets.callback_secrets", message: error.message)
                ])
            }
        }
        return secrets
    }
}
