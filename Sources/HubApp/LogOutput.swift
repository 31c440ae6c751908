import Foundation
import Synchronization

/// Where HubBot's log lines go: standard error, or a file (`log.file`, `--log-file`) that is
/// opened again on SIGUSR1, so that logrotate can move it away (`postrotate: systemctl kill -s
/// USR1 hubbot`) without losing a line or restarting HubBot. One line is written at a time.
public final class LogOutput: Sendable {
    /// The output every log handler of the process writes to.
    public static let shared = LogOutput()

    private struct State {
        var descriptor: Int32 = STDERR_FILENO
        var path: String?
    }

    private let state = Mutex(State())

    public init() {}

    /// The file lines go to, or nil for standard error.
    public var path: String? { state.withLock { $0.path } }

    /// Sends lines to `path` from now on: appended, the file created readable by its owner and group (0640).
    public func open(path: String) throws(LogFileError) {
        let descriptor = try Self.openFile(path)
        state.withLock { state in
            if state.descriptor != STDERR_FILENO { close(state.descriptor) }
            state = State(descriptor: descriptor, path: path)
        }
    }

    /// Opens the file again under its name (after log rotation moved the old one away); returns
    /// its path, or nil when lines go to standard error. On failure the old file stays in use.
    @discardableResult
    public func reopen() throws(LogFileError) -> String? {
        guard let path else { return nil }
        try open(path: path)
        return path
    }

    /// Writes one line (or several) whole.
    public func write(_ text: String) {
        var bytes = Array(text.utf8)
        state.withLock { state in
            bytes.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                var offset = 0
                while offset < buffer.count {
                    let written = Foundation.write(state.descriptor, base + offset, buffer.count - offset)
                    if written > 0 {
                        offset += written
                    } else if written < 0, errno == EINTR {
                        continue
                    } else {
                        return  // A full disk or a closed descriptor: a log line is not worth stopping for.
                    }
                }
            }
        }
    }

    private static func openFile(_ path: String) throws(LogFileError) -> Int32 {
        let descriptor = Foundation.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else {
            throw LogFileError(path: path, reason: String(cString: strerror(errno)))
        }
        return descriptor
    }
}

/// A log file that could not be opened.
public struct LogFileError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot open the log file \(path): \(reason)" }
}

/// `LogOutput.shared` as a text stream, for swift-log's `StreamLogHandler`.
public struct LogStream: TextOutputStream, Sendable {
    public init() {}
    public mutating func write(_ string: String) { LogOutput.shared.write(string) }
}
