import CStemmer
import Foundation

/// A Snowball stemmer for one language (libstemmer, UTF-8): `printers` → `printer`,
/// `Druckerpatronen` → `druckerpatron`, `imprimantes` → `imprimant`.
///
/// libstemmer's stemmers keep state between calls, so each one is used under a lock;
/// the lock is held for a microsecond per word, far below anything a chat message needs.
/// See <https://snowballstem.org/algorithms/>.
public final class SnowballStemmer: @unchecked Sendable {
    /// The Snowball algorithm's name: `english`, `german`, `french`…
    public let algorithm: String
    // Only touched under `lock`.
    private let handle: OpaquePointer
    private let lock = NSLock()
    /// Stems already computed: chat vocabulary repeats, and a lookup is cheaper than Snowball.
    private var cache: [String: String] = [:]
    /// Words remembered before the cache starts over (bounded memory, whatever people write).
    public static let cacheLimit = 50_000

    /// A stemmer for `algorithm`, or nil when libstemmer has none by that name.
    public init?(algorithm: String) {
        guard let handle = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        self.algorithm = algorithm
        self.handle = handle
    }

    deinit {
        sb_stemmer_delete(handle)
    }

    /// The stem of one lower-case word; the word itself when Snowball cannot stem it.
    public func stem(_ word: String) -> String {
        lock.withLock {
            if let known = cache[word] { return known }
            var input = word
            let stem = input.withUTF8 { bytes in
                guard let base = bytes.baseAddress, let stem = sb_stemmer_stem(handle, base, Int32(bytes.count))
                else { return String(decoding: bytes, as: UTF8.self) }
                let length = Int(sb_stemmer_length(handle))
                return String(decoding: UnsafeBufferPointer(start: stem, count: length), as: UTF8.self)
            }
            if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[word] = stem
            return stem
        }
    }

    /// The algorithms this libstemmer offers.
    public static var algorithms: [String] {
        var names: [String] = []
        guard var list = sb_stemmer_list() else { return names }
        while let name = list.pointee {
            names.append(String(cString: name))
            list += 1
        }
        return names
    }
}
