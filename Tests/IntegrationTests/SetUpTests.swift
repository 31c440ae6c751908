import CurlHTTP
import Foundation
import HubTestSupport
import MatrixChat
import Testing

/// An admin's tools, run as the real binary against the test Synapse and Redmine:
/// `hubbot account`, `hubbot doctor`, `hubbot backup` and a restore.
@Suite("Integration: set-up, doctor and backups", .enabled(if: SynapseEnvironment.shouldRun))
struct SetUpTests {
    let http = HTTPClient()

    /// A folder with a copy of the shipped config (tags beside it) for one test.
    func scratchConfig() throws -> (folder: URL, config: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-setup-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let root = ProjectPaths.root.appendingPathComponent("Config")
        let shipped = try String(contentsOf: root.appendingPathComponent("hubbot.yaml"), encoding: .utf8)
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("tags.yaml"),
            to: folder.appendingPathComponent("tags.yaml")
        )
        let config = folder.appendingPathComponent("hubbot.yaml").path
        try shipped.write(toFile: config, atomically: true, encoding: .utf8)
        return (folder, config)
    }

    func hubbot(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) async throws
        -> ChildProcess
    {
        let process = try ChildProcess(
            try ProjectPaths.hubbotExecutable(),
            arguments: arguments,
            environment: environment,
            input: input
        )
        guard try await process.waitForExit(timeout: .seconds(300)) else {
            process.signal(SIGKILL)
            throw TestServerError("hubbot \(arguments.joined(separator: " ")) did not finish:\n\(process.text)")
        }
        return process
    }

    func json(_ process: ChildProcess) throws -> [String: Any] {
        let text = process.text
        guard let start = text.firstIndex(of: "{"), let end = text.lastIndex(of: "}"),
            let object = try JSONSerialization.jsonObject(with: Data(text[start...end].utf8)) as? [String: Any]
        else { throw TestServerError("no JSON object in:\n\(text)") }
        return object
    }

    func environmentFile(_ path: String) throws -> [String: String] {
        var values: [String: String] = [:]
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return values
    }

    @Test("account register, then login: the token works, is stored 0600 and never printed; the homeserver is set")
    func accountSetUp() async throws {
        let synapse = try SynapseEnvironment.require()
        let (folder, config) = try scratchConfig()
        let user = SynapseEnvironment.uniqueUser("bot")
        let password = "\(user)-password"

        let registered = try await hubbot(
            [
                "account", "register", "--homeserver", synapse.baseURL, "--user", user, "--config", config,
                "--write-config", "--format", "json",
            ],
            input: password + "\n"
        )
        #expect(registered.exitCode == 0, "\(registered.text)")
        let answer = try json(registered)
        #expect(answer["user_id"] as? String == "@\(user):\(synapse.serverName)")
        #expect(answer["config_updated"] as? Bool == true)
        let envPath = folder.appendingPathComponent("hubbot.env").path
        #expect(answer["token_stored_in"] as? String == envPath)
        let stored = try environmentFile(envPath)
        let token = try #require(stored["HUBBOT_MATRIX_ACCESS_TOKEN"])
        #expect(!registered.text.contains(token), "the token must never be printed")
        #expect(stored["HUBBOT_MATRIX_DEVICE_ID"] == answer["device_id"] as? String)
        let mode = try FileManager.default.attributesOfItem(atPath: envPath)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let whoami = try await MatrixClient(homeserver: synapse.baseURL, accessToken: token, http: http).whoAmI()
        #expect(whoami.userID == "@\(user):\(synapse.serverName)")
        // The config now names the test homeserver, comments kept, and still passes check-config.
        let text = try String(contentsOfFile: config, encoding: .utf8)
        #expect(text.contains("  homeserver: \"\(synapse.baseURL)\""))
        #expect(text.contains("# The homeserver's client-server API"))
        let checked = try await hubbot(["check-config", config])
        #expect(checked.exitCode == 0, "\(checked.text)")

        // Logging in again (as after a lost token) replaces the token, keeps other lines.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: envPath))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("HUBBOT_REDMINE_API_KEY=kept\n".utf8))
        try handle.close()
        let passwordFile = folder.appendingPathComponent("password.txt").path
        try (password + "\n").write(toFile: passwordFile, atomically: true, encoding: .utf8)
        let login = try await hubbot([
            "account", "login", "--homeserver", synapse.baseURL, "--user", user, "--password-file", passwordFile,
            "--config", config,
        ])
        #expect(login.exitCode == 0, "\(login.text)")
        #expect(login.text.contains("signed in as @\(user):"))
        let again = try environmentFile(envPath)
        #expect(again["HUBBOT_MATRIX_ACCESS_TOKEN"] != token)
        #expect(again["HUBBOT_REDMINE_API_KEY"] == "kept")

        // A wrong password: a clear refusal, nothing written.
        let refused = try await hubbot(
            ["account", "login", "--homeserver", synapse.baseURL, "--user", user, "--config", config],
            input: "wrong\n"
        )
        #expect(refused.exitCode == 1)
        #expect(refused.text.contains("refused"), "\(refused.text)")
        #expect(try environmentFile(envPath) == again)
    }

    @Test("account register with Synapse's shared secret")
    func sharedSecretRegistration() async throws {
        let synapse = try SynapseEnvironment.require()
        let secret = try #require(
            ProcessInfo.processInfo.environment["HUBBOT_SYNAPSE_SHARED_SECRET"],
            "Scripts/synapse.sh exports the shared secret"
        )
        let (folder, config) = try scratchConfig()
        let secretFile = folder.appendingPathComponent("secret").path
        try secret.write(toFile: secretFile, atomically: true, encoding: .utf8)
        let user = SynapseEnvironment.uniqueUser("botsecret")
        let registered = try await hubbot(
            [
                "account", "register", "--homeserver", synapse.baseURL, "--user", user, "--config", config,
                "--shared-secret-file", secretFile,
            ],
            input: "a-long-password\n"
        )
        #expect(registered.exitCode == 0, "\(registered.text)")
        let token = try #require(
            try environmentFile(folder.appendingPathComponent("hubbot.env").path)["HUBBOT_MATRIX_ACCESS_TOKEN"]
        )
        let whoami = try await MatrixClient(homeserver: synapse.baseURL, accessToken: token, http: http).whoAmI()
        #expect(whoami.userID == "@\(user):\(synapse.serverName)")
    }

    @Test("doctor: all fine against Synapse and Redmine; then a refused token, a wrong Redmine key and a taken port")
    func doctor() async throws {
        let synapse = try SynapseEnvironment.require()
        let redmine = try RedmineEnvironment.require()
        let bot = try await FreshAccount("doctor", on: synapse, http: http)
        let tickets = redmine.ticketsYAML()
        let (folder, config) = try scratchConfig()
        // A config of its own: this test's homeserver, Redmine, any free listener port, and a
        // database named relative to the config's folder.
        try """
        matrix:
          homeserver: "\(synapse.baseURL)"
          access_token: "env:HUBBOT_MATRIX_ACCESS_TOKEN"
        storage:
          path: "state/hubbot.sqlite"
        hub:
          tags: "tags.yaml"
        listen:
          port: 0
        \(tickets)
        """.write(toFile: config, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("state"),
            withIntermediateDirectories: true
        )
        let envPath = folder.appendingPathComponent("hubbot.env").path
        try "HUBBOT_MATRIX_ACCESS_TOKEN=\(bot.session.accessToken)\nHUBBOT_REDMINE_API_KEY=\(redmine.apiKey)\n"
            .write(toFile: envPath, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: envPath)

        // A busy machine's homeserver may take more than the default 10 s: not what this test is about.
        let fine = try await hubbot(["doctor", "--config", config, "--format", "json", "--timeout", "45"])
        let report = try json(fine)
        let findings = try #require(report["findings"] as? [[String: Any]])
        func status(_ check: String, in findings: [[String: Any]]) -> String? {
            findings.first { $0["check"] as? String == check }?["status"] as? String
        }
        #expect(fine.exitCode == 0, "\(fine.text)")
        #expect(report["ok"] as? Bool == true)
        for check in ["config", "secrets file", "tags", "homeserver", "access token", "tickets.helpdesk", "database"] {
            #expect(status(check, in: findings) == "ok", "\(check): \(fine.text)")
        }
        #expect(fine.text.contains(bot.userID))
        #expect(fine.text.contains(folder.appendingPathComponent("state/hubbot.sqlite").path))
        #expect(!fine.text.contains(bot.session.accessToken))

        // Broken: the token is revoked, the Redmine key is wrong, the port is the homeserver's.
        try await bot.client.logout()
        try "HUBBOT_MATRIX_ACCESS_TOKEN=\(bot.session.accessToken)\nHUBBOT_REDMINE_API_KEY=not-the-key\n"
            .write(toFile: envPath, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: envPath)
        let synapsePort = try #require(URL(string: synapse.baseURL)?.port)
        try String(contentsOfFile: config, encoding: .utf8)
            .replacingOccurrences(of: "  port: 0", with: "  port: \(synapsePort)")
            .write(toFile: config, atomically: true, encoding: .utf8)
        let broken = try await hubbot(["doctor", "--config", config, "--timeout", "45"])
        #expect(broken.exitCode == 1, "\(broken.text)")
        for line in ["FAIL  access token", "FAIL  tickets.helpdesk", "FAIL  listener"] {
            #expect(broken.text.contains(line), "\(line): \(broken.text)")
        }
        #expect(broken.text.contains("hubbot account login"), "the fix is named: \(broken.text)")
        #expect(broken.text.contains("Address already in use"), "\(broken.text)")
    }

    @Test(
        "backup while running, then restore: nothing answered twice, the fault filed once, what came since answered"
    )
    func backupAndRestore() async throws {
        let synapse = try SynapseEnvironment.require()
        let redmine = try RedmineEnvironment.require()
        let hubbot = try await HubBotProcess(
            synapse: synapse,
            http: http,
            extra: redmine.ticketsYAML()
        )
        try await hubbot.start()
        let (colleague, room) = try await hubbot.directChat(synapse: synapse, http: http)
        let bot = hubbot.bot.userID
        let first = try await colleague.say("!status", in: room)
        _ = try await colleague.client.waitForReplies(from: bot, in: room) { $0.contains { $0.answers == first } }

        // The backup, taken while HubBot runs.
        let backup = hubbot.directory.appendingPathComponent("backups/nightly.sqlite").path
        let made = try await self.hubbot(["backup", backup, "--config", hubbot.configPath, "--format", "json"])
        #expect(made.exitCode == 0, "\(made.text)")
        #expect(try json(made)["schema_version"] as? Int ?? 0 >= 4)

        // After the backup: a fault (filed in Redmine) and a question.
        let fault = try await colleague.say(
            "the printer on the 3rd floor jams on every job, paper jam again",
            in: room
        )
        let filed = try await waitForBotMessage(containing: "as ticket", from: bot, in: room, as: colleague)
        let faultID = try #require(filed.firstMatch(of: /(fault-\d+-[a-z0-9]{4})/).map { String($0.1) })
        let second = try await colleague.say("!help", in: room)
        _ = try await colleague.client.waitForReplies(from: bot, in: room) { $0.contains { $0.answers == second } }
        #expect(try await hubbot.stop() == 0)
        let before = try await colleague.client.replies(from: bot, in: room).compactMap(\.answers)
        let ticketsBefore = try await botMessages(containing: "as ticket", from: bot, in: room, as: colleague).count

        // Written while HubBot is down: nobody has answered it yet.
        let third = try await colleague.say("!status", in: room)

        // Restore as docs/operations.md says: the backup and its key file in place of the database.
        let path = try hubbot.storagePath
        for suffix in ["", "-wal", "-shm", ".crypto-key"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try FileManager.default.copyItem(atPath: backup, toPath: path)
        try FileManager.default.copyItem(atPath: backup + ".crypto-key", toPath: path + ".crypto-key")
        try await hubbot.start()
        _ = try await colleague.client.waitForReplies(from: bot, in: room) { $0.contains { $0.answers == third } }
        try await Task.sleep(for: .seconds(6))  // time for anything wrongly repeated (ticket polls every 5 s)
        let after = try await colleague.client.replies(from: bot, in: room).compactMap(\.answers)
        #expect(after == before + [third], "\(hubbot.output)")
        for question in [first, fault, second, third] {
            #expect(after.contains(question), "unanswered: \(question)")
        }
        let ticketsAfter = try await botMessages(containing: "as ticket", from: bot, in: room, as: colleague).count
        #expect(ticketsAfter == ticketsBefore)
        #expect(try await redmine.issues(forFault: faultID, http: http).count == 1)
        _ = try await hubbot.stop()
    }

    @Test("specialists import: a missing account located, dry run by default, applied by the running HubBot once")
    func specialistsImport() async throws {
        let synapse = try SynapseEnvironment.require()
        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let ana = try await hubbot.person("ana", synapse: synapse, http: http)
        try await hubbot.say("!interests", as: ana)
        _ = try await hubbot.waitForMessage(containing: "interests", to: ana)
        let nobody = "@\(SynapseEnvironment.uniqueUser("nobody")):\(synapse.serverName)"
        let csv = hubbot.directory.appendingPathComponent("people.csv").path
        try """
        person,name,interests,capacity,hours,time_zone
        \(ana.account.userID),Ana Lima,statistics:3 r,2,09:00-17:00 mon-fri,Europe/Berlin
        \(nobody),Nobody,statistics,,,
        """.write(toFile: csv, atomically: true, encoding: .utf8)
        let token = ["HUBBOT_TEST_TOKEN": hubbot.token]
        let config = ["--config", hubbot.configPath]

        let refused = try await self.hubbot(["specialists", "import", csv] + config, environment: token)
        #expect(refused.exitCode == 1, "\(refused.text)")
        #expect(refused.text.contains("people.csv:3:1: there is no account \(nobody)"), "\(refused.text)")
        #expect(refused.text.contains("nothing imported"))
        let dry = try await self.hubbot(["specialists", "import", csv, "--skip-bad"] + config, environment: token)
        #expect(dry.exitCode == 0, "\(dry.text)")
        #expect(dry.text.contains("1 would be new") && dry.text.contains("dry run"), "\(dry.text)")

        let applied = try await self.hubbot(
            ["specialists", "import", "-", "--skip-bad", "--apply"] + config,
            input: try String(contentsOfFile: csv, encoding: .utf8),
            environment: token
        )
        #expect(applied.exitCode == 0, "\(applied.text)")
        #expect(applied.text.contains("handed to the running HubBot"), "\(applied.text)")
        let told = try await hubbot.waitForMessage(containing: "listed you as a specialist", to: ana)
        #expect(told.content?.body?.contains("#statistics (3)") == true)

        let exported = try await self.hubbot(["specialists", "export"] + config)
        #expect(
            exported.text.contains(
                "\(ana.account.userID),Ana Lima,r:2 statistics:3,2,09:00-17:00 mon-fri,Europe/Berlin"
            ),
            "\(exported.text)"
        )
        let json = try await self.hubbot(["specialists", "export", "--format", "json"] + config)
        #expect(json.text.contains("\"statistics\" : 3"), "\(json.text)")

        // The same file again: unchanged, and Ana is not told twice.
        let again = try await self.hubbot(
            ["specialists", "import", csv, "--skip-bad", "--apply"] + config,
            environment: token
        )
        #expect(again.text.contains("0 new, 0 changed, 1 unchanged"), "\(again.text)")
        try await Task.sleep(for: .seconds(8))  // two of HubBot's inbox rounds
        let notices = try await hubbot.messages(to: ana).filter {
            $0.content?.body?.contains("listed you as a specialist") == true
        }
        #expect(notices.count == 1)
        _ = try await hubbot.stop()
    }

    @Test(
        "specialists sync-ldap against slapd: a group's people with interests, re-synced after changes in the directory and in chat"
    )
    func specialistsFromLDAP() async throws {
        let synapse = try SynapseEnvironment.require()
        let ldapDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-ldap-\(UUID())")
        let url = try ProjectScript.run("ldap.sh", ["start", ldapDirectory.path])
        defer { _ = try? ProjectScript.run("ldap.sh", ["wipe", ldapDirectory.path]) }
        let ldapEnvironment = try environmentFile(ldapDirectory.appendingPathComponent("env").path)
        let suffix = "dc=hubbot,dc=test"
        func modify(_ ldif: String) throws {
            let file = ldapDirectory.appendingPathComponent("change.ldif")
            try ldif.write(to: file, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = [
                "-c", "bash \"$0\" modify \"$1\" < \"$2\"", ProjectPaths.script("ldap.sh"), ldapDirectory.path,
                file.path,
            ]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "ldapmodify failed for:\n\(ldif)")
        }

        let hubbot = try await HubBotProcess(synapse: synapse, http: http)
        try await hubbot.start()
        let ana = try await hubbot.person("ana", synapse: synapse, http: http)
        let ben = try await hubbot.person("ben", synapse: synapse, http: http)
        func uid(_ person: Person) -> String {
            String(person.account.userID.dropFirst().prefix { $0 != ":" })
        }
        let ghost = SynapseEnvironment.uniqueUser("ghost")
        func personEntry(_ uid: String, _ name: String, _ interests: [String]) -> String {
            """
            dn: uid=\(uid),ou=people,\(suffix)
            changetype: add
            objectClass: inetOrgPerson
            uid: \(uid)
            cn: \(name)
            sn: \(name)
            \(interests.map { "businessCategory: \($0)" }.joined(separator: "\n"))
            """ + "\n\n"
        }
        try modify(
            personEntry(uid(ana), "Ana Lima", ["statistics:3", "python"])
                + personEntry(uid(ben), "Ben Okafor", ["automation", "quantum-physics"])
                + personEntry(ghost, "Ghost", ["r"])
                + personEntry("outsider-\(uid(ana))", "Outsider", ["r"])
                    + """
                    dn: cn=specialists,ou=groups,\(suffix)
                    changetype: add
                    objectClass: groupOfNames
                    cn: specialists
                    member: uid=\(uid(ana)),ou=people,\(suffix)
                    member: uid=\(uid(ben)),ou=people,\(suffix)
                    member: uid=\(ghost),ou=people,\(suffix)

                    """
        )
        let sync = [
            "specialists", "sync-ldap", "--url", url, "--bind-dn", ldapEnvironment["HUBBOT_LDAP_BIND_DN"] ?? "",
            "--password-file", ldapEnvironment["HUBBOT_LDAP_PASSWORD_FILE"] ?? "", "--base", "ou=people,\(suffix)",
            "--group", "cn=specialists,ou=groups,\(suffix)", "--person", "@{uid}:\(synapse.serverName)",
            "--interests-attribute", "businessCategory", "--config", hubbot.configPath,
        ]
        let token = ["HUBBOT_TEST_TOKEN": hubbot.token]

        let dry = try await self.hubbot(sync + ["--format", "json"], environment: token)
        #expect(dry.exitCode == 0, "\(dry.text)")
        let answer = try json(dry)
        #expect(Set(answer["new"] as? [String] ?? []) == [ana.account.userID, ben.account.userID], "\(dry.text)")
        #expect(dry.text.contains("there is no account @\(ghost):"), "the ghost is left out: \(dry.text)")
        #expect(dry.text.contains("`quantum-physics` left out"), "\(dry.text)")
        #expect(!dry.text.contains("outsider"), "not in the group: \(dry.text)")

        let applied = try await self.hubbot(sync + ["--apply"], environment: token)
        #expect(applied.exitCode == 0 && applied.text.contains("handed to the running HubBot"), "\(applied.text)")
        let toAna = try await hubbot.waitForMessage(containing: "changed your specialist profile", to: ana)
        #expect(toAna.content?.body?.contains("#python (2), #statistics (3)") == true, "\(toAna.content?.body ?? "")")
        _ = try await hubbot.waitForMessage(containing: "#automation (2)", to: ben)

        // Ana adds #r and gives up #python herself; the directory gives her #open-source; Ben leaves the group.
        try await hubbot.say("!interests add #r:3", as: ana)
        _ = try await hubbot.waitForMessage(containing: "You now offer", to: ana)
        try await hubbot.say("!interests remove #python", as: ana)
        _ = try await hubbot.waitForMessage(containing: "Removed #python", to: ana)
        try modify(
            """
            dn: uid=\(uid(ana)),ou=people,\(suffix)
            changetype: modify
            add: businessCategory
            businessCategory: open-source

            dn: cn=specialists,ou=groups,\(suffix)
            changetype: modify
            delete: member
            member: uid=\(uid(ben)),ou=people,\(suffix)

            """
        )
        let again = try await self.hubbot(sync + ["--apply"], environment: token)
        #expect(again.text.contains("0 new, 2 changed"), "\(again.text)")
        _ = try await hubbot.waitForMessage(containing: "#automation is no longer listed", to: ben)
        _ = try await hubbot.waitForMessage(containing: "you now offer #open-source (2)", to: ana)
        let exported = try await self.hubbot(["specialists", "export"] + ["--config", hubbot.configPath])
        #expect(
            exported.text.contains("\(ana.account.userID),Ana Lima,open-source:2 r:3 statistics:3,"),
            "\(exported.text)"
        )
        #expect(exported.text.contains("\(ben.account.userID),Ben Okafor,none,"), "\(exported.text)")

        // Synced again with nothing changed: no one is told anything.
        let unchanged = try await self.hubbot(sync + ["--apply"], environment: token)
        #expect(unchanged.text.contains("0 new, 0 changed, 1 unchanged"), "\(unchanged.text)")
        _ = try await hubbot.stop()
    }

    func botMessages(containing text: String, from bot: String, in room: String, as person: FreshAccount)
        async throws -> [String]
    {
        try await person.client.recentEvents(in: room, limit: 200)
            .filter { $0.sender == bot }
            .compactMap { $0.content?.body }
            .filter { $0.contains(text) }
    }

    func waitForBotMessage(containing text: String, from bot: String, in room: String, as person: FreshAccount)
        async throws -> String
    {
        let deadline = ContinuousClock.now + .seconds(90)  // a hang guard
        while ContinuousClock.now < deadline {
            if let found = try await botMessages(containing: text, from: bot, in: room, as: person).first {
                return found
            }
            try await Task.sleep(for: .milliseconds(500))
        }
        throw TestServerError("HubBot never said “\(text)” in \(room)")
    }
}
