import CurlHTTP
import Foundation

/// A thin, typed client for the Matrix client-server API endpoints HubBot uses.
/// Every call goes through ``CurlHTTP/HTTPClient``; the access token travels
/// in the `Authorization` header, never in the URL.
/// See https://spec.matrix.org/latest/client-server-api/
public struct MatrixClient: Sendable {
    public let homeserver: String
    public var accessToken: String?
    let http: HTTPClient

    public init(homeserver: String, accessToken: String? = nil, http: HTTPClient) {
        var base = homeserver
        while base.hasSuffix("/") { base.removeLast() }
        self.homeserver = base
        self.accessToken = accessToken
        self.http = http
    }

    /// Sends a request and decodes a 2xx answer, or throws ``MatrixError``.
    func call<Response: Decodable>(
        _ method: HTTPMethod,
        _ path: String,
        query: [(String, String)] = [],
        body: (some Encodable)? = nil as Empty?,
        timeout: Duration? = nil,
        as: Response.Type = Response.self
    ) async throws -> Response {
        var url = homeserver + path
        if !query.isEmpty {
            url += "?" + query.map { "\($0)=\(Self.encodeQueryValue($1))" }.joined(separator: "&")
        }
        var request = HTTPRequest(method: method, url: url, timeout: timeout)
        if let body {
            request = try HTTPRequest.json(method, url: url, body: body, timeout: timeout)
        }
        if let accessToken {
            request.headers.add(name: "Authorization", value: "Bearer \(accessToken)")
        }
        let response = try await http.execute(request)
        guard response.isSuccess else {
            throw Self.error(from: response, operation: "\(method) \(path)")
        }
        do {
            return try response.decode(Response.self)
        } catch {
            throw MatrixError(
                operation: "\(method) \(path)",
                status: response.status,
                errcode: nil,
                message: "the homeserver's answer could not be read: \(error)"
            )
        }
    }

    static func error(from response: HTTPResponse, operation: String) -> MatrixError {
        struct Body: Decodable {
            var errcode: String?
            var error: String?
            var retry_after_ms: Int64?
        }
        let body = try? response.decode(Body.self)
        let retryAfter = body?.retry_after_ms.map { Duration.milliseconds($0) } ?? response.retryAfter(now: Date())
        return MatrixError(
            operation: operation,
            status: response.status,
            errcode: body?.errcode,
            message: body?.error ?? "no error text",
            retryAfter: retryAfter
        )
    }

    /// Percent-encodes one path segment (room ids contain `!`, `:` and `#`).
    static func encodePathSegment(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: unreserved) ?? segment
    }

    static func encodeQueryValue(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
    )

    /// An empty JSON object, for calls without a body.
    struct Empty: Codable {}
}
