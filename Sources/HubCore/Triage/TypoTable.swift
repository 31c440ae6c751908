/// A read-only map from 64-bit hashes to lists of ids, for typo lookups: the keys are
/// already hashes (FNV-1a of a word's bytes), so a lookup is a multiply, a mask and a
/// probe or two — no `Hasher` round per letter of every unknown word.
struct TypoTable: Sendable {
    private var keys: [UInt64] = []
    /// Where each slot's ids start in `ids`, and how many there are.
    private var starts: [Int32] = []
    private var counts: [Int32] = []
    private var ids: [Int32] = []
    private var mask = 0

    init(_ entries: [UInt64: [Int32]]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        mask = capacity - 1
        keys = [UInt64](repeating: 0, count: capacity)
        starts = [Int32](repeating: 0, count: capacity)
        counts = [Int32](repeating: 0, count: capacity)
        for (key, list) in entries {
            var slot = Self.slot(key, mask: mask)
            while counts[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            starts[slot] = Int32(ids.count)
            counts[slot] = Int32(list.count)
            ids += list
        }
    }

    /// A 64-bit key's slot in a table of `mask + 1` slots (Fibonacci hashing); ``NumberSet``'s too.
    static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Calls `body` with each id stored under `key` (none when the key is not in the table).
    @inline(__always)
    func forEachID(of key: UInt64, _ body: (Int) -> Void) {
        var slot = Self.slot(key, mask: mask)
        while counts[slot] != 0 {
            if keys[slot] == key {
                let start = Int(starts[slot])
                for place in start..<(start + Int(counts[slot])) { body(Int(ids[place])) }
                return
            }
            slot = (slot + 1) & mask
        }
    }
}
