import Foundation
import HubCore

extension HubDatabase {
    /// How the hub served people over `[since, until)`, from the stored records:
    /// what `hubbot report` prints. Only reads.
    public func report(since: Date, until: Date) async throws -> HubReport {
        HubReport(records: try await hubRecords(), since: since, until: until)
    }
}
