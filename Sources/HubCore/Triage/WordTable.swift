/// A read-only table from words to values for triage's lookups, which are most of the work
/// of reading a message: about fifteen per word. A `Dictionary` hashes its key afresh with
/// SipHash on every lookup (a quarter of triage's time); here a word is hashed once, with a
/// cheap hash of its UTF-8 bytes (``WordHash``), and that one number then serves every table
/// the word is looked up in.
///
/// The keys are fixed when the table is made (from the lexicon or the tag file), and the
/// table is at most half full, so a probe sequence stays short whatever words a message
/// holds: an unseeded hash is safe here as it would not be for a table that grows with
/// input. Keys are compared with `==` but hashed by their bytes: like every word triage reads,
/// they must be in one normal form (composed, as `TriageText` writes them). Its arrays live in
/// one object, so handing the table around (out of a per-language list, into a function) costs
/// one reference count, not three.
struct WordTable<Value> {
    private final class Storage {
        /// Entry numbers by slot (`-1`: empty); the slot count is a power of two.
        let slots: [Int32]
        let keys: [String]
        /// Each key's ``WordHash``: compared before the key, so that a probe past another
        /// word's slot costs an integer comparison, not a string comparison.
        let hashes: [UInt64]
        let values: [Value]
        let mask: Int

        init(slots: [Int32], keys: [String], hashes: [UInt64], values: [Value]) {
            self.slots = slots
            self.keys = keys
            self.hashes = hashes
            self.values = values
            mask = slots.count - 1
        }
    }

    private let storage: Storage

    init(_ entries: [String: Value]) {
        // In the dictionary's order, which changes from process to process: an entry's number
        // names it within this table and says nothing else, so nothing read depends on it.
        var keys: [String] = []
        var hashes: [UInt64] = []
        var values: [Value] = []
        keys.reserveCapacity(entries.count)
        hashes.reserveCapacity(entries.count)
        values.reserveCapacity(entries.count)
        var capacity = 8
        while capacity < entries.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (key, value) in entries {
            let hash = WordHash.of(key)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(keys.count)
            keys.append(key)
            hashes.append(hash)
            values.append(value)
        }
        storage = Storage(slots: slots, keys: keys, hashes: hashes, values: values)
    }

    var count: Int { storage.keys.count }
    var isEmpty: Bool { storage.keys.isEmpty }

    subscript(word: String) -> Value? { self[word, WordHash.of(word)] }

    /// The value for `word`, whose ``WordHash`` is `hash`.
    subscript(word: String, hash: UInt64) -> Value? {
        entry(of: word, hash: hash).map { storage.values[$0] }
    }

    /// Where `word` is among the entries (a number below ``count``, the same for the table's
    /// life), whose ``WordHash`` is `hash`; nil when it is not in the table.
    func entry(of word: String, hash: UInt64) -> Int? {
        let storage = storage
        var slot = Int(truncatingIfNeeded: hash) & storage.mask
        while true {
            let number = Int(storage.slots[slot])
            if number < 0 { return nil }
            if storage.hashes[number] == hash, storage.keys[number] == word { return number }
            slot = (slot + 1) & storage.mask
        }
    }

    /// The value of the entry numbered `entry` (``entry(of:hash:)``).
    func value(at entry: Int) -> Value { storage.values[entry] }

    func contains(_ word: String) -> Bool { entry(of: word, hash: WordHash.of(word)) != nil }
    func contains(_ word: String, hash: UInt64) -> Bool { entry(of: word, hash: hash) != nil }
}

// Immutable after `init`: every stored property of `Storage` is a `let` of values.
extension WordTable: @unchecked Sendable where Value: Sendable {}

extension WordTable where Value == Void {
    /// A set of words.
    init(_ words: Set<String>) {
        self.init(Dictionary(uniqueKeysWithValues: words.map { ($0, ()) }))
    }
}

/// A word's hash for every ``WordTable``: computed once per word of a message.
enum WordHash {
    /// The word's UTF-8 bytes, eight at a time, each block mixed in with SplitMix64's finaliser.
    static func of(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { bytes in
            var state = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            guard let base = bytes.baseAddress else { return state }
            let raw = UnsafeRawPointer(base)
            var offset = 0
            while offset + 8 <= bytes.count {
                state = mix(state ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            if offset < bytes.count {
                var tail: UInt64 = 0
                for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
                state = mix(state ^ tail)
            }
            return state
        }
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A set of non-negative numbers, for the pairs a message's reading has already credited:
/// open addressing with a multiplicative hash, no `Hasher` round per lookup.
struct NumberSet {
    private var slots: [Int]
    private var count = 0

    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int](repeating: -1, count: size)
    }

    func contains(_ number: Int) -> Bool {
        let mask = slots.count - 1
        var slot = Self.slot(number, mask: mask)
        while slots[slot] >= 0 {
            if slots[slot] == number { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    mutating func insert(_ number: Int) {
        precondition(number >= 0, "NumberSet holds non-negative numbers")
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Self.slot(number, mask: mask)
        while slots[slot] >= 0 {
            if slots[slot] == number { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = number
        count += 1
    }

    private mutating func grow() {
        let old = slots.filter { $0 >= 0 }
        slots = [Int](repeating: -1, count: slots.count * 2)
        count = 0
        for number in old { insert(number) }
    }

    private static func slot(_ number: Int, mask: Int) -> Int {
        TypoTable.slot(UInt64(truncatingIfNeeded: number), mask: mask)
    }
}
