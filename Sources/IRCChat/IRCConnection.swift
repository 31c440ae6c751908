import CurlHTTP
import Foundation

/// One live connection to an IRC server. Writes go in two lanes:
///
/// - **Urgent** (`PONG`, `PING`, `QUIT`, `NICK`): written at once, never queued behind chat and
///   never dropped, so a flood of chat lines or CTCP answers cannot make the server (or HubBot's own
///   watchdog) give the connection up, and shutdown does not wait on the queue.
/// - **Everything else** waits its turn in one first-in, first-out queue paced by the token bucket
///   (flood control), so replies leave in the order they were sent.
///
/// Closing the connection fails every line still waiting at once (``IRCConnectionClosed``), so the
/// outbox resends it on the next connection instead of waiting out a dead connection's bucket.
/// Reads come from the stream's lines.
actor IRCConnection {
    let stream: CurlStream
    private var bucket: TokenBucket
    private let clock = ContinuousClock()
    /// When the last line arrived (for the watchdog).
    private(set) var lastReceived: ContinuousClock.Instant
    /// The one reader of the stream's lines (dropping an iterator would end the stream).
    private nonisolated let lines: LineReader
    /// Lines waiting for the bucket, oldest first from `head`; a cancelled one leaves a nil.
    private var waiting: [Waiting?] = []
    private var head = 0
    private var nextID = 0
    private var pumping = false
    private var closed = false

    private struct Waiting {
        var id: Int
        var bytes: [UInt8]
        var sent: CheckedContinuation<Void, any Error>
    }

    /// Commands that never wait behind chat.
    static let urgentCommands: Set<String> = ["PONG", "PING", "QUIT", "NICK"]

    init(stream: CurlStream, burst: Int, perSecond: Double) {
        self.stream = stream
        self.lines = LineReader(stream.lines.makeAsyncIterator())
        let now = clock.now
        self.bucket = TokenBucket(burst: burst, perSecond: perSecond, now: now)
        self.lastReceived = now
    }

    /// Sends one message: at once when it is urgent, else after the lines before it, paced by the bucket.
    /// Returns when the line is written.
    /// - Throws: ``IRCParseError`` when the message cannot be sent safely (nothing is sent),
    ///   ``IRCConnectionClosed`` when the connection closed first, `CancellationError` when the
    ///   caller was cancelled while the line waited, or the stream's error.
    func send(_ message: IRCMessage) async throws {
        let bytes = Array((try message.serialized() + "\r\n").utf8)
        guard !closed else { throw IRCConnectionClosed() }
        if Self.urgentCommands.contains(message.command) {
            try await stream.write(bytes)
            return
        }
        let id = nextID
        nextID += 1
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (sent: CheckedContinuation<Void, any Error>) in
                if Task.isCancelled {
                    sent.resume(throwing: CancellationError())
                    return
                }
                waiting.append(Waiting(id: id, bytes: bytes, sent: sent))
                if !pumping {
                    pumping = true
                    Task { await self.pump() }
                }
            }
        } onCancel: {
            Task { await self.giveUp(id) }
        }
    }

    /// Writes the waiting lines in order, each when the bucket has a token for it.
    private func pump() async {
        defer { pumping = false }
        while !closed {
            while head < waiting.count, waiting[head] == nil { head += 1 }
            guard head < waiting.count else {
                waiting.removeAll(keepingCapacity: true)
                head = 0
                return
            }
            if let wait = bucket.take(now: clock.now) {
                try? await Task.sleep(for: wait)
                // The token is taken on the next pass: the line first in line may have changed meanwhile.
                continue
            }
            guard let line = waiting[head] else { continue }
            waiting[head] = nil
            head += 1
            if head > 1024, head * 2 > waiting.count {
                waiting.removeFirst(head)
                head = 0
            }
            do {
                try await stream.write(line.bytes)
                line.sent.resume()
            } catch {
                line.sent.resume(throwing: error)
            }
        }
    }

    /// A caller stopped waiting: its line is not sent.
    private func giveUp(_ id: Int) {
        guard let index = waiting[head...].firstIndex(where: { $0?.id == id }), let line = waiting[index] else {
            return
        }
        waiting[index] = nil
        line.sent.resume(throwing: CancellationError())
    }

    /// The next line from the server; nil when the connection has ended.
    /// Only one task reads at a time: registration first, then the receive loop.
    nonisolated func nextLine() async throws -> [UInt8]? {
        try await lines.next()
    }

    func noteReceived() {
        lastReceived = clock.now
    }

    /// When the last line arrived, on the wall clock (for readiness).
    var lastReceivedDate: Date {
        Date().addingTimeInterval(-Double((clock.now - lastReceived).components.seconds))
    }

    /// Closes the connection; every line still waiting fails at once.
    func close() {
        closed = true
        stream.close()
        let stranded = waiting[head...].compactMap { $0 }
        waiting.removeAll()
        head = 0
        for line in stranded { line.sent.resume(throwing: IRCConnectionClosed()) }
    }
}

/// The connection closed while a line waited to be sent: send it on the next one.
public struct IRCConnectionClosed: Error, Sendable, CustomStringConvertible {
    public var description: String { "the IRC connection closed before the line was sent" }
}

/// Holds the stream's single iterator for its one sequential consumer.
private final class LineReader: @unchecked Sendable {
    private var iterator: AsyncThrowingStream<[UInt8], any Error>.Iterator

    init(_ iterator: AsyncThrowingStream<[UInt8], any Error>.Iterator) {
        self.iterator = iterator
    }

    func next() async throws -> [UInt8]? {
        try await iterator.next()
    }
}
