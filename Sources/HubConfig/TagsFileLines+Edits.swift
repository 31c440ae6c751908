extension TagsFileLines {
    /// A new interest after the last one, written like its neighbours: the same
    /// indentation, a blank line between entries when the file has them, the
    /// keywords as a flow or block list as the last entry has them, and
    /// `parent: null` when the last entry spells its parent out.
    mutating func appendInterest(
        name: String,
        description: String,
        keywords: [String]
    ) throws(TagsFileEditor.Problem) {
        guard let entries = entries(of: "interests"), let last = entries.last else {
            throw TagsFileEditor.Problem(
                "the tag file has no `interests:` list with entries to add to; add the first one by hand"
            )
        }
        let dash = String(repeating: " ", count: last.dashIndent)
        let key = String(repeating: " ", count: last.keyIndent)
        var added = [
            "\(dash)-\(String(repeating: " ", count: last.keyIndent - last.dashIndent - 1))name: "
                + YAMLText.scalar(name, allowHyphens: true)
        ]
        added.append("\(key)description: \(YAMLText.quoted(description))")
        let keywordsLine = keyLine("keywords", in: last)
        if let keywordsLine, value(at: keywordsLine, key: "keywords", in: last).isEmpty,
            let item = blockItemIndent(keywordsLine, in: last)
        {
            added.append("\(key)keywords:")
            added += keywords.map { "\(String(repeating: " ", count: item))- \(YAMLText.scalar($0))" }
        } else {
            added.append("\(key)keywords: [\(keywords.map { YAMLText.scalar($0) }.joined(separator: ", "))]")
        }
        if keyLine("parent", in: last) != nil { added.append("\(key)parent: null") }
        let spaced =
            entries.count < 2 || (entries[0].lastLine + 1..<entries[1].firstLine).contains { lines[$0].isEmpty }
        lines.insert(contentsOf: (spaced ? [""] : []) + added, at: last.lastLine + 1)
    }

    /// The indent of the `- ` items of the block list whose key is on `line`.
    func blockItemIndent(_ line: Int, in entry: Entry) -> Int? {
        let end = valueEnd(from: line, in: entry)
        guard end > line else { return nil }
        return (line + 1...end).first { !Self.isBlankOrComment(lines[$0]) }.map { Self.indent(lines[$0]) }
    }

    /// One more keyword at the end of the entry's `keywords`, flow or block.
    mutating func addKeyword(_ keyword: String, to entry: Entry) throws(TagsFileEditor.Problem) {
        let name = entry.name ?? "?"
        guard let line = keyLine("keywords", in: entry) else {
            throw TagsFileEditor.Problem("'\(name)' has no `keywords:` in the file; add them by hand")
        }
        let written = YAMLText.scalar(keyword)
        let value = value(at: line, key: "keywords", in: entry)
        if value.isEmpty {
            guard let item = blockItemIndent(line, in: entry) else {
                lines[line] = String(lines[line].prefix(entry.keyIndent)) + "keywords: [\(written)]"
                return
            }
            let end = valueEnd(from: line, in: entry)
            lines.insert("\(String(repeating: " ", count: item))- \(written)", at: end + 1)
            return
        }
        guard value.hasPrefix("[") else {
            throw TagsFileEditor.Problem("'\(name)': `keywords` is not a list in the file; fix it by hand")
        }
        // The closing bracket may be on a later line of a flow list that wraps.
        let end = valueEnd(from: line, in: entry)
        for index in line...end {
            guard let close = Self.closingBracket(in: lines[index], from: index == line ? entry.keyIndent : 0) else {
                continue
            }
            if let lastWritten = lines[index][..<close].lastIndex(where: { $0 != " " && $0 != "\t" }) {
                let mark = lines[index][lastWritten]
                let insertion = (mark == "[" ? "" : mark == "," ? " " : ", ") + written
                lines[index].insert(contentsOf: insertion, at: lines[index].index(after: lastWritten))
            } else {
                // `]` alone on its line: the new keyword goes after the previous line's last one.
                let previous = (line..<index).last { !Self.isBlankOrComment(lines[$0]) } ?? line
                let (content, comment) = YAMLText.valueAndComment(Substring(lines[previous]))
                let separator = content.hasSuffix(",") || content.hasSuffix("[") ? " " : ", "
                lines[previous] =
                    String(lines[previous][..<content.endIndex]) + separator + written
                    + (comment.isEmpty ? "" : " " + comment)
            }
            return
        }
        throw TagsFileEditor.Problem("'\(name)': the `keywords` list has no closing `]`; fix it by hand")
    }

    /// Where the flow list's closing `]` is on `line`, minding quotes; nil if it isn't there.
    static func closingBracket(in line: String, from offset: Int) -> String.Index? {
        var quote: Character?
        var index = line.index(line.startIndex, offsetBy: min(offset, line.count))
        var skip = false
        while index < line.endIndex {
            let character = line[index]
            if skip {
                skip = false
            } else if let open = quote {
                if character == "\\", open == "\"" { skip = true } else if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                return nil
            } else if character == "]" {
                return index
            }
            index = line.index(after: index)
        }
        return nil
    }

    /// The entry's description replaced by `description`, on one line; a comment after it stays.
    mutating func replaceDescription(of entry: Entry, with description: String) throws(TagsFileEditor.Problem) {
        guard let line = keyLine("description", in: entry) else {
            throw TagsFileEditor.Problem("'\(entry.name ?? "?")' has no `description:` in the file; add it by hand")
        }
        let end = valueEnd(from: line, in: entry)
        let comment = end == line ? YAMLText.valueAndComment(Substring(lines[line])).comment : ""
        lines[line] =
            String(lines[line].prefix(entry.keyIndent)) + "description: " + YAMLText.quoted(description)
            + (comment.isEmpty ? "" : " " + comment)
        if end > line { lines.removeSubrange(line + 1...end) }
    }

    /// The entry gone, with the comments written right above it and one of the
    /// blank lines around it, so the entries stay spaced as before.
    mutating func remove(_ entry: Entry) {
        var range = entry.firstLine...entry.lastLine
        if entry.firstLine > 0, lines[entry.firstLine - 1].isEmpty {
            range = entry.firstLine - 1...entry.lastLine
        } else if entry.lastLine + 1 < lines.count, lines[entry.lastLine + 1].isEmpty {
            range = entry.firstLine...entry.lastLine + 1
        }
        lines.removeSubrange(range)
    }
}
