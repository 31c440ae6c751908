import Foundation
import HubConfig
import HubCore
import Logging
import ServiceLifecycle

/// The tag config in force, and the responder that uses it once signed in.
actor TagsHolder {
    private(set) var current: TagModel
    /// The config the hub's settings were last taken from.
    private(set) var config: HubBotConfig
    private var responder: HubResponder?
    private var settingsBuilder: (@Sendable (HubBotConfig) -> HubSettings)?
    /// The tag file's stamp (``TagsWatcher/stamp(_:)``) when the tags in force were read from it.
    private(set) var tagsStamp: String?

    /// HubBot's words in force.
    private(set) var catalogue: MessageCatalogue

    init(_ tags: TagModel, config: HubBotConfig, catalogue: MessageCatalogue = MessageCatalogue()) {
        current = tags
        self.config = config
        self.catalogue = catalogue
    }

    func attach(_ responder: HubResponder) async {
        self.responder = responder
        await responder.replaceCatalogue(catalogue)
    }

    /// Swaps the admin's wording between two events.
    func update(_ catalogue: MessageCatalogue) async {
        self.catalogue = catalogue
        await responder?.replaceCatalogue(catalogue)
    }

    /// How hub settings follow from a config (known once HubBot knows who it is).
    func setSettingsBuilder(_ builder: @escaping @Sendable (HubBotConfig) -> HubSettings) {
        settingsBuilder = builder
    }

    /// Swaps the tags, and with a config the `hub:` settings too, atomically between two events.
    func update(_ tags: TagModel, config: HubBotConfig? = nil, stamp: String? = nil) async {
        current = tags
        if let stamp { tagsStamp = stamp }
        await responder?.replaceTags(tags)
        guard let config else { return }
        self.config = config
        if let settingsBuilder {
            let settings = settingsBuilder(config)
            await responder?.replaceSettings(settings)
        }
    }

    /// The hub is running with this config (signed in, records loaded).
    var isServing: Bool { responder != nil }

}

/// Reads the tag file again when it changes (checked every two seconds), on
/// SIGHUP, and when an admin says `!reload`. A file with problems is refused:
/// the running config stays, and the problems (file:line:column) are logged
/// and told to the admins. A good one is swapped in between two events.
struct TagsWatcher: Service {
    let path: String
    /// hubbot.yaml, when it is to be read again too.
    var configPath: String?
    let routes: Set<String>?
    let holder: TagsHolder
    let requests: Doorbell
    let logger: Logger
    let report: @Sendable (Bool, String) async -> Void

    func run() async throws {
        signal(SIGHUP, SIG_IGN)
        let hangups = DispatchSource.makeSignalSource(signal: SIGHUP)
        hangups.setEventHandler { [requests] in requests.ring() }
        hangups.resume()
        defer { hangups.cancel() }
        await cancelWhenGracefulShutdown { await watch() }
    }

    private func watch() async {
        await withTaskGroup(of: Void.self) { group in
            // Every two seconds: a changed file (time or size) asks for a reload, without a signal.
            group.addTask { [path, configPath, requests, holder] in
                // The tag file first (its stamp is compared with a chat edit's), then hubbot.yaml
                // and the admin's wording files (which may appear later).
                let files = [path] + (configPath.map { [$0] } ?? []) + MessagesConfig.paths(nextTo: path).map(\.path)
                var stamp = files.map(Self.stamp)
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(2))
                    let now = files.map(Self.stamp)
                    guard now != stamp else { continue }
                    defer { stamp = now }
                    // A tag file HubBot wrote itself (a chat edit) is in force already: no second reload.
                    let tagsInForce = await holder.tagsStamp == now[0]
                    if now.dropFirst() != stamp.dropFirst() || (now[0] != stamp[0] && !tagsInForce) {
                        requests.ring()
                    }
                }
            }
            var rings = requests.rings.makeAsyncIterator()
            while !Task.isCancelled {
                guard await rings.next() != nil else { break }
                await reload()
            }
            group.cancelAll()
        }
    }

    func reload() async {
        do throws(ConfigError) {
            var config = await holder.config
            var notApplied: [String] = []
            if let configPath {
                let fresh = try ConfigLoader.load(path: configPath)
                notApplied = Self.sectionsNeedingRestart(from: config, to: fresh)
                // Only `hub:` is applied live; the rest keeps running as started until a restart.
                let watchedTags = config.hub.tags
                config.hub = fresh.hub
                config.hub.tags = watchedTags
            }
            let stamp = Self.stamp(path)
            let tags = try TagsConfig.load(path: path, routes: routes)
            await holder.update(tags, config: config, stamp: stamp)
            var message = "\(path): \(tags.interests.count) interests, \(tags.hygiene.count) fault categories"
            // The wording files are judged on their own: a broken one keeps the wording in force
            // and is reported, without holding back a good tag file or `hub:` change.
            do throws(ConfigError) {
                let catalogue = try MessagesConfig.load(nextTo: path)
                await holder.update(catalogue)
                let worded = catalogue.overrides.keys.map(\.rawValue).sorted()
                if !worded.isEmpty { message += "; own wording for \(worded.joined(separator: ", "))" }
            } catch {
                let problems = error.issues.map(\.description).joined(separator: "\n")
                logger.error("wording refused; the old wording keeps running", metadata: ["error": "\(problems)"])
                message += "; the wording files are NOT reloaded, the old wording keeps running:\n\(problems)"
            }
            if configPath != nil { message += "; hub settings applied" }
            if !notApplied.isEmpty {
                message += "; changes to \(notApplied.joined(separator: ", ")) take effect after a restart"
            }
            logger.notice("tag config reloaded", metadata: ["config.file": "\(path)", "config.result": "\(message)"])
            HubMetrics.configReload(ok: true)
            await report(true, message)
        } catch {
            let message = error.issues.map(\.description).joined(separator: "\n")
            logger.error("tag config refused; the old one keeps running", metadata: ["error": "\(message)"])
            HubMetrics.configReload(ok: false)
            await report(false, message)
        }
    }

    /// Sections (and keys) of hubbot.yaml whose change needs a restart: connections,
    /// storage, the listener, ticket delivery, logging, the tag file's path and the digest schedule.
    static func sectionsNeedingRestart(from old: HubBotConfig, to new: HubBotConfig) -> [String] {
        var sections: [String] = []
        if old.matrix != new.matrix { sections.append("matrix") }
        if old.irc != new.irc { sections.append("irc") }
        if old.storage != new.storage { sections.append("storage") }
        if old.http != new.http { sections.append("http") }
        if old.log != new.log { sections.append("log") }
        if old.tickets != new.tickets { sections.append("tickets") }
        if old.listen != new.listen { sections.append("listen") }
        if old.hub.tags != new.hub.tags { sections.append("hub.tags") }
        if old.hub.digestSchedule != new.hub.digestSchedule {
            sections.append("hub.digest_weekday/digest_hour/digest_time_zone")
        }
        return sections
    }

    /// When the file last changed, and its size: a change of either means "read it again".
    static func stamp(_ path: String) -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(date)/\(attributes?[.size] as? Int ?? -1)"
    }
}
