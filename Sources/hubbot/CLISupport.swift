import ArgumentParser
import Foundation
import HubConfig
import HubCore
import HubPostgres
import HubStore
import Logging

/// `--format` for commands that print information.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// One compact line of JSON, for commands that print as things happen.
    static func jsonLine(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Standard output for commands that print as things happen: each line is written
/// at once, not when a buffer fills, so a log file or a pipe sees it immediately.
enum Output {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}

/// Arguments where `-` stands for "the lines of standard input".
enum InputList {
    static func expand(_ arguments: [String]) throws -> [String] {
        var result: [String] = []
        for argument in arguments {
            if argument == "-" {
                while let line = readLine() {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    if !trimmed.isEmpty { result.append(trimmed) }
                }
            } else {
                result.append(argument)
            }
        }
        guard !result.isEmpty else {
            throw ValidationError("no input: give at least one path, or '-' with lines on stdin")
        }
        return result
    }
}

/// Error output: one readable line per problem, prefixed with the program name.
enum Diagnostics {
    static func fail(_ message: String) {
        for line in message.split(separator: "\n", omittingEmptySubsequences: true) {
            FileHandle.standardError.write(Data("hubbot: \(line)\n".utf8))
        }
    }

    /// A note for the person at the terminal (not an error), on standard error.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("hubbot: \(message)\n".utf8))
    }
}

/// Where commands read hubbot.yaml when `--config` is not given: `$HUBBOT_CONFIG`; else
/// `Config/hubbot.yaml` when the working directory is a HubBot checkout; else the
/// package's `/etc/hubbot/hubbot.yaml`.
enum DefaultConfig {
    static let checkout = "Config/hubbot.yaml"
    static let installed = "/etc/hubbot/hubbot.yaml"

    static var path: String {
        if let chosen = ProcessInfo.processInfo.environment["HUBBOT_CONFIG"], !chosen.isEmpty { return chosen }
        return FileManager.default.fileExists(atPath: checkout) ? checkout : installed
    }

    /// The secrets file beside a config (`hubbot.env`), as the systemd unit reads it.
    static func environmentFile(besideConfig config: String) -> String {
        let folder = (config as NSString).deletingLastPathComponent
        return folder.isEmpty ? "hubbot.env" : (folder as NSString).appendingPathComponent("hubbot.env")
    }
}

/// A systemd `EnvironmentFile`: `KEY=VALUE` lines, `#` comments, optional quotes.
enum EnvironmentFile {
    static func read(_ path: String) throws -> [String: String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var values: [String: String] = [:]
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                value = String(value.dropFirst().dropLast())
            }
            values[key] = value
        }
        return values
    }

    /// Sets `values` in the file (other lines kept, in order), creating it readable by its owner
    /// only; an existing file keeps its owner, and its mode becomes 0600.
    static func update(_ path: String, with values: [(key: String, value: String)]) throws {
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var lines = existing.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        for (key, value) in values {
            let line = "\(key)=\(value)"
            if let index = lines.firstIndex(where: {
                $0.trimmingCharacters(in: .whitespaces).hasPrefix(key + "=")
            }) {
                lines[index] = line
            } else {
                lines.append(line)
            }
        }
        let text = lines.joined(separator: "\n") + "\n"
        let files = FileManager.default
        if !files.fileExists(atPath: path) {
            guard files.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw ValidationError("cannot create \(path); check the folder and your permissions")
            }
        }
        try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw ValidationError("cannot write \(path); check your permissions")
        }
        defer { try? handle.close() }
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
    }
}

extension EnvironmentFile {
    /// The process's environment with the secrets file's values over it (the file wins: it is what
    /// the service sees): `--env-file`, else `hubbot.env` beside the config when it exists and
    /// can be read (only an explicit `--env-file` that cannot be read is an error).
    /// Returns the file read, if any.
    static func serviceEnvironment(config: String, envFile: String?) throws -> (
        environment: [String: String], file: String?
    ) {
        var environment = ProcessInfo.processInfo.environment
        let file = envFile ?? DefaultConfig.environmentFile(besideConfig: config)
        guard FileManager.default.fileExists(atPath: file) else {
            if envFile != nil { throw ValidationError("no secrets file at \(file)") }
            return (environment, nil)
        }
        do {
            environment.merge(try read(file)) { _, fromFile in fromFile }
        } catch {
            // The default file beside the config is root's (0600): under systemd its values are
            // already in the environment, so a service user that cannot read it goes on without.
            if envFile == nil { return (environment, nil) }
            throw ValidationError("cannot read \(file): run this as a user who may (root on a server)")
        }
        return (environment, file)
    }
}

/// A command's config (and tag file), or exit 78 with every problem, one line each.
enum CommandConfig {
    static func load(_ path: String) throws -> HubBotConfig {
        do throws(ConfigError) {
            return try ConfigLoader.load(path: path)
        } catch {
            Diagnostics.fail(error.description)
            throw ExitCode(78)
        }
    }

    static func loadWithTags(_ path: String) throws -> (HubBotConfig, TagModel) {
        let settings = try load(path)
        do throws(ConfigError) {
            return (
                settings, try TagsConfig.load(path: settings.tagsPath(relativeTo: path), routes: settings.tagRoutes)
            )
        } catch {
            Diagnostics.fail(error.description)
            throw ExitCode(78)
        }
    }
}

/// A password given as a file (its first line) or `-` (typed at a terminal without echo, else
/// the first line of standard input).
enum PasswordInput {
    static func read(_ file: String, prompt: String) throws -> String {
        let text: String
        if file == "-" {
            if isatty(STDIN_FILENO) != 0, let typed = getpass(prompt) {
                text = String(cString: typed)
            } else {
                text = readLine(strippingNewline: true) ?? ""
            }
        } else {
            guard let contents = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ValidationError("cannot read the password file \(file)")
            }
            text = String(contents.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
        guard !text.isEmpty else {
            throw ValidationError(file == "-" ? "no password on standard input" : "no password in \(file)")
        }
        return text
    }
}

/// The store a command reads (or adds work to): the SQLite file, or the shared PostgreSQL
/// database. Nil when HubBot has not run with this config yet (no SQLite file).
enum CommandStorage {
    static func open(_ settings: HubBotConfig, config: String) async throws -> (any HubStorage)? {
        guard let postgres = settings.storage.postgres else {
            guard FileManager.default.fileExists(atPath: settings.storage.path) else { return nil }
            return try HubDatabase(path: settings.storage.path)
        }
        let environment = try EnvironmentFile.serviceEnvironment(config: config, envFile: nil).environment
        let url: String?
        do throws(ConfigError) {
            url = try settings.postgresURL(environment: environment, file: config)
        } catch {
            Diagnostics.fail(error.description)
            throw ExitCode(78)
        }
        var quiet = Logger(label: "hubbot")
        quiet.logLevel = .warning
        // Unfenced: a command only reads, or adds work to the inbox for the leader.
        return try await PostgresHubDatabase(
            settings: try PostgresSettings(url: url ?? "", caFile: postgres.caFile),
            logger: quiet
        )
    }
}
