import Foundation
import HubCore
import Testing

@Suite("Matchmaking: who is offered a request, in what order")
struct MatchmakingTests {
    static let tags = TagModel(
        interests: [
            InterestTag(name: "statistics", description: "", keywords: []),
            InterestTag(name: "r", description: "", keywords: [], parent: "statistics"),
            InterestTag(
                name: "social-network-analysis",
                description: "",
                keywords: [],
                related: ["data-visualization"]
            ),
            InterestTag(name: "data-visualization", description: "", keywords: []),
        ],
        hygiene: []
    )
    // Monday 2026-11-23 10:00 UTC.
    let monday10 = Date(timeIntervalSince1970: 1_795_428_000)
    let carol = PersonID("@carol:x")

    func person(_ name: String, _ interests: [String: Int], capacity: Int = 3, availability: Availability = .free)
        -> Specialist
    {
        Specialist(
            id: PersonID("@\(name):x"),
            displayName: name.capitalized,
            interests: interests,
            capacity: capacity,
            availability: availability
        )
    }

    func match(
        _ people: [Specialist],
        tags: [String] = ["social-network-analysis"],
        excluded: Set<PersonID> = [],
        preference: MatchRequest.Preference = .none,
        load: [String: SpecialistLoad] = [:],
        history: RequesterHistory = RequesterHistory(),
        requester: PersonID? = nil
    ) -> [String] {
        let directory = SpecialistDirectory(specialists: people, tags: Self.tags)
        let request = MatchRequest(
            requester: requester ?? carol,
            tags: tags,
            at: monday10,
            excluded: excluded,
            preference: preference
        )
        return directory.candidates(for: request, load: { load[$0.rawValue] ?? SpecialistLoad() }, history: history)
            .map { $0.displayName + ($0.status == .available ? "" : "*") }
    }

    @Test("only people holding a requested tag; parents and related tags come after, as a wider ring")
    func rings() {
        let people = [
            person("ann", ["social-network-analysis": 1]),
            person("bob", ["data-visualization": 3]),
            person("cid", ["statistics": 3]),
        ]
        #expect(match(people) == ["Ann", "Bob"])
        #expect(match(people, tags: ["r"]) == ["Cid"])
    }

    @Test("never the requester, never someone who declined or did not answer this request")
    func exclusions() {
        let people = [person("ann", ["social-network-analysis": 2]), person("bob", ["social-network-analysis": 2])]
        #expect(match(people, requester: PersonID("@ann:x")) == ["Bob"])
        #expect(match(people, excluded: [PersonID("@bob:x")]) == ["Ann"])
    }

    @Test("never someone away or at capacity; busy people are listed after, not offered")
    func availability() {
        let later = monday10.addingTimeInterval(3600)
        let people = [
            person("ann", ["social-network-analysis": 3], availability: .away(until: later)),
            person("bob", ["social-network-analysis": 3], availability: .busy(until: later)),
            person("cid", ["social-network-analysis": 1], capacity: 1),
            person("dee", ["social-network-analysis": 1]),
            person("eve", ["social-network-analysis": 1], availability: .away(until: monday10.addingTimeInterval(-60))),
        ]
        #expect(match(people, load: ["@cid:x": SpecialistLoad(openConversations: 1)]) == ["Dee", "Eve", "Bob*"])
    }

    @Test("someone who just let an offer time out is left alone for a while")
    func notAnswering() {
        let people = [person("ann", ["social-network-analysis": 3]), person("bob", ["social-network-analysis": 1])]
        let quiet = SpecialistLoad(notAnsweringUntil: monday10.addingTimeInterval(600))
        #expect(match(people, load: ["@ann:x": quiet]) == ["Bob"])
        let over = SpecialistLoad(notAnsweringUntil: monday10.addingTimeInterval(-1))
        #expect(match(people, load: ["@ann:x": over]) == ["Ann", "Bob"])
    }

    @Test("tag fit and strength first: the expert before the curious, the best tag before the second")
    func fitAndStrength() {
        let people = [
            person("ann", ["social-network-analysis": 1]),
            person("bob", ["social-network-analysis": 3]),
            person("cid", ["statistics": 3]),
        ]
        #expect(match(people) == ["Bob", "Ann"])
        #expect(match(people, tags: ["statistics", "social-network-analysis"]) == ["Cid", "Bob", "Ann"])
    }

    @Test("fairness: at equal fit, those with fewer recent offers first")
    func fairness() {
        let people = [person("ann", ["social-network-analysis": 2]), person("bob", ["social-network-analysis": 2])]
        #expect(match(people, load: ["@ann:x": SpecialistLoad(recentOffers: 4)]) == ["Bob", "Ann"])
        #expect(match(people, load: ["@bob:x": SpecialistLoad(recentOffers: 4)]) == ["Ann", "Bob"])
    }

    @Test("the colleague's preference: continuity puts people they rated well first, variety people they haven't met")
    func preference() {
        let people = [person("ann", ["social-network-analysis": 2]), person("bob", ["social-network-analysis": 2])]
        let history = RequesterHistory(ratings: [PersonID("@bob:x"): 5])
        #expect(match(people, preference: .continuity, history: history) == ["Bob", "Ann"])
        #expect(match(people, preference: .variety, history: history) == ["Ann", "Bob"])
    }

    @Test("working hours in the specialist's own time zone")
    func workingHours() {
        var tokyo = person("ann", ["social-network-analysis": 3])
        tokyo.workingHours = WorkingHours(timeZone: "Asia/Tokyo", start: 9 * 60, end: 17 * 60)  // 19:00 there: off
        var berlin = person("bob", ["social-network-analysis": 1])
        berlin.workingHours = WorkingHours(timeZone: "Europe/Berlin", start: 9 * 60, end: 17 * 60)  // 11:00 there
        #expect(match([tokyo, berlin]) == ["Bob", "Ann*"])
    }

    @Test("the index follows profile changes")
    func indexUpdates() {
        var directory = SpecialistDirectory(specialists: [person("ann", ["statistics": 2])], tags: Self.tags)
        directory.upsert(person("ann", ["r": 2]))
        let request = MatchRequest(requester: carol, tags: ["statistics"], at: monday10)
        let found = directory.candidates(for: request, load: { _ in SpecialistLoad() })
        #expect(found.map(\.ring) == [1], "ann now holds r (under statistics), not statistics itself")
        #expect(directory.count == 1)
    }
}
