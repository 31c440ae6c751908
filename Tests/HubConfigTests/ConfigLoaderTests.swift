import Foundation
import HubConfig
import Testing

@Suite("hubbot.yaml loading and validation")
struct ConfigLoaderTests {
    static let exampleConfig = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Config/hubbot.yaml").path

    @Test("the shipped example is valid and means what its comments say")
    func example() throws {
        let config = try ConfigLoader.load(path: Self.exampleConfig)
        #expect(config.matrix?.homeserver == "http://127.0.0.1:8008")
        #expect(config.matrix?.accessToken == "env:HUBBOT_MATRIX_ACCESS_TOKEN")
        #expect(config.http.connectTimeoutSeconds == 10)
        #expect(config.log.level == "info")
    }

    @Test("defaults fill optional sections")
    func defaults() throws {
        let config = try ConfigLoader.parse(
            "matrix:\n  homeserver: https://m.example.org\n  access_token: env:T\n",
            file: "t.yaml"
        )
        #expect(config.http == HubBotConfig.HTTPSettings())
        #expect(config.log.level == "info")
    }

    @Test(
        "matrix.encryption is on by default, reads on/off and booleans; a wrong word and an inline pickle key point at their line"
    )
    func encryption() throws {
        let base = "matrix:\n  homeserver: https://m.example.org\n  access_token: env:T\n"
        #expect(try ConfigLoader.parse(base, file: "t.yaml").matrix?.encryption == true)
        #expect(try ConfigLoader.parse(base + "  encryption: off\n", file: "t.yaml").matrix?.encryption == false)
        #expect(try ConfigLoader.parse(base + "  encryption: \"on\"\n", file: "t.yaml").matrix?.encryption == true)
        #expect(try ConfigLoader.parse(base + "  encryption: false\n", file: "t.yaml").matrix?.encryption == false)
        let word = #expect(throws: ConfigError.self) {
            try ConfigLoader.parse(base + "  encryption: maybe\n", file: "t.yaml")
        }
        #expect(word?.issues.first?.description.hasPrefix("t.yaml:4:") == true, "\(word?.issues ?? [])")
        let inline = #expect(throws: ConfigError.self) {
            try ConfigLoader.parse(base + "  pickle_key: hunter2hunter2hunter2\n", file: "t.yaml")
        }
        let text = inline?.issues.map(\.description).joined() ?? ""
        #expect(text.contains("t.yaml:4:") && text.contains("matrix.pickle_key"), "\(text)")
        #expect(!text.contains("hunter2"))
        // The key a reference points to is read at start; a short one is refused without showing it.
        let config = try ConfigLoader.parse(base + "  pickle_key: env:PK\n", file: "t.yaml")
        #expect(
            try config.matrixPickleKey(environment: ["PK": "0123456789abcdefXYZ"], file: "t.yaml")
                == .secret("0123456789abcdefXYZ")
        )
        let short = #expect(throws: ConfigError.self) {
            try config.matrixPickleKey(environment: ["PK": "tiny"], file: "t.yaml")
        }
        #expect(short?.issues.map(\.description).joined().contains("tiny") == false)
        let defaultKey = try ConfigLoader.parse(base, file: "t.yaml").matrixPickleKey(environment: [:], file: "t.yaml")
        #expect(defaultKey == .keyFile("hubbot.sqlite.crypto-key"))
        let off = try ConfigLoader.parse(base + "  encryption: off\n", file: "t.yaml")
        #expect(try off.matrixPickleKey(environment: [:], file: "t.yaml") == nil)
    }

    @Test("every problem is reported at once, in file order, with line and column")
    func allProblems() {
        let yaml = """
            matrix:
              homeserver: https://m.example.org
              acces_token: env:T
            htp:
              proxy: x
            """
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.parse(yaml, file: "c.yaml") }
        let lines = error?.issues.map(\.description) ?? []
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("c.yaml:1:1: matrix: set access_token"))
        #expect(lines[1].hasPrefix("c.yaml:3:3: matrix.acces_token: unknown key; did you mean 'access_token'?"))
        #expect(lines[2].hasPrefix("c.yaml:4:1: htp: unknown key; did you mean 'http'?"))
    }

    @Test("semantic problems point at the offending key")
    func semanticProblems() {
        let yaml = """
            matrix:
              homeserver: matrix.example.org
              user: hubbot
              password: hunter2
            log:
              level: loud
            """
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.parse(yaml, file: "c.yaml") }
        let issues = error?.issues ?? []
        #expect(issues.map(\.key) == ["matrix.homeserver", "matrix.password", "log.level"])
        #expect(issues.map(\.line) == [2, 4, 6])
        // The inline secret is rejected without being echoed.
        #expect(!(error?.description.contains("hunter2") ?? true))
    }

    @Test(
        "wrong types and syntax errors are located",
        arguments: [
            (
                "matrix:\n  homeserver: https://x\n  access_token: env:T\nhttp:\n  connect_timeout_seconds: soon\n", 5,
                "expected a whole number"
            ),
            ("matrix:\n  homeserver: \"https://x\n  access_token: [\n", 4, "YAML syntax"),
            ("log:\n  level: info\n", 1, "add a matrix section or an irc section"),
        ]
    )
    func located(yaml: String, line: Int, fragment: String) {
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.parse(yaml, file: "c.yaml") }
        let issue = error?.issues.first
        #expect(issue?.line == line)
        #expect(issue?.description.contains(fragment) == true, "\(issue?.description ?? "no issue")")
    }

    @Test(
        "keys inside a ticket target are checked; an empty or comments-only file is named at 1:1",
        arguments: [
            (
                "matrix:\n  homeserver: https://x\n  access_token: env:T\ntickets:\n  targets:\n    desk:\n"
                    + "      preset: webhook\n      url: https://x/hook\n      signing_secrett: env:S\n",
                "c.yaml:9:7: tickets.targets.desk.signing_secrett: unknown key; did you mean 'signing_secrets'?"
            ),
            (
                "matrix:\n  homeserver: https://x\n  access_token: env:T\ntickets:\n  targets:\n    desk:\n"
                    + "      preset: redmine\n      url: https://x\n      token: env:K\n      project: it\n"
                    + "      lookup_url: https://x/lookup\n",
                "c.yaml:11:7: tickets.targets.desk.lookup_url: only the webhook preset has a lookup URL"
            ),
            ("", "c.yaml:1:1: the file is empty (or holds only comments)"),
            ("# nothing yet\n", "c.yaml:1:1: the file is empty (or holds only comments)"),
        ]
    )
    func checkedEverywhere(yaml: String, expected: String) {
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.parse(yaml, file: "c.yaml") }
        #expect(error?.issues.first?.description.hasPrefix(expected) == true, "\(error?.description ?? "")")
    }

    @Test("hub.tags naming the config file itself is refused at check time, at its line")
    func tagsPointingAtItself() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-self-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("hubbot.yaml")
        try "matrix:\n  homeserver: https://x\n  access_token: env:T\nhub:\n  tags: ./hubbot.yaml\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.load(path: file.path) }
        #expect(error?.issues.map(\.line) == [5])
        #expect(error?.issues.first?.key == "hub.tags")
    }

    @Test("every missing key and wrong type at once, not only the first, in file order")
    func everyDecodingProblem() {
        let yaml = """
            matrix:
              access_token: env:T
            hub:
              offer_timeout_seconds: soon
              parallel_offers: many
            listen:
              port: x
            """
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.parse(yaml, file: "c.yaml") }
        #expect(
            error?.issues.map(\.key) == [
                "matrix.homeserver", "hub.offer_timeout_seconds", "hub.parallel_offers", "listen.port",
            ]
        )
        #expect(error?.issues.map(\.line) == [2, 4, 5, 7])
    }

    @Test(
        "duplicate keys, control characters, invalid UTF-8, UTF-16 and NUL: one line each, at the spot, no file content",
        arguments: [
            (
                Array("matrix:\n  homeserver: https://x\n  access_token: syt_first\n  access_token: syt_second\n".utf8),
                "4:3: duplicate key 'access_token'"
            ),
            (
                Array("matrix:\n  homeserver: https://x\n  access_token: \"syt_ab\u{01}cd\"\n".utf8),
                "3:24: YAML: control"
            ),
            (
                Array("matrix:\n  homeserver: https://x\n  access_token: syt_ab".utf8) + [0xFF, 0x0A],
                "3:23: not valid UTF-8"
            ),
            ([0xFF, 0xFE] + Array("m\0a\0".utf8), "1:1: the file is UTF-16"),
            (Array("matrix:\n  access_token: syt_ab".utf8) + [0, 0x0A], "2:23: a NUL byte"),
        ] as [([UInt8], String)]
    )
    func unreadableText(bytes: [UInt8], expected: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-bytes-\(UUID()).yaml")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.load(path: file.path) }
        let text = error?.description ?? ""
        #expect(text.hasPrefix("\(file.path):\(expected)"), "\(text)")
        #expect(!text.contains("syt_"), "no secret shown: \(text)")
        #expect(!text.contains("\n"), "one line: \(text)")
    }

    @Test("secrets resolve from the environment or a file, and errors never show them")
    func secrets() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-secret-\(UUID())")
        try "s3cret-from-file\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }

        let fromEnv = try ConfigLoader.parse("matrix:\n  homeserver: https://x\n  access_token: env:TOKEN\n", file: "c")
        #expect(try fromEnv.matrixSignIn(environment: ["TOKEN": "syt_abc"], file: "c") == .accessToken("syt_abc"))
        let missing = #expect(throws: ConfigError.self) { try fromEnv.matrixSignIn(environment: [:], file: "c") }
        #expect(missing?.description == "c: matrix.access_token: the environment variable TOKEN is not set")

        let fromFile = try ConfigLoader.parse(
            "matrix:\n  homeserver: https://x\n  user: hubbot\n  password: file:\(file.path)\n  device_id: HB\n",
            file: "c"
        )
        #expect(
            try fromFile.matrixSignIn(environment: [:], file: "c")
                == .password(user: "hubbot", password: "s3cret-from-file", deviceID: "HB")
        )
    }
}

