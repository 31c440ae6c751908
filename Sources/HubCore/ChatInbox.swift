/// Where a transport puts what it receives. Durable and deduplicated by event
/// id: storing an event twice keeps it once.
public protocol ChatInbox: Sendable {
    /// Stores the events not seen before and moves the network's cursor, in one
    /// transaction: a crash leaves either both or neither.
    func append(_ events: [ChatEvent], cursor: String, network: ChatNetwork) async throws

    /// Where the network's intake stopped; nil before the first batch ever.
    func cursor(for network: ChatNetwork) async throws -> String?
}

/// Small named values an adapter keeps across restarts (a filter id, a session).
public protocol StateStore: Sendable {
    func value(for key: String) async throws -> String?
    func setValue(_ value: String?, for key: String) async throws
    /// Sets (or, for nil, removes) several values at once: all or none.
    func setValues(_ values: [(key: String, value: String?)]) async throws
}

extension StateStore {
    /// One at a time, for stores without transactions (test fakes).
    public func setValues(_ values: [(key: String, value: String?)]) async throws {
        for (key, value) in values { try await setValue(value, for: key) }
    }
}
