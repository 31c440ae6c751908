import Foundation
import HubCore
import HubStore
import Logging
import PostgresNIO

extension PostgresHubDatabase: LeaderLeaseStore {
    /// Takes the lead when nobody holds a live lease: the term goes up by one, and this instance's
    /// fenced writes carry it from now on. Nil when someone else leads. Times are the database's
    /// (`clock_timestamp()`), so instances' clocks need not agree.
    public func tryToLead(holder: String, lease: Duration) async throws -> Int64? {
        let seconds = lease.seconds
        let term = try await transaction("taking the lead") { connection in
            try await Self.single(
                connection.query(
                    """
                    UPDATE hub_leader SET holder = \(holder), term = term + 1,
                        expires_at = clock_timestamp() + make_interval(secs => \(seconds))
                    WHERE id = 1 AND expires_at < clock_timestamp() RETURNING term
                    """,
                    logger: logger
                ),
                as: Int64.self
            )
        }
        if let term { setTerm(term) }
        return term
    }

    /// Extends this instance's lease; false (and fenced writes refused from now on) when a newer
    /// term exists or the row names someone else.
    public func renewLead(holder: String, term: Int64, lease: Duration) async throws -> Bool {
        let seconds = lease.seconds
        let renewed = try await transaction("renewing the lead") { connection in
            try await Self.count(
                connection.query(
                    """
                    WITH renewed AS (
                        UPDATE hub_leader SET expires_at = clock_timestamp() + make_interval(secs => \(seconds))
                        WHERE id = 1 AND holder = \(holder) AND term = \(term) RETURNING 1)
                    SELECT COUNT(*) FROM renewed
                    """,
                    logger: logger
                )
            ) == 1
        }
        if !renewed { setTerm(nil) }
        return renewed
    }

    /// Ends this instance's lease at once (a clean shutdown), so a standby need not wait for it
    /// to run out. The term stays: the next leader's is higher.
    public func resign(holder: String, term: Int64) async throws {
        setTerm(nil)
        try await transaction("handing over the lead") { connection in
            try await connection.query(
                """
                UPDATE hub_leader SET expires_at = '-infinity' WHERE id = 1 AND holder = \(holder) AND term = \(term)
                """,
                logger: logger
            )
        }
    }

    /// The leader row now.
    public func leader() async throws -> LeaderRow {
        try await read("reading the leader") { connection in
            try await Self.leaderRow(connection, logger: logger) ?? LeaderRow(holder: "nobody", term: 0, live: false)
        }
    }

    /// The leader row, with whether its lease is live by the database's clock; nil before anyone led.
    static func leaderRow(_ connection: PostgresConnection, logger: Logger) async throws -> LeaderRow? {
        var row: LeaderRow?
        for try await (holder, term, live) in try await connection.query(
            "SELECT holder, term, expires_at > clock_timestamp() FROM hub_leader WHERE id = 1",
            logger: logger
        ).decode((String, Int64, Bool).self) {
            row = LeaderRow(holder: holder, term: term, live: live)
        }
        return row
    }
}
