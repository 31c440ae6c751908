import Foundation
import NIOSSL
import PostgresNIO

/// Where the database is and how to reach it: `postgres://user:password@host:port/database`
/// with libpq's `sslmode` (`disable`, `verify-ca`, `verify-full`), `sslrootcert` and `host`
/// (a socket folder) parameters.
///
/// The server's certificate is always checked when TLS is on: `sslmode=require` and `prefer`,
/// which in libpq encrypt without checking, are refused. Without `sslmode`, a loopback or socket
/// connection goes without TLS and any other is `verify-full`.
public struct PostgresSettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    /// A Unix socket folder (`?host=/run/postgresql`) instead of TCP.
    public var socketFolder: String?
    public var user: String
    public var password: String?
    public var database: String
    public var tlsMode: TLSMode
    /// The certificate authority the server is checked against; nil: the system's.
    public var caFile: String?
    /// Tables go in this schema (created if missing) instead of the user's default; for tests.
    public var schema: String?

    public enum TLSMode: String, Sendable, Equatable {
        case disable
        /// TLS; the certificate must come from the trusted authority, whatever name it bears.
        case verifyCA = "verify-ca"
        /// TLS; the certificate must come from the trusted authority and name the host.
        case verifyFull = "verify-full"
    }

    /// Parses a connection URL; `caFile` (from the config) is used when the URL has no `sslrootcert`.
    public init(url text: String, caFile: String? = nil) throws(PostgresSettingsError) {
        guard let url = URLComponents(string: text), ["postgres", "postgresql"].contains(url.scheme ?? "") else {
            throw PostgresSettingsError(message: "not a postgres:// URL")
        }
        var parameters: [String: String] = [:]
        for item in url.queryItems ?? [] { parameters[item.name] = item.value ?? "" }
        let known: Set<String> = [
            "sslmode", "sslrootcert", "host", "port", "user", "password", "dbname", "search_path",
        ]
        if let unknown = parameters.keys.sorted().first(where: { !known.contains($0) }) {
            throw PostgresSettingsError(
                message: "unknown parameter '\(unknown)' (known: \(known.sorted().joined(separator: ", ")))"
            )
        }
        host = url.host.map { $0.removingPercentEncoding ?? $0 } ?? ""
        socketFolder = parameters["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        if let host = parameters["host"], !host.hasPrefix("/") { self.host = host }
        if host.isEmpty && socketFolder == nil { host = "localhost" }
        port = url.port ?? parameters["port"].flatMap(Int.init) ?? 5432
        user = (url.user?.removingPercentEncoding ?? parameters["user"]) ?? NSUserName()
        password = url.password?.removingPercentEncoding ?? parameters["password"]
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        database = path.isEmpty ? (parameters["dbname"] ?? user) : (path.removingPercentEncoding ?? path)
        self.caFile = parameters["sslrootcert"] ?? caFile
        schema = parameters["search_path"]
        switch parameters["sslmode"] {
        case nil: tlsMode = socketFolder != nil || Self.isLoopback(host) ? .disable : .verifyFull
        case let mode?:
            guard let parsed = TLSMode(rawValue: mode) else {
                throw PostgresSettingsError(
                    message: "sslmode=\(mode) is not supported: use verify-full (or verify-ca), which check the "
                        + "server's certificate, or disable on a trusted network"
                )
            }
            tlsMode = parsed
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// The URL without its password, for logs and errors.
    public var redactedURL: String {
        let place = socketFolder ?? "\(host):\(port)"
        return "postgres://\(user)@\(place)/\(database)"
    }

    func clientConfiguration() throws -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        if let socketFolder {
            configuration = PostgresClient.Configuration(
                unixSocketPath: "\(socketFolder)/.s.PGSQL.\(port)",
                username: user,
                password: password,
                database: database
            )
        } else {
            configuration = PostgresClient.Configuration(
                host: host,
                port: port,
                username: user,
                password: password,
                database: database,
                tls: .disable
            )
        }
        if let tls = tlsConfiguration { configuration.tls = .require(tls) }
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.additionalStartupParameters = startupParameters
        return configuration
    }

    /// The same place and checks for one connection outside the pool (the schema's migration).
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS =
            try tlsConfiguration.map { .require(try NIOSSLContext(configuration: $0)) } ?? .disable
        var configuration =
            socketFolder.map {
                PostgresConnection.Configuration(
                    unixSocketPath: "\($0)/.s.PGSQL.\(port)",
                    username: user,
                    password: password,
                    database: database
                )
            }
            ?? PostgresConnection.Configuration(
                host: host,
                port: port,
                username: user,
                password: password,
                database: database,
                tls: tls
            )
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.additionalStartupParameters = startupParameters
        return configuration
    }

    /// TLS with the certificate checks of `tlsMode`; nil when it is off.
    private var tlsConfiguration: TLSConfiguration? {
        guard tlsMode != .disable else { return nil }
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = tlsMode == .verifyFull ? .fullVerification : .noHostnameVerification
        if let caFile { tls.trustRoots = .file(caFile) }
        return tls
    }

    private var startupParameters: [(String, String)] { schema.map { [("search_path", $0)] } ?? [] }
}

/// A connection URL HubBot cannot use (the URL itself is never repeated: it may hold a password).
public struct PostgresSettingsError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public var description: String { "storage.postgres.url: \(message)" }
}
