import Foundation

/// A deterministic generator (SplitMix64) so random tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The fixed seed, or `IRC_FUZZ_SEED` from the environment to explore other inputs.
    static var fuzzSeed: UInt64 {
        ProcessInfo.processInfo.environment["IRC_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x1BC_2024
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
