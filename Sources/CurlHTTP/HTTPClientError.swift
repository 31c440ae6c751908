/// Why a request failed before a complete response arrived. An HTTP error
/// status (4xx, 5xx) is not an error here: it is a normal ``HTTPResponse``.
///
/// The message never contains credentials or secret query values.
public struct HTTPClientError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// The request was malformed (bad URL, CR/LF in a header…); nothing was sent.
        case invalidRequest
        /// The URL, or a redirect, named a scheme other than http or https.
        case unsupportedScheme
        /// Name resolution or the TCP connection failed.
        case connectFailed
        /// The connect timeout or the total timeout expired.
        case timedOut
        /// The TLS handshake failed or the certificate was not trusted.
        case tls
        /// More redirects than the client allows.
        case tooManyRedirects
        /// The request body is larger than the client allows.
        case requestTooLarge
        /// The response body is larger than the request allows; the transfer was aborted.
        case responseTooLarge
        /// The client was shut down before the transfer finished.
        case shutdown
        /// Any other transfer failure (connection reset, protocol error…).
        case transport
    }

    public var kind: Kind
    /// The request method.
    public var method: String
    /// The URL, redacted by ``RedactedURL``.
    public var url: String
    /// libcurl's `CURLcode`, when the error came from libcurl.
    public var curlCode: Int?
    /// A human explanation: libcurl's error text or ours.
    public var message: String

    public init(kind: Kind, method: String, url: String, curlCode: Int? = nil, message: String) {
        self.kind = kind
        self.method = method
        self.url = RedactedURL.redact(url)
        self.curlCode = curlCode
        self.message = message
    }

    /// True for failures where the same request may well succeed later.
    public var isTransient: Bool {
        switch kind {
        case .connectFailed, .timedOut, .transport: true
        default: false
        }
    }

    public var description: String {
        let code = curlCode.map { " (curl error \($0))" } ?? ""
        return "\(method) \(url): \(message)\(code)"
    }
}
