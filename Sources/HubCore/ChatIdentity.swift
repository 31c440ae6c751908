/// The chat network a person or room lives on.
public enum ChatNetwork: String, Sendable, Hashable, Codable, CaseIterable {
    case matrix
    case irc
}

/// A person's canonical chat identity: a Matrix user id (`@alice:example.org`)
/// or an IRC account. Never a display name, which anyone can change.
public struct PersonID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// A room or channel: a Matrix room id (`!abc:example.org`) or an IRC channel.
public struct RoomID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}
