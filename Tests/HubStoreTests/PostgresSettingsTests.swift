import Foundation
import HubPostgres
import HubStore
import Logging
import Testing

@Suite("PostgreSQL connection URLs")
struct PostgresSettingsTests {
    @Test("the parts of a URL, with libpq's defaults; the password never in the redacted form")
    func parts() throws {
        let settings = try PostgresSettings(
            url: "postgres://hub%40bot:p%2Fw@db.example.org:6432/hub?sslrootcert=/ca.pem"
        )
        #expect(settings.user == "hub@bot" && settings.password == "p/w")
        #expect(settings.host == "db.example.org" && settings.port == 6432 && settings.database == "hub")
        #expect(settings.caFile == "/ca.pem")
        #expect(settings.redactedURL == "postgres://hub@bot@db.example.org:6432/hub")
        let socket = try PostgresSettings(url: "postgresql:///hubbot?host=/run/postgresql&user=hubbot")
        #expect(socket.socketFolder == "/run/postgresql" && socket.user == "hubbot" && socket.database == "hubbot")
        #expect(try PostgresSettings(url: "postgres://u@h/db", caFile: "/etc/ca.pem").caFile == "/etc/ca.pem")
    }

    @Test("TLS checks the certificate by default off this machine; modes that check nothing are refused")
    func tlsModes() throws {
        #expect(try PostgresSettings(url: "postgres://u@db.example.org/db").tlsMode == .verifyFull)
        #expect(try PostgresSettings(url: "postgres://u@127.0.0.1/db").tlsMode == .disable)
        #expect(try PostgresSettings(url: "postgres://u@localhost/db").tlsMode == .disable)
        #expect(try PostgresSettings(url: "postgres://u@h/db?sslmode=verify-ca").tlsMode == .verifyCA)
        #expect(try PostgresSettings(url: "postgres://u@h/db?sslmode=disable").tlsMode == .disable)
        for mode in ["require", "prefer", "allow"] {
            #expect(throws: PostgresSettingsError.self) {
                try PostgresSettings(url: "postgres://u:pw@h/db?sslmode=\(mode)")
            }
        }
        let unknown = #expect(throws: PostgresSettingsError.self) {
            try PostgresSettings(url: "postgres://u:secret@h/db?sslcert=/x")
        }
        #expect(unknown?.description.contains("sslcert") == true)
        #expect(unknown?.description.contains("secret") == false)
        #expect(throws: PostgresSettingsError.self) { try PostgresSettings(url: "mysql://u@h/db") }
    }

    @Test(
        "against the test server: verify-full with its authority connects; with another authority it is refused, saying why",
        // Never skipped where the integration tests must run: a missing server fails.
        .enabled(if: StoreKind.available.contains(.postgres)),
        // A hang guard only (a busy machine can hold this test up for minutes).
        .timeLimit(.minutes(10))
    )
    func tlsAgainstTheServer() async throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = try #require(
            environment["HUBBOT_TEST_POSTGRES_DIR"],
            "HUBBOT_TEST_POSTGRES_DIR is not set: run Scripts/test.sh, which starts PostgreSQL"
        )
        let url = try #require(environment["HUBBOT_TEST_POSTGRES_URL"])
        // The server's certificate names localhost; the test URL says 127.0.0.1.
        let viaName = url.replacingOccurrences(of: "@127.0.0.1:", with: "@localhost:")
        var checked = try PostgresSettings(url: viaName + "?sslmode=verify-full&sslrootcert=\(folder)/ca.crt")
        checked.schema = "tls\(UUID().uuidString.prefix(8).lowercased())"
        // `.require`: a server without TLS would be refused, so this connection is encrypted.
        let store = try await PostgresHubDatabase(settings: checked, logger: Logger(label: "test"))
        try await store.setValue("over TLS", for: "probe")
        #expect(try await store.value(for: "probe") == "over TLS")
        await store.shutdown()

        var wrong = checked
        wrong.caFile = "\(folder)/other-ca.crt"
        let refused = await #expect(throws: PostgresStoreError.self) {
            let store = try await PostgresHubDatabase(settings: wrong, logger: Logger(label: "test"))
            await store.shutdown()
        }
        let text = refused.map { "\($0)" } ?? ""
        #expect(text.contains("postgres://hubbot@localhost:"), "\(text)")
        // Said at once, not after the pool's retries gave up.
        #expect(text.contains("the server's certificate was not accepted"), "\(text)")
        #expect(!text.contains(checked.password ?? "no password"), "the password is never shown")
    }
}
