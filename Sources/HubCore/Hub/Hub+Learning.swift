import Foundation

/// Triage learning from the hub: a sentence whose meaning a colleague confirmed
/// becomes an example of its tag, used by the next triage; admins list and remove them.
extension Hub {
    /// The most learned sentences triage keeps (the newest), so the index stays small.
    static let learnedLimit = 2_000

    static func activeExamples(_ examples: [Int: LearnedExample]) -> [TriageExample] {
        examples.values.filter { $0.removedBy == nil }.sorted { $0.id > $1.id }.prefix(learnedLimit)
            .map { TriageExample(text: $0.text, tag: $0.tag) }
    }

    /// Remembers that `text` meant `tag`, and reads with it from now on.
    mutating func learn(_ text: String, tag: String, from person: PersonID, how: String, now: Date) {
        let normalised = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard
            !examples.values.contains(where: {
                $0.removedBy == nil && $0.tag == tag
                    && $0.text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") == normalised
            })
        else { return }
        let id = (examples.keys.max() ?? 0) + 1
        examples[id] = LearnedExample(id: id, text: text, tag: tag, person: person, how: how, learnedAt: now)
        changedExamples.insert(id)
        triage = triage.learning(Self.activeExamples(examples))
    }

    /// `!retag <n> #tag`: a specialist who was offered request `n` (or an admin) says which
    /// tag it really is; the request's sentence is learned as an example of it.
    mutating func retag(_ id: Int, as tag: String, context: Context, now: Date) {
        guard let request = requests[id],
            request.flow?.asked.contains(context.person) == true || settings.admins.contains(context.person)
        else {
            reply(Said(.retagNotOffered, ["request": .number(id)]), to: context)
            return
        }
        guard tags.interest(named: tag) != nil || tags.hygieneCategory(named: tag) != nil else {
            reply(unknownTagNotice(tag), to: context)
            return
        }
        learn(request.text, tag: tag, from: context.person, how: "re-tagged by a specialist", now: now)
        reply(Said(.retagThanks, ["request": .number(id), "tag": "\(tag)"]), to: context)
    }

    /// `!examples [n]`: the latest learned sentences, newest first.
    mutating func showExamples(_ count: Int, context: Context) {
        guard isAdmin(context, command: "examples") else { return }
        let active = examples.values.filter { $0.removedBy == nil }.sorted { $0.id > $1.id }
        guard !active.isEmpty else {
            reply(Said(.examplesNone), to: context)
            return
        }
        let shown = active.prefix(count)
        let heading = Said(.examplesHeading, ["count": .number(active.count), "shown": .number(shown.count)])
        reply(Said.lines([heading] + shown.map { Said(.examplesLine, ["line": "\($0.line)"]) }), to: context)
    }

    /// `!examples remove <n>`: triage no longer uses it; audited.
    mutating func removeExample(_ id: Int, context: Context, now: Date) {
        let change = "remove learned example \(id)"
        guard mayChange(change, command: "examples", context: context, now: now) else { return }
        guard var example = examples[id], example.removedBy == nil else {
            refuse(change, reason: "no such learned example", context: context, now: now)
            reply(Said(.examplesNoSuch, ["id": .number(id)]), to: context)
            return
        }
        example.removedBy = context.person
        examples[id] = example
        changedExamples.insert(id)
        triage = triage.learning(Self.activeExamples(examples))
        _ = recordAudit(change, outcome: .accepted, context: context, now: now)
        reply(Said(.examplesForgotten, ["line": "\(example.line)"]), to: context)
    }
}

extension Hub {
    static let yesWords: Set<String> = [
        "yes", "y", "yep", "yeah", "ok", "okay", "sure", "please", "yes please", "ja", "jawohl", "oui", "si", "sí",
        "sim", "jazeker", "jep", "japp", "👍", "✅",
    ]
    static let noWords: Set<String> = [
        "no", "n", "nope", "not a fault", "no it isn't", "nein", "non", "nee", "nej", "não", "nao", "👎", "❌",
        "kein fehler", "pas une panne",
    ]

    /// The number a colleague means when answering a numbered question: a digit, "yes"
    /// (the first), or "no" when the first is a fault (the first other reading).
    static func choice(_ answer: String, among guesses: [String], isFault: (String) -> Bool) -> Int? {
        let answer = answer.trimmingCharacters(in: CharacterSet(charactersIn: " .!,"))
        if let number = Int(answer) { return number }
        if yesWords.contains(answer) { return 1 }
        if noWords.contains(answer), let first = guesses.first, isFault(first),
            let other = guesses.firstIndex(where: { !isFault($0) })
        {
            return other + 1
        }
        return nil
    }
}
