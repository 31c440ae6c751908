/// Outgoing chat text made safe for IRC and cut to fit the line limit.
///
/// See https://modern.ircdocs.horse/#message-format (512 bytes with CR LF) and
/// https://modern.ircdocs.horse/formatting (the formatting codes that are kept).
public enum IRCText {
    /// Lines ready to send: text split at "\n" (CR, NUL, \u{01} (CTCP) and other C0 control characters except
    /// \u{02} bold, \u{03} colour, \u{0F} reset, \u{1D} italic, \u{1F} underline, \u{16} reverse removed; tabs
    /// become a space), empty lines dropped, and each line split so its UTF-8 form is at most `maxBytes`: at the
    /// last space before the limit when there is one in the second half of the chunk, else at the last
    /// grapheme-cluster boundary, else (a single cluster longer than the limit) at the last Unicode scalar
    /// boundary — never inside a UTF-8 sequence. Spaces at split points are not carried to the next line's start.
    ///
    /// Lines of only spaces count as empty. A `maxBytes` below 4 can be smaller than one scalar; such a scalar
    /// then gets a line of its own, longer than `maxBytes`.
    public static func lines(_ text: String, maxBytes: Int) -> [String] {
        let limit = max(maxBytes, 1)
        return sanitized(text)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .filter { line in line.contains { $0 != " " } }
            .flatMap { split($0, maxBytes: limit) }
    }

    /// The bytes left for the text of `<command> <target> :<text>` so the whole line as relayed by the server
    /// (":nick!user@host " prefix, with the host assumed 63 bytes when unknown) stays within 512 bytes with CR LF.
    ///
    /// One byte is kept for a '~' the server puts before `user` when it could not check it with ident, unless
    /// `user` already starts with one. Never negative.
    public static func budget(command: String, target: String, nick: String, user: String, host: String?) -> Int {
        let userBytes = user.utf8.count + (user.hasPrefix("~") ? 0 : 1)
        let hostBytes = host?.utf8.count ?? maximumHostBytes
        let prefix = 1 + nick.utf8.count + 1 + userBytes + 1 + hostBytes + 1  // ":nick!user@host "
        let beforeText = command.utf8.count + 1 + target.utf8.count + 2  // "PRIVMSG #chan :"
        return max(0, 512 - 2 - prefix - beforeText)
    }

    /// The longest host name servers show (HOSTLEN is commonly 63, the DNS label limit).
    static let maximumHostBytes = 63

    /// `text` without the control characters IRC cannot carry; tabs become spaces, "\n" is kept for splitting.
    static func sanitized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: scalars.append(" ")
            // \u{01} is dropped too: chat text must never become a CTCP request (`\u{01}DCC …`).
            // Formatting HubBot may send (`irc.formatting`): bold, colour, monospace, reset, reverse, italics, underline.
            case 0x0A, 0x02, 0x03, 0x0F, 0x11, 0x16, 0x1D, 0x1F: scalars.append(scalar)
            case 0x00...0x1F: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// One line cut into pieces of at most `maxBytes` UTF-8 bytes.
    private static func split(_ line: Substring, maxBytes: Int) -> [String] {
        var pieces: [String] = []
        var rest = line
        while rest.utf8.count > maxBytes {
            let (piece, remainder) = cut(rest, maxBytes: maxBytes)
            if !piece.isEmpty { pieces.append(piece) }
            rest = remainder.drop { $0 == " " }
        }
        if !rest.isEmpty { pieces.append(String(rest)) }
        return pieces
    }

    /// The first piece of `text` and what follows it.
    private static func cut(_ text: Substring, maxBytes: Int) -> (piece: String, remainder: Substring) {
        var used = 0
        var end = text.startIndex
        var lastSpace: (index: Substring.Index, offset: Int)?
        for index in text.indices {
            let character = text[index]
            if character == " " { lastSpace = (index, used) }
            let size = character.utf8.count
            if used + size > maxBytes { break }
            used += size
            end = text.index(after: index)
        }
        if let lastSpace, lastSpace.offset * 2 >= used {
            var piece = text[..<lastSpace.index]
            while piece.last == " " { piece.removeLast() }
            return (String(piece), text[text.index(after: lastSpace.index)...])
        }
        if end > text.startIndex {
            return (String(text[..<end]), text[end...])
        }
        return cutInsideCluster(text, maxBytes: maxBytes)
    }

    /// Splits a grapheme cluster longer than `maxBytes` at the last scalar boundary that fits (at least one scalar).
    private static func cutInsideCluster(_ text: Substring, maxBytes: Int) -> (piece: String, remainder: Substring) {
        let scalars = text.unicodeScalars
        var used = 0
        var end = scalars.startIndex
        for index in scalars.indices {
            let size = UTF8.width(scalars[index])
            if used + size > maxBytes && end > scalars.startIndex { break }
            used += size
            end = scalars.index(after: index)
        }
        // A fresh String so the remainder's clusters are found from its own start.
        let remainder = String(String.UnicodeScalarView(scalars[end...]))
        return (String(String.UnicodeScalarView(scalars[..<end])), remainder[...])
    }
}

extension IRCText {
    /// HubBot's `#statistics` tag names without the `#`: IRC clients show any `#word` as a channel to
    /// join. Channels HubBot knows (`channels`, matched without case) keep it, and so does a `#` inside a
    /// word or before a number (`#12`). Commands read tags with or without the `#`.
    public static func tagNames(in text: String, keeping channels: [String]) -> String {
        guard text.contains("#") else { return text }
        let known = Set(channels.map { $0.lowercased() })
        var result = ""
        var rest = Substring(text)
        var previous: Character?
        while let character = rest.first {
            rest = rest.dropFirst()
            // A formatting code (bold, monospace) before `#` is no word either.
            guard character == "#", previous.map({ $0.isWhitespace || "(“\"'`[\u{02}\u{11}".contains($0) }) ?? true,
                let first = rest.first, first.isASCII, first.isLetter
            else {
                result.append(character)
                previous = character
                continue
            }
            let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
            if known.contains("#" + name.lowercased()) { result.append("#") }
            result += name
            rest = rest.dropFirst(name.count)
            previous = name.last
        }
        return result
    }
}
