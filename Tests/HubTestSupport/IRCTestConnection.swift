import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A plain TCP connection to an IRC server on 127.0.0.1, read by a thread of
/// its own that keeps every line and answers PING (RFC 2812 §3.7.2) at once.
final class IRCTestConnection: @unchecked Sendable {
    /// One line received, numbered in arrival order.
    struct Entry: Sendable {
        var index: Int
        var raw: String
        var line: IRCTestLine?
        var receivedAt: Date
    }

    let port: Int
    private let descriptor: Int32
    /// Guards `entries`, `claimed` and `closedReason`; signalled on every line and at the end.
    private let condition = NSCondition()
    private var entries: [Entry] = []
    private var claimed: Set<Int> = []
    private var closedReason: String?
    /// Guards the descriptor: writes, shutdown, and the reader's final close.
    private let socketLock = NSLock()
    private var descriptorClosed = false

    init(port: Int) throws {
        self.port = port
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw TestServerError("socket() failed: \(Self.lastError())") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(clamping: port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let error = Self.lastError()
            Glibc.close(descriptor)
            throw TestServerError("could not connect to the IRC server at 127.0.0.1:\(port): \(error)")
        }
        var one: Int32 = 1
        _ = setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        let reader = Thread { [self] in readLoop() }
        reader.name = "IRCTestConnection 127.0.0.1:\(port)"
        reader.start()
    }

    /// Sends one line; CR and LF inside it are refused (they would start another command).
    func send(_ line: String) throws {
        guard !line.utf8.contains(where: { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }) else {
            throw TestServerError("refusing to send a line with CR or LF in it: \(line.debugDescription)")
        }
        let bytes = Array((line + "\r\n").utf8)
        socketLock.lock()
        defer { socketLock.unlock() }
        guard !descriptorClosed else {
            throw TestServerError("cannot send '\(line)': the connection to 127.0.0.1:\(port) is closed")
        }
        var sent = 0
        while sent < bytes.count {
            let result = bytes[sent...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else {
                throw TestServerError("sending '\(line)' to 127.0.0.1:\(port) failed: \(Self.lastError())")
            }
            sent += result
        }
    }

    /// Waits until `find` returns a value for the lines received so far, or throws after `timeout`.
    /// `find` runs with the lines locked and may mark entries as claimed (returned once).
    @discardableResult
    func wait<T>(
        for what: String,
        timeout: TimeInterval,
        _ find: ([Entry], inout Set<Int>) throws -> T?
    ) throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let found = try find(entries, &claimed) { return found }
            if let closedReason {
                throw TestServerError("gave up waiting for \(what): \(closedReason)\(seenSoFar())")
            }
            if !condition.wait(until: deadline) {
                if let found = try find(entries, &claimed) { return found }
                throw TestServerError("timed out after \(timeout) s waiting for \(what)\(seenSoFar())")
            }
        }
    }

    /// A snapshot of every line received so far.
    var snapshot: [Entry] {
        condition.lock()
        defer { condition.unlock() }
        return entries
    }

    /// Shuts the socket down; the reader thread then closes it and stops.
    func shutDown() {
        socketLock.lock()
        if !descriptorClosed { _ = shutdown(descriptor, Int32(SHUT_RDWR)) }
        socketLock.unlock()
    }

    private func readLoop() {
        var buffer = [UInt8](repeating: 0, count: 8192)
        var pending: [UInt8] = []
        var reason = "the server closed the connection"
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { reason = "reading failed: \(Self.lastError())" }
            guard count > 0 else { break }
            pending.append(contentsOf: buffer[0..<count])
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                var raw = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                if raw.hasSuffix("\r") { raw.removeLast() }
                received(raw)
            }
        }
        socketLock.lock()
        Glibc.close(descriptor)
        descriptorClosed = true
        socketLock.unlock()
        condition.lock()
        closedReason = reason
        condition.broadcast()
        condition.unlock()
    }

    private func received(_ raw: String) {
        let line = IRCTestLine(raw)
        if let line, line.command == "PING" {
            try? send("PONG :\(line.parameters.last ?? "")")
        }
        condition.lock()
        entries.append(Entry(index: entries.count, raw: raw, line: line, receivedAt: Date()))
        condition.broadcast()
        condition.unlock()
    }

    /// The last lines received, for error messages (call with `condition` locked).
    private func seenSoFar() -> String {
        guard !entries.isEmpty else { return "; nothing was received from 127.0.0.1:\(port)" }
        let shown = entries.suffix(40).map { "  \($0.raw)" }.joined(separator: "\n")
        return "; the last \(min(entries.count, 40)) of \(entries.count) lines received:\n\(shown)"
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
