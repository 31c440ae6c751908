import Foundation
import Testing

@testable import HubCore

@Suite("Specialists in bulk: the CSV read with every problem located, and the hub's import")
struct SpecialistImportTests {
    func importEvent(_ entries: [SpecialistImport.Entry], id: String, directory: String? = nil) -> HubInput {
        HubInput(
            event: .own(
                "import",
                id: id,
                kind: .specialistImport(
                    SpecialistImport(
                        source: directory ?? "people.csv",
                        admin: "root",
                        entries: entries,
                        directory: directory
                    )
                ),
                network: .matrix,
                at: Date(timeIntervalSince1970: 1_800_000_000)
            )
        )
    }

    @Test("a good file: interests with strengths, capacity, hours with days and a time zone, quotes, CRLF")
    func goodFile() throws {
        let text =
            "\u{FEFF}Person,name,interests,capacity,hours,time_zone\r\n"
            + "@ana:hub.test,\"Lima, Ana\",statistics:3 r,3,09:00-17:00 mon-thu,Europe/Berlin\r\n"
            + "@ben:hub.test,Ben,\"statistics;social-network-analysis:1\",,,\r\n"
            + "@cy:hub.test,,none,0,off,\r\n\r\n"
        let (rows, problems) = SpecialistCSV.read(text, tags: HubHarness.tags, network: .matrix)
        #expect(problems.isEmpty, "\(problems)")
        #expect(rows.map(\.line) == [2, 3, 4])
        let ana = rows[0].entry
        #expect(ana.displayName == "Lima, Ana")
        #expect(ana.interests == ["statistics": 3, "r": 2])
        #expect(ana.capacity == 3)
        #expect(ana.workingHours == WorkingHours(timeZone: "Europe/Berlin", start: 540, end: 1020, days: [1, 2, 3, 4]))
        #expect(rows[1].entry.interests == ["statistics": 2, "social-network-analysis": 1])
        #expect(rows[1].entry.capacity == nil && rows[1].entry.displayName == "Ben")
        #expect(rows[2].entry.displayName == nil)
        #expect(rows[2].entry.interests.isEmpty && rows[2].entry.capacity == 0)
    }

    @Test("every problem of every line, at its line and column; bad rows are left out")
    func problemsLocated() {
        let text = """
            person,interests,capacity,hours,time_zone,colour
            @ana:hub.test,statistics:4,x,25:00-26:00,Mars/Base,red
            ana,quantum statistics,2,,,
            @ana:hub.test,statistics,,,Europe/Paris,
            @ben:hub.test,,,,,
            @ana:hub.test,r,,,,
            @cy:hub.test,"r,1,,,
            """
        let (rows, problems) = SpecialistCSV.read(text, tags: HubHarness.tags, network: .matrix)
        let found = problems.map { "\($0.line):\($0.column) \($0.message)" }
        let expected = [
            "1:43 unknown column `colour`",
            "2:15 a strength is 1, 2 or 3",
            "2:28 capacity is a whole number from 0 to 50",
            "2:30 hours are like 09:00-17:00",
            "2:42 `Mars/Base` is not a time zone",
            "3:1 `ana` is not a Matrix id",
            "3:5 unknown tag `quantum`",
            "4:28 a time zone without hours",
            "5:15 no interests",
            "4:1 @ana:hub.test is listed twice (first on line 2)",
            "6:1 @ana:hub.test is listed twice (first on line 2)",
            "7:14 a quote opened here is never closed",
        ]
        for prefix in expected {
            #expect(found.contains { $0.hasPrefix(prefix) }, "\(prefix) in \(found)")
        }
        #expect(rows.isEmpty, "\(rows.map(\.line))")
    }

