import Foundation
import HubCore

extension SplitMix64 {
    /// The fixed seed, or `IRC_FUZZ_SEED` from the environment to explore other inputs.
    static var fuzzSeed: UInt64 {
        ProcessInfo.processInfo.environment["IRC_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x1BC_2024
    }
}
