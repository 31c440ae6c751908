import Foundation

/// The final response to an ``HTTPRequest`` (after any redirects).
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: Data
    /// The URL that answered, after redirects, without credentials or secrets.
    public var effectiveURL: String

    public init(status: Int, headers: HTTPHeaders = [:], body: Data = Data(), effectiveURL: String = "") {
        self.status = status
        self.headers = headers
        self.body = body
        self.effectiveURL = effectiveURL
    }

    /// True for 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The delay a `Retry-After` header asks for, if it has a valid one.
    public func retryAfter(now: Date) -> Duration? {
        headers["Retry-After"].flatMap { RetryAfter.delay(from: $0, now: now) }
    }

    /// The body as UTF-8 text (invalid bytes replaced).
    public var text: String { String(decoding: body, as: UTF8.self) }
}
