import ArgumentParser
import CurlHTTP
import Foundation
import HubConfig
import MatrixChat

struct AccountCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: "Give HubBot its Matrix account: log in or register, and store the access token for the service.",
        discussion: """
            Both subcommands sign in to the homeserver as HubBot's user, check the new access token \
            (whoami), and write it with the device id to the service's secrets file (hubbot.env beside \
            the config, e.g. /etc/hubbot/hubbot.env: KEY=VALUE lines for systemd, mode 0600). The name \
            of the variable is the one the config's matrix.access_token refers to (env:NAME); a \
            file:PATH reference gets the token written to that file instead. The password is read from \
            --password-file, or from standard input (-, the default: its first line). With \
            --write-config, matrix.homeserver in the config is set to --homeserver (comments kept); \
            otherwise the lines to add are printed.

            Examples:
              hubbot account login --homeserver https://matrix.example.org --user hubbot --write-config < bot-password.txt
              hubbot account register --homeserver http://127.0.0.1:8008 --user hubbot \\
                  --shared-secret-file /etc/matrix-synapse/registration-secret < bot-password.txt
            """,
        subcommands: [Login.self, Register.self]
    )

    struct Common: ParsableArguments {
        @Option(help: "The homeserver's client-server API base URL, e.g. https://matrix.example.org.")
        var homeserver: String

        @Option(help: "HubBot's user: a localpart (hubbot) or a full id (@hubbot:example.org).")
        var user: String

        @Option(help: "A file whose first line is the password, or - for standard input.")
        var passwordFile = "-"

        @Option(name: .shortAndLong, help: "Path of hubbot.yaml (read for the token's reference; see --write-config).")
        var config = DefaultConfig.path

        @Option(help: "The secrets file to write (default: hubbot.env beside the config).")
        var envFile: String?

        @Flag(help: "Set matrix.homeserver in the config to --homeserver.")
        var writeConfig = false

        @Option(help: "Output format: text or json (the token is never printed).")
        var format: OutputFormat = .text

        func password() throws -> String {
            try PasswordInput.read(passwordFile, prompt: "password for \(user): ")
        }

        func validate() throws {
            guard let url = URL(string: homeserver), ["http", "https"].contains(url.scheme ?? ""), url.host != nil
            else {
                throw ValidationError("--homeserver '\(homeserver)' is not an http(s) URL")
            }
        }
    }

    struct Login: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Log in as HubBot's existing user with its password."
        )

        @OptionGroup var common: Common

        @Option(help: "Reuse this device (keeps HubBot's encryption identity when logging in again).")
        var deviceID: String?

        func run() async throws {
            let password = try common.password()
            try await AccountSetUp(common: common).finish { client in
                try await client.login(user: common.user, password: password, deviceID: deviceID)
            }
        }
    }

    struct Register: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create HubBot's user on the homeserver, then store its token as login does.",
            discussion: """
                With --shared-secret-file, Synapse's shared-secret registration (the file holds \
                registration_shared_secret; works with registration closed). With \
                --registration-token-file, a registration token (registration_requires_token). \
                With neither, open registration (test and demo homeservers).
                """
        )

        @OptionGroup var common: Common

        @Option(help: "A file holding Synapse's registration_shared_secret.")
        var sharedSecretFile: String?

        @Option(help: "A file holding a registration token.")
        var registrationTokenFile: String?

        func validate() throws {
            if sharedSecretFile != nil, registrationTokenFile != nil {
                throw ValidationError("give --shared-secret-file or --registration-token-file, not both")
            }
        }

        func run() async throws {
            let password = try common.password()
            let localpart =
                common.user.hasPrefix("@") ? String(common.user.dropFirst().prefix { $0 != ":" }) : common.user
            let secret = try sharedSecretFile.map(Self.firstLine)
            let token = try registrationTokenFile.map(Self.firstLine)
            try await AccountSetUp(common: common).finish { client in
                if let secret {
                    return try await client.registerWithSharedSecret(
                        user: localpart,
                        password: password,
                        sharedSecret: secret
                    )
                }
                if let token {
                    return try await client.register(user: localpart, password: password, registrationToken: token)
                }
                return try await client.register(user: localpart, password: password)
            }
        }

        static func firstLine(_ path: String) throws -> String {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8),
                let line = text.split(whereSeparator: \.isNewline).first, !line.isEmpty
            else { throw ValidationError("cannot read \(path) (or it is empty)") }
            return line.trimmingCharacters(in: .whitespaces)
        }
    }
}

