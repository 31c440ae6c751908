import Foundation

/// The port through which the hub talks to one chat network. Matrix and IRC
/// adapters implement it; the hub never sees protocol details.
public protocol ChatTransport: Sendable {
    var network: ChatNetwork { get }

    /// Signs in and returns HubBot's own identity on the network.
    /// Fails with a clear error, instead of retrying, when the credentials are refused.
    func signIn() async throws -> PersonID

    /// Receives until the task is cancelled, storing each batch in `inbox`
    /// before asking for the next, and calling `stored` after each non-empty one.
    /// Transient network failures are retried inside; only unrecoverable ones
    /// (revoked credentials) end it with an error.
    func receive(into inbox: any ChatInbox, stored: @escaping @Sendable () -> Void) async throws

    /// Performs one action. The same `transactionID` performed twice has the
    /// effect of once, so retries after a crash are safe.
    /// - Returns: the id of what the action created (a message's event id), when there is one.
    /// - Throws: ``ChatActionFailure`` saying whether to retry, drop or stop.
    @discardableResult
    func perform(_ action: ChatAction, transactionID: String) async throws -> String?

    /// The name people see for `person` in `room`, or nil when it cannot be read.
    func displayName(of person: PersonID, in room: RoomID) async -> String?

    /// How intake is doing, for `/readyz` and metrics.
    func intakeHealth() async -> IntakeHealth

    /// Whether `person` has an account on the network: false only when the server
    /// says there is none, nil when it cannot tell.
    func accountExists(_ person: PersonID) async -> Bool?
}

/// How a transport's intake is doing.
public struct IntakeHealth: Sendable, Equatable {
    /// When intake last succeeded: a `/sync` answered, a line arrived from the IRC server.
    public var lastSuccess: Date?
    /// Failed intake attempts (sync errors, lost connections) since the start.
    public var failures: Int
    /// Requests the server refused for rate limiting (HTTP 429) since the start.
    public var rateLimited: Int
    /// Failures since the last success: intake is failing right now when this is above one.
    public var consecutiveFailures: Int

    public init(lastSuccess: Date? = nil, failures: Int = 0, rateLimited: Int = 0, consecutiveFailures: Int = 0) {
        self.lastSuccess = lastSuccess
        self.failures = failures
        self.rateLimited = rateLimited
        self.consecutiveFailures = consecutiveFailures
    }
}

/// An error that says whether retrying can help: a refused login or an
/// untrusted certificate cannot, so HubBot stops with it instead of looping.
public protocol ChatConnectionFailure: Error {
    var isPermanent: Bool { get }
}

extension ChatTransport {
    /// Transports without intake tracking (test doubles) report nothing.
    public func intakeHealth() async -> IntakeHealth { IntakeHealth() }

    /// Networks (and test doubles) that cannot tell say nothing.
    public func accountExists(_ person: PersonID) async -> Bool? { nil }
}
