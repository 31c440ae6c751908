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
        abstract: "Import and export the hub's specialists in bulk (CSV), for onboarding many people at once.",
        subcommands: [Import.self, Export.self]
    )

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a CSV of specialists and, with --apply, give it to HubBot.",
            discussion: """
                The first line names the columns (any order; only person is required):

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

        @Flag(help: "Do not look the accounts up on the homeserver.")
        var noAccountCheck = false

        @Option(name: .shortAndLong, help: "Path of hubbot.yaml.")
        var config = DefaultConfig.path

        @Option(help: "The secrets file (default: hubbot.env beside the config, when it exists).")
        var envFile: String?

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        struct Outcome: Encodable {
            var applied: Bool
            var new: [String]
            var changed: [String]
            var unchanged: [String]
            var problems: [Problem]
            var note: String

            struct Problem: Encodable {
                var file: String
                var line: Int
                var column: Int
                var message: String
            }
        }

        func run() async throws {
            signal(SIGPIPE, SIG_IGN)
            let settings: HubBotConfig
            let tags: TagModel
            do throws(ConfigError) {
                settings = try ConfigLoader.load(path: config)
                tags = try TagsConfig.load(path: settings.tagsPath(relativeTo: config), routes: settings.tagRoutes)
            } catch {
                Diagnostics.fail(error.issues.map(\.description).joined(separator: "\n"))
                throw ExitCode(78)
            }
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
            let network: ChatNetwork = settings.matrix != nil ? .matrix : .irc
            var (rows, problems) = SpecialistCSV.read(text, tags: tags, network: network)
            if let matrix = settings.matrix, !noAccountCheck, !rows.isEmpty {
                let missing = try await missingAccounts(rows.map(\.entry.person), matrix: matrix, settings: settings)
                for (line, entry) in rows where missing.contains(entry.person) {
                    problems.append(
                        SpecialistCSV.Problem(
                            line: line,
                            column: 1,
                            message: "there is no account \(entry.person.rawValue) on \(matrix.homeserver)"
                        )
                    )
                }
                rows.removeAll { missing.contains($0.entry.person) }
            }
            problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
            let refused = !problems.isEmpty && !skipBad

            // Who would be new, changed or unchanged, against what HubBot has.
            var current: [PersonID: Specialist] = [:]
            if FileManager.default.fileExists(atPath: settings.storage.path) {
                for case .specialist(let specialist) in try await HubDatabase(path: settings.storage.path).hubRecords()
                {
                    current[specialist.id] = specialist
                }
            }
            var outcome = Outcome(
                applied: false,
                new: [],
                changed: [],
                unchanged: [],
                problems: problems.map { .init(file: name, line: $0.line, column: $0.column, message: $0.message) },
                note: ""
            )
            let now = Date()
            for (_, entry) in rows {
                let before = current[entry.person]
                var after = entry.applied(to: before, at: now)
                after.interestsSince = before?.interestsSince
                let same = before.map { old in
                    old.displayName == after.displayName && old.interests == after.interests
                        && old.capacity == after.capacity && old.workingHours == after.workingHours
                }
                switch same {
                case nil: outcome.new.append(entry.person.rawValue)
                case true?: outcome.unchanged.append(entry.person.rawValue)
                case false?: outcome.changed.append(entry.person.rawValue)
                }
            }
            if refused {
                outcome.note =
                    "nothing imported: \(problems.count) problem\(problems.count == 1 ? "" : "s") (fix them, or --skip-bad)"
            } else if !apply {
                outcome.note = "dry run: nothing written (--apply to import)"
            } else if rows.isEmpty {
                outcome.note = "nothing to import"
            } else {
                let admin = ProcessInfo.processInfo.environment["SUDO_USER"] ?? ProcessInfo.processInfo.userName
                let batch = SpecialistImport(
                    source: (name as NSString).lastPathComponent,
                    admin: admin,
                    entries: rows.map(\.entry)
                )
                let event = ChatEvent.own(
                    "import",
                    id: "import:\(UUID().uuidString)",
                    kind: .specialistImport(batch),
                    network: network,
                    at: now
                )
                try await HubDatabase(path: settings.storage.path).enqueue([event])
                outcome.applied = true
                outcome.note =
                    DatabaseLease.holder(of: settings.storage.path) != nil
                    ? "handed to the running HubBot: it applies it within seconds and tells each person changed"
                    : "stored: HubBot applies it at its next start and tells each person changed"
            }
            switch format {
            case .json:
                print(try OutputFormat.json(outcome))
            case .text:
                for problem in outcome.problems {
                    Diagnostics.fail("\(problem.file):\(problem.line):\(problem.column): \(problem.message)")
                }
                let verb = outcome.applied ? "" : "would be "
                print(
                    "\(outcome.new.count) \(verb)new, \(outcome.changed.count) \(verb)changed, "
                        + "\(outcome.unchanged.count) unchanged"
                )
                if !outcome.new.isEmpty { print("new: \(outcome.new.joined(separator: " "))") }
                if !outcome.changed.isEmpty { print("changed: \(outcome.changed.joined(separator: " "))") }
                print(outcome.note)
            }
            if refused { throw ExitCode.failure }
        }

        /// The people the homeserver says have no account (unknown answers count as existing).
        func missingAccounts(_ people: [PersonID], matrix: HubBotConfig.MatrixSettings, settings: HubBotConfig)
            async throws -> Set<PersonID>
        {
            let (environment, _) = try EnvironmentFile.serviceEnvironment(config: config, envFile: envFile)
            guard
                case .matrix(.accessToken(let token)) = try? settings.networkSignIn(
                    environment: environment,
                    file: config
                )
            else {
                Diagnostics.note("accounts not checked: no access token (hubbot account login), or --no-account-check")
                return []
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
            return missing
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
            let settings: HubBotConfig
            do throws(ConfigError) {
                settings = try ConfigLoader.load(path: config)
            } catch {
                Diagnostics.fail(error.description)
                throw ExitCode(78)
            }
            var specialists: [Specialist] = []
            if FileManager.default.fileExists(atPath: settings.storage.path) {
                for case .specialist(let specialist) in try await HubDatabase(path: settings.storage.path).hubRecords()
                {
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
