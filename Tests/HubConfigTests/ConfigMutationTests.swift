import Foundation
import HubConfig
import HubCore
import Testing

/// Seeded mutants of the shipped config files (deleted, doubled and re-indented lines,
/// truncation, tabs, stray bytes, NUL, invalid UTF-8): whatever the damage, checking never
/// crashes or hangs, and every error is one short line with file:line:column that shows no
/// secret. A fixed seed, so a failure names a mutant that can be reproduced.
@Suite("Config files under mutation")
struct ConfigMutationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A secret written inline, as a careless admin might: it must never be echoed.
    static let secret = "syt_inline_SECRET_9f8e7d"

    enum Mutation: CaseIterable {
        case deleteLine, doubleLine, truncate, tabIndent, strayBytes, nul, invalidUTF8, reindent, swapLines, colon
    }

    static func mutate(_ bytes: [UInt8], with mutation: Mutation, using random: inout SplitMix64) -> [UInt8] {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let index = Int.random(in: 0..<max(lines.count, 1), using: &random)
        switch mutation {
        case .deleteLine: if !lines.isEmpty { lines.remove(at: index) }
        case .doubleLine: if !lines.isEmpty { lines.insert(lines[index], at: index) }
        case .truncate: return Array(bytes.prefix(Int.random(in: 0..<max(bytes.count, 1), using: &random)))
        case .tabIndent: if !lines.isEmpty { lines[index] = [0x09] + lines[index].drop { $0 == 0x20 } }
        case .strayBytes:
            let position = Int.random(in: 0...bytes.count, using: &random)
            let stray = (0..<Int.random(in: 1...8, using: &random)).map { _ in
                UInt8.random(in: 0x01...0x7F, using: &random)
            }
            return Array(bytes[..<position]) + stray + Array(bytes[position...])
        case .nul:
            let position = Int.random(in: 0...bytes.count, using: &random)
            return Array(bytes[..<position]) + [0] + Array(bytes[position...])
        case .invalidUTF8:
            let position = Int.random(in: 0...bytes.count, using: &random)
            return Array(bytes[..<position]) + [0xC3, 0x28, 0xFF] + Array(bytes[position...])
        case .reindent:
            if !lines.isEmpty {
                let spaces = [UInt8](repeating: 0x20, count: Int.random(in: 0...7, using: &random))
                lines[index] = spaces + lines[index].drop { $0 == 0x20 }
            }
        case .swapLines:
            if lines.count > 1 { lines.swapAt(index, Int.random(in: 0..<lines.count, using: &random)) }
        case .colon: if !lines.isEmpty { lines[index] += Array(": :".utf8) }
        }
        return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    @Test(
        "300 mutants of hubbot.yaml and tags.yaml: no crash, every error one positioned line, no secret",
        arguments: [
            "Config/hubbot.yaml", "Config/tags.yaml",
        ]
    )
    func mutants(of original: String) throws {
        var text = try String(contentsOf: Self.root.appendingPathComponent(original), encoding: .utf8)
        if original.hasSuffix("hubbot.yaml") {
            text = text.replacingOccurrences(of: "env:HUBBOT_MATRIX_ACCESS_TOKEN", with: Self.secret)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-mutants-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SplitMix64(seed: 20_261_204)
        var refused = 0
        for number in 0..<300 {
            let mutation = Mutation.allCases.randomElement(using: &random)!
            let bytes = Self.mutate(Array(text.utf8), with: mutation, using: &random)
            let file = folder.appendingPathComponent("mutant-\(number).yaml")
            try Data(bytes).write(to: file)
            do throws(ConfigError) {
                if original.hasSuffix("hubbot.yaml") {
                    _ = try ConfigLoader.load(path: file.path)
                } else {
                    _ = try TagsConfig.load(path: file.path)
                }
            } catch {
                refused += 1
                for issue in error.issues {
                    let line = issue.description
                    #expect(issue.line >= 1 && issue.column >= 1, "mutant \(number) (\(mutation)): \(line)")
                    #expect(!line.contains("\n") && line.count < 400, "mutant \(number) (\(mutation)): \(line)")
                    #expect(!line.contains(Self.secret), "mutant \(number) (\(mutation)) shows the secret")
                }
            }
        }
        #expect(refused > 100, "most mutants are broken files: \(refused) of 300 refused")
    }
}
