import Foundation

/// Something HubBot says, before it is put into words: catalogue messages with their
/// values, joined by spaces or line breaks. The words come from the catalogue in the
/// listener's language when it is sent (``MessageCatalogue/render(_:in:)``), so the hub's
/// logic never holds a sentence of its own.
public struct Said: Sendable, Hashable {
    enum Piece: Sendable, Hashable {
        case message(MessageID, [String: MessageValue])
        /// Only whitespace between messages: never words.
        case gap(String)
    }

    var pieces: [Piece]

    public init(_ id: MessageID, _ values: [String: MessageValue] = [:]) {
        pieces = [.message(id, values)]
    }

    /// The catalogue ids said, in order (a test checks that every reply has them).
    public var ids: [MessageID] {
        pieces.flatMap { piece -> [MessageID] in
            guard case .message(let id, let values) = piece else { return [] }
            return [id]
                + values.keys.sorted().flatMap { key -> [MessageID] in
                    if case .phrase(let inner) = values[key] { return inner.ids }
                    return []
                }
        }
    }

    /// `self` then `other`, separated by a space (one paragraph).
    public static func + (lhs: Said, rhs: Said) -> Said {
        Said(pieces: lhs.pieces + [.gap(" ")] + rhs.pieces)
    }

    /// `self` then `other` on a new line.
    public func line(_ other: Said) -> Said {
        Said(pieces: pieces + [.gap("\n")] + other.pieces)
    }

    /// The parts on lines of their own (nothing said for none).
    public static func lines(_ parts: [Said]) -> Said {
        guard let first = parts.first else { return Said(pieces: []) }
        return parts.dropFirst().reduce(first) { $0.line($1) }
    }

    /// The parts joined by a catalogue separator (`list.comma`).
    public static func joined(_ parts: [Said], by separator: MessageID) -> Said {
        guard let first = parts.first else { return Said(pieces: []) }
        return parts.dropFirst().reduce(first) { Said(pieces: $0.pieces + [.message(separator, [:])] + $1.pieces) }
    }

    init(pieces: [Piece]) { self.pieces = pieces }
}

/// A value put into a message: a name, a number (also what plural choices read), a list
/// ("grace and frank"), a clock time or a colleague's words, each written the listener's way.
public indirect enum MessageValue: Sendable, Hashable {
    case text(String)
    case number(Int)
    /// Names joined the language's way: "grace, frank and heidi".
    case list([String])
    /// A colleague's words, in the language's quotation marks.
    case quote(String)
    /// "Fri 17:00 CET" in the listener's language.
    case clock(Date, TimeZone)
    /// ISO weekdays as "Mon–Fri".
    case days(Set<Int>)
    /// Another catalogue message, said in the same language.
    case phrase(Said)
}

extension MessageValue: ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
}

extension Said {
    /// In English with its markup, as written (for the CLI, logs and audit lines).
    public var english: String { MessageCatalogue().render(self, in: .english).source }
}
