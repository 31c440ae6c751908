import CurlHTTP
import Foundation

/// One live connection to an IRC server: writes go through a token bucket
/// (flood control on every line, PONGs and JOINs included), reads come from
/// the stream's lines.
actor IRCConnection {
    let stream: CurlStream
    private var bucket: TokenBucket
    private let clock = ContinuousClock()
    /// When the last line arrived (for the watchdog).
    private(set) var lastReceived: ContinuousClock.Instant
    /// The one reader of the stream's lines (dropping an iterator would end the stream).
    private nonisolated let lines: LineReader

    init(stream: CurlStream, burst: Int, perSecond: Double) {
        self.stream = stream
        self.lines = LineReader(stream.lines.makeAsyncIterator())
        let now = clock.now
        self.bucket = TokenBucket(burst: burst, perSecond: perSecond, now: now)
        self.lastReceived = now
    }

    /// Sends one message, waiting for the flood control first.
    /// - Throws: ``IRCParseError`` when the message cannot be sent safely (nothing is sent),
    ///   or the stream's error when the connection is gone.
    func send(_ message: IRCMessage) async throws {
        let line = try message.serialized()
        while let wait = bucket.take(now: clock.now) {
            try await Task.sleep(for: wait)
        }
        try await stream.write(Array((line + "\r\n").utf8))
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

    func close() {
        stream.close()
    }
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
