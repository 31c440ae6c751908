import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One HubBot per database: an exclusive lock on `<database>.lock`, held for
/// the life of the process. The operating system releases it when the process
/// ends however it ends (SIGKILL, OOM), so a crash never leaves a stale lease.
/// The file names the holder, so a second HubBot can say who has it.
public final class DatabaseLease: Sendable {
    public let path: String
    private let descriptor: Int32

    /// Takes the lease, or throws ``DatabaseLeaseError/held(database:holder:)`` naming who has it.
    public init(database: String, now: Date = Date()) throws {
        path = database + ".lock"
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw DatabaseLeaseError.unusable(lockFile: path, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno
            let holder = Self.read(descriptor)
            close(descriptor)
            if reason == EWOULDBLOCK {
                throw DatabaseLeaseError.held(database: database, holder: holder)
            }
            throw DatabaseLeaseError.unusable(lockFile: path, reason: String(cString: strerror(reason)))
        }
        self.descriptor = descriptor
        let holder = "pid \(getpid()) on \(ProcessInfo.processInfo.hostName), since \(now.formatted(.iso8601))"
        _ = ftruncate(descriptor, 0)
        _ = holder.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    /// Who holds the lease on `database` right now, without taking it (a shared lock tried and
    /// let go at once): the holder's line ("pid … on …, since …"), or nil when no HubBot runs on it.
    public static func holder(of database: String) -> String? {
        let descriptor = open(database + ".lock", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return nil
        }
        return read(descriptor)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func read(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return "unknown" }
        let text = String(decoding: buffer[..<count], as: UTF8.self).filter { !$0.isNewline }
        return text.isEmpty ? "unknown" : text
    }
}

public enum DatabaseLeaseError: Error, CustomStringConvertible, Equatable {
    case held(database: String, holder: String)
    case unusable(lockFile: String, reason: String)

    public var description: String {
        switch self {
        case .held(let database, let holder):
            "another HubBot is running on \(database) (\(holder)): stop it first, "
                + "or give this one its own storage.path and its own chat account"
        case .unusable(let lockFile, let reason):
            "cannot take the lease on the database (\(lockFile)): \(reason)"
        }
    }
}
