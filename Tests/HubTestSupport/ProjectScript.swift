import Foundation

/// Runs one of the project's `Scripts/*.sh` and returns its standard output.
public enum ProjectScript {
    /// Runs `bash Scripts/<name> arguments…`; throws with its standard error when it fails.
    ///
    /// Output goes through files, not pipes: Foundation's `Process` lets children
    /// inherit pipe ends of processes started concurrently, so a server left
    /// running by one test would hold another test's pipe open forever.
    @discardableResult
    public static func run(_ name: String, _ arguments: [String]) throws -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID())")
        let outputURL = scratch.appendingPathExtension("out")
        let errorURL = scratch.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [ProjectPaths.script(name)] + arguments
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            let errorText = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
            throw TestServerError(
                "Scripts/\(name) \(arguments.joined(separator: " ")) failed (exit \(process.terminationStatus)): \(errorText)"
            )
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
