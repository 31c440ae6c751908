/// A URL made safe for logs and error messages: user name and password
/// removed, and the values of query parameters that look like secrets
/// (`access_token`, `password`, `sig`, `api_key`…) replaced by `<redacted>`.
public enum RedactedURL {
    private static let secretMarkers = ["token", "secret", "pass", "key", "sig", "auth", "code", "session", "cred"]

    public static func redact(_ url: String) -> String {
        var text = Substring(url)
        var fragmentless = text
        if let hash = text.firstIndex(of: "#") {
            fragmentless = text[..<hash]
        }
        text = fragmentless
        var prefix = ""
        if let schemeEnd = text.range(of: "://") {
            prefix = String(text[..<schemeEnd.upperBound])
            text = text[schemeEnd.upperBound...]
            let authorityEnd = text.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? text.endIndex
            if let at = text[..<authorityEnd].lastIndex(of: "@") {
                text = text[text.index(after: at)...]
            }
        }
        guard let question = text.firstIndex(of: "?") else { return prefix + text }
        let path = text[..<question]
        let query = text[text.index(after: question)...]
        let pairs = query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            guard let equals = pair.firstIndex(of: "=") else { return String(pair) }
            let name = pair[..<equals].lowercased()
            let isSecret = secretMarkers.contains { name.contains($0) }
            return isSecret ? "\(pair[..<equals])=<redacted>" : String(pair)
        }
        return prefix + path + "?" + pairs.joined(separator: "&")
    }
}
