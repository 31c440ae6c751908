import Benchmark
import Foundation
import HubCore

/// The pure core under load: triage of a 300-character message against 200
/// tags, and matchmaking among 1k, 10k and 100k specialists holding 2,000 tags
/// with a realistic skew (a few tags are very popular). Data is synthetic and
/// seeded, so runs compare.
let benchmarks: @Sendable () -> Void = {
    let triageConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        warmupIterations: 100,
        scalingFactor: .kilo,
        maxDuration: .seconds(5)
    )
    let triage = Triage(model: EngineData.tagModel(interests: 150, hygiene: 50))
    let message = EngineData.message(length: 300)
    Benchmark("Triage: 300 characters, 200 tags", configuration: triageConfiguration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(triage.classify(message))
        }
    }

    // Building the index ("training"): 200 tags with 2,000 example sentences (10 per tag),
    // as at start, after a reload, and after each sentence learned in chat.
    let trainingConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(10),
        maxIterations: 20
    )
    let exampleModel = EngineData.tagModel(interests: 150, hygiene: 50, examplesPerTag: 10)
    let learned = (0..<200).map {
        TriageExample(text: EngineData.message(length: 80, seed: UInt64($0)), tag: "tag\($0 % 150)")
    }
    Benchmark("Triage: index 200 tags with 2,000 examples", configuration: trainingConfiguration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Triage(model: exampleModel, learned: learned))
        }
    }
    let trained = Triage(model: exampleModel, learned: learned)
    let german =
        "Der Drucker im zweiten Stock druckt seit heute Morgen nur noch leere Seiten, und der Scanner "
        + "schickt keine Mails mehr. Kann sich das bitte jemand ansehen? Wir brauchen ihn für die Quartalszahlen, "
        + "die wir morgen früh an die Geschäftsführung schicken."
    Benchmark("Triage: 300 characters in German, 200 tags with examples", configuration: triageConfiguration) {
        benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(trained.classify(german))
        }
    }

    let matchConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 20,
        scalingFactor: .one,
        maxDuration: .seconds(5),
        maxIterations: 2000
    )
    let tags = EngineData.tagModel(interests: 2000, hygiene: 0)
    for size in [1_000, 10_000, 100_000] {
        let directory = SpecialistDirectory(specialists: EngineData.specialists(size, tags: 2000), tags: tags)
        var random = SplitMix64(seed: 7)
        let requests = (0..<256).map { index in
            MatchRequest(
                requester: PersonID("@colleague\(index):x"),
                tags: EngineData.requestTags(using: &random),
                at: Date(timeIntervalSince1970: 1_795_428_000)
            )
        }
        Benchmark("Matchmaking: \(size) specialists, 2,000 tags", configuration: matchConfiguration) { benchmark in
            var next = 0
            for _ in benchmark.scaledIterations {
                let request = requests[next % requests.count]
                next += 1
                blackHole(directory.candidates(for: request, load: { _ in SpecialistLoad() }))
            }
        }
    }
}

/// Deterministic synthetic data for the engine benchmarks.
enum EngineData {
    static let words = [
        "statistics", "regression", "network", "graph", "dashboard", "python", "automation", "cloud", "security",
        "survey", "printer", "password", "vpn", "outlook", "excel", "database", "api", "workflow", "model", "chart",
        "teams", "project", "research", "data", "analysis", "mapping", "open", "source", "license", "review",
    ]

    static func tagModel(interests: Int, hygiene: Int, examplesPerTag: Int = 0) -> TagModel {
        var random = SplitMix64(seed: 1)
        var exampleSeed: UInt64 = 100
        func examples() -> [String] {
            (0..<examplesPerTag).map { _ in
                exampleSeed += 1
                return message(length: 90, seed: exampleSeed)
            }
        }
        func keywords() -> [String] {
            (0..<12).map { _ in
                letters(Int.random(in: 0..<400, using: &random)) + (words.randomElement(using: &random) ?? "x")
            }
                + [words.randomElement(using: &random) ?? "x"]
        }
        return TagModel(
            interests: (0..<interests).map {
                InterestTag(
                    name: "tag\($0)",
                    description: "Help with \(words[$0 % words.count]) and related work.",
                    keywords: keywords(),
                    examples: examples()
                )
            },
            hygiene: (0..<hygiene).map {
                HygieneCategory(
                    name: "fault\($0)",
                    description: "Broken \(words[$0 % words.count]).",
                    keywords: keywords(),
                    route: "default",
                    examples: examples()
                )
            }
        )
    }

    /// 123 → "bcd": a number spelled in letters, to make distinct letter-only words.
    static func letters(_ number: Int) -> String {
        String(String(number).unicodeScalars.map { Character(UnicodeScalar(UInt8(ascii: "a") + UInt8($0.value - 48))) })
    }

    static func message(length: Int, seed: UInt64 = 3) -> String {
        var random = SplitMix64(seed: seed)
        var text = ""
        // Letters only, like chat: half known words, half unknown ones that go through typo matching.
        while text.count < length {
            let word = words.randomElement(using: &random) ?? "x"
            text +=
                Bool.random(using: &random) ? word + " " : letters(Int.random(in: 0..<800, using: &random)) + word + " "
        }
        return String(text.prefix(length))
    }

    /// Zipf-like: tag k is held with weight 1/(k+1), so a few tags are very popular.
    static func skewedTag(_ tags: Int, using random: inout SplitMix64) -> Int {
        let u = Double.random(in: 0..<1, using: &random)
        return min(tags - 1, Int(pow(Double(tags), u)) - 1)
    }

    static func specialists(_ count: Int, tags: Int) -> [Specialist] {
        var random = SplitMix64(seed: 5)
        return (0..<count).map { index in
            var interests: [String: Int] = [:]
            for _ in 0..<Int.random(in: 2...6, using: &random) {
                interests["tag\(skewedTag(tags, using: &random))"] = Int.random(in: 1...3, using: &random)
            }
            return Specialist(id: PersonID("@s\(index):x"), displayName: "S\(index)", interests: interests)
        }
    }

    static func requestTags(using random: inout SplitMix64) -> [String] {
        (0..<Int.random(in: 1...3, using: &random)).map { _ in "tag\(skewedTag(2000, using: &random))" }
    }
}
