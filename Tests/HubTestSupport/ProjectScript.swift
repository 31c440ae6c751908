import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs one of the project's `Scripts/*.sh` and returns its standard output.
public enum ProjectScript {
    /// Runs `bash Scripts/<name> arguments…`; throws with its standard error when it fails.
    ///
    /// Output goes through files, not pipes: a server the script leaves running would hold a
    /// pipe open forever. The script is started with posix_spawn and waited for with waitpid:
    /// Foundation's `Process` did not notice the end of `postgres.sh start` once it had started
    /// the server (as another user, through runuser), and waited forever. The script gets no
    /// other descriptor of the test process (the other tests' pipes and sockets): a server it
    /// starts must not hold them, and closing hundreds of them slows its start.
    @discardableResult
    public static func run(_ name: String, _ arguments: [String]) throws -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID())")
        let outputPath = scratch.appendingPathExtension("out").path
        let errorPath = scratch.appendingPathExtension("err").path
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        closeFrom(3, &actions)
        let words = ["/bin/bash", ProjectPaths.script(name)] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { word in word.withCString { strdup($0) } } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/bash", &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw TestServerError("Scripts/\(name) could not be started: \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // Exited normally with 0 (the wait status's low byte is the signal, the next the code).
        guard status == 0 else {
            let errorText = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            let code = (status & 0x7f) == 0 ? "exit \((status >> 8) & 0xff)" : "signal \(status & 0x7f)"
            throw TestServerError(
                "Scripts/\(name) \(arguments.joined(separator: " ")) failed (\(code)): \(errorText)"
            )
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc
    /// module does not show: found at run time; without it the script inherits the descriptors.
    private static func closeFrom(_ first: Int32, _ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, first)
    }
}
