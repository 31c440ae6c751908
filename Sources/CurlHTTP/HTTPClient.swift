import CCurl
import Foundation

/// An async HTTP/1.1 client on libcurl.
///
/// All transfers of one client run on a single curl multi handle driven by a
/// dedicated thread, so hundreds of concurrent requests (long-polls included)
/// never block Swift's cooperative thread pool. Connections are kept alive and
/// reused per host. Cancelling the calling task aborts its transfer at once.
///
/// Call ``shutdown()`` when done; transfers still running then fail with
/// ``HTTPClientError/Kind/shutdown``.
public final class HTTPClient: Sendable {
    public let configuration: Configuration
    private let loop: CurlMultiLoop

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.loop = CurlMultiLoop(maxIdleConnections: configuration.maxIdleConnections)
    }

    deinit {
        loop.requestStop()
    }

    /// Performs the request and returns the final response, whatever its status.
    ///
    /// - Throws: ``HTTPClientError`` when no complete response arrived, or
    ///   `CancellationError` when the calling task was cancelled.
    public func execute(_ request: HTTPRequest) async throws -> HTTPResponse {
        try validate(request)
        let transfer = CurlTransfer(request: request, configuration: configuration)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                transfer.start(continuation: continuation, on: loop)
            }
        } onCancel: {
            transfer.cancel(on: loop)
        }
    }

    /// Stops the transfer thread after failing every transfer still running.
    /// Waits until the thread has released libcurl's handles.
    public func shutdown() async {
        await loop.stop()
    }

    private func validate(_ request: HTTPRequest) throws {
        func invalid(_ kind: HTTPClientError.Kind, _ message: String) -> HTTPClientError {
            HTTPClientError(kind: kind, method: request.method.rawValue, url: request.url, message: message)
        }
        let lower = request.url.prefix(8).lowercased()
        if request.directoryLogin != nil {
            guard lower.hasPrefix("ldap://") || lower.hasPrefix("ldaps://") else {
                throw invalid(.unsupportedScheme, "an LDAP search needs an ldap:// or ldaps:// URL")
            }
        } else if !(lower.hasPrefix("http://") || lower.hasPrefix("https://")) {
            throw invalid(.unsupportedScheme, "only http and https URLs are allowed")
        }
        if request.url.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) {
            throw invalid(.invalidRequest, "the URL contains spaces or control characters; percent-encode them")
        }
        if request.method.rawValue.isEmpty || !request.method.rawValue.utf8.allSatisfy(Self.isTokenByte) {
            throw invalid(.invalidRequest, "the method '\(request.method.rawValue)' is not a valid HTTP token")
        }
        for (name, value) in request.headers {
            guard !name.isEmpty, name.utf8.allSatisfy(Self.isTokenByte) else {
                throw invalid(.invalidRequest, "the header name '\(name)' is not a valid HTTP token")
            }
            guard !value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0 }) else {
                throw invalid(.invalidRequest, "the value of header '\(name)' contains a line break")
            }
        }
        if let body = request.body, body.count > configuration.maxRequestBytes {
            throw invalid(
                .requestTooLarge,
                "the body has \(body.count) bytes; the limit is \(configuration.maxRequestBytes)"
            )
        }
    }

    /// RFC 9110 §5.6.2 `tchar`.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default: false
        }
    }
}
