import HubCore
import IRCChat
import Testing

/// Seeded random round trips; set `IRC_FUZZ_SEED` to explore beyond the fixed seed.
@Suite("IRCMessage fuzzing")
struct IRCMessageFuzzTests {
    static let iterations = 20_000

    @Test("random valid messages survive serialise then parse unchanged")
    func validMessagesRoundTrip() throws {
        let seed = SplitMix64.fuzzSeed
        var random = SplitMix64(seed: seed)
        for iteration in 0..<Self.iterations {
            let message = MessageGenerator.message(using: &random)
            let line = try message.serialized()
            let parsed = try IRCMessage(parsing: line)
            #expect(parsed == message, "seed \(seed) iteration \(iteration): \(line.debugDescription)")
            if parsed != message { return }
        }
    }

    @Test("random bytes either fail to parse or give a message that survives a round trip")
    func randomBytesNeverBreakRoundTrip() throws {
        let seed = SplitMix64.fuzzSeed ^ 0xB17E5
        var random = SplitMix64(seed: seed)
        var parsedCount = 0
        for iteration in 0..<Self.iterations {
            let bytes = MessageGenerator.bytes(using: &random)
            guard let message = try? IRCMessage(parsing: bytes) else { continue }
            parsedCount += 1
            guard let line = try? message.serialized() else { continue }
            let again = try IRCMessage(parsing: line)
            #expect(again == message, "seed \(seed) iteration \(iteration): \(bytes)")
            #expect(try again.serialized() == line, "seed \(seed) iteration \(iteration): not a fixed point")
            if again != message { return }
        }
        // The generator must reach the interesting cases, not just produce garbage.
        #expect(parsedCount > Self.iterations / 10)
    }
}

/// Random messages and byte strings weighted toward the characters that matter to IRC framing.
enum MessageGenerator {
    static let keyScalars = Array("abcxyzABC0129-./")
    static let textScalars: [Character] = Array("ab :;=@!\\ \u{01}\u{03}é€👍🏽你") + ["\r", "\n", "\t"]
    static let wordScalars = Array("ab:;=@!#*+\\é€你")
    static let wireBytes: [UInt8] =
        Array(" :@;=!\\\r\n\0aZ09#+s".utf8) + [0xE9, 0xC3, 0xA9, 0xFF, 0x80, 0xF0, 0x9F, 0x91, 0x8D]

    static func message(using random: inout SplitMix64) -> IRCMessage {
        var tags: [String: String] = [:]
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let prefix = ["", "+", "example.com/", "+example.com/"].randomElement(using: &random) ?? ""
            let key = prefix + string(from: keyScalars, length: 1...6, using: &random)
            tags[key] = string(from: textScalars, length: 0...8, using: &random).filter { $0 != "\0" }
        }
        let source: String? =
            Bool.random(using: &random) ? nil : string(from: wordScalars, length: 1...12, using: &random)
        let command =
            Bool.random(using: &random)
            ? String((0..<3).map { _ in "0123456789".randomElement(using: &random) ?? "0" })
            : string(from: Array("ABCPRIVMSG"), length: 1...8, using: &random)
        var parameters: [String] = []
        for _ in 0..<Int.random(in: 0...18, using: &random) {
            var word = string(from: wordScalars, length: 1...4, using: &random)
            if word.hasPrefix(":") { word = "x" + word }
            parameters.append(word)
        }
        if Bool.random(using: &random) {
            let text = string(from: textScalars, length: 0...20, using: &random)
            parameters.append(text.filter { $0 != "\r" && $0 != "\n" && $0 != "\r\n" })
        }
        return IRCMessage(tags: tags, source: source, command: command, parameters: parameters)
    }

    static func bytes(using random: inout SplitMix64) -> [UInt8] {
        var bytes: [UInt8] = []
        // Start like a real line often enough that the parser gets past the first token.
        switch Int.random(in: 0..<4, using: &random) {
        case 0: bytes = Array("@a=b;c ".utf8)
        case 1: bytes = Array(":n!u@h ".utf8)
        case 2: bytes = Array("PRIVMSG ".utf8)
        default: break
        }
        for _ in 0..<Int.random(in: 0...24, using: &random) {
            if Int.random(in: 0..<4, using: &random) == 0 {
                bytes.append(UInt8.random(in: 0...255, using: &random))
            } else {
                bytes.append(wireBytes.randomElement(using: &random) ?? 0x20)
            }
        }
        return bytes
    }

    private static func string(
        from alphabet: [Character],
        length: ClosedRange<Int>,
        using random: inout SplitMix64
    ) -> String {
        String((0..<Int.random(in: length, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" })
    }
}
