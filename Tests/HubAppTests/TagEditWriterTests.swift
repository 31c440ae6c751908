import Foundation
import HubConfig
import HubCore
import HubStore
import Logging
import Testing

@testable import HubApp

/// The app's side of chat edits: the edited file must pass the check before it
/// is written, is written atomically beside the old one, and the outcome goes
/// back to the hub through the inbox.
@Suite("Chat edits are checked, then written atomically to the tag file")
struct TagEditWriterTests {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Config/tags.yaml")

    /// A copy of the shipped tag file in a directory of its own.
    static func copy() throws -> (directory: URL, path: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-tag-edit-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("tags.yaml").path
        try FileManager.default.copyItem(atPath: shipped.path, toPath: path)
        return (directory, path)
    }

    @Test("a good edit is written in place of the file (same permissions, no temporary left) and parses")
    func writes() throws {
        let (directory, path) = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let edit = TagEdit.addInterest(name: "quantum-computing", description: "Qubits.", keywords: ["qubit"])
        let tags = try TagEditWriter.write(edit, path: path, routes: nil).get()
        #expect(tags.interest(named: "quantum-computing")?.keywords == ["qubit"])
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            written.contains("\n  - name: quantum-computing\n    description: \"Qubits.\"\n    keywords: [qubit]\n")
        )
        #expect(try TagsConfig.load(path: path).interest(named: "quantum-computing") != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["tags.yaml"])
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
    }

    @Test("an edit that fails the check is refused with the validator's words and writes nothing")
    func refuses() throws {
        let (directory, path) = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = TagEditWriter.write(.remove(tag: "devops-ci"), path: path, routes: nil)
        guard case .failure(let refusal) = result else {
            Issue.record("removing a tag others name as related should fail the check")
            return
        }
        #expect(refusal.message.hasPrefix("The tag file would not pass the check with it, so nothing was written:"))
        #expect(refusal.message.contains("tags.yaml:"))
        #expect(refusal.message.contains("'devops-ci' is not an interest tag"), "\(refusal.message)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

        // A route hubbot.yaml doesn't know is caught the same way a hand edit would be.
        let routes = TagEditWriter.write(.addKeyword(tag: "printer", keyword: "paper stuck"), path: path, routes: ["x"])
        #expect((try? routes.get()) == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a symlinked tag file stays a symlink; the file it points to is edited")
    func symlink() throws {
        let (directory, path) = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let link = directory.appendingPathComponent("link.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        _ = try TagEditWriter.write(.addKeyword(tag: "r", keyword: "renv"), path: link, routes: nil).get()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == path)
        #expect(try TagsConfig.load(path: path).interest(named: "r")?.keywords.last == "renv")
    }

    @Test("the outcome goes into the inbox for the hub, and the new tags are in force")
    func reportsThroughTheInbox() async throws {
        let (directory, path) = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try HubDatabase.inMemory()
        let config = try ConfigLoader.parse(
            "matrix:\n  homeserver: \"http://127.0.0.1:8008\"\n  access_token: \"env:TOKEN\"\n",
            file: "hubbot.yaml"
        )
        let holder = TagsHolder(try TagsConfig.load(path: path), config: config)
        let writer = TagEditWriter(
            edits: AsyncStream { $0.finish() },
            path: path,
            routes: nil,
            holder: holder,
            network: .matrix,
            database: database,
            logger: Logger(label: "test"),
            stored: {}
        )
        await writer.carryOut(TagEditRequest(audit: 7, edit: .addKeyword(tag: "r", keyword: "renv")))
        await writer.carryOut(TagEditRequest(audit: 8, edit: .addKeyword(tag: "nope", keyword: "x")))
        #expect(await holder.current.interest(named: "r")?.keywords.last == "renv")
        let kinds = try await database.pendingInbox().map(\.event.kind)
        guard case .tagEditResult(7, true, let written) = kinds.first,
            case .tagEditResult(8, false, let refused) = kinds.last
        else {
            Issue.record("expected two results, got \(kinds)")
            return
        }
        #expect(written.contains("Written to \(path)") && written.contains("in force now"))
        #expect(refused.contains("no entry named 'nope'"))

        // After a restart the same edit comes again, marked resumed: it is in the file, so it isn't written twice.
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        await writer.carryOut(TagEditRequest(audit: 7, edit: .addKeyword(tag: "r", keyword: "renv"), resumed: true))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        await writer.carryOut(TagEditRequest(audit: 9, edit: .addKeyword(tag: "r", keyword: "targets"), resumed: true))
        #expect(await holder.current.interest(named: "r")?.keywords.suffix(2) == ["renv", "targets"])
        let ids = try await database.pendingInbox().map(\.event.id)
        #expect(ids == ["tag-edit:7", "tag-edit:8", "tag-edit:9"], "the repeated outcome counts once")
    }
}
