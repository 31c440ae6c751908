/// Why a line could not be read as an IRC message, or why a message cannot be sent safely.
///
/// The reason never quotes parameters or tag values: a line may carry a password (`PASS`, `AUTHENTICATE`).
public struct IRCParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, e.g. "empty line", "missing command", `invalid command "12"`.
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { "invalid IRC message: \(reason)" }
}
