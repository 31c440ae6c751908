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
}
