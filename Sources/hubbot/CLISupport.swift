import ArgumentParser
import Foundation

/// `--format` for commands that print information.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// One compact line of JSON, for commands that print as things happen.
    static func jsonLine(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Standard output for commands that print as things happen: each line is written
/// at once, not when a buffer fills, so a log file or a pipe sees it immediately.
enum Output {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}

/// Arguments where `-` stands for "the lines of standard input".
enum InputList {
    static func expand(_ arguments: [String]) throws -> [String] {
        var result: [String] = []
        for argument in arguments {
            if argument == "-" {
                while let line = readLine() {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    if !trimmed.isEmpty { result.append(trimmed) }
                }
            } else {
                result.append(argument)
            }
        }
        guard !result.isEmpty else {
            throw ValidationError("no input: give at least one path, or '-' with lines on stdin")
        }
        return result
    }
}

/// Error output: one readable line per problem, prefixed with the program name.
enum Diagnostics {
    static func fail(_ message: String) {
        for line in message.split(separator: "\n", omittingEmptySubsequences: true) {
            FileHandle.standardError.write(Data("hubbot: \(line)\n".utf8))
        }
    }

    /// A note for the person at the terminal (not an error), on standard error.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("hubbot: \(message)\n".utf8))
    }
}