/// What both `account` subcommands do once they have a session: check it, store it, say what to configure.
struct AccountSetUp {
    var common: AccountCommand.Common

    struct Result: Encodable {
        var userID: String
        var deviceID: String
        var homeserver: String
        var tokenStoredIn: String
        var tokenVariable: String?
        var configUpdated: Bool
        var configLines: String

        enum CodingKeys: String, CodingKey {
            case homeserver
            case userID = "user_id"
            case deviceID = "device_id"
            case tokenStoredIn = "token_stored_in"
            case tokenVariable = "token_variable"
            case configUpdated = "config_updated"
            case configLines = "config_lines"
        }
    }

    func finish(_ signIn: (MatrixClient) async throws -> MatrixClient.Session) async throws {
        signal(SIGPIPE, SIG_IGN)
        let homeserver = common.homeserver.hasSuffix("/") ? String(common.homeserver.dropLast()) : common.homeserver
        let http = HTTPClient()
        let session: MatrixClient.Session
        do {
            session = try await signIn(MatrixClient(homeserver: homeserver, http: http))
            let whoami = try await MatrixClient(homeserver: homeserver, accessToken: session.accessToken, http: http)
                .whoAmI()
            guard whoami.userID == session.userID else {
                throw ValidationError("the new token belongs to \(whoami.userID), not \(session.userID)")
            }
        } catch let error as MatrixError {
            Diagnostics.fail("\(homeserver) refused: \(error.description)")
            throw ExitCode.failure
        } catch let error as HTTPClientError {
            Diagnostics.fail("cannot reach \(homeserver): \(error)")
            throw ExitCode.failure
        }

        // Where the token goes: the variable or file the config refers to, else the default variable.
        let existing = try? ConfigLoader.load(path: common.config)
        let reference = existing?.matrix?.accessToken.flatMap(SecretReference.init)
        var variable: String? = "HUBBOT_MATRIX_ACCESS_TOKEN"
        let storedIn: String
        switch reference {
        case .file(let path)?:
            try EnvironmentFile.writeSecret(session.accessToken, to: path)
            variable = nil
            storedIn = path
        case .environment(let name)?:
            variable = name
            fallthrough
        default:
            storedIn = common.envFile ?? DefaultConfig.environmentFile(besideConfig: common.config)
            var values = [(key: "HUBBOT_MATRIX_DEVICE_ID", value: session.deviceID)]
            if let variable { values.insert((variable, session.accessToken), at: 0) }
            try EnvironmentFile.update(storedIn, with: values)
        }
        let tokenLine = variable.map { "env:\($0)" } ?? "file:\(storedIn)"
        var updated = false
        if common.writeConfig {
            guard let text = try? String(contentsOfFile: common.config, encoding: .utf8),
                let edited = ConfigFileEdit.setting(["matrix", "homeserver"], to: homeserver, in: text)
            else {
                Diagnostics.fail(
                    "cannot set matrix.homeserver in \(common.config) (no such line, or not writable): add the lines below"
                )
                throw ExitCode.failure
            }
            try edited.write(toFile: common.config, atomically: false, encoding: .utf8)
            updated = true
        }
        let lines = """
            matrix:
              homeserver: "\(homeserver)"
              access_token: "\(tokenLine)"
            """
        let result = Result(
            userID: session.userID,
            deviceID: session.deviceID,
            homeserver: homeserver,
            tokenStoredIn: storedIn,
            tokenVariable: variable,
            configUpdated: updated,
            configLines: lines
        )
        switch common.format {
        case .json:
            print(try OutputFormat.json(result))
        case .text:
            print("signed in as \(session.userID), device \(session.deviceID)")
            print("access token and device id written to \(storedIn) (readable by its owner only)")
            if updated {
                print("matrix.homeserver set to \(homeserver) in \(common.config)")
            }
            if !updated || existing?.matrix?.accessToken != tokenLine {
                print("the config needs these lines (\(common.config)):")
                print(lines)
            }
            print("next: hubbot doctor --config \(common.config)")
        }
    }
}

extension EnvironmentFile {
    /// A token file for a `file:PATH` reference: the token alone, mode 0600.
    static func writeSecret(_ secret: String, to path: String) throws {
        let files = FileManager.default
        if !files.fileExists(atPath: path) {
            guard files.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw ValidationError("cannot create \(path); check the folder and your permissions")
            }
        }
        try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try (secret + "\n").write(toFile: path, atomically: false, encoding: .utf8)
    }
}
