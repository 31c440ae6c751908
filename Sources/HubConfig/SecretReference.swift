import Foundation

/// Where a secret lives: `env:NAME` (an environment variable) or `file:PATH`
/// (a file whose content, trailing newline removed, is the secret). Config
/// files never hold secrets themselves, so they can be shared and committed.
public enum SecretReference: Sendable, Equatable, CustomStringConvertible {
    case environment(String)
    case file(String)

    /// Parses `env:NAME` or `file:PATH`; nil for anything else.
    public init?(_ text: String) {
        if text.hasPrefix("env:"), text.count > 4 {
            self = .environment(String(text.dropFirst(4)))
        } else if text.hasPrefix("file:"), text.count > 5 {
            self = .file(String(text.dropFirst(5)))
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .environment(let name): "env:\(name)"
        case .file(let path): "file:\(path)"
        }
    }

    /// Reads the secret. The error message names the reference, never the value.
    public func resolve(environment: [String: String]) throws(SecretError) -> String {
        switch self {
        case .environment(let name):
            guard let value = environment[name], !value.isEmpty else {
                throw SecretError(message: "the environment variable \(name) is not set")
            }
            return value
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw SecretError(message: "the secret file \(path) cannot be read")
            }
            var value = String(decoding: data, as: UTF8.self)
            while value.last?.isNewline == true { value.removeLast() }
            guard !value.isEmpty else { throw SecretError(message: "the secret file \(path) is empty") }
            return value
        }
    }
}

public struct SecretError: Error, Sendable {
    public var message: String
}