    @Test("exported CSV reads back as the same specialists")
    func roundTrip() throws {
        var ana = Specialist(id: PersonID("@ana:hub.test"), displayName: "Lima, \"Ana\"", interests: ["statistics": 3])
        ana.capacity = 4
        ana.workingHours = WorkingHours(timeZone: "Asia/Tokyo", start: 480, end: 990, days: [1, 3, 4, 5])
        let ben = Specialist(id: PersonID("@ben:hub.test"), displayName: "Ben", interests: [:])
        let text = SpecialistCSV.write([ben, ana])
        #expect(text.contains("09:00") == false && text.contains("08:00-16:30 mon,wed-fri"))
        let (rows, problems) = SpecialistCSV.read(text, tags: HubHarness.tags, network: .matrix)
        #expect(problems.isEmpty, "\(problems)")
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let back = rows.map { $0.entry.applied(to: nil, at: now) }
        #expect(back.map(\.id) == [ana.id, ben.id])
        #expect(back[0].displayName == ana.displayName && back[0].interests == ana.interests)
        #expect(back[0].capacity == 4 && back[0].workingHours == ana.workingHours)
        #expect(back[1].interests.isEmpty)
    }

    @Test("the hub applies an import, tells each changed person once, audits it; the same import again tells no one")
    func hubImport() throws {
        var settings = HubSettings()
        settings.admins = [dave]
        var hub = HubHarness(settings: settings)
        hub.openDirectChat(dave)
        hub.openDirectChat(alice)
        hub.write("!interests add #r", from: alice)
        let entries = [
            SpecialistImport.Entry(
                person: alice,
                interests: ["statistics": 3],
                capacity: 2,
                workingHours: WorkingHours(timeZone: "Europe/Berlin", start: 540, end: 1020)
            ),
            SpecialistImport.Entry(person: bob, displayName: "Bob Builder", interests: ["social-network-analysis": 2]),
            SpecialistImport.Entry(person: erin, interests: ["quantum": 2]),
        ]
        let actions = hub.handle(importEvent(entries, id: "import:1"))
        let toAlice = actions.told(alice, harness: hub)
        #expect(toAlice.count == 1)
        #expect(toAlice.first?.contains("#statistics (3)") == true, "\(toAlice)")
        #expect(toAlice.first?.contains("at most 2 open conversations") == true)
        #expect(toAlice.first?.contains("09:00–17:00 Mon–Fri (Europe/Berlin)") == true, "\(toAlice)")
        #expect(actions.told(bob, harness: hub).first?.hasPrefix("Hello Bob Builder!") == true)
        #expect(actions.told(erin, harness: hub).isEmpty, "a tag the file no longer has: skipped")
        let summary = actions.told(dave, harness: hub)
        #expect(summary.first?.contains("1 new, 1 changed, 0 unchanged, 1 skipped") == true, "\(summary)")
        #expect(hub.hub.directory.specialist(alice)?.interests == ["statistics": 3])
        #expect(hub.hub.audit.values.contains { $0.change.hasPrefix("import specialists from people.csv (root)") })

        // Kept across a restart; importing the same again changes nothing and tells no one.
        hub.restart()
        #expect(hub.hub.directory.specialist(bob)?.displayName == "Bob Builder")
        let again = hub.handle(importEvent(Array(entries.prefix(2)), id: "import:2"))
        #expect(again.told(alice, harness: hub).isEmpty && again.told(bob, harness: hub).isEmpty)
        #expect(again.told(dave, harness: hub).first?.contains("0 new, 0 changed, 2 unchanged") == true)
    }

    @Test(
        "a directory sync adds what it gives, takes back what it gave when someone leaves the group, and never touches what people set themselves"
    )
    func directorySync() throws {
        var settings = HubSettings()
        settings.admins = [dave]
        var hub = HubHarness(settings: settings)
        for person in [dave, alice, bob] { hub.openDirectChat(person) }
        let group = "cn=specialists,ou=groups,dc=hub,dc=test"
        hub.write("!interests add #r:3", from: alice)

        let first = hub.handle(
            importEvent(
                [
                    SpecialistImport.Entry(person: alice, interests: ["statistics": 3, "r": 1]),
                    SpecialistImport.Entry(person: bob, displayName: "Bob", interests: ["social-network-analysis": 2]),
                ],
                id: "sync:1",
                directory: group
            )
        )
        // Alice's own #r keeps her strength; the directory manages only #statistics.
        #expect(hub.hub.directory.specialist(alice)?.interests == ["r": 3, "statistics": 3])
        #expect(hub.hub.directory.specialist(alice)?.fromDirectory == ["statistics"])
        #expect(first.told(alice, harness: hub).first?.contains("you now offer #statistics (3)") == true)
        #expect(first.told(bob, harness: hub).count == 1)
        #expect(first.told(dave, harness: hub).first?.contains("synced from \(group)") == true)

        // Alice gives up #statistics herself; Bob takes #r himself.
        hub.write("!interests remove #statistics", from: alice)
        hub.write("!interests add #r", from: bob)

        // The directory now gives Alice #statistics and #social-network-analysis, and Bob left the group.
        let second = hub.handle(
            importEvent(
                [SpecialistImport.Entry(person: alice, interests: ["statistics": 3, "social-network-analysis": 1])],
                id: "sync:2",
                directory: group
            )
        )
        #expect(
            hub.hub.directory.specialist(alice)?.interests == ["r": 3, "social-network-analysis": 1],
            "what she removed is not given again"
        )
        #expect(hub.hub.directory.specialist(bob)?.interests == ["r": 2], "the directory's taken back, his own kept")
        #expect(second.told(bob, harness: hub).first?.contains("#social-network-analysis is no longer listed") == true)
        #expect(second.told(dave, harness: hub).first?.contains("0 new, 2 changed") == true)

