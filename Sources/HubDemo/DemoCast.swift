import Foundation

/// The demo's specialists, read from the accounts file `Scripts/synapse.sh accounts`
/// prints: one account a line, `USER PASSWORD ROLE [INTEREST ...]`. Lines whose role is
/// `specialist` are the cast; an interest list on the line wins over the built-in one.
public enum DemoCast {
    /// What each demo specialist offers when the accounts file does not say: together they
    /// cover data, code, networks, automation, the web and ways of working, so most
    /// questions find two people (tags from `Config/tags.yaml`).
    public static let standardInterests: [String: [String]] = [
        "alice": ["#statistics:3", "#r:3", "#data-visualization:2", "#spreadsheets-excel:2"],
        "bob": ["#python:3", "#data-science:3", "#machine-learning:2", "#statistics:2"],
        "erin": ["#social-network-analysis:3", "#open-source:3", "#data-visualization:2", "#gis-mapping:2"],
        "frank": [
            "#automation:3", "#process-improvement:3", "#low-code:2", "#spreadsheets-excel:3", "#api-integration:2",
        ],
        "grace": ["#web-development:3", "#ux-research:3", "#accessibility:3", "#databases:2", "#cloud-architecture:2"],
    ]

    /// Interests for a specialist the table does not know: broad enough to be asked something.
    public static let fallbackInterests = ["#data-science:2", "#automation:2", "#open-source:2"]

    /// A line of the accounts file that cannot be read.
    public struct LineError: Error, CustomStringConvertible, Equatable {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// The specialists in an accounts file's text; blank lines and `#` comments are skipped.
    public static func specialists(fromAccounts text: String) throws(LineError) -> [DemoSpecialist] {
        var cast: [DemoSpecialist] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(whereSeparator: \.isWhitespace).map(String.init)
            guard fields.count >= 3 else {
                throw LineError(line: index + 1, message: "expected USER PASSWORD ROLE [INTEREST ...], got “\(line)”")
            }
            guard fields[2] == "specialist" else { continue }
            let listed = Array(fields.dropFirst(3))
            if let bad = listed.first(where: { !$0.hasPrefix("#") }) {
                throw LineError(line: index + 1, message: "interests start with #, like #statistics:3; got “\(bad)”")
            }
            let user = fields[0]
            let interests = listed.isEmpty ? standardInterests[localpart(user)] ?? fallbackInterests : listed
            cast.append(DemoSpecialist(user: user, password: fields[1], interests: interests))
        }
        return cast
    }

    /// `@alice:localhost` → `alice`; `alice` stays `alice`.
    static func localpart(_ user: String) -> String {
        guard user.hasPrefix("@") else { return user }
        return String(user.dropFirst().split(separator: ":", maxSplits: 1).first ?? "")
    }
}
