import COlm

/// A libolm call failed. `code` is libolm's own error name (`BAD_MESSAGE_MAC`,
/// `BAD_ACCOUNT_KEY`, `UNKNOWN_MESSAGE_INDEX`…); no key material is ever part of it.
public struct OlmError: Error, CustomStringConvertible, Equatable, Sendable {
    public var operation: String
    public var code: String

    public init(operation: String, code: String) {
        self.operation = operation
        self.code = code
    }

    public var description: String { "\(operation) failed: \(code)" }

    /// The session has no key for this message (it was sent before the session was shared with us).
    public var isUnknownMessageIndex: Bool { code == "OLM_UNKNOWN_MESSAGE_INDEX" || code == "UNKNOWN_MESSAGE_INDEX" }
}

/// The value libolm returns from a call that failed.
let olmFailure = olm_error()

/// Bytes from the system's cryptographic random source, as libolm asks for them.
func randomBytes(_ count: Int) -> [UInt8] {
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
}

/// Runs `body` with a mutable copy of `text`'s bytes (libolm overwrites its inputs while
/// decoding base64 in place, so it never gets a caller's buffer).
@discardableResult
func withScratch<Result>(_ text: String, _ body: (UnsafeMutableRawPointer, Int) throws -> Result) rethrows
    -> Result
{
    var bytes = Array(text.utf8)
    if bytes.isEmpty { bytes = [0] }
    let count = text.utf8.count
    return try bytes.withUnsafeMutableBytes { try body($0.baseAddress!, count) }
}

/// Runs `body` with `text`'s bytes, read-only.
@discardableResult
func withBytes<Result>(_ text: String, _ body: (UnsafeRawPointer, Int) throws -> Result) rethrows -> Result {
    var bytes = Array(text.utf8)
    if bytes.isEmpty { bytes = [0] }
    let count = text.utf8.count
    return try bytes.withUnsafeBytes { try body($0.baseAddress!, count) }
}

/// Calls `write` with an output buffer of `length` bytes and returns what it wrote as text.
func output(length: Int, _ write: (UnsafeMutableRawPointer, Int) throws -> Int) rethrows -> String {
    var buffer = [UInt8](repeating: 0, count: max(length, 1))
    let written = try buffer.withUnsafeMutableBytes { try write($0.baseAddress!, length) }
    return String(decoding: buffer.prefix(written), as: UTF8.self)
}

/// Calls `body` with `count` random bytes, and wipes them afterwards.
@discardableResult
func withRandom<Result>(_ count: Int, _ body: (UnsafeMutableRawPointer, Int) throws -> Result) rethrows -> Result {
    var bytes = randomBytes(max(count, 1))
    defer { for index in bytes.indices { bytes[index] = 0 } }
    return try bytes.withUnsafeMutableBytes { try body($0.baseAddress!, count) }
}
