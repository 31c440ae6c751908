import Foundation
import HubApp
import Testing

@Suite("Log file: appended, opened again after rotation")
struct LogOutputTests {
    @Test("lines go to the file; after it is moved away, reopen starts a new one and no line is lost or doubled")
    func rotation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-logs-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hubbot.log").path
        try "an earlier line\n".write(toFile: path, atomically: true, encoding: .utf8)

        let output = LogOutput()
        #expect(try output.reopen() == nil, "without a file there is nothing to reopen")
        try output.open(path: path)
        output.write("first\n")
        // logrotate: move the file away, then SIGUSR1.
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        output.write("second, still to the moved file\n")
        #expect(try output.reopen() == path)
        output.write("third\n")

        #expect(
            try String(contentsOfFile: path + ".1", encoding: .utf8)
                == "an earlier line\nfirst\nsecond, still to the moved file\n"
        )
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "third\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test("a file that cannot be opened is an error naming it; the old output stays")
    func unopenable() throws {
        let output = LogOutput()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubbot-logs-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hubbot.log").path
        try output.open(path: path)
        try FileManager.default.removeItem(at: folder)
        do {
            try output.reopen()
            Issue.record("reopening in a deleted folder succeeded")
        } catch {
            #expect(error.description.contains(path), "\(error)")
        }
        #expect(output.path == path)
    }
}
