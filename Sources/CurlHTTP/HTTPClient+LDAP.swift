import Foundation

/// One entry an LDAP search returned: its DN and attributes (names lowercased, values in order).
public struct DirectoryEntry: Sendable, Hashable {
    public var dn: String
    public var attributes: [String: [String]]

    public init(dn: String, attributes: [String: [String]]) {
        self.dn = dn
        self.attributes = attributes
    }

    /// The values of `attribute` (any case).
    public func values(_ attribute: String) -> [String] { attributes[attribute.lowercased()] ?? [] }
}

extension HTTPClient {
    /// An LDAP search through libcurl (an RFC 4516 URL:
    /// `ldap://host:port/BASE?ATTRIBUTES?SCOPE?FILTER`, its parts percent-encoded), bound as
    /// `bindDN` with `password`, or anonymously. `ldaps://` checks the server's certificate like
    /// any HTTPS request of this client (its CA file included).
    ///
    /// - Throws: ``HTTPClientError`` when the server cannot be reached, refuses the bind, or
    ///   the search fails (an unknown base, a malformed filter).
    public func ldapSearch(_ url: String, bindDN: String? = nil, password: String? = nil) async throws
        -> [DirectoryEntry]
    {
        var request = HTTPRequest(url: url)
        request.directoryLogin = DirectoryLogin(bindDN: bindDN, password: password)
        let response = try await execute(request)
        return Self.directoryEntries(String(decoding: response.body, as: UTF8.self))
    }

    /// Parses libcurl's LDAP output: `DN: …` starts an entry, each attribute follows on a line
    /// starting with a tab (`\tname: value`, or `\tname:: base64` for binary values), and an
    /// empty line ends the entry.
    public static func directoryEntries(_ text: String) -> [DirectoryEntry] {
        var entries: [DirectoryEntry] = []
        var current: DirectoryEntry?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            if line.hasPrefix("DN: ") {
                if let current { entries.append(current) }
                current = DirectoryEntry(dn: String(line.dropFirst(4)), attributes: [:])
            } else if line.hasPrefix("\t"), current != nil, let colon = line.firstIndex(of: ":") {
                let name = line[line.index(after: line.startIndex)..<colon].lowercased()
                var value = line[line.index(after: colon)...]
                var binary = false
                if value.hasPrefix(":") {
                    binary = true
                    value = value.dropFirst()
                }
                if value.hasPrefix(" ") { value = value.dropFirst() }
                let text =
                    binary
                    ? Data(base64Encoded: String(value)).map { String(decoding: $0, as: UTF8.self) } ?? String(value)
                    : String(value)
                current?.attributes[name, default: []].append(text)
            }
        }
        if let current { entries.append(current) }
        return entries
    }
}
