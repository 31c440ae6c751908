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
    /// A one-deletion variant of a keyword token → the tokens it comes from.
    var deletions: [String: [String]] = [:]
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
                    Hit(target: $0.target, weight: $0.weight / Double(owners), keyword: $0.keyword)
                }
            }
        }
        for word in words.keys where word.count >= 5 {
            for variant in Self.deletionVariants(of: word) { deletions[variant, default: []].append(word) }
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
            words[word, default: []].append(Hit(target: target, weight: 0.25, keyword: word))
        }
    }

    static func deletionVariants(of word: String) -> [String] {
        let characters = Array(word)
        return characters.indices.map { index in
            var copy = characters
            copy.remove(at: index)
            return String(copy)
        }
    }

    /// Keyword tokens one edit (insertion, deletion, substitution or swap) away from `token`.
    func fuzzyMatches(_ token: String) -> [String] {
        // Typos are in words: numbers, codes and very short tokens are left alone.
        guard token.utf8.count >= 5, token.utf8.count <= 24, !token.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
            !Self.stopwords.contains(token)
        else { return [] }
        var found: Set<String> = []
        // The token has an extra letter: one of its deletions is a keyword.
        for variant in Self.deletionVariants(of: token) {
            if words[variant] != nil { found.insert(variant) }
            // Substitution or swap: both lose one letter to the same variant.
            for original in deletions[variant] ?? [] { found.insert(original) }
        }
        // The token misses a letter: it is a deletion variant of a keyword.
        for original in deletions[token] ?? [] { found.insert(original) }
        found.remove(token)
        return Array(found)
    }
}
