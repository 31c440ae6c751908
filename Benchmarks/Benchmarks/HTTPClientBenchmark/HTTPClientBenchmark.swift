import Benchmark
import CurlHTTP
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Small GETs over keep-alive to a local server (nginx, started by
/// Scripts/bench.sh), CurlHTTP against URLSession in the same run.
/// Each iteration is one request awaited before the next, so the figures are
/// per-request latency, throughput and allocations.
let benchmarks: @Sendable () -> Void = {
    let url = ProcessInfo.processInfo.environment["HUBBOT_BENCH_URL"] ?? "http://127.0.0.1:8089/hello"
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .cpuTotal, .memoryLeaked],
        warmupIterations: 200,
        scalingFactor: .kilo,
        maxDuration: .seconds(10),
        maxIterations: 20
    )

    let curl = HTTPClient()
    Benchmark("CurlHTTP GET keep-alive", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let response = try await curl.execute(HTTPRequest(url: url))
            blackHole(response.body)
        }
    }

    let session = URLSession(configuration: .ephemeral)
    guard let target = URL(string: url) else { fatalError("HUBBOT_BENCH_URL is not a URL: \(url)") }
    Benchmark("URLSession GET keep-alive", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let (data, _) = try await session.data(from: target)
            blackHole(data)
        }
    }

    Benchmark("CurlHTTP 16 concurrent GETs", configuration: configuration) { benchmark in
        for _ in 0..<(benchmark.scaledIterations.count / 16) {
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<16 { group.addTask { try await curl.execute(HTTPRequest(url: url)).body.count } }
                for try await count in group { blackHole(count) }
            }
        }
    }
}
