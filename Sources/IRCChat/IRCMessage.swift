/// One IRC protocol message: optional IRCv3 tags, optional source, a command and its parameters.
///
/// See https://modern.ircdocs.horse/#messages and https://ircv3.net/specs/extensions/message-tags.
/// Parsing lives in `IRCMessage+Parsing.swift`, the wire form in `IRCMessage+Serialization.swift`.
public struct IRCMessage: Sendable, Hashable {
    /// Message tags with unescaped values; a tag sent without a value (or with an empty one) maps to "".
    public var tags: [String: String]
    /// Who sent the message, without the leading ':': "nick!user@host" or a server name.
    public var source: String?
    /// The command in upper case (`PRIVMSG`), or a three-digit numeric reply (`001`).
    public var command: String
    /// All parameters; the trailing one (after " :" on the wire) is the last element.
    public var parameters: [String]

    /// Makes a message; ASCII letters of `command` are upper-cased so `privmsg` and `PRIVMSG` compare equal.
    public init(tags: [String: String] = [:], source: String? = nil, command: String, parameters: [String] = []) {
        self.tags = tags
        self.source = source
        self.command = Self.uppercasedASCII(command)
        self.parameters = parameters
    }

    /// The nick part of `source` ("nick" of "nick!user@host", or the whole server name); nil without a source.
    public var nick: String? {
        guard let source else { return nil }
        let nick = source.unicodeScalars.prefix { $0 != "!" && $0 != "@" }
        return nick.isEmpty ? nil : String(String.UnicodeScalarView(nick))
    }

    /// The user and host parts of a `nick!user@host` source; nil for a server name or a bare nick.
    public var userAndHost: (user: String, host: String)? {
        guard let source, let bang = source.firstIndex(of: "!"), let at = source.lastIndex(of: "@"), bang < at
        else { return nil }
        return (String(source[source.index(after: bang)..<at]), String(source[source.index(after: at)...]))
    }

    /// Upper-cases ASCII letters only: IRC commands are ASCII, and other scripts must stay as sent.
    static func uppercasedASCII(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return text }
        let bytes = text.utf8.map { byte in
            byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 0x20 : byte
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `command` is a valid command word: ASCII letters only, or exactly three ASCII digits.
    static func isValidCommand(_ command: some Collection<UInt8>) -> Bool {
        if command.count == 3 && command.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            return true
        }
        return !command.isEmpty
            && command.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            }
    }

    /// How an invalid command is named in an error: quoted, control characters escaped, kept short.
    static func quotedCommand(_ command: String) -> String {
        String(command.prefix(32)).debugDescription
    }
}
