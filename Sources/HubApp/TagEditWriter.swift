import Foundation
import HubConfig
import HubCore
import HubStore
import Logging
import ServiceLifecycle

/// Carries out the tag edits admins ask for in chat, one at a time: edits the
/// tag file's text as it is on disk now (``HubConfig/TagsFileEditor``), checks
/// the result exactly like a hand edit (``HubConfig/TagsConfig``, with the ticket
/// routes), and only then writes it atomically (a temporary file renamed over
/// the old one) and puts the new tags in force. A change that fails the check
/// writes nothing. Either way the outcome goes into the inbox as a
/// `tagEditResult` event, so the hub tells the admin and audits it. An edit
/// handed over again after a restart that the file already shows is reported
/// as done without writing it twice.
struct TagEditWriter: Service {
    let edits: AsyncStream<TagEditRequest>
    /// The tag file; nil when HubBot runs without one (every edit is refused).
    let path: String?
    let routes: Set<String>?
    let holder: TagsHolder
    let network: ChatNetwork
    let database: any HubStorage
    let logger: Logger
    /// Called once a result is in the inbox.
    let stored: @Sendable () -> Void

    func run() async throws {
        await cancelWhenGracefulShutdown {
            for await request in edits {
                await carryOut(request)
            }
        }
    }

    func carryOut(_ request: TagEditRequest) async {
        let metadata: Logger.Metadata = ["config.file": "\(path ?? "-")", "hub.audit_id": "\(request.audit)"]
        let ok: Bool
        let message: String
        if request.resumed, let path, let tags = Self.alreadyWritten(request.edit, path: path, routes: routes) {
            // Written just before HubBot stopped: only the outcome was missing.
            await holder.update(tags, stamp: TagsWatcher.stamp(path))
            await report(request, ok: true, message: "It is in \(path); in force now.")
            return
        }
        switch Self.write(request.edit, path: path, routes: routes) {
        case .success(let tags):
            await holder.update(tags, stamp: path.map(TagsWatcher.stamp))
            logger.notice("tag file changed from chat", metadata: metadata)
            (ok, message) = (
                true,
                "Written to \(path ?? "-") (\(tags.interests.count) interests, \(tags.hygiene.count) fault categories); "
                    + "in force now."
            )
        case .failure(let refusal):
            logger.warning("tag edit from chat refused", metadata: metadata.merging(["error": "\(refusal)"]) { $1 })
            (ok, message) = (false, refusal.message)
        }
        await report(request, ok: ok, message: message)
    }

    /// Puts the outcome into the inbox, where the hub finds it and tells the admin.
    private func report(_ request: TagEditRequest, ok: Bool, message: String) async {
        let event = ChatEvent.own(
            "config",
            id: "tag-edit:\(request.audit)",
            kind: .tagEditResult(audit: request.audit, ok: ok, message: message),
            network: network,
            at: Date()
        )
        do {
            try await database.enqueue([event])
            stored()
        } catch {
            logger.error("the outcome of a tag edit could not be stored", metadata: ["error": "\(error)"])
        }
    }

    /// The tags in the file when they already show `edit` done, else nil.
    static func alreadyWritten(_ edit: TagEdit, path: String, routes: Set<String>?) -> TagModel? {
        guard let tags = try? TagsConfig.load(path: path, routes: routes), edit.isReflected(in: tags) else {
            return nil
        }
        return tags
    }

    /// Why an edit was not written, as the admin reads it.
    struct Refusal: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Applies `edit` to the file at `path` if the result passes the check; the new tags, or why not.
    static func write(_ edit: TagEdit, path: String?, routes: Set<String>?) -> Result<TagModel, Refusal> {
        guard let path else {
            return .failure(
                Refusal(message: "this HubBot was started without a tag file (hub.tags), so I can't edit it.")
            )
        }
        // Edit the file a symlink points to, so the link stays.
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let data = FileManager.default.contents(atPath: target) else {
            return .failure(Refusal(message: "I can't read \(path); check that it exists and HubBot may read it."))
        }
        let edited: String
        do throws(TagsFileEditor.Problem) {
            edited = try TagsFileEditor.applying(edit, to: String(decoding: data, as: UTF8.self))
        } catch {
            return .failure(Refusal(message: "I can't make that change in \(path): \(error.message)."))
        }
        let tags: TagModel
        do throws(ConfigError) {
            tags = try TagsConfig.parse(edited, file: path, routes: routes)
        } catch {
            return .failure(
                Refusal(
                    message: "The tag file would not pass the check with it, so nothing was written:\n"
                        + error.issues.map(\.description).joined(separator: "\n")
                )
            )
        }
        do {
            try replaceAtomically(target, with: Data(edited.utf8))
        } catch {
            return .failure(
                Refusal(
                    message: "I can't write \(path) (\(error)); HubBot needs write access to the file's directory "
                        + "for chat edits. Nothing was changed."
                )
            )
        }
        return .success(tags)
    }

    /// Writes a temporary file beside `path` (same permissions), flushes it to disk and
    /// renames it over `path`: readers see the old file or the new one, never half of one.
    static func replaceAtomically(_ path: String, with data: Data) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).hubbot-\(UUID().uuidString)").path
        let permissions = (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) ?? 0o644
        guard
            FileManager.default.createFile(
                atPath: temporary,
                contents: nil,
                attributes: [.posixPermissions: permissions]
            )
        else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary]) }
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
            guard rename(temporary, path) == 0 else {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}
