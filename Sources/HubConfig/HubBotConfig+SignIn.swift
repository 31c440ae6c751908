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
