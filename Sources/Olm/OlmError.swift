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

/// Runs `body` with a scratch buffer of `count` bytes (at least one), filled by `fill`,
/// and wiped and freed afterwards: libolm overwrites its inputs (base64 is decoded in
/// place), and some of them are secrets.
@discardableResult
private func withBuffer<Result>(
    _ count: Int,
    fill: (UnsafeMutableRawBufferPointer) -> Void,
    _ body: (UnsafeMutableRawPointer, Int) throws -> Result
) rethrows -> Result {
    let memory = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 16)
    let buffer = UnsafeMutableRawBufferPointer(start: memory, count: max(count, 1))
    buffer.initializeMemory(as: UInt8.self, repeating: 0)
    fill(buffer)
    defer {
        buffer.initializeMemory(as: UInt8.self, repeating: 0)
        memory.deallocate()
    }
    return try body(memory, count)
}

/// Runs `body` with a mutable copy of `text`'s bytes (libolm may overwrite it).
@discardableResult
func withScratch<Result>(_ text: String, _ body: (UnsafeMutableRawPointer, Int) throws -> Result) rethrows
    -> Result
{
    try withBuffer(text.utf8.count, fill: { buffer in buffer.copyBytes(from: text.utf8) }, body)
}

/// Runs `body` with `text`'s bytes, read-only.
@discardableResult
func withBytes<Result>(_ text: String, _ body: (UnsafeRawPointer, Int) throws -> Result) rethrows -> Result {
    try withScratch(text) { try body(UnsafeRawPointer($0), $1) }
}

/// Calls `write` with an output buffer of `length` bytes and returns what it wrote as text.
func output(length: Int, _ write: (UnsafeMutableRawPointer, Int) throws -> Int) rethrows -> String {
    try withBuffer(length, fill: { _ in }) { memory, length in
        let written = try write(memory, length)
        return String(decoding: UnsafeRawBufferPointer(start: memory, count: written), as: UTF8.self)
    }
}

/// Calls `body` with `count` random bytes (written straight into the scratch buffer, which is
/// wiped afterwards: they seed keys).
@discardableResult
func withRandom<Result>(_ count: Int, _ body: (UnsafeMutableRawPointer, Int) throws -> Result) rethrows -> Result {
    try withBuffer(
        count,
        fill: { buffer in
            var generator = SystemRandomNumberGenerator()
            for index in 0..<count { buffer[index] = UInt8.random(in: .min ... .max, using: &generator) }
        },
        body
    )
}
