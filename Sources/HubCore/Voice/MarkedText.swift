/// A message in words with its markup (`` `code` ``, `**bold**`, list lines) known apart
/// from the values put into it, so a colleague's backticks are never read as markup;
/// then rendered for each network.
public struct MarkedText: Sendable, Hashable {
    /// A stretch of text with one style.
    struct Run: Sendable, Hashable {
        var text: String
        var code = false
        var bold = false
    }

    /// Lines of runs.
    var lines: [[Run]] = [[]]
    /// Per line, whether it starts with the template's own text (or a number it put there): only
    /// such a line can be a list item, never one a colleague's words begin.
    var lineFromTemplate: [Bool?] = [nil]
    /// The text as written, markup included (Matrix's plain `body`, as chat apps send Markdown).
    public private(set) var source = ""
    private var code = false
    private var bold = false

    /// Template text: its markup counts.
    mutating func appendMarkup(_ text: String) {
        source += text
        var characters = text[...]
        while let character = characters.first {
            if character == "`" {
                code.toggle()
                characters = characters.dropFirst()
            } else if character == "*", characters.dropFirst().first == "*", !code {
                bold.toggle()
                characters = characters.dropFirst(2)
            } else {
                appendPlain(String(character), fromTemplate: true)
                characters = characters.dropFirst()
            }
        }
    }

    /// A value: taken as written. `fromTemplate`: a number the template counts with (`1. `).
    mutating func appendValue(_ text: String, fromTemplate: Bool = false) {
        source += text
        appendPlain(text, fromTemplate: fromTemplate)
    }

    /// A value that stands out (a request's number): bold, except inside a command.
    mutating func appendEmphasized(_ text: String) {
        guard !code, !bold else {
            appendValue(text, fromTemplate: true)
            return
        }
        source += text
        bold = true
        appendPlain(text, fromTemplate: true)
        bold = false
    }

    private mutating func appendPlain(_ text: String, fromTemplate: Bool) {
        for (index, part) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 {
                lines.append([])
                lineFromTemplate.append(nil)
            }
            guard !part.isEmpty else { continue }
            // A colleague's words that go on to a new line start it themselves.
            if lineFromTemplate[lines.count - 1] == nil {
                lineFromTemplate[lines.count - 1] = fromTemplate && index == 0
            }
            if var last = lines[lines.count - 1].last, last.code == code, last.bold == bold {
                last.text += part
                lines[lines.count - 1][lines[lines.count - 1].count - 1] = last
            } else {
                lines[lines.count - 1].append(Run(text: String(part), code: code, bold: bold))
            }
        }
    }

    /// A HubBot message's Matrix body (its markup as written) in plain words, for a terminal.
    public static func plain(fromSource source: String) -> String {
        var text = MarkedText()
        text.appendMarkup(source)
        return text.plain
    }

    /// Without any markup (the terminal, IRC without formatting, logs).
    public var plain: String {
        lines.map { $0.map(\.text).joined() }.joined(separator: "\n")
    }

    /// IRC text with formatting codes: bold `\u{02}`, monospace `\u{11}` (IRCv3 formatting).
    public var irc: String {
        lines.map { line in
            line.map { run in
                var text = run.text
                if run.code { text = "\u{11}" + text + "\u{11}" }
                if run.bold { text = "\u{02}" + text + "\u{02}" }
                return text
            }
            .joined()
        }
        .joined(separator: "\n")
    }

    /// Matrix `formatted_body`: code, bold, and list lines (`1. `, `• `, `- `) as HTML lists.
    public var html: String {
        var result = ""
        var openList: String?
        var previousWasText = false
        for (number, line) in lines.enumerated() {
            let html = { (runs: [Run]) in
                runs.map { run -> String in
                    var text = HTML.escape(run.text)
                    if run.code { text = "<code>" + text + "</code>" }
                    if run.bold { text = "<strong>" + text + "</strong>" }
                    return text
                }
                .joined()
            }
            if lineFromTemplate[number] == true, let item = Self.listItem(line.map(\.text).joined()) {
                if openList != item.tag {
                    if let openList { result += "</\(openList)>" }
                    result += item.tag == "ol" ? "<ol start=\"\(item.number)\">" : "<ul>"
                    openList = item.tag
                }
                result += "<li>" + html(Self.dropPrefix(item.markerLength, of: line)) + "</li>"
                previousWasText = false
            } else {
                if let list = openList {
                    result += "</\(list)>"
                    openList = nil
                } else if previousWasText {
                    result += "<br>"
                }
                result += html(line)
                previousWasText = true
            }
        }
        if let openList { result += "</\(openList)>" }
        return result
    }

    /// Whether there is anything HTML would show differently from the plain text.
    public var hasFormatting: Bool {
        lines.indices.contains { number in
            (lineFromTemplate[number] == true && Self.listItem(lines[number].map(\.text).joined()) != nil)
                || lines[number].contains { $0.code || $0.bold }
        }
    }

    private static func listItem(_ line: String) -> (tag: String, number: Int, markerLength: Int)? {
        if line.hasPrefix("• ") || line.hasPrefix("- ") { return ("ul", 0, 2) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let number = Int(digits),
            line.dropFirst(digits.count).hasPrefix(". ")
        else { return nil }
        return ("ol", number, digits.count + 2)
    }

    private static func dropPrefix(_ count: Int, of line: [Run]) -> [Run] {
        var remaining = count
        var result: [Run] = []
        for var run in line {
            if remaining > 0 {
                let dropped = min(remaining, run.text.count)
                run.text = String(run.text.dropFirst(dropped))
                remaining -= dropped
                if run.text.isEmpty { continue }
            }
            result.append(run)
        }
        return result
    }
}
