import Foundation
import HubConfig
import HubCore
import Logging
import Synchronization
import Testing

@testable import HubApp

@Suite("Config reload: hub settings live, a broken file refused, restart-only changes named")
struct ConfigReloadTests {
    /// A config directory with hubbot.yaml and the shipped tags.yaml.
    private func directory(hub: String) throws -> (config: String, tags: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reload-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let tags = folder.appendingPathComponent("tags.yaml").path
        try FileManager.default.copyItem(
            atPath: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Config/tags.yaml").path,
            toPath: tags
        )
        let config = folder.appendingPathComponent("hubbot.yaml").path
        try write(hub: hub, to: config)
        return (config, tags)
    }

    private func write(hub: String, to path: String) throws {
        let yaml = """
            matrix:
              homeserver: "http://127.0.0.1:8008"
              access_token: "env:TOKEN"
            hub:
              tags: tags.yaml
            \(hub)
            """
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test("a good hubbot.yaml applies hub settings; a broken one is refused with line and column and changes nothing")
    func reloads() async throws {
        let (configPath, tagsPath) = try directory(hub: "  shortlist_size: 5")
        let config = try ConfigLoader.load(path: configPath)
        let holder = TagsHolder(try TagsConfig.load(path: tagsPath), config: config)
        let built = Mutex<[Int]>([])
        await holder.setSettingsBuilder { config in
            built.withLock { $0.append(config.hub.shortlistSize) }
            var settings = HubSettings()
            settings.shortlistSize = config.hub.shortlistSize
            return settings
        }
        let reports = Mutex<[(Bool, String)]>([])
        let watcher = TagsWatcher(
            path: tagsPath,
            configPath: configPath,
            routes: nil,
            holder: holder,
            requests: Doorbell(),
            logger: Logger(label: "test")
        ) { ok, message in reports.withLock { $0.append((ok, message)) } }

        try write(hub: "  shortlist_size: 3", to: configPath)
        await watcher.reload()
        #expect(await holder.config.hub.shortlistSize == 3)
        #expect(built.withLock { $0 } == [3])
        #expect(reports.withLock { $0.last?.0 } == true)

        try write(hub: "  shortlist_size: 3\n  parallel_offers: lots", to: configPath)
        await watcher.reload()
        let refusal = try #require(reports.withLock { $0.last })
        #expect(refusal.0 == false)
        #expect(refusal.1.contains("hubbot.yaml:7:3: hub.parallel_offers"), "\(refusal.1)")
        #expect(await holder.config.hub.shortlistSize == 3, "the running settings stay")
        #expect(built.withLock { $0 } == [3], "nothing applied")
    }

    @Test("changes outside hub: are named as needing a restart")
    func restartOnly() throws {
        var old = try ConfigLoader.parse(
            "matrix:\n  homeserver: \"http://a\"\n  access_token: \"env:T\"\n",
            file: "c.yaml"
        )
        var new = old
        new.hub.shortlistSize = 2
        #expect(TagsWatcher.sectionsNeedingRestart(from: old, to: new).isEmpty)
        new.matrix?.homeserver = "http://b"
        new.listen.port = 9000
        new.hub.tags = "other.yaml"
        #expect(TagsWatcher.sectionsNeedingRestart(from: old, to: new) == ["matrix", "listen", "hub.tags"])
        old.log.level = "debug"
        #expect(TagsWatcher.sectionsNeedingRestart(from: old, to: new).contains("log"))
    }
}
