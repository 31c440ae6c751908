/// The tag model compiled for fast triage: every keyword's stemmed tokens in
/// a hash map, phrases by their first token, and one-deletion variants of
/// every keyword token for typo tolerance (SymSpell-style, edit distance 1).
struct TriageIndex: Sendable {
    struct Target: Sendable {
        var name: String
        var isHygiene: Bool
    }

    struct Hit: Sendable {
        var target: Int
        var weight: Double
        var keyword: String
        /// From the tag's description, not its keywords: weak evidence.
        var fromDescription = false
    }

    struct Phrase: Sendable {
        var tokens: [String]
        var hit: Hit
    }

    var targets: [Target] = []
    /// Single-token keywords and description words.
    var words: [String: [Hit]] = [:]
    /// Multi-token keywords, by their first token.
    var phrases: [String: [Phrase]] = [:]
    /// Hash of a one-deletion variant of a keyword token → the tokens it comes from
    /// (hashes, so looking up a typo allocates no strings; candidates are verified).
    var deletions: [UInt64: [Int32]] = [:]
    /// Hash of each keyword token → the token.
    var wordHashes: [UInt64: Int32] = [:]
    var vocabulary: [String] = []
    /// Names and aliases usable as hashtags.
    var hashtags: [String: Int] = [:]

    static let stopwords: Set<String> = [
        "the", "and", "for", "with", "that", "this", "from", "your", "you", "are", "our", "can", "have", "how", "what",
        "who", "not", "but", "all", "any", "its", "about", "into", "when", "they", "their", "them", "use", "using",
        "help", "want", "need", "like", "such", "other", "more", "also", "one", "get", "has", "was", "will", "should",
        "would", "could", "there", "which", "where", "some", "than", "then", "out", "over", "per", "via", "etc",
    ]

    init(model: TagModel) {
        for tag in model.interests {
            add(name: tag.name, description: tag.description, keywords: tag.keywords, hygiene: false)
        }
        for category in model.hygiene {
            add(name: category.name, description: category.description, keywords: category.keywords, hygiene: true)
        }
        // A word several tags share says less about each (inverse document frequency).
        for (word, hits) in words {
            let owners = Set(hits.map(\.target)).count
            if owners > 1 {
                words[word] = hits.map {
                    Hit(
                        target: $0.target,
                        weight: $0.weight / Double(owners),
                        keyword: $0.keyword,
                        fromDescription: $0.fromDescription
                    )
                }
            }
        }
        for word in words.keys {
            let id = Int32(vocabulary.count)
            vocabulary.append(word)
            let bytes = Array(word.utf8)
            wordHashes[Self.hash(bytes, skipping: nil)] = id
            guard bytes.count >= 5 else { continue }
            for skipped in bytes.indices { deletions[Self.hash(bytes, skipping: skipped), default: []].append(id) }
        }
    }

    private mutating func add(name: String, description: String, keywords: [String], hygiene: Bool) {
        let target = targets.count
        targets.append(Target(name: name, isHygiene: hygiene))
        hashtags[name] = target
        let nameWords = name.split(separator: "-").joined(separator: " ")
        for keyword in [nameWords] + keywords {
            let tokens = TextNormalizer.tokens(keyword).words
            guard let first = tokens.first else { continue }
            if tokens.count == 1 {
                let hit = Hit(target: target, weight: 1.0, keyword: keyword)
                if !(words[first]?.contains { $0.target == target && $0.weight >= 1 } ?? false) {
                    words[first, default: []].append(hit)
                }
                if !keyword.contains(" ") { hashtags[keyword.lowercased()] = hashtags[keyword.lowercased()] ?? target }
            } else {
                let hit = Hit(target: target, weight: 1.0 + 0.6 * Double(tokens.count - 1), keyword: keyword)
                phrases[first, default: []].append(Phrase(tokens: tokens, hit: hit))
            }
        }
        for word in Set(TextNormalizer.tokens(description).words) where word.count > 3 && !Self.stopwords.contains(word)
        {
            if words[word]?.contains(where: { $0.target == target }) == true { continue }
            words[word, default: []].append(Hit(target: target, weight: 0.25, keyword: word, fromDescription: true))
        }
    }

    /// FNV-1a over the bytes, leaving out the one at `skipping`.
    static func hash<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, skipping: Bytes.Index?) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in bytes.indices where index != skipping {
            hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3
        }
        return hash
    }

    /// Keyword tokens one edit (insertion, deletion, substitution or swap) away from `token`.
    func fuzzyMatches(_ token: String) -> [String] {
        // Typos are in words: numbers, codes and very short tokens are left alone.
        let utf8 = token.utf8
        guard utf8.count >= 5, utf8.count <= 24, !utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
            !Self.stopwords.contains(token)
        else { return [] }
        return utf8.withContiguousStorageIfAvailable { fuzzyMatches(token, bytes: $0) }
            ?? Array(utf8).withUnsafeBufferPointer { fuzzyMatches(token, bytes: $0) }
    }

    private func fuzzyMatches(_ token: String, bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var found: [Int32] = []
        found.reserveCapacity(16)
        // The token misses a letter: it is a deletion variant of a keyword.
        found += deletions[Self.hash(bytes, skipping: nil)] ?? []
        for skipped in bytes.indices {
            let variant = Self.hash(bytes, skipping: skipped)
            // The token has an extra letter: one of its deletions is a keyword.
            if let id = wordHashes[variant] { found.append(id) }
            // Substitution or swap: both lose one letter to the same variant.
            found += deletions[variant] ?? []
        }
        var result: [String] = []
        for id in found {
            let word = vocabulary[Int(id)]
            guard word != token, !result.contains(word) else { continue }
            let close =
                word.utf8.withContiguousStorageIfAvailable { Self.withinOneEdit(bytes, $0) }
                ?? Array(word.utf8).withUnsafeBufferPointer { Self.withinOneEdit(bytes, $0) }
            if close {
                result.append(word)
            }
        }
        return result
    }

    /// Damerau-Levenshtein distance ≤ 1 (an adjacent swap counts as one edit).
    static func withinOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var i = 0
        while i < min(a.count, b.count), a[i] == b[i] { i += 1 }
        if a.count == b.count {
            if i == a.count { return true }
            if a[(i + 1)...].elementsEqual(b[(i + 1)...]) { return true }  // substitution
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i]
                && a[(i + 2)...].elementsEqual(b[(i + 2)...])  // swap
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        return long[(i + 1)...].elementsEqual(short[i...])
    }
}
