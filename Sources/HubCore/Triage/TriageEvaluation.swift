import Foundation

/// Measures triage against a labelled corpus: label accuracy, hygiene
/// precision and recall, and top-3 tag recall for specialist requests.
public struct TriageEvaluation: Sendable, Encodable {
    /// One labelled message: `hygiene` with its category, `specialist` with
    /// its tags best first, or `unclear`.
    public struct Sample: Sendable, Equatable {
        public var label: String
        public var tags: [String]
        public var message: String

        public init(label: String, tags: [String], message: String) {
            self.label = label
            self.tags = tags
            self.message = message
        }
    }

    public struct Miss: Sendable, Encodable {
        public var message: String
        public var expected: String
        public var got: String
    }

    public var samples = 0
    public var correctLabels = 0
    public var hygienePredicted = 0
    public var hygieneCorrect = 0
    public var hygieneExpected = 0
    public var specialistExpected = 0
    public var specialistTagInTop3 = 0
    public var misses: [Miss] = []

    public var accuracy: Double { ratio(correctLabels, samples) }
    /// Of the messages called faults, how many were faults (of the right category).
    public var hygienePrecision: Double { ratio(hygieneCorrect, hygienePredicted) }
    /// Of the faults, how many were called faults (of the right category).
    public var hygieneRecall: Double { ratio(hygieneCorrect, hygieneExpected) }
    /// Of the specialist requests, how many had their best tag among the first three offered.
    public var top3TagRecall: Double { ratio(specialistTagInTop3, specialistExpected) }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }

    public init(triage: Triage, samples: [Sample]) {
        for sample in samples {
            self.samples += 1
            let result = triage.classify(sample.message)
            let expected =
                sample.label == "unclear" ? "unclear" : "\(sample.label) \(sample.tags.joined(separator: ","))"
            var correct = false
            switch (sample.label, result.label) {
            case ("hygiene", .hygiene(let category)):
                hygienePredicted += 1
                correct = sample.tags.first == category
                if correct { hygieneCorrect += 1 }
            case (_, .hygiene):
                hygienePredicted += 1
            case ("specialist", .specialist(let tags)):
                correct = true
                if let best = sample.tags.first, tags.prefix(3).contains(best) { specialistTagInTop3 += 1 }
            case ("specialist", .unclear(let guesses)):
                if let best = sample.tags.first, guesses.prefix(3).contains(best) { specialistTagInTop3 += 1 }
            case ("unclear", .unclear):
                correct = true
            default:
                break
            }
            if sample.label == "hygiene" { hygieneExpected += 1 }
            if sample.label == "specialist" { specialistExpected += 1 }
            if correct {
                correctLabels += 1
            } else {
                misses.append(Miss(message: sample.message, expected: expected, got: "\(result.label)"))
            }
        }
    }

    /// Reads `label<TAB>tags<TAB>message` lines (a header line first; tags comma-separated).
    public static func samples(fromTSV text: String) -> [Sample] {
        text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            let tags = fields[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return Sample(label: String(fields[0]), tags: tags, message: String(fields[2]))
        }
    }

    enum CodingKeys: String, CodingKey {
        case samples, accuracy, hygienePrecision, hygieneRecall, top3TagRecall, misses
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(samples, forKey: .samples)
        try container.encode(accuracy, forKey: .accuracy)
        try container.encode(hygienePrecision, forKey: .hygienePrecision)
        try container.encode(hygieneRecall, forKey: .hygieneRecall)
        try container.encode(top3TagRecall, forKey: .top3TagRecall)
        try container.encode(misses, forKey: .misses)
    }
}
