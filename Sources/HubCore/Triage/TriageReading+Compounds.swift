import Foundation

/// Compound words, which German, Dutch and Swedish write as one: "Druckerpatrone" is a
/// printer cartridge, "vergaderzaal" a meeting room, "jobbmobilen" the work mobile.
extension TriageReading {
    static let compoundLanguages: Set<TriageLanguage> = [.german, .dutch, .swedish]

    /// The parts of `word` HubBot knows (as a tag word, a glossary word or a common word of
    /// the language), as candidates at 0.8 of their weight: the last part (the head) and the
    /// first. Empty when the word is not such a compound.
    static func compoundParts(_ word: TriageText.Word, language: TriageLanguage, index: TriageIndex) -> [Candidate] {
        guard compoundLanguages.contains(language), word.length >= 8 else { return [] }
        let key = "\(language.rawValue) \(word.raw)"
        if let known = index.compounds.value(for: key) { return known }
        let found = splitCompound(word, language: language, index: index)
        index.compounds.store(found, for: key)
        return found
    }

    private static func splitCompound(_ word: TriageText.Word, language: TriageLanguage, index: TriageIndex)
        -> [Candidate]
    {
        let letters = Array(word.folded)
        var best: (head: String, modifier: String)?
        // The longest known head wins: "bokningsskarmen" → "boknings" + "skarmen".
        for cut in 3...(letters.count - 3) {
            let head = String(letters[cut...])
            guard isKnownPart(head, language: language, index: index) else { continue }
            var modifier = String(letters[..<cut])
            // Linking letters: Arbeit-s-platz, boekings-, Schule-n-.
            if !isKnownPart(modifier, language: language, index: index) {
                for link in ["s", "es", "en", "n", "e"]
                where modifier.hasSuffix(link) && modifier.count - link.count >= 3 {
                    let trimmed = String(modifier.dropLast(link.count))
                    if isKnownPart(trimmed, language: language, index: index) {
                        modifier = trimmed
                        break
                    }
                }
            }
            best = (head, modifier)
            break
        }
        guard let (head, modifier) = best else { return [] }
        var found: [Candidate] = []
        for part in [head, modifier] where part.count >= 3 {
            let how = Reading(start: 0, length: 0, meaning: part, written: word.raw)
            var keys = [part]
            if let stem = language.stemmer?.stem(part) { keys.append(TriageText.fold(stem)) }
            let translated =
                TriageLexicon.glossaryList[language.index][part]
                ?? language.stemmer.flatMap { TriageLexicon.glossaryStemList[language.index][$0.stem(part)]?.english }
            for english in translated.map({ TriageText.words($0) }) ?? [] {
                keys.append(english.folded)
                if let stem = TriageLanguage.english.stemmer?.stem(english.raw) { keys.append(TriageText.fold(stem)) }
            }
            for key in keys where !found.contains(where: { $0.key == key }) {
                found.append(Candidate(key: key, factor: 0.8, how: how, length: key.count))
            }
        }
        return found
    }

    /// A part HubBot can read: a tag word, a glossary word, or a common word of the language.
    static func isKnownPart(_ part: String, language: TriageLanguage, index: TriageIndex) -> Bool {
        guard part.count >= 3 else { return false }
        if index.spellings[part] != nil || TriageLexicon.glossaryList[language.index][part] != nil { return true }
        if let stem = language.stemmer?.stem(part), TriageLexicon.glossaryStemList[language.index][stem] != nil {
            return part.count >= 4
        }
        return part.count >= 4 && TriageLexicon.zipf(part, language) >= 3.5
    }
}

/// Compound splits already worked out for this index (words repeat from message to message);
/// bounded, and safe to share between threads.
final class CompoundCache: @unchecked Sendable {
    private var splits: [String: [TriageReading.Candidate]] = [:]
    private let lock = NSLock()
    static let limit = 20_000

    func value(for key: String) -> [TriageReading.Candidate]? { lock.withLock { splits[key] } }

    func store(_ value: [TriageReading.Candidate], for key: String) {
        lock.withLock {
            if splits.count >= Self.limit { splits.removeAll(keepingCapacity: true) }
            splits[key] = value
        }
    }
}
