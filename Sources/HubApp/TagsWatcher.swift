import Foundation
import HubConfig
import HubCore
import Logging
import ServiceLifecycle

/// The tag config in force, and the responder that uses it once signed in.
actor TagsHolder {
    private(set) var current: TagModel
    private var responder: HubResponder?

    init(_ tags: TagModel) { current = tags }

    func attach(_ responder: HubResponder) { self.responder = responder }

    /// The hub is running with this config (signed in, records loaded).
    var isServing: Bool { responder != nil }

    /// Swaps the config, atomically between two events.
    func update(_ tags: TagModel) async {
        current = tags
        await responder?.replaceTags(tags)
    }
}

/// Reads the tag file again when it changes (checked every two seconds), on
/// SIGHUP, and when an admin says `!reload`. A file with problems is refused:
/// the running config stays, and the problems (file:line:column) are logged
/// and told to the admins. A good one is swapped in between two events.
struct TagsWatcher: Service {
    let path: String
    let routes: Set<String>?
    let holder: TagsHolder
    let requests: Doorbell
    let logger: Logger
    let report: @Sendable (Bool, String) async -> Void

    init(
        path: String,
        routes: Set<String>?,
        holder: TagsHolder,
        requests: Doorbell,
        logger: Logger,
        report: @escaping @Sendable (Bool, String) async -> Void
    ) {
        self.path = path
        self.routes = routes
        self.holder = holder
        self.requests = requests
        self.logger = logger
        self.report = report
    }

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
            group.addTask { [path, requests] in
                var stamp = Self.stamp(path)
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(2))
                    let now = Self.stamp(path)
                    if now != stamp {
                        stamp = now
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
            let tags = try TagsConfig.load(path: path, routes: routes)
            await holder.update(tags)
            let message = "\(path): \(tags.interests.count) interests, \(tags.hygiene.count) fault categories"
            logger.notice("tag config reloaded", metadata: ["config.file": "\(path)"])
            HubMetrics.configReload(ok: true)
            await report(true, message)
        } catch {
            let message = error.issues.map(\.description).joined(separator: "\n")
            logger.error("tag config refused; the old one keeps running", metadata: ["error": "\(message)"])
            HubMetrics.configReload(ok: false)
            await report(false, message)
        }
    }

    /// When the file last changed, and its size: a change of either means "read it again".
    static func stamp(_ path: String) -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(date)/\(attributes?[.size] as? Int ?? -1)"
    }
}
