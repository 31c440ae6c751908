import ArgumentParser
import CurlHTTP
import Foundation
import HubConfig
import HubCore
import HubStore
import MatrixChat

struct SpecialistsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specialists",
        abstract:
            "Import and export the hub's specialists in bulk (CSV, or an LDAP group), for onboarding many people at once.",
        subcommands: [Import.self, Export.self, SyncLDAP.self]
    )

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a CSV of specialists and, with --apply, give it to HubBot.",
            discussion: """
                The first line names the columns (any order; person and interests required):

                  person,name,interests,capacity,hours,time_zone
                  @ana:example.org,Ana Lima,statistics:3 r python:2,3,09:00-17:00 mon-fri,Europe/Berlin
                  @ben:example.org,Ben,automation,,,

                interests: tag names from the tag file, each with a strength 1-3 (2 when left out), or \
                none. hours: 09:00-17:00 with optional days (mon-fri, mon,wed), or off. Empty cells \
                keep what the person has. Every problem is reported with FILE:line:column, and nothing \
                is imported if any line has one (--skip-bad imports the good lines). On Matrix each \
                person's account is looked up on the homeserver (with HubBot's token from the secrets \
                file), so a typo is caught before anyone is listed.

                Without --apply this is a dry run: it says who would be new, changed or unchanged \
                (against HubBot's database) and writes nothing. With --apply the import goes into \
                HubBot's inbox: a running HubBot applies it within seconds, a stopped one at its next \
                start. Each person whose profile changes is told once in a direct chat what they were \
                given and how to change it; admins get the summary and the audit log (!audit) keeps it. \
                Importing the same file again changes nothing and tells no one.

                Examples:
                  hubbot specialists import people.csv
                  hubbot specialists import people.csv --apply
                  ldap-to-csv | hubbot specialists import - --apply --skip-bad --format json
                """
        )

        @Argument(help: "The CSV file, or - for standard input.")
        var file: String

        @Flag(help: "Import for real (without it: a dry run).")
        var apply = false

        @Flag(help: "Import the good lines even if others have problems.")
        var skipBad = false

        @OptionGroup var options: HandOffOptions

        func run() async throws {
            signal(SIGPIPE, SIG_IGN)
            let (settings, tags) = try CommandConfig.loadWithTags(options.config)
            let name = file == "-" ? "<stdin>" : file
            let text: String
            if file == "-" {
                var lines: [String] = []
                while let line = readLine(strippingNewline: true) { lines.append(line) }
                text = lines.joined(separator: "\n")
            } else {
                guard let data = FileManager.default.contents(atPath: file) else {
                    Diagnostics.fail("cannot read \(file)")
                    throw ExitCode.failure
                }
                text = String(decoding: data, as: UTF8.self)
            }
            let handOff = SpecialistHandOff(settings: settings, config: options.config, envFile: options.envFile)
            var (rows, csvProblems) = SpecialistCSV.read(text, tags: tags, network: handOff.network)
            var problems = csvProblems.map {
                SpecialistHandOff.Problem(file: name, line: $0.line, column: $0.column, message: $0.message)
            }
            if !options.noAccountCheck, !rows.isEmpty {
                let (missing, homeserver) = try await handOff.missingAccounts(rows.map(\.entry.person))
                for (line, entry) in rows where missing.contains(entry.person) {
                    problems.append(
                        .init(
                            file: name,
                            line: line,
                            column: 1,
                            message: "there is no account \(entry.person.rawValue) on \(homeserver)"
                        )
                    )
                }
                rows.removeAll { missing.contains($0.entry.person) }
            }
            problems.sort { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
            try await handOff.run(
                SpecialistImport(source: (name as NSString).lastPathComponent, admin: "", entries: rows.map(\.entry)),
                problems: problems,
                refused: !problems.isEmpty && !skipBad,
                apply: apply,
                format: options.format
            )
        }
    }

    struct SyncLDAP: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync-ldap",
            abstract: "Make the people of an LDAP group specialists, with interests from an attribute.",
            discussion: """
                Reads everyone under --base matching --filter (bound as --bind-dn with the password in \
                --password-file, or anonymously), keeps the members of --group (its member, \
                uniqueMember or memberUid values) when given, and makes each one's chat id from \
                --person (e.g. @{uid}:example.org). Their interests come from --interests-attribute: \
                tag names from the tag file with an optional strength 1-3 (statistics:3), one or \
                more per value.

                A sync adds what the directory gives and takes back what it gave before and no \
                longer gives (a person who left the group loses those interests); what specialists \
                set themselves with !interests, !capacity or !hours is never touched, and an interest \
                a specialist removed is not given again. Unknown tags and entries without the \
                attributes are left out with a note, never guessed. An empty search, a group with \
                no member under --base, or more than --max-removals people losing interests stops \
                the sync.

                Without --apply this is a dry run. With --apply the sync goes into HubBot's inbox like \
                an import: applied within seconds, each person whose interests change told once. Run \
                it from cron or a systemd timer to keep the hub in step with the directory.

                Example:
                  hubbot specialists sync-ldap --url ldaps://ldap.example.org \\
                    --bind-dn cn=hubbot,ou=services,dc=example,dc=org --password-file /etc/hubbot/ldap-password \\
                    --base ou=people,dc=example,dc=org --group cn=specialists,ou=groups,dc=example,dc=org \\
                    --person '@{uid}:example.org' --interests-attribute businessCategory --apply
                """
        )

        @Option(help: "The directory: ldap://host:port or ldaps://host:port.")
        var url: String

        @Option(help: "Where people are (searched with subtree scope).")
        var base: String

        @Option(help: "Only members of this group (groupOfNames, groupOfUniqueNames or posixGroup).")
        var group: String?

        @Option(help: "Which entries are people.")
        var filter = "(objectClass=person)"

        @Option(help: "The chat id made from attributes, e.g. @{uid}:example.org (IRC: {uid}).")
        var person: String

        @Option(help: "The attribute with the display name.")
        var nameAttribute = "cn"

        @Option(help: "The attribute with the interests.")
        var interestsAttribute: String

        @Option(help: "Bind as this DN (default: anonymously).")
        var bindDN: String?

        @Option(help: "A file with the bind password (- for standard input).")
        var passwordFile: String?

        @Flag(help: "Sync for real (without it: a dry run).")
        var apply = false

        @OptionGroup var options: HandOffOptions

        @Option(help: "Refuse a sync that takes interests away from more people than this.")
        var maxRemovals = 20

        func validate() throws {
            let lower = url.lowercased()
            guard lower.hasPrefix("ldap://") || lower.hasPrefix("ldaps://") else {
                throw ValidationError("--url must start with ldap:// or ldaps://")
            }
            if bindDN != nil, passwordFile == nil {
                throw ValidationError("--bind-dn needs --password-file (a bind without a password is anonymous)")
            }
            let host = URLComponents(string: url)?.host?.lowercased() ?? ""
            if bindDN != nil, lower.hasPrefix("ldap://"), !["127.0.0.1", "localhost", "::1", "[::1]"].contains(host) {
                throw ValidationError(
                    "binding over ldap:// would send the password in clear text to \(host); use ldaps://"
                )
            }
            guard !DirectoryPeople.placeholders(in: person).isEmpty else {
                throw ValidationError("--person needs an {attribute}, e.g. @{uid}:example.org")
            }
        }

        func run() async throws {
            signal(SIGPIPE, SIG_IGN)
            let (settings, tags) = try CommandConfig.loadWithTags(options.config)
            let handOff = SpecialistHandOff(settings: settings, config: options.config, envFile: options.envFile)
            let password = try passwordFile.map {
                try PasswordInput.read($0, prompt: "password for \(bindDN ?? "the directory"): ")
            }
            let mapping = DirectoryPeople(
                personTemplate: person,
                nameAttribute: nameAttribute,
                interestsAttribute: interestsAttribute
            )
            let http = HTTPClient(configuration: settings.httpClientConfiguration)
            let server = url.hasSuffix("/") ? String(url.dropLast()) : url
            func search(_ base: String, _ attributes: [String], scope: String, filter: String) async throws
                -> [DirectoryEntry]
            {
                let query = [base, attributes.joined(separator: ","), scope, filter].map(Self.escaped)
                do {
                    return try await http.ldapSearch(
                        "\(server)/\(query.joined(separator: "?"))",
                        bindDN: bindDN,
                        password: password
                    )
                } catch let error as HTTPClientError {
                    Diagnostics.fail("the directory search under \(base) failed: \(error.message)")
                    throw ExitCode.failure
                }
            }
            var people = try await search(base, mapping.attributes, scope: "sub", filter: filter)
                .map { DirectoryPeople.Person(dn: $0.dn, attributes: $0.attributes) }
            // An empty answer is far likelier a wrong base, filter or bind than a directory with
            // no one in it; taken as the truth it would take everyone's interests away.
            guard !people.isEmpty else {
                Diagnostics.fail(
                    "no entries under \(base) match \(filter): nothing synced (check --base, --filter and the bind)"
                )
                throw ExitCode.failure
            }
            if let group {
                guard
                    let entry = try await search(
                        group,
                        ["member", "uniqueMember", "memberUid"],
                        scope: "base",
                        filter: "(objectClass=*)"
                    )
                    .first
                else {
                    Diagnostics.fail("no group \(group) in the directory")
                    throw ExitCode.failure
                }
                if entry.attributes.keys.contains(where: { $0.contains(";range=") }) {
                    Diagnostics.fail(
                        "the group \(group) is larger than the directory returns at once (ranged member values); "
                            + "nothing synced: use --filter (e.g. memberOf) instead of --group"
                    )
                    throw ExitCode.failure
                }
                let dns = Set((entry.values("member") + entry.values("uniqueMember")).map(DirectoryPeople.normalizedDN))
                let uids = Set(entry.values("memberUid").map { $0.lowercased() })
                people.removeAll { !DirectoryPeople.isMember($0, memberDNs: dns, memberUIDs: uids) }
                guard !people.isEmpty else {
                    Diagnostics.fail("none of the group \(group)'s members is under \(base): nothing synced")
                    throw ExitCode.failure
                }
            }
            await http.shutdown()
            var (entries, notes) = mapping.entries(people, tags: tags, network: handOff.network)
            if !options.noAccountCheck, !entries.isEmpty {
                let (missing, homeserver) = try await handOff.missingAccounts(entries.map(\.entry.person))
                for (dn, entry) in entries where missing.contains(entry.person) {
                    notes.append(
                        DirectoryPeople.Note(
                            dn: dn,
                            message: "left out: there is no account \(entry.person.rawValue) on \(homeserver)"
                        )
                    )
                }
                entries.removeAll { missing.contains($0.entry.person) }
            }
            let source = group ?? base
            try await handOff.run(
                SpecialistImport(source: source, admin: "", entries: entries.map(\.entry), directory: source),
                problems: notes.map { .init(dn: $0.dn, message: $0.message) },
                refused: false,
                maxRemovals: maxRemovals,
                apply: apply,
                format: options.format
            )
        }

        /// A part of an LDAP URL (RFC 4516), percent-encoded where it must be.
        static func escaped(_ part: String) -> String {
            // ASCII only: anything else is percent-encoded as UTF-8 (RFC 4516).
            var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            allowed.insert(charactersIn: "-._~=,()&|!*:@")
            return part.addingPercentEncoding(withAllowedCharacters: allowed) ?? part
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the hub's specialists as CSV (the columns import takes) or JSON.",
            discussion: """
                Reads HubBot's database (storage.path); it is only read. The CSV can be edited and \
                imported again.

                Examples:
                  hubbot specialists export > people.csv
                  hubbot specialists export --format json | jq '.[] | select(.capacity == 0)'
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case csv, json
        }

        @Option(help: "Output format: csv or json.")
        var format: Format = .csv

        @Option(name: .shortAndLong, help: "Path of hubbot.yaml.")
        var config = DefaultConfig.path

        struct Row: Encodable {
            var person: String
            var name: String
            var interests: [String: Int]
            var capacity: Int
            var workingHours: String?
            var timeZone: String?

            enum CodingKeys: String, CodingKey {
                case person, name, interests, capacity
                case workingHours = "hours"
                case timeZone = "time_zone"
            }
        }

        func run() async throws {
            let settings = try CommandConfig.load(config)
            var specialists: [Specialist] = []
            if let store = try await CommandStorage.open(settings, config: config) {
                for case .specialist(let specialist) in try await store.hubRecords() {
                    specialists.append(specialist)
                }
            }
            switch format {
            case .csv:
                print(SpecialistCSV.write(specialists), terminator: "")
            case .json:
                let rows = specialists.sorted { $0.id.rawValue < $1.id.rawValue }.map { specialist in
                    Row(
                        person: specialist.id.rawValue,
                        name: specialist.displayName,
                        interests: specialist.interests,
                        capacity: specialist.capacity,
                        workingHours: specialist.workingHours.map {
                            "\(SpecialistCSV.clock($0.start))-\(SpecialistCSV.clock($0.end)) \(SpecialistCSV.days($0.days))"
                        },
                        timeZone: specialist.workingHours?.timeZone
                    )
                }
                print(try OutputFormat.json(rows))
            }
        }
    }
}

/// The options `specialists import` and `sync-ldap` share.
struct HandOffOptions: ParsableArguments {
    @Flag(help: "Do not look the accounts up on the homeserver.")
    var noAccountCheck = false

    @Option(name: .shortAndLong, help: "Path of hubbot.yaml.")
    var config = DefaultConfig.path

    @Option(help: "The secrets file (default: hubbot.env beside the config, when it exists).")
    var envFile: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text
}

/// What `specialists import` and `sync-ldap` share: the dry run against HubBot's database, the
/// account check on the homeserver, the hand-off to HubBot's inbox, and the answer.
struct SpecialistHandOff {
    var settings: HubBotConfig
    var config: String
    var envFile: String?
    var network: ChatNetwork { settings.matrix != nil ? .matrix : .irc }

    /// A problem with one row (file, line, column) or one directory entry (its DN).
    struct Problem: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var dn: String?
        var message: String

        init(file: String? = nil, line: Int? = nil, column: Int? = nil, dn: String? = nil, message: String) {
            self.file = file
            self.line = line
            self.column = column
            self.dn = dn
            self.message = message
        }

        var text: String {
            if let dn { return "\(dn): \(message)" }
            return "\(file ?? "-"):\(line ?? 0):\(column ?? 0): \(message)"
        }
    }

    struct Outcome: Encodable {
        var applied: Bool
        var new: [String]
        var changed: [String]
        var unchanged: [String]
        var problems: [Problem]
        var note: String
    }

    /// Says what `batch` would change (or, with `apply`, hands it to HubBot), and prints the answer.
    func run(
        _ batch: SpecialistImport,
        problems: [Problem],
        refused: Bool,
        maxRemovals: Int? = nil,
        apply: Bool,
        format: OutputFormat
    ) async throws {
        var refused = refused
        var current: [Specialist] = []
        let store = try await CommandStorage.open(settings, config: config)
        if let store {
            for case .specialist(let specialist) in try await store.hubRecords() {
                current.append(specialist)
            }
        }
        var outcome = Outcome(applied: false, new: [], changed: [], unchanged: [], problems: problems, note: "")
        var removals = 0
        let now = Date()
        for change in batch.changes(current, at: now) {
            let person = change.entry.person.rawValue
            if change.before == nil {
                outcome.new.append(person)
            } else if change.changes {
                outcome.changed.append(person)
                if change.leaving { removals += 1 }
            } else {
                outcome.unchanged.append(person)
            }
        }
        let verb = batch.directory == nil ? "import" : "sync"
        if let maxRemovals, removals > maxRemovals {
            refused = true
            outcome.note =
                "nothing synced: \(removals) people would lose what the directory gave them (more than "
                + "--max-removals \(maxRemovals)); check the search, or raise --max-removals"
        } else if refused {
            outcome.note =
                "nothing imported: \(problems.count) problem\(problems.count == 1 ? "" : "s") (fix them, or --skip-bad)"
        } else if !apply {
            outcome.note = "dry run: nothing written (--apply to \(verb))"
        } else if outcome.new.isEmpty && outcome.changed.isEmpty {
            outcome.note = "nothing changed: nothing handed to HubBot"
        } else if store == nil {
            // Made here (by root, say) the database would be one HubBot's own user cannot open.
            Diagnostics.fail("no database at \(settings.storage.path): start HubBot once, then \(verb) again")
            throw ExitCode.failure
        } else if let store {
            var handed = batch
            handed.admin = ProcessInfo.processInfo.environment["SUDO_USER"] ?? ProcessInfo.processInfo.userName
            let event = ChatEvent.own(
                "import",
                id: "import:\(UUID().uuidString)",
                kind: .specialistImport(handed),
                network: network,
                at: now
            )
            try await store.enqueue([event])
            outcome.applied = true
            outcome.note =
                settings.storage.postgres != nil || DatabaseLease.holder(of: settings.storage.path) != nil
                ? "handed to the running HubBot: it applies it within seconds and tells each person changed"
                : "stored: HubBot applies it at its next start and tells each person changed"
        }
        switch format {
        case .json:
            print(try OutputFormat.json(outcome))
        case .text:
            for problem in outcome.problems { Diagnostics.fail(problem.text) }
            let settled = outcome.applied || (apply && !refused && outcome.new.isEmpty && outcome.changed.isEmpty)
            let would = settled ? "" : "would be "
            print(
                "\(outcome.new.count) \(would)new, \(outcome.changed.count) \(would)changed, "
                    + "\(outcome.unchanged.count) unchanged"
            )
            if !outcome.new.isEmpty { print("new: \(outcome.new.joined(separator: " "))") }
            if !outcome.changed.isEmpty { print("changed: \(outcome.changed.joined(separator: " "))") }
            print(outcome.note)
        }
        if refused { throw ExitCode.failure }
    }

    /// The people the homeserver says have no account (unknown answers count as existing), and the
    /// homeserver asked; nothing on IRC or without a token.
    func missingAccounts(_ people: [PersonID]) async throws -> (Set<PersonID>, String) {
        guard let matrix = settings.matrix else { return ([], "") }
        let (environment, _) = try EnvironmentFile.serviceEnvironment(config: config, envFile: envFile)
        guard
            case .matrix(.accessToken(let token)) = try? settings.networkSignIn(environment: environment, file: config)
        else {
            Diagnostics.note("accounts not checked: no access token (hubbot account login), or --no-account-check")
            return ([], matrix.homeserver)
        }
        let client = MatrixClient(
            homeserver: matrix.homeserver,
            accessToken: token,
            http: HTTPClient(configuration: settings.httpClientConfiguration)
        )
        var missing: Set<PersonID> = []
        for person in people where await client.accountExists(person.rawValue) == false {
            missing.insert(person)
        }
        return (missing, matrix.homeserver)
    }
}