        // The same sync again: nothing changes, no one is told.
        let third = hub.handle(
            importEvent(
                [SpecialistImport.Entry(person: alice, interests: ["statistics": 3, "social-network-analysis": 1])],
                id: "sync:3",
                directory: group
            )
        )
        #expect(third.told(alice, harness: hub).isEmpty && third.told(bob, harness: hub).isEmpty)
        #expect(third.told(dave, harness: hub).first?.contains("0 new, 0 changed, 1 unchanged") == true)

        // The directory raises the strength of what it gave; Alice drops #r, which she had before the
        // directory listed it: a sync that gives #r must not bring it back.
        hub.write("!interests remove #r", from: alice)
        _ = hub.handle(
            importEvent(
                [SpecialistImport.Entry(person: alice, interests: ["r": 2, "social-network-analysis": 3])],
                id: "sync:4",
                directory: group
            )
        )
        #expect(hub.hub.directory.specialist(alice)?.interests == ["social-network-analysis": 3])
    }

    @Test(
        "directory entries: ids from the template, group membership, unknown tags and bad values left out with a note"
    )
    func directoryPeople() {
        let mapping = DirectoryPeople(personTemplate: "@{uid}:hub.test", interestsAttribute: "businessCategory")
        #expect(mapping.attributes == ["uid", "cn", "businesscategory"])
        let people = [
            DirectoryPeople.Person(
                dn: "uid=ana,ou=people,dc=hub,dc=test",
                attributes: [
                    "uid": ["ana"], "cn": ["Ana Lima"], "businesscategory": ["statistics:3", "r quantum", "sna:9"],
                ]
            ),
            DirectoryPeople.Person(dn: "cn=printer,ou=people,dc=hub,dc=test", attributes: ["cn": ["Printer"]]),
            DirectoryPeople.Person(dn: "uid=ben,ou=people,dc=hub,dc=test", attributes: ["uid": ["ben"]]),
        ]
        let (entries, notes) = mapping.entries(people, tags: HubHarness.tags, network: .matrix)
        #expect(entries.map(\.entry.person) == [PersonID("@ana:hub.test"), PersonID("@ben:hub.test")])
        #expect(entries[0].entry.interests == ["statistics": 3, "r": 2])
        #expect(entries[0].entry.displayName == "Ana Lima")
        #expect(entries[1].entry.interests.isEmpty)
        let said = notes.map { "\($0.dn): \($0.message)" }
        #expect(said.contains { $0.hasPrefix("cn=printer") && $0.contains("no uid attribute") }, "\(said)")
        #expect(said.contains { $0.hasPrefix("uid=ana") && $0.contains("`quantum`") }, "\(said)")
        #expect(said.contains { $0.hasPrefix("uid=ana") && $0.contains("`sna:9` left out") }, "\(said)")

        let members: Set<String> = [DirectoryPeople.normalizedDN("UID=ana, ou=People,dc=hub,dc=test")]
        #expect(DirectoryPeople.isMember(people[0], memberDNs: members, memberUIDs: []))
        #expect(!DirectoryPeople.isMember(people[2], memberDNs: members, memberUIDs: []))
        #expect(DirectoryPeople.isMember(people[2], memberDNs: [], memberUIDs: ["ben"]))
    }
}
