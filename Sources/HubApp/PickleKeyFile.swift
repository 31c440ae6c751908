import Foundation
import Logging

/// The key file that protects HubBot's stored encryption keys when `matrix.pickle_key` is
/// not set: 32 random bytes (base64) beside the database, readable by its owner only.
/// Losing it loses the stored keys (HubBot then starts as a new device); back it up with the database.
enum PickleKeyFile {
    static func load(_ path: String, logger: Logger) throws -> [UInt8] {
        if FileManager.default.fileExists(atPath: path) {
            // An existing file is never replaced: the stored keys can only be read with it.
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw PickleKeyFileError(path: path, problem: "cannot be read (check its owner and permissions)")
            }
            let key = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard key.count >= 16 else {
                throw PickleKeyFileError(path: path, problem: "is shorter than 16 characters")
            }
            return Array(key.utf8)
        }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let key = Data(bytes).base64EncodedString()
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard
            FileManager.default.createFile(
                atPath: path,
                contents: Data((key + "\n").utf8),
                attributes: [.posixPermissions: 0o600]
            )
        else { throw PickleKeyFileError(path: path, problem: "could not be created") }
        logger.notice(
            "made a key for HubBot's encryption keys; back it up with the database, or set matrix.pickle_key",
            metadata: ["file": "\(path)"]
        )
        return Array(key.utf8)
    }
}

struct PickleKeyFileError: Error, CustomStringConvertible {
    var path: String
    var problem: String
    var description: String { "the encryption key file \(path) \(problem)" }
}
