import Foundation
import HubCore
import HubPostgres
import HubStore
import Logging
import Testing

/// The store implementations the shared suite runs against: SQLite always, PostgreSQL when
/// `HUBBOT_TEST_POSTGRES_URL` names a server (Scripts/test.sh starts one). With
/// `HUBBOT_REQUIRE_INTEGRATION=1` PostgreSQL is never skipped: a missing server fails.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static var available: [StoreKind] {
        let environment = ProcessInfo.processInfo.environment
        if environment["HUBBOT_TEST_POSTGRES_URL"] != nil || environment["HUBBOT_REQUIRE_INTEGRATION"] == "1" {
            return allCases
        }
        return [.sqlite]
    }

    /// A fresh, empty store; `place` reopens an earlier one (a file, a schema).
    func open(
        place: String? = nil,
        holder: String? = nil,
        makeTransactionID: @escaping @Sendable () -> String = HubDatabase.randomID
    ) async throws -> OpenStore {
        switch self {
        case .sqlite:
            let path =
                place
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-\(UUID()).sqlite").path
            return OpenStore(
                store: try HubDatabase(path: path, makeTransactionID: makeTransactionID),
                place: path,
                close: {}
            )
        case .postgres:
            let url = try #require(
                ProcessInfo.processInfo.environment["HUBBOT_TEST_POSTGRES_URL"],
                "HUBBOT_TEST_POSTGRES_URL is not set: run Scripts/test.sh, which starts PostgreSQL"
            )
            let schema = place ?? "t\(UUID().uuidString.prefix(8).lowercased())"
            var settings = try PostgresSettings(url: url)
            settings.schema = schema
            let store = try await PostgresHubDatabase(
                settings: settings,
                holder: holder,
                logger: Logger(label: "test"),
                makeTransactionID: makeTransactionID
            )
            return OpenStore(store: store, place: schema, close: { await store.shutdown() })
        }
    }
}

/// A store opened for one test, and how to close it.
struct OpenStore: Sendable {
    let store: any HubStorage
    /// Where it lives (a file, a schema), to open it again.
    let place: String
    let close: @Sendable () async -> Void
}

extension StoreKind {
    /// Runs `body` with a fresh store and closes it afterwards, whatever happens.
    func withStore(
        makeTransactionID: @escaping @Sendable () -> String = HubDatabase.randomID,
        _ body: (any HubStorage) async throws -> Void
    ) async throws {
        let opened = try await open(makeTransactionID: makeTransactionID)
        do {
            try await body(opened.store)
        } catch {
            await opened.close()
            throw error
        }
        await opened.close()
    }
}
