extension HTTPClient {
    /// Settings shared by every request of one client.
    public struct Configuration: Sendable {
        /// Time allowed to connect, unless a request sets its own.
        public var connectTimeout: Duration = .seconds(10)
        /// Time allowed for a whole transfer, unless a request sets its own.
        public var timeout: Duration = .seconds(60)
        /// A PEM bundle of trusted CA certificates; the system's store when nil.
        public var caFile: String?
        /// Verify the server's certificate and host name. Leave on outside tests.
        public var verifyTLS: Bool = true
        /// An explicit proxy URL. When nil, libcurl reads `http_proxy`,
        /// `https_proxy`, `all_proxy` and `no_proxy` from the environment.
        public var proxy: String?
        /// Redirects followed per request; 0 disables following.
        public var maxRedirects: Int = 5
        /// Largest request body sent.
        public var maxRequestBytes: Int = 16 << 20
        /// Largest response body accepted, unless a request sets its own.
        public var maxResponseBytes: Int = 64 << 20
        /// Idle connections kept open for reuse, across all hosts.
        public var maxIdleConnections: Int = 64
        /// The `User-Agent` header sent unless a request sets one.
        public var userAgent: String = "HubBot CurlHTTP"

        public init() {}
    }
}
