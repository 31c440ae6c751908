/// One problem in a config file, located precisely enough to fix it.
public struct ConfigIssue: Sendable, Equatable, CustomStringConvertible, Codable {
    public var file: String
    /// 1-based; 0 when the problem is not tied to a place in the file.
    public var line: Int
    public var column: Int
    /// The dotted key path, e.g. `matrix.access_token`; empty for the whole file.
    public var key: String
    public var message: String

    public init(file: String, line: Int, column: Int, key: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    public var description: String {
        let place = line > 0 ? "\(file):\(line):\(column)" : file
        return key.isEmpty ? "\(place): \(message)" : "\(place): \(key): \(message)"
    }
}

/// Every problem found in a config file, reported together.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var issues: [ConfigIssue]

    /// Keeps the issues in file order, so they read top to bottom.
    public init(issues: [ConfigIssue]) {
        self.issues = issues.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }

    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
