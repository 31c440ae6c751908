import Benchmark
import Foundation
import IRCChat

/// The IRC wire under load: parsing what a busy IRCv3 server sends (tags,
/// source, trailing), serialising HubBot's lines, and splitting a long
/// multi-byte reply into lines that fit 512 bytes with the server's prefix.
let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        warmupIterations: 1000,
        scalingFactor: .kilo,
        maxDuration: .seconds(5)
    )
    let line =
        "@account=alice;msgid=63E1033A051D4B41B1AB1FA3CF4B243E;time=2026-11-23T13:30:57.123Z "
        + ":alice!alice@staff.example.org PRIVMSG #it-hub :HubBot: can someone help me with the regression "
        + "analysis for our staff survey? We have 2,000 answers and a deadline on Friday."
    let bytes = Array(line.utf8)
    Benchmark("IRC: parse a tagged PRIVMSG (bytes)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? IRCMessage(parsing: bytes))
        }
    }
    let reply = IRCMessage(
        command: "NOTICE",
        parameters: ["#it-hub", "alice: Request 12 (#statistics): these people know about it. 1. stan — statistics"]
    )
    Benchmark("IRC: serialise a NOTICE", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? reply.serialized())
        }
    }
    let long = String(repeating: "Größenänderung der Übersicht für 統計分析 👩‍👩‍👧‍👦 ", count: 40)
    let budget = IRCText.budget(command: "PRIVMSG", target: "alice", nick: "HubBot", user: "hubbot", host: nil)
    Benchmark(
        "IRC: split a 2.7 kB multi-byte reply into lines",
        configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal], scalingFactor: .one)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(IRCText.lines(long, maxBytes: budget))
        }
    }
}
