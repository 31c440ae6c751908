import HubCore

/// Applies a ``HubCore/TagEdit`` to the text of a tag file the way a careful
/// person would: only the lines the edit is about change, in the file's own
/// style (indentation, flow `[a, b]` or block `- a` keyword lists, blank lines
/// between entries); comments and everything else stay as they are. It does
/// not validate: run ``TagsConfig/parse(_:file:routes:)`` on the result.
public struct TagsFileEditor: Sendable {
    /// The file's text, with the edits applied so far.
    public private(set) var text: String

    public init(text: String) {
        self.text = text
    }

    /// An edit that cannot be made to this file's text, with what to do instead.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String

        public init(_ message: String) { self.message = message }

        public var description: String { message }
    }

    /// Applies `edit`; on a problem the text is left as it was.
    public mutating func apply(_ edit: TagEdit) throws(Problem) {
        var lines = TagsFileLines(text)
        switch edit {
        case .addInterest(let name, let description, let keywords):
            try lines.appendInterest(name: name, description: description, keywords: keywords)
        case .addKeyword(let tag, let keyword):
            try lines.addKeyword(keyword, to: try lines.entry(named: tag))
        case .describe(let tag, let description):
            try lines.replaceDescription(of: try lines.entry(named: tag), with: description)
        case .remove(let tag):
            lines.remove(try lines.entry(named: tag))
        }
        text = lines.text
    }

    /// `text` with `edit` applied.
    public static func applying(_ edit: TagEdit, to text: String) throws(Problem) -> String {
        var editor = TagsFileEditor(text: text)
        try editor.apply(edit)
        return editor.text
    }
}

/// The tag file as lines, with just enough YAML structure found to edit it:
/// the top-level lists, their entries, and an entry's keys.
struct TagsFileLines {
    var lines: [String]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    var text: String { lines.joined(separator: "\n") }

    /// One list item under `interests:` or `hygiene:`.
    struct Entry {
        /// The first line of the comments written right above the entry (or the dash line).
        var firstLine: Int
        /// The `- ` line.
        var dashLine: Int
        /// The entry's last line that is not blank or a comment.
        var lastLine: Int
        var dashIndent: Int
        /// Where the entry's keys start (`name` after `- `, and the keys below it).
        var keyIndent: Int
        var name: String?
    }

    // MARK: - Finding things

    static func indent(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    static func isBlankOrComment(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        return trimmed.isEmpty || trimmed.hasPrefix("#")
    }

    /// The entries of the top-level list `section`, or nil when the file has no such block list.
    func entries(of section: String) -> [Entry]? {
        guard
            let header = lines.firstIndex(where: {
                $0.hasPrefix("\(section):") && YAMLText.valueAndComment($0.dropFirst(section.count + 1)).value.isEmpty
            })
        else { return nil }
        var end = header + 1
        var dashIndent: Int?
        while end < lines.count {
            let line = lines[end]
            if !Self.isBlankOrComment(line) {
                let indent = Self.indent(line)
                let isDash = line.dropFirst(indent).hasPrefix("-")
                if dashIndent == nil, isDash { dashIndent = indent }
                if indent < (dashIndent ?? 1) || (indent == dashIndent && !isDash) { break }
            }
            end += 1
        }
        guard let dashIndent else { return [] }
        let dashLines = (header + 1..<end).filter {
            !Self.isBlankOrComment(lines[$0]) && Self.indent(lines[$0]) == dashIndent
        }
        return dashLines.enumerated().map { position, dash in
            let next = position + 1 < dashLines.count ? dashLines[position + 1] : end
            var last = dash
            for index in dash + 1..<next where !Self.isBlankOrComment(lines[index]) { last = index }
            var first = dash
            while first - 1 > header, Self.isCommentLine(lines[first - 1]), Self.indent(lines[first - 1]) == dashIndent
            {
                first -= 1
            }
            let afterDash = lines[dash].dropFirst(dashIndent + 1)
            let keyIndent = dashIndent + 1 + afterDash.prefix { $0 == " " }.count
            var entry = Entry(
                firstLine: first,
                dashLine: dash,
                lastLine: last,
                dashIndent: dashIndent,
                keyIndent: keyIndent,
                name: nil
            )
            entry.name = keyLine("name", in: entry).map { YAMLText.plain(value(at: $0, key: "name", in: entry)) }
            return entry
        }
    }

    static func isCommentLine(_ line: String) -> Bool {
        line.drop { $0 == " " }.hasPrefix("#")
    }

    /// The entry of an interest or a fault category.
    func entry(named name: String) throws(TagsFileEditor.Problem) -> Entry {
        let all = (entries(of: "interests") ?? []) + (entries(of: "hygiene") ?? [])
        guard let entry = all.first(where: { $0.name == name }) else {
            throw TagsFileEditor.Problem("the tag file has no entry named '\(name)'")
        }
        return entry
    }

    /// The line where `key:` starts in `entry` (on the dash line or at the entry's key indent).
    func keyLine(_ key: String, in entry: Entry) -> Int? {
        (entry.dashLine...entry.lastLine).first { index in
            let line = lines[index]
            // `- name:` on the dash line, the other keys below it; both start at the key indent.
            guard Self.indent(line) == (index == entry.dashLine ? entry.dashIndent : entry.keyIndent) else {
                return false
            }
            return line.dropFirst(entry.keyIndent).hasPrefix("\(key):")
        }
    }

    /// The raw value on a key's line, after `key:` and without a trailing comment.
    func value(at line: Int, key: String, in entry: Entry) -> Substring {
        YAMLText.valueAndComment(lines[line].dropFirst(entry.keyIndent + key.count + 1)).value
    }

    /// The last line of the value that starts at `line`: the lines below it that
    /// are indented deeper, or are `- ` items (or a flow list's `]`) at the key's own indent.
    func valueEnd(from line: Int, in entry: Entry) -> Int {
        var last = line
        var index = line + 1
        while index <= entry.lastLine {
            let text = lines[index]
            if !Self.isBlankOrComment(text) {
                let indent = Self.indent(text)
                let item = text.dropFirst(indent).hasPrefix("-") || text.dropFirst(indent).hasPrefix("]")
                guard indent > entry.keyIndent || (indent == entry.keyIndent && item) else { break }
                last = index
            }
            index += 1
        }
        return last
    }
}
