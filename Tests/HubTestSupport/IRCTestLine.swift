/// One IRC line, split as RFC 1459 §2.3.1 and IRCv3 message-tags describe it:
/// `[@tags] [:source] COMMAND params… [:trailing]`. Tag values stay escaped.
struct IRCTestLine: Sendable {
    var tags: [String: String] = [:]
    var source: String?
    var command: String
    var parameters: [String]

    /// The nickname part of the source (`nick!user@host`), or the whole source.
    var sourceNick: String? {
        source.map { String($0.prefix { $0 != "!" && $0 != "@" }) }
    }

    init?(_ text: String) {
        var rest = Substring(text)
        if rest.hasPrefix("@") {
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            for item in rest[rest.index(after: rest.startIndex)..<end].split(separator: ";") {
                let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                tags[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
            }
            rest = rest[end...].drop { $0 == " " }
        }
        if rest.hasPrefix(":") {
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            source = String(rest[rest.index(after: rest.startIndex)..<end])
            rest = rest[end...].drop { $0 == " " }
        }
        var parameters: [String] = []
        while !rest.isEmpty {
            if rest.hasPrefix(":") {
                parameters.append(String(rest.dropFirst()))
                break
            }
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            parameters.append(String(rest[..<end]))
            rest = rest[end...].drop { $0 == " " }
        }
        guard !parameters.isEmpty else { return nil }
        command = parameters.removeFirst().uppercased()
        self.parameters = parameters
    }
}
