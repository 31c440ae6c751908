import CurlHTTP

/// An error answer from the homeserver (Matrix CS API "Standard error response").
/// See https://spec.matrix.org/latest/client-server-api/#standard-error-response
public struct MatrixError: Error, Sendable, CustomStringConvertible {
    /// What HubBot was doing, e.g. "POST /_matrix/client/v3/login".
    public var operation: String
    public var status: Int
    /// The Matrix error code, e.g. `M_LIMIT_EXCEEDED`; nil when the body had none.
    public var errcode: String?
    public var message: String
    /// How long the server asked us to wait (`retry_after_ms` or `Retry-After`).
    public var retryAfter: Duration?

    public init(operation: String, status: Int, errcode: String?, message: String, retryAfter: Duration? = nil) {
        self.operation = operation
        self.status = status
        self.errcode = errcode
        self.message = message
        self.retryAfter = retryAfter
    }

    /// The access token was revoked or never valid: retrying cannot help.
    public var isUnknownToken: Bool { errcode == "M_UNKNOWN_TOKEN" || (status == 401 && errcode == nil) }

    public var isRateLimited: Bool { status == 429 || errcode == "M_LIMIT_EXCEEDED" }

    /// Worth trying again later: rate limits and server-side failures.
    public var isTransient: Bool { isRateLimited || status >= 500 || status == 408 }

    public var description: String {
        let code = errcode.map { " \($0)" } ?? ""
        let wait = retryAfter.map { " (retry after \($0))" } ?? ""
        return "Matrix \(operation) failed: HTTP \(status)\(code): \(message)\(wait)"
    }
}
