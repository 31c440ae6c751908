import CCurl
import Foundation
import Synchronization

/// A line-oriented byte stream over TCP or TLS, opened by libcurl in
/// connect-only mode (`CURLOPT_CONNECT_ONLY`) and then driven with
/// `curl_easy_send`/`curl_easy_recv` on the active socket.
///
/// libcurl does the parts that are easy to get wrong: name resolution, the
/// connect timeout, TLS with certificate and host name verification (on by
/// default), a client certificate for SASL EXTERNAL. One thread per stream
/// owns the handle and polls its socket; lines come out of ``lines`` and
/// writes are queued to that thread, so no libcurl call happens elsewhere.
/// See https://curl.se/libcurl/c/CURLOPT_CONNECT_ONLY.html
public final class CurlStream: Sendable {
    public struct Options: Sendable {
        public var host: String
        public var port: Int
        /// TLS with verification; false means plain TCP, only when configured explicitly.
        public var tls: Bool
        /// A PEM bundle of the CAs to trust instead of the system's.
        public var caFile: String?
        /// False turns certificate and host name checks off (never the default).
        public var verifyTLS = true
        /// A PEM client certificate (and its key) to present, e.g. for SASL EXTERNAL.
        public var clientCertificate: String?
        public var clientKey: String?
        public var connectTimeout: Duration = .seconds(15)
        /// A line longer than this (without its end) is dropped whole.
        public var maxLineBytes = 16 * 1024

        public init(host: String, port: Int, tls: Bool) {
            self.host = host
            self.port = port
            self.tls = tls
        }

        /// The URL libcurl connects to; the scheme only selects TLS or not.
        var url: String {
            let bracketed = host.contains(":") ? "[\(host)]" : host
            return "\(tls ? "https" : "http")://\(bracketed):\(port)/"
        }
    }

    /// Received lines without their line end (CR LF or LF), in order. Ends when the
    /// peer closes the connection, and with an error when it fails.
    public let lines: AsyncThrowingStream<[UInt8], any Error>
    /// Lines that were too long and were dropped.
    public var droppedLines: Int { io.dropped.load(ordering: .relaxed) }

    private let io: StreamIO

    private init(io: StreamIO, lines: AsyncThrowingStream<[UInt8], any Error>) {
        self.io = io
        self.lines = lines
    }

    /// Connects (and completes the TLS handshake) or throws why it could not.
    public static func open(_ options: Options) async throws -> CurlStream {
        precondition(CurlGlobal.initialized, "libcurl could not be initialised")
        let (lines, continuation) = AsyncThrowingStream.makeStream(of: [UInt8].self, throwing: (any Error).self)
        let io = try StreamIO(options: options, lines: continuation)
        try await withCheckedThrowingContinuation { (opened: CheckedContinuation<Void, any Error>) in
            let thread = Thread { io.run(opened: opened) }
            thread.name = "hubbot-stream"
            thread.start()
        }
        return CurlStream(io: io, lines: lines)
    }

    /// Writes `bytes` completely, in order with other writes; returns once they are
    /// handed to the kernel (or TLS). Throws when the stream is closed or fails.
    public func write(_ bytes: [UInt8]) async throws {
        guard !bytes.isEmpty else { return }
        // A write that cannot finish (a dead peer, a full send buffer) is ended by cancelling the
        // task: the connection is closed, which fails the write, so shutdown never waits on it.
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (written: CheckedContinuation<Void, any Error>) in
                io.enqueue(bytes, written)
            }
        } onCancel: {
            io.requestClose()
        }
    }

    /// Closes the connection; pending writes fail and ``lines`` ends.
    public func close() {
        io.requestClose()
    }

    deinit {
        io.requestClose()
    }
}

/// Why a stream could not be opened or used. Never contains what was sent.
public struct CurlStreamError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case connectFailed, timedOut, tls, closed, transport
    }

    public var kind: Kind
    public var endpoint: String
    public var message: String

    /// True when trying again later may work (not for a TLS or certificate problem).
    public var isTransient: Bool { kind != .tls }

    public var description: String { "\(endpoint): \(message)" }
}

/// The I/O thread's side: owns the curl handle.
private final class StreamIO: @unchecked Sendable {
    private struct Pending {
        var bytes: [UInt8]
        var offset = 0
        var written: CheckedContinuation<Void, any Error>
    }

    private struct Shared {
        var writes: [Pending] = []
        var closing = false
        var finished = false
    }

    let options: Options
    let dropped = Atomic<Int>(0)
    private let shared = Mutex(Shared())
    private let lines: AsyncThrowingStream<[UInt8], any Error>.Continuation
    private let wakeRead: Int32
    private let wakeWrite: Int32
    typealias Options = CurlStream.Options

    // I/O thread only.
    private var buffer: [UInt8] = []
    private var discarding = false

    init(options: Options, lines: AsyncThrowingStream<[UInt8], any Error>.Continuation) throws {
        self.options = options
        self.lines = lines
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else {
            throw CurlStreamError(kind: .transport, endpoint: "\(options.host):\(options.port)", message: "no pipe")
        }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        (wakeRead, wakeWrite) = (fds[0], fds[1])
    }

