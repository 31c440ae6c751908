import Foundation

/// Measures triage against a labelled corpus: label accuracy, fault precision and
/// recall, "unclear" precision, top-3 tag recall, and the same per language and per
/// category, with a confusion matrix of labels.
public struct TriageEvaluation: Sendable, Encodable {
    /// One labelled message: `hygiene` with its category, `specialist` with its tags
    /// best first, or `unclear`; the language when the corpus says it.
    public struct Sample: Sendable, Equatable {
        public var label: String
        public var tags: [String]
        public var language: String?
        public var message: String

        public init(label: String, tags: [String], language: String? = nil, message: String) {
            self.label = label
            self.tags = tags
            self.language = language
            self.message = message
        }
    }

    public struct Miss: Sendable, Encodable {
        public var message: String
        public var language: String
        public var expected: String
        public var got: String
    }

    /// Counts for one slice of the corpus (everything, a language, a category).
    public struct Figures: Sendable, Encodable {
        public var samples = 0
        public var correctLabels = 0
        public var correctKinds = 0
        public var hygienePredicted = 0
        public var hygieneKindCorrect = 0
        public var hygieneCorrect = 0
        public var hygieneExpected = 0
        public var specialistExpected = 0
        public var specialistTagInTop3 = 0
        public var unclearPredicted = 0
        public var unclearCorrect = 0

        /// Right label, and for a fault the right category.
        public var accuracy: Double { Self.ratio(correctLabels, samples) }
        /// Right kind of answer (fault, request or unclear), whatever the category.
        public var kindAccuracy: Double { Self.ratio(correctKinds, samples) }
        /// Of the messages called faults, how many were faults (of any category).
        public var faultPrecision: Double { Self.ratio(hygieneKindCorrect, hygienePredicted) }
        /// Of the faults, how many were called faults (of any category).
        public var faultRecall: Double { Self.ratio(hygieneKindCorrect, hygieneExpected) }
        /// Of the messages called faults, how many were faults (of the right category).
        public var hygienePrecision: Double { Self.ratio(hygieneCorrect, hygienePredicted) }
        /// Of the faults, how many were called faults (of the right category).
        public var hygieneRecall: Double { Self.ratio(hygieneCorrect, hygieneExpected) }
        /// Of the specialist requests, how many had their best tag among the first three offered.
        public var top3TagRecall: Double { Self.ratio(specialistTagInTop3, specialistExpected) }
        /// Of the messages answered "unclear", how many were.
        public var unclearPrecision: Double { Self.ratio(unclearCorrect, unclearPredicted) }

        static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }

        enum CodingKeys: String, CodingKey {
            case samples, accuracy, kindAccuracy, faultPrecision, faultRecall, hygienePrecision, hygieneRecall
            case top3TagRecall, unclearPrecision
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(samples, forKey: .samples)
            try container.encode(Self.rounded(accuracy), forKey: .accuracy)
            try container.encode(Self.rounded(kindAccuracy), forKey: .kindAccuracy)
            try container.encode(Self.rounded(faultPrecision), forKey: .faultPrecision)
            try container.encode(Self.rounded(faultRecall), forKey: .faultRecall)
            try container.encode(Self.rounded(hygienePrecision), forKey: .hygienePrecision)
            try container.encode(Self.rounded(hygieneRecall), forKey: .hygieneRecall)
            try container.encode(Self.rounded(top3TagRecall), forKey: .top3TagRecall)
            try container.encode(Self.rounded(unclearPrecision), forKey: .unclearPrecision)
        }

        static func rounded(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
    }

    public var overall = Figures()
    /// By the corpus's language column (or the language HubBot identified).
    public var byLanguage: [String: Figures] = [:]
    /// Everything not in English, together.
    public var nonEnglish = Figures()
    /// By expected category or best interest (`unclear` for vague messages).
    public var byCategory: [String: Figures] = [:]
    /// Expected label → label given → count (`hygiene`, `specialist`, `unclear`).
    public var confusion: [String: [String: Int]] = [:]
    /// For faults: expected category → category given (or `specialist`/`unclear`) → count.
    public var faultConfusion: [String: [String: Int]] = [:]
    /// How many answers HubBot would confirm before acting on them.
    public var confirmations = 0
    public var misses: [Miss] = []

    public var samples: Int { overall.samples }
    public var accuracy: Double { overall.accuracy }
    public var kindAccuracy: Double { overall.kindAccuracy }
    public var faultPrecision: Double { overall.faultPrecision }
    public var faultRecall: Double { overall.faultRecall }
    public var hygienePrecision: Double { overall.hygienePrecision }
    public var hygieneRecall: Double { overall.hygieneRecall }
    public var top3TagRecall: Double { overall.top3TagRecall }
    public var unclearPrecision: Double { overall.unclearPrecision }

