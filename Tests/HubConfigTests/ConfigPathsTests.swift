import Foundation
import HubConfig
import Testing

@Suite("hubbot.yaml: paths relative to the config's folder, one value edited in place")
struct ConfigPathsTests {
    @Test("storage.path, http.ca_file and hub.tags are read from the config's folder, not the working directory")
    func relativePaths() throws {
        let yaml = """
            matrix:
              homeserver: "http://127.0.0.1:8008"
              access_token: "env:TOKEN"
            storage:
              path: "state/hubbot.sqlite"
            hub:
              tags: "tags.yaml"
            """
        let config = try ConfigLoader.parse(yaml, file: "/etc/hubbot/hubbot.yaml")
        #expect(config.storage.path == "/etc/hubbot/state/hubbot.sqlite")
        #expect(config.tagsPath(relativeTo: "/etc/hubbot/hubbot.yaml") == "/etc/hubbot/tags.yaml")
        let absolute = try ConfigLoader.parse(
            yaml.replacingOccurrences(of: "state/hubbot.sqlite", with: "/var/lib/hubbot/hubbot.sqlite"),
            file: "/etc/hubbot/hubbot.yaml"
        )
        #expect(absolute.storage.path == "/var/lib/hubbot/hubbot.sqlite")
        // A config named without a folder: relative to the working directory, as before.
        #expect(try ConfigLoader.parse(yaml, file: "hubbot.yaml").storage.path == "state/hubbot.sqlite")
    }

    @Test("log.file: relative to the config's folder; a folder that does not exist is reported by key")
    func logFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-log-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = """
            matrix:
              homeserver: "http://127.0.0.1:8008"
              access_token: "env:TOKEN"
            log:
              file: "hubbot.log"
            """
        let config = try ConfigLoader.parse(yaml, file: folder.appendingPathComponent("hubbot.yaml").path)
        #expect(config.log.file == folder.appendingPathComponent("hubbot.log").path)
        #expect(
            try ConfigLoader.parse(
                yaml.replacingOccurrences(of: "file: \"hubbot.log\"", with: "level: info"),
                file: "x.yaml"
            ).log.file == nil
        )
        let missing = yaml.replacingOccurrences(of: "hubbot.log", with: "nowhere/hubbot.log")
        do {
            _ = try ConfigLoader.parse(missing, file: folder.appendingPathComponent("hubbot.yaml").path)
            Issue.record("a log file in a missing folder was accepted")
        } catch {
            #expect("\(error)".contains("log.file"), "\(error)")
            #expect("\(error)".contains("nowhere") && "\(error)".contains("does not exist"), "\(error)")
        }
    }

    @Test("matrix.homeserver set in place: comments, quotes and the rest of the file kept")
    func homeserverEdited() throws {
        let text = """
            # HubBot
            matrix:
              # where HubBot signs in
              homeserver: "http://127.0.0.1:8008"  # the demo's
              access_token: "env:HUBBOT_MATRIX_ACCESS_TOKEN"
            storage:
              path: "hubbot.sqlite"
            """
        let edited = try #require(
            ConfigFileEdit.setting(["matrix", "homeserver"], to: "https://matrix.example.org", in: text)
        )
        #expect(
            edited == text.replacingOccurrences(of: "\"http://127.0.0.1:8008\"", with: "\"https://matrix.example.org\"")
        )
        #expect(try ConfigLoader.parse(edited, file: "hubbot.yaml").matrix?.homeserver == "https://matrix.example.org")
        let plain = text.replacingOccurrences(of: "\"http://127.0.0.1:8008\"", with: "http://127.0.0.1:8008")
        #expect(
            ConfigFileEdit.setting(["matrix", "homeserver"], to: "https://m.example.org", in: plain)?
                .contains("  homeserver: \"https://m.example.org\"  # the demo's") == true
        )
        // No such key, or not a scalar: nothing is guessed.
        #expect(ConfigFileEdit.setting(["matrix", "user"], to: "hubbot", in: text) == nil)
        #expect(ConfigFileEdit.setting(["matrix"], to: "x", in: text) == nil)
    }
}
