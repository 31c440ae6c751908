// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "HubBot",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hubbot", targets: ["hubbot"]),
        .library(name: "CurlHTTP", targets: ["CurlHTTP"]),
        .library(name: "HubCore", targets: ["HubCore"]),
        .library(name: "HubStore", targets: ["HubStore"]),
        .library(name: "Tickets", targets: ["Tickets"]),
        .library(name: "IRCChat", targets: ["IRCChat"]),
        .library(name: "Olm", targets: ["Olm"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // C behind three doors: only CurlHTTP imports CCurl, only Snowball imports CStemmer, only Olm imports COlm.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(
            name: "CurlHTTP",
            dependencies: ["CCurl"]
        ),
        // Snowball stemmers (Debian's libstemmer-dev), for reading chat in eight languages.
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        .target(
            name: "Snowball",
            dependencies: ["CStemmer"]
        ),
        // Olm and Megolm (Debian's libolm-dev) for end-to-end encrypted Matrix rooms: only Olm imports COlm.
        .systemLibrary(
            name: "COlm",
            providers: [.apt(["libolm-dev"])]
        ),
        .target(
            name: "Olm",
            dependencies: ["COlm"]
        ),
        // The pure core: vocabulary, ports, decisions. Foundation and Snowball only, no I/O.
        .target(name: "HubCore", dependencies: ["Snowball"]),
        // Durable state in SQLite (WAL): inbox, chat outbox, key-value state.
        .target(
            name: "HubStore",
            dependencies: ["HubCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The same store on PostgreSQL, for instances that share one database and elect a leader.
        .target(
            name: "HubPostgres",
            dependencies: [
                "HubCore", "HubStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                // Only for the pool's circuit-breaker error, which PostgresNIO passes on as it is.
                .product(name: "_ConnectionPoolModule", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "HubConfig",
            dependencies: ["HubCore", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "MatrixChat",
            dependencies: [
                "HubCore", "CurlHTTP", "Olm",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // IRC: TLS through libcurl's connect-only mode, CAP/SASL registration, flood control.
        .target(
            name: "IRCChat",
            dependencies: [
                "HubCore", "CurlHTTP",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        // Faults to ticket systems: durable delivery, presets, Standard Webhooks signatures.
        .target(
            name: "Tickets",
            dependencies: [
                "HubCore", "HubStore", "CurlHTTP",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "HubApp",
            dependencies: [
                "HubCore", "HubConfig", "HubStore", "HubPostgres", "MatrixChat", "IRCChat", "CurlHTTP", "Tickets",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The local demo: specialists who answer on their own, and a terminal chat with HubBot.
        .target(
            name: "HubDemo",
            dependencies: [
                "HubCore", "MatrixChat", "CurlHTTP",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "hubbot",
            dependencies: [
                "HubApp", "HubConfig", "HubCore", "HubStore", "HubPostgres", "HubDemo", "CurlHTTP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // `swift package validate-config`: hubbot check-config as a command plugin (read-only).
        .plugin(
            name: "ValidateConfig",
            capability: .command(
                intent: .custom(
                    verb: "validate-config",
                    description: "Check Config/hubbot.yaml and its tag file strictly"
                )
            ),
            dependencies: ["hubbot"],
            path: "Plugins/ValidateConfig"
        ),

        // Test helpers: starts the project's own servers (HTTP fixture, Synapse).
        .target(
            name: "HubTestSupport",
            dependencies: ["CurlHTTP"],
            path: "Tests/HubTestSupport"
        ),
        .testTarget(name: "CurlHTTPTests", dependencies: ["CurlHTTP", "HubTestSupport"]),
        .testTarget(name: "HubCoreTests", dependencies: ["HubCore"]),
        .testTarget(name: "HubConfigTests", dependencies: ["HubConfig", "HubCore"]),
        .testTarget(
            name: "HubStoreTests",
            dependencies: ["HubStore", "HubPostgres", "HubCore", .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(
            name: "HubAppTests",
            dependencies: [
                "HubApp", "HubStore", "HubCore",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "TicketsTests",
            dependencies: ["Tickets", "HubStore", "HubCore", "CurlHTTP", "HubTestSupport"]
        ),
        .testTarget(name: "IRCChatTests", dependencies: ["IRCChat", "HubCore"]),
        .testTarget(name: "HubDemoTests", dependencies: ["HubDemo", "HubCore"]),
        .testTarget(name: "OlmTests", dependencies: ["Olm"]),
        .testTarget(
            name: "MatrixChatTests",
            dependencies: ["MatrixChat", "HubCore", "Olm", .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(
            name: "IntegrationTests",
            dependencies: [
                "CurlHTTP", "MatrixChat", "IRCChat", "HubCore", "HubApp", "HubConfig", "HubStore", "HubTestSupport",
                "Tickets",
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: []
        ),
    ],
    swiftLanguageModes: [.v6]
)
