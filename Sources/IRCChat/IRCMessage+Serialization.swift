extension IRCMessage {
    /// The most bytes of the tags section, counting its '@' and the space after it.
    /// See https://modern.ircdocs.horse/#tags and https://ircv3.net/specs/extensions/message-tags#size-limit.
    public static let maximumTagsBytes = 8191

    /// The most bytes of everything after the tags, without the CR LF (512 with it).
    public static let maximumLineBytes = 510

    /// The wire form without CR LF: tags sorted by key and escaped, the last parameter prefixed with ':' only
    /// when needed (it has a space, is empty, or starts with ':').
    ///
    /// Throws when the message cannot be sent safely: a CR, LF or NUL where it would end or cut the line
    /// (tag values may hold CR and LF, which are escaped), a non-last parameter that is empty, has a space or
    /// starts with ':', an invalid command, source or tag key, or a line over the limits
    /// (tags part over ``maximumTagsBytes``, rest over ``maximumLineBytes``).
    public func serialized() throws(IRCParseError) -> String {
        var line = ""
        if !tags.isEmpty {
            line = try serializedTags()
            guard line.utf8.count <= Self.maximumTagsBytes else {
                throw IRCParseError("tags too long: \(line.utf8.count) bytes (limit \(Self.maximumTagsBytes))")
            }
        }
        let rest = try serializedRest()
        guard rest.utf8.count <= Self.maximumLineBytes else {
            throw IRCParseError(
                "message too long: \(rest.utf8.count) bytes (limit \(Self.maximumLineBytes) without CR LF)"
            )
        }
        return line + rest
    }

    /// "@key=value;key2 ", keys sorted so the output is stable.
    private func serializedTags() throws(IRCParseError) -> String {
        var section = "@"
        for (index, key) in tags.keys.sorted().enumerated() {
            guard IRCTagValue.isValidKey(key) else {
                throw IRCParseError("invalid tag key \(key.prefix(64).debugDescription)")
            }
            let value = tags[key] ?? ""
            guard !value.utf8.contains(0) else {
                throw IRCParseError("NUL in the value of tag \(key.debugDescription)")
            }
            if index > 0 { section += ";" }
            section += key
            if !value.isEmpty { section += "=" + IRCTagValue.escaped(value) }
        }
        return section + " "
    }

    /// "[:source ]COMMAND[ params][ :trailing]".
    private func serializedRest() throws(IRCParseError) -> String {
        var rest = ""
        if let source {
            guard !source.isEmpty else { throw IRCParseError("empty source") }
            guard !source.utf8.contains(where: Self.breaksToken) else {
                throw IRCParseError("space, CR, LF or NUL in source")
            }
            rest = ":" + source + " "
        }
        guard Self.isValidCommand(command.utf8) else {
            throw IRCParseError("invalid command \(Self.quotedCommand(command))")
        }
        rest += Self.uppercasedASCII(command)
        for (index, parameter) in parameters.enumerated() {
            let number = index + 1
            guard !parameter.utf8.contains(where: Self.breaksLine) else {
                throw IRCParseError("CR, LF or NUL in parameter \(number)")
            }
            let needsColon =
                parameter.isEmpty || parameter.utf8.first == UInt8(ascii: ":")
                || parameter.utf8.contains(UInt8(ascii: " "))
            if index < parameters.count - 1 {
                guard !needsColon else {
                    throw IRCParseError(
                        "parameter \(number) of \(parameters.count) is empty, has a space or starts with ':'"
                            + " (only the last one may)"
                    )
                }
                rest += " " + parameter
            } else {
                rest += needsColon ? " :" + parameter : " " + parameter
            }
        }
        return rest
    }

    private static func breaksLine(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") || byte == 0
    }

    private static func breaksToken(_ byte: UInt8) -> Bool {
        breaksLine(byte) || byte == UInt8(ascii: " ")
    }
}