    public init(triage: Triage, samples: [Sample]) {
        for sample in samples {
            let result = triage.classify(sample.message)
            let language = sample.language ?? result.language
            let expected =
                sample.label == "unclear" ? "unclear" : "\(sample.label) \(sample.tags.joined(separator: ","))"
            let category = sample.label == "unclear" ? "unclear" : (sample.tags.first ?? sample.label)
            var outcome = Outcome()
            switch (sample.label, result.label) {
            case ("hygiene", .hygiene(let given)):
                outcome.hygienePredicted = true
                outcome.rightKind = true
                outcome.correct = sample.tags.first == given
                outcome.hygieneCorrect = outcome.correct
            case (_, .hygiene):
                outcome.hygienePredicted = true
            case ("specialist", .specialist):
                outcome.correct = true
                outcome.rightKind = true
            case ("specialist", .unclear):
                outcome.unclearPredicted = true
            case ("unclear", .unclear):
                outcome.correct = true
                outcome.rightKind = true
                outcome.unclearPredicted = true
                outcome.unclearCorrect = true
            case (_, .unclear):
                outcome.unclearPredicted = true
            default:
                break
            }
            // Among the first three the person is offered: the request's tags, or what HubBot asks.
            if sample.label == "specialist", let best = sample.tags.first {
                outcome.inTop3 = result.offered.prefix(3).contains(best)
            }
            let given: String
            switch result.label {
            case .hygiene(let name): given = "hygiene"; faultConfusion(sample, given: name)
            case .specialist: given = "specialist"; faultConfusion(sample, given: "specialist")
            case .unclear: given = "unclear"; faultConfusion(sample, given: "unclear")
            }
            confusion[sample.label, default: [:]][given, default: 0] += 1
            if result.confirm { confirmations += 1 }
            outcome.add(to: &overall, sample: sample)
            outcome.add(to: &byLanguage[language, default: Figures()], sample: sample)
            if language != "en" { outcome.add(to: &nonEnglish, sample: sample) }
            outcome.add(to: &byCategory[category, default: Figures()], sample: sample)
            if !outcome.correct {
                misses.append(
                    Miss(message: sample.message, language: language, expected: expected, got: "\(result.label)")
                )
            }
        }
    }

    private mutating func faultConfusion(_ sample: Sample, given: String) {
        guard sample.label == "hygiene", let category = sample.tags.first else { return }
        faultConfusion[category, default: [:]][given, default: 0] += 1
    }

    private struct Outcome {
        var correct = false
        var rightKind = false
        var hygienePredicted = false
        var hygieneCorrect = false
        var inTop3 = false
        var unclearPredicted = false
        var unclearCorrect = false

        func add(to figures: inout Figures, sample: Sample) {
            figures.samples += 1
            if correct { figures.correctLabels += 1 }
            if rightKind { figures.correctKinds += 1 }
            if hygienePredicted { figures.hygienePredicted += 1 }
            if hygienePredicted && sample.label == "hygiene" { figures.hygieneKindCorrect += 1 }
            if hygieneCorrect { figures.hygieneCorrect += 1 }
            if sample.label == "hygiene" { figures.hygieneExpected += 1 }
            if sample.label == "specialist" { figures.specialistExpected += 1 }
            if inTop3 { figures.specialistTagInTop3 += 1 }
            if unclearPredicted { figures.unclearPredicted += 1 }
            if unclearCorrect { figures.unclearCorrect += 1 }
        }
    }

    /// Reads `label<TAB>tags<TAB>message` or `label<TAB>tags<TAB>lang<TAB>message` lines
    /// (a header line first; tags comma-separated).
    public static func samples(fromTSV text: String) -> [Sample] {
        text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 || fields.count == 4 else { return nil }
            let tags = fields[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let language = fields.count == 4 ? String(fields[2]).trimmingCharacters(in: .whitespaces) : nil
            return Sample(
                label: String(fields[0]),
                tags: tags,
                language: language?.isEmpty == false ? language : nil,
                message: String(fields[fields.count - 1])
            )
        }
    }

    enum CodingKeys: String, CodingKey {
        case nonEnglish, byLanguage, byCategory, confusion, faultConfusion, confirmations, misses
    }

    /// The overall figures at the top level (as `Figures` writes them), then the breakdowns.
    public func encode(to encoder: any Encoder) throws {
        try overall.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nonEnglish, forKey: .nonEnglish)
        try container.encode(byLanguage, forKey: .byLanguage)
        try container.encode(byCategory, forKey: .byCategory)
        try container.encode(confusion, forKey: .confusion)
        try container.encode(faultConfusion, forKey: .faultConfusion)
        try container.encode(confirmations, forKey: .confirmations)
        try container.encode(misses, forKey: .misses)
    }
}