    deinit {
        Glibc.close(wakeRead)
        Glibc.close(wakeWrite)
    }

    var endpoint: String { "\(options.tls ? "tls" : "tcp")://\(options.host):\(options.port)" }

    func enqueue(_ bytes: [UInt8], _ written: CheckedContinuation<Void, any Error>) {
        let accepted = shared.withLock { shared in
            guard !shared.finished, !shared.closing else { return false }
            shared.writes.append(Pending(bytes: bytes, written: written))
            return true
        }
        if accepted {
            wake()
        } else {
            written.resume(
                throwing: CurlStreamError(kind: .closed, endpoint: endpoint, message: "the connection is closed")
            )
        }
    }

    func requestClose() {
        shared.withLock { $0.closing = true }
        wake()
    }

    private func wake() {
        var byte: UInt8 = 1
        _ = Glibc.write(wakeWrite, &byte, 1)
    }

    // MARK: I/O thread

    func run(opened: CheckedContinuation<Void, any Error>) {
        guard let easy = curl_easy_init() else {
            opened.resume(throwing: CurlStreamError(kind: .transport, endpoint: endpoint, message: "out of memory"))
            finish(nil)
            return
        }
        // libcurl writes to the error buffer until cleanup, so it lives as long as the handle.
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(ccurl_error_size))
        errorBuffer.initialize(repeating: 0, count: Int(ccurl_error_size))
        defer {
            curl_easy_cleanup(easy)
            errorBuffer.deallocate()
        }
        let socket: curl_socket_t
        do {
            socket = try connect(easy, errorBuffer: errorBuffer)
        } catch {
            opened.resume(throwing: error)
            finish(nil)
            return
        }
        opened.resume()
        let failure = loop(easy: easy, socket: socket)
        finish(failure)
    }

    private func connect(_ easy: UnsafeMutableRawPointer, errorBuffer: UnsafeMutablePointer<CChar>) throws
        -> curl_socket_t
    {
        func check(_ code: CURLcode, _ option: String) throws {
            guard code == CURLE_OK else {
                throw CurlStreamError(
                    kind: .transport,
                    endpoint: endpoint,
                    message: "libcurl rejected \(option): \(String(cString: curl_easy_strerror(code)))"
                )
            }
        }
        try check(ccurl_easy_setopt_string(easy, CURLOPT_URL, options.url), "the address")
        try check(ccurl_easy_setopt_long(easy, CURLOPT_CONNECT_ONLY, 1), "CURLOPT_CONNECT_ONLY")
        try check(ccurl_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer), "CURLOPT_ERRORBUFFER")
        try check(ccurl_easy_setopt_long(easy, CURLOPT_NOSIGNAL, 1), "CURLOPT_NOSIGNAL")
        try check(ccurl_easy_setopt_long(easy, CURLOPT_TCP_KEEPALIVE, 1), "CURLOPT_TCP_KEEPALIVE")
        // An IRC connection never goes through an HTTP proxy from the environment.
        try check(ccurl_easy_setopt_string(easy, CURLOPT_PROXY, ""), "CURLOPT_PROXY")
        let (seconds, attoseconds) = options.connectTimeout.components
        let timeout = max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
        try check(ccurl_easy_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, timeout), "the connect timeout")
        if options.tls {
            try check(ccurl_easy_setopt_long(easy, CURLOPT_SSL_VERIFYPEER, options.verifyTLS ? 1 : 0), "VERIFYPEER")
            try check(ccurl_easy_setopt_long(easy, CURLOPT_SSL_VERIFYHOST, options.verifyTLS ? 2 : 0), "VERIFYHOST")
            if let caFile = options.caFile {
                try check(ccurl_easy_setopt_string(easy, CURLOPT_CAINFO, caFile), "the CA file")
            }
            if let certificate = options.clientCertificate {
                try check(ccurl_easy_setopt_string(easy, CURLOPT_SSLCERT, certificate), "the client certificate")
                try check(
                    ccurl_easy_setopt_string(easy, CURLOPT_SSLKEY, options.clientKey ?? certificate),
                    "the client key"
                )
            }
        }
        let code = curl_easy_perform(easy)
        guard code == CURLE_OK else {
            let detail = errorBuffer[0] != 0 ? String(cString: errorBuffer) : String(cString: curl_easy_strerror(code))
            let kind: CurlStreamError.Kind =
                switch code {
                case CURLE_OPERATION_TIMEDOUT: .timedOut
                // 35 (SSL_CONNECT_ERROR) is also a reset mid-handshake, e.g. while a server restarts: transient.
                case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
                    CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR:
                    .tls
                case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT: .connectFailed
                default: .transport
                }
            throw CurlStreamError(kind: kind, endpoint: endpoint, message: "\(detail) (curl error \(code.rawValue))")
        }
        var socket: curl_socket_t = -1
        guard ccurl_easy_getinfo_socket(easy, &socket) == CURLE_OK, socket >= 0 else {
            throw CurlStreamError(
                kind: .transport,
                endpoint: endpoint,
                message: "libcurl has no socket for the connection"
            )
        }
        return socket
    }

    /// Polls until closed or failed; returns the failure (nil: closed by either side).
    private func loop(easy: UnsafeMutableRawPointer, socket: curl_socket_t) -> (any Error)? {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        var writes: [Pending] = []
        var firstTurn = true
        while true {
            let closing = shared.withLock { shared in
                writes.append(contentsOf: shared.writes)
                shared.writes.removeAll()
                return shared.closing
            }
            if closing {
                fail(writes, CurlStreamError(kind: .closed, endpoint: endpoint, message: "the connection was closed"))
                return nil
            }
            // Write what the socket takes now.
            while var first = writes.first {
                var sent = 0
                let offset = first.offset
                let code = first.bytes.withUnsafeBytes { bytes in
                    // Never empty: empty writes are not queued.
                    guard let base = bytes.baseAddress else { return CURLE_OK }
                    return curl_easy_send(easy, base + offset, bytes.count - offset, &sent)
                }
                if code == CURLE_AGAIN { break }
                guard code == CURLE_OK else {
                    let error = failure(code, "sending")
                    fail(writes, error)
                    return error
                }
                first.offset += sent
                if first.offset == first.bytes.count {
                    writes.removeFirst()
                    first.written.resume()
                } else {
                    writes[0] = first
                }
            }
            var fds = [
                pollfd(fd: socket, events: Int16(POLLIN) | (writes.isEmpty ? 0 : Int16(POLLOUT)), revents: 0),
                pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
            ]
            // The first turn reads before polling: the handshake may have left bytes in libcurl.
            if !firstTurn {
                if poll(&fds, 2, 1000) < 0, errno != EINTR {
                    let error = CurlStreamError(
                        kind: .transport,
                        endpoint: endpoint,
                        message: "poll failed (errno \(errno))"
                    )
                    fail(writes, error)
                    return error
                }
                if fds[0].revents & Int16(POLLNVAL) != 0 {
                    let error = CurlStreamError(kind: .transport, endpoint: endpoint, message: "the socket was closed")
                    fail(writes, error)
                    return error
                }
            }
            if fds[1].revents != 0 {
                var drain = [UInt8](repeating: 0, count: 64)
                while read(wakeRead, &drain, drain.count) > 0 {}
            }
            guard firstTurn || fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 else { continue }
            firstTurn = false
            // Read everything available (TLS may hold more than the socket shows).
            while true {
                var received = 0
                let code = chunk.withUnsafeMutableBytes { buffer in
                    guard let base = buffer.baseAddress else { return CURLE_OK }
                    return curl_easy_recv(easy, base, buffer.count, &received)
                }
                if code == CURLE_AGAIN { break }
                guard code == CURLE_OK else {
                    let error = failure(code, "receiving")
                    fail(writes, error)
                    return error
                }
                if received == 0 {
                    fail(
                        writes,
                        CurlStreamError(kind: .closed, endpoint: endpoint, message: "the server closed the connection")
                    )
                    return nil
                }
                take(chunk[0..<received])
            }
        }
    }

    private func failure(_ code: CURLcode, _ doing: String) -> CurlStreamError {
        CurlStreamError(
            kind: .transport,
            endpoint: endpoint,
            message: "\(doing) failed: \(String(cString: curl_easy_strerror(code))) (curl error \(code.rawValue))"
        )
    }

    /// Splits received bytes into lines and hands them on.
    private func take(_ bytes: ArraySlice<UInt8>) {
        var start = bytes.startIndex
        while let newline = bytes[start...].firstIndex(of: 0x0A) {
            if discarding {
                discarding = false
                buffer.removeAll(keepingCapacity: true)
            } else {
                buffer.append(contentsOf: bytes[start..<newline])
                if buffer.last == 0x0D { buffer.removeLast() }
                // A whole line that arrived in one piece is held to the limit too.
                if buffer.count > options.maxLineBytes {
                    dropped.add(1, ordering: .relaxed)
                } else if !buffer.isEmpty {
                    lines.yield(buffer)
                }
                buffer.removeAll(keepingCapacity: true)
            }
            start = bytes.index(after: newline)
        }
        guard !discarding else { return }
        buffer.append(contentsOf: bytes[start...])
        if buffer.count > options.maxLineBytes {
            dropped.add(1, ordering: .relaxed)
            discarding = true
            buffer.removeAll(keepingCapacity: true)
        }
    }

    private func fail(_ writes: [Pending], _ error: any Error) {
        for write in writes { write.written.resume(throwing: error) }
    }

    private func finish(_ failure: (any Error)?) {
        let leftover = shared.withLock { shared in
            shared.finished = true
            defer { shared.writes.removeAll() }
            return shared.writes
        }
        fail(leftover, CurlStreamError(kind: .closed, endpoint: endpoint, message: "the connection is closed"))
        lines.finish(throwing: failure)
    }
}
