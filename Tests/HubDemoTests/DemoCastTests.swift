import Testing

@testable import HubDemo

@Suite("Demo cast: the accounts file")
struct DemoCastTests {
    @Test("specialists come from the accounts file; their interests from the line or the built-in set")
    func specialistsFromAccounts() throws {
        let text = """
            # the demo's accounts
            hubbot hubbot-pass bot
            alice alice-pass specialist
            carol carol-pass colleague

            zoe zoe-pass specialist #gis-mapping:3 #python
            walter walter-pass specialist
            """
        let cast = try DemoCast.specialists(fromAccounts: text)
        #expect(cast.map(\.user) == ["alice", "zoe", "walter"])
        #expect(cast[0].interests == DemoCast.standardInterests["alice"])
        #expect(cast[1].interests == ["#gis-mapping:3", "#python"])
        #expect(cast[1].interestsCommand == "!interests add #gis-mapping:3 #python")
        #expect(cast[1].tagNames == ["gis-mapping", "python"])
        #expect(cast[2].interests == DemoCast.fallbackInterests)
    }

    @Test("a short line or an interest without # is refused with its line number")
    func badLines() {
        #expect(throws: DemoCast.LineError(line: 2, message: "expected USER PASSWORD ROLE [INTEREST ...], got “bob”")) {
            try DemoCast.specialists(fromAccounts: "alice alice-pass specialist\nbob\n")
        }
        #expect(throws: DemoCast.LineError.self) {
            try DemoCast.specialists(fromAccounts: "alice alice-pass specialist statistics:3")
        }
    }

    @Test("the built-in cast covers several areas, and most of its tags are held by two people")
    func standardCast() {
        let holders = DemoCast.standardInterests.values
            .flatMap { DemoSpecialist(user: "x", password: "", interests: $0).tagNames }
            .reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        #expect(holders.count >= 15, "\(holders.keys.sorted())")
        #expect(holders["statistics"] == 2)
        #expect(holders["data-visualization"] == 2)
    }
}