@Suite("storage.postgres in hubbot.yaml")
struct PostgresConfigTests {
    let base = "matrix:\n  homeserver: https://m.example.org\n  access_token: env:T\n  encryption: off\n"

    @Test("a reference is read at start; the defaults are a 5 s lease and no instance name")
    func reference() throws {
        let config = try ConfigLoader.parse(base + "storage:\n  postgres:\n    url: env:DB\n", file: "t.yaml")
        #expect(config.storage.postgres == HubBotConfig.PostgresSection(url: "env:DB"))
        #expect(try config.postgresURL(environment: ["DB": "postgres://h/db"], file: "t.yaml") == "postgres://h/db")
        let missing = #expect(throws: ConfigError.self) { try config.postgresURL(environment: [:], file: "t.yaml") }
        #expect(missing?.issues.map(\.description).joined().contains("DB is not set") == true)
        #expect(try ConfigLoader.parse(base, file: "t.yaml").postgresURL(environment: [:], file: "t.yaml") == nil)
    }

    @Test(
        "an inline URL (it would hold the password), a lease out of range and a missing pickle key point at their line"
    )
    func refused() throws {
        let inline = #expect(throws: ConfigError.self) {
            try ConfigLoader.parse(
                base + "storage:\n  postgres:\n    url: postgres://u:s3cret@h/db\n    lease_seconds: 1\n",
                file: "t.yaml"
            )
        }
        let text = inline?.issues.map(\.description).joined(separator: "\n") ?? ""
        #expect(text.contains("t.yaml:7:") && text.contains("storage.postgres.url"), "\(text)")
        #expect(text.contains("t.yaml:8:") && text.contains("storage.postgres.lease_seconds"), "\(text)")
        #expect(!text.contains("s3cret"))
        let encrypted = "matrix:\n  homeserver: https://m.example.org\n  access_token: env:T\n"
        let keys = #expect(throws: ConfigError.self) {
            try ConfigLoader.parse(encrypted + "storage:\n  postgres:\n    url: env:DB\n", file: "t.yaml")
        }
        #expect(keys?.issues.map(\.description).joined().contains("matrix.pickle_key") == true, "\(keys?.issues ?? [])")
        let typo = #expect(throws: ConfigError.self) {
            try ConfigLoader.parse(base + "storage:\n  postgres:\n    url: env:DB\n    lease: 5\n", file: "t.yaml")
        }
        #expect(typo?.issues.first?.description.hasPrefix("t.yaml:8:") == true, "\(typo?.issues ?? [])")
    }
}
