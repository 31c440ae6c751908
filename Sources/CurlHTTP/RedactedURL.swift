/// A URL made safe for logs and error messages: user name and password
/// removed, and the values of query parameters that look like secrets
/// (`access_token`, `password`, `sig`, `api_key`…) replaced by `<redacted>`.
public enum RedactedURL {
    private static let secretMarkers: [[UInt8]] = [
        "token", "secret", "pass", "key", "sig", "auth", "code", "session", "cred",
    ].map { Array($0.utf8) }

    /// Works on the URL's UTF-8 bytes (every delimiter it looks for is ASCII): every response's
    /// URL passes through here.
    public static func redact(_ url: String) -> String {
        let bytes = url.utf8
        var text = bytes[...]
        if let hash = text.firstIndex(of: UInt8(ascii: "#")) { text = text[..<hash] }
        var prefix = bytes[bytes.startIndex..<bytes.startIndex]
        if let schemeEnd = endOfScheme(in: text) {
            prefix = text[..<schemeEnd]
            text = text[schemeEnd...]
            let authorityEnd = text.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") } ?? text.endIndex
            if let at = text[..<authorityEnd].lastIndex(of: UInt8(ascii: "@")) { text = text[text.index(after: at)...] }
        }
        var result = String(Substring(prefix))
        guard let question = text.firstIndex(of: UInt8(ascii: "?")) else {
            return result + Substring(text)
        }
        result += Substring(text[...question])
        let pairs = text[text.index(after: question)...].split(
            separator: UInt8(ascii: "&"),
            omittingEmptySubsequences: false
        )
        for (number, pair) in pairs.enumerated() {
            if number > 0 { result += "&" }
            if let equals = pair.firstIndex(of: UInt8(ascii: "=")), looksSecret(pair[..<equals]) {
                result += Substring(pair[..<equals])
                result += "=<redacted>"
            } else {
                result += Substring(pair)
            }
        }
        return result
    }

    /// Just after the first "://", if there is one.
    private static func endOfScheme(in text: Substring.UTF8View) -> Substring.UTF8View.Index? {
        var index = text.startIndex
        while let colon = text[index...].firstIndex(of: UInt8(ascii: ":")) {
            let rest = text[text.index(after: colon)...]
            if rest.starts(with: "//".utf8) { return text.index(colon, offsetBy: 3) }
            index = text.index(after: colon)
        }
        return nil
    }

    /// Whether a query parameter's name contains a secret marker, in any case. Byte by byte:
    /// every response's URL passes through here (a `/sync` URL has five parameters).
    static func looksSecret(_ name: Substring.UTF8View) -> Bool {
        let lowered = name.map { (65...90).contains($0) ? $0 + 32 : $0 }
        return secretMarkers.contains { marker in
            guard lowered.count >= marker.count else { return false }
            return (0...(lowered.count - marker.count)).contains { start in
                lowered[start..<start + marker.count].elementsEqual(marker)
            }
        }
    }
}
