import Foundation

/// One HTTP request for ``HTTPClient``.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    /// An absolute `http` or `https` URL.
    public var url: String
    public var headers: HTTPHeaders
    public var body: Data?
    /// Time allowed to establish the connection; the client's default when nil.
    public var connectTimeout: Duration?
    /// Time allowed for the whole transfer; the client's default when nil.
    /// A long-poll must set this above its server-side timeout.
    public var timeout: Duration?
    /// Largest response body accepted; the client's default when nil.
    public var maxResponseBytes: Int?
    /// Sent on a new connection, never a kept-alive one. libcurl silently sends a request again
    /// when a reused connection turns out to be closed before any answer byte arrives; for a
    /// request that is not idempotent (a ticket create) that second copy is a duplicate nobody
    /// sees. On a fresh connection a lost answer is an error the caller handles.
    public var freshConnection = false
    /// Set by ``HTTPClient/ldapSearch(_:bindDN:password:)``: an LDAP search, not an HTTP request.
    var directoryLogin: DirectoryLogin?

    public init(
        method: HTTPMethod = .get,
        url: String,
        headers: HTTPHeaders = [:],
        body: Data? = nil,
        connectTimeout: Duration? = nil,
        timeout: Duration? = nil,
        maxResponseBytes: Int? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.connectTimeout = connectTimeout
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
    }
}

/// How an LDAP search binds: anonymously (nil fields) or as a DN with a password.
struct DirectoryLogin: Sendable {
    var bindDN: String?
    var password: String?
}
