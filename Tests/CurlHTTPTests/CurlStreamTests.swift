import CurlHTTP
import Foundation
import HubTestSupport
import Testing

@Suite("CurlStream: lines from a raw TCP peer")
struct CurlStreamTests {
    /// A peer that sends `payload` in one write as soon as a client connects, then closes.
    static func peer(sending payload: String) throws -> (ChildProcess, Int) {
        let script = """
            import socket, sys
            server = socket.socket(); server.bind(("127.0.0.1", 0)); server.listen(1)
            print(server.getsockname()[1], flush=True)
            client, _ = server.accept()
            client.sendall(sys.argv[1].encode())
            client.close()
            """
        let process = try ChildProcess("/usr/bin/python3", arguments: ["-c", script, payload])
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, process.isRunning {
            if let line = process.text.split(separator: "\n").first, let port = Int(line) { return (process, port) }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw TestServerError("the line peer did not start: \(process.text)")
    }

    @Test("a line over the limit is dropped whole, even when it arrives complete in one piece")
    func longLinesDropped() async throws {
        let long = String(repeating: "x", count: 500)
        let (process, port) = try Self.peer(sending: "first\r\n\(long)\r\nmiddle\n\(long)\(long)\r\nlast\r\n")
        defer { process.signal(SIGTERM) }
        var options = CurlStream.Options(host: "127.0.0.1", port: port, tls: false)
        options.maxLineBytes = 100
        let stream = try await CurlStream.open(options)
        var received: [String] = []
        for try await line in stream.lines { received.append(String(decoding: line, as: UTF8.self)) }
        #expect(received == ["first", "middle", "last"])
        #expect(stream.droppedLines == 2)
    }
}
