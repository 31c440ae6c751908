// swift-tools-version: 6.1
// Benchmarks for HubBot, kept in their own package so the main build and the
// test suite don't compile the benchmark framework. Run them with Scripts/bench.sh.
import Foundation
import PackageDescription

// A path dependency is named after its folder, which differs between checkouts.
let hubbotPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent

let package = Package(
    name: "HubBotBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .executableTarget(
            name: "HTTPClientBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CurlHTTP", package: hubbotPackage),
            ],
            path: "Benchmarks/HTTPClientBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "EngineBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "HubCore", package: hubbotPackage),
            ],
            path: "Benchmarks/EngineBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "IRCBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "IRCChat", package: hubbotPackage),
            ],
            path: "Benchmarks/IRCBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "CryptoBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Olm", package: hubbotPackage),
            ],
            path: "Benchmarks/CryptoBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // End to end: 10,000 faults drained to a local receiver, and the drain after an outage.
        .executableTarget(
            name: "TicketDrain",
            dependencies: [
                .product(name: "Tickets", package: hubbotPackage),
                .product(name: "HubStore", package: hubbotPackage),
                .product(name: "HubCore", package: hubbotPackage),
                .product(name: "CurlHTTP", package: hubbotPackage),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/TicketDrain"
        ),
    ],
    swiftLanguageModes: [.v6]
)
