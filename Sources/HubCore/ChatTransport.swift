/// The port through which the hub talks to one chat network. Matrix and IRC
/// adapters implement it; the hub never sees protocol details.
public protocol ChatTransport: Sendable {
    var network: ChatNetwork { get }

    /// Signs in and returns HubBot's own identity on the network.
    /// Fails with a clear error, instead of retrying, when the credentials are refused.
    func signIn() async throws -> PersonID

    /// Receives events until the task is cancelled, passing each to `handle`
    /// in order. Transient network failures are retried inside; only
    /// unrecoverable ones (revoked credentials) end it with an error.
    func receive(_ handle: @escaping @Sendable (ChatEvent) async throws -> Void) async throws
}
