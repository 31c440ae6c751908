import Foundation

/// Specialists read from a directory (LDAP) for `hubbot specialists sync-ldap`: the people of a
/// group, their chat ids made from a template (`@{uid}:example.org`), their names and their
/// interests from attributes. Pure: the search itself happens elsewhere.
public struct DirectoryPeople: Sendable {
    /// One directory entry: its DN and attributes (names lowercased).
    public struct Person: Sendable, Hashable {
        public var dn: String
        public var attributes: [String: [String]]

        public init(dn: String, attributes: [String: [String]]) {
            self.dn = dn
            self.attributes = attributes
        }
    }

    /// Something about one entry, said by its DN.
    public struct Note: Sendable, Hashable, Codable {
        public var dn: String
        public var message: String

        public init(dn: String, message: String) {
            self.dn = dn
            self.message = message
        }
    }

    /// How an entry becomes a chat id: `{attribute}` placeholders, e.g. `@{uid}:example.org`.
    public var personTemplate: String
    public var nameAttribute: String
    public var interestsAttribute: String

    public init(personTemplate: String, nameAttribute: String = "cn", interestsAttribute: String) {
        self.personTemplate = personTemplate
        self.nameAttribute = nameAttribute.lowercased()
        self.interestsAttribute = interestsAttribute.lowercased()
    }

    /// The attributes a search must return (`uid` always: posixGroup members are named by it).
    public var attributes: [String] {
        var names = Self.placeholders(in: personTemplate)
        for name in [nameAttribute, interestsAttribute, "uid"] where !names.contains(name) { names.append(name) }
        return names
    }

    /// The `{name}` placeholders of a template, lowercased, in order.
    public static func placeholders(in template: String) -> [String] {
        template.matches(of: /\{([A-Za-z][A-Za-z0-9-]*)\}/).map { String($0.1).lowercased() }
    }

    /// Whether `person` belongs to the group: its DN among `memberDNs` (member, uniqueMember) or
    /// its uid among `memberUIDs` (posixGroup's memberUid).
    public static func isMember(_ person: Person, memberDNs: Set<String>, memberUIDs: Set<String>) -> Bool {
        memberDNs.contains(normalizedDN(person.dn))
            || (person.attributes["uid"] ?? []).contains { memberUIDs.contains($0.lowercased()) }
    }

    /// A DN compared without case or the spaces around separators.
    public static func normalizedDN(_ dn: String) -> String {
        dn.split(separator: ",").map { part in
            part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: "=")
        }.joined(separator: ",").lowercased()
    }

    /// The entries to sync and notes on what was left out. A person whose id cannot be made is
    /// left out (a note says why); an unknown tag is left out of that person's interests (a note),
    /// never the person, so that a typo in the directory cannot take away what it gave before.
    public func entries(_ people: [Person], tags: TagModel, network: ChatNetwork) -> (
        entries: [(dn: String, entry: SpecialistImport.Entry)], notes: [Note]
    ) {
        let known = Set(tags.interests.map(\.name))
        var entries: [(dn: String, entry: SpecialistImport.Entry)] = []
        var notes: [Note] = []
        var seen: [PersonID: String] = [:]
        for person in people.sorted(by: { $0.dn < $1.dn }) {
            var id = personTemplate
            var missing: [String] = []
            for name in Self.placeholders(in: personTemplate) {
                guard let value = person.attributes[name]?.first, !value.isEmpty else {
                    missing.append(name)
                    continue
                }
                id = id.replacingOccurrences(of: "{\(name)}", with: value, options: .caseInsensitive)
            }
            guard missing.isEmpty else {
                notes.append(Note(dn: person.dn, message: "left out: no \(missing.joined(separator: ", ")) attribute"))
                continue
            }
            if let problem = SpecialistCSV.personProblem(id, network: network) {
                notes.append(Note(dn: person.dn, message: "left out: \(problem)"))
                continue
            }
            // Matrix ids are lower case (the homeserver made `Ana.Lima`'s account as `ana.lima`).
            let personID = PersonID(network == .matrix ? id.lowercased() : id)
            if let earlier = seen[personID] {
                notes.append(Note(dn: person.dn, message: "left out: \(personID.rawValue) is also \(earlier)"))
                continue
            }
            seen[personID] = person.dn
            let words = (person.attributes[interestsAttribute] ?? []).flatMap {
                $0.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "\t" }).map(String.init)
            }
            // Word by word: one bad strength must not take the person's other interests with it.
            var strengths: [String: Int] = [:]
            for word in words {
                let (parsed, trouble) = HubCommand.strengths([word])
                if let trouble {
                    notes.append(
                        Note(
                            dn: person.dn,
                            message: "`\(word)` left out: " + trouble.english.replacingOccurrences(of: "`#", with: "`")
                        )
                    )
                }
                strengths.merge(parsed) { max($0, $1) }
            }
            let unknown = strengths.keys.filter { !known.contains($0) }.sorted()
            if !unknown.isEmpty {
                notes.append(
                    Note(
                        dn: person.dn,
                        message: "unknown tag\(unknown.count == 1 ? "" : "s") "
                            + "\(unknown.map { "`\($0)`" }.joined(separator: ", ")) left out (not in the tag file)"
                    )
                )
            }
            let name = person.attributes[nameAttribute]?.first?.trimmingCharacters(in: .whitespacesAndNewlines)
            let entry = SpecialistImport.Entry(
                person: personID,
                displayName: name.flatMap { $0.isEmpty || $0.count > 100 ? nil : $0 },
                interests: strengths.filter { known.contains($0.key) }
            )
            entries.append((person.dn, entry))
        }
        return (entries, notes)
    }
}
