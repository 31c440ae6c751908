import Foundation
import GRDB
import HubCore

extension HubDatabase {
    /// Every stored hub record, to rebuild the hub at start.
    public func hubRecords() async throws -> [HubRecord] {
        let rows = try await writer.read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT kind, key, value FROM records ORDER BY kind, key")).map {
                row -> (kind: String, key: String, value: Data) in (row["kind"], row["key"], row["value"])
            }
        }
        let decoder = JSONDecoder()
        return try rows.compactMap { row in
            do {
                return try Self.decode(kind: row.kind, value: row.value, with: decoder)
            } catch {
                throw HubStoreError.unreadableRecord(kind: row.kind, key: row.key, underlying: "\(error)")
            }
        }
    }

    public static func encode(_ record: HubRecord, with encoder: JSONEncoder) throws -> Data {
        switch record {
        case .request(let value): try encoder.encode(value)
        case .person(let value): try encoder.encode(value)
        case .specialist(let value): try encoder.encode(value)
        case .room(let value): try encoder.encode(value)
        case .fault(let value): try encoder.encode(value)
        case .audit(let value): try encoder.encode(value)
        case .example(let value): try encoder.encode(value)
        }
    }

    /// Nil for a kind this version does not know (written by a newer HubBot): left alone.
    public static func decode(kind: String, value: Data, with decoder: JSONDecoder) throws -> HubRecord? {
        switch kind {
        case "request": .request(try decoder.decode(HubRequest.self, from: value))
        case "person": .person(try decoder.decode(PersonRecord.self, from: value))
        case "specialist": .specialist(try decoder.decode(Specialist.self, from: value))
        case "room": .room(try decoder.decode(RoomRecord.self, from: value))
        case "fault": .fault(try decoder.decode(HygieneFault.self, from: value))
        case "audit": .audit(try decoder.decode(AuditEntry.self, from: value))
        case "example": .example(try decoder.decode(LearnedExample.self, from: value))
        default: nil
        }
    }
}

/// A stored record this HubBot cannot read.
public enum HubStoreError: Error, CustomStringConvertible {
    case unreadableRecord(kind: String, key: String, underlying: String)

    public var description: String {
        switch self {
        case .unreadableRecord(let kind, let key, let underlying):
            "the stored \(kind) record \(key) cannot be read (\(underlying)); restore the database from a backup "
                + "or run the HubBot version that wrote it"
        }
    }
}
