import Benchmark
import Foundation
import Olm

/// What end-to-end encryption costs HubBot per message (libolm through Sources/Olm):
/// encrypting a typical reply with the room's Megolm session, decrypting a colleague's
/// message, sharing a room key with one device over Olm, and storing a session.
let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .throughput, .mallocCountTotal],
        warmupIterations: 100,
        scalingFactor: .one,
        maxDuration: .seconds(5)
    )
    let reply =
        #"{"content":{"body":"alice: Request 12 (#statistics): these people know about it. 1. stan — statistics, "#
        + #"R (free; you talked before). 2. bob — statistics. Reply with a number, or “anyone”.","#
        + #""msgtype":"m.notice"},"room_id":"!abcdefghijklmnop:example.org","type":"m.room.message"}"#
    guard let outbound = try? MegolmOutboundSession(), let key = try? outbound.sessionKey(),
        let sender = try? MegolmOutboundSession(), let reader = try? MegolmInboundSession(sessionKey: sender.sessionKey()),
        let message = try? sender.encrypt(reply), let hubbot = try? OlmAccount(), let device = try? OlmAccount()
    else { fatalError("libolm could not make its sessions") }

    Benchmark("Megolm: encrypt a reply (480 bytes)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? outbound.encrypt(reply))
        }
    }

    Benchmark("Megolm: decrypt a colleague's message", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? reader.decrypt(message))
        }
    }

    Benchmark("Olm: share a room key with a new device (claimed key → session → encrypt)", configuration: configuration)
    { benchmark in
        for _ in benchmark.scaledIterations {
            benchmark.stopMeasurement()
            try? device.generateOneTimeKeys(1)
            let oneTime = (try? device.unpublishedOneTimeKeys().values.first) ?? ""
            device.markKeysAsPublished()
            let curve = (try? device.identityKeys().curve25519) ?? ""
            benchmark.startMeasurement()
            let session = try? OlmSession(outboundFrom: hubbot, theirIdentityKey: curve, theirOneTimeKey: oneTime)
            blackHole(try? session?.encrypt(key))
        }
    }

    let pickleKey = Array("a pickle key of thirty-two bytes".utf8)
    Benchmark("Megolm: store and load a room's session (pickle + unpickle)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let pickle = (try? outbound.pickle(key: pickleKey)) ?? ""
            blackHole(try? MegolmOutboundSession(pickle: pickle, key: pickleKey))
        }
    }
}
