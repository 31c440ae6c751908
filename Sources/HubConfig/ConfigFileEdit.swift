import Yams

/// One value of hubbot.yaml changed in place, comments and layout kept: what
/// `hubbot account login --write-config` does to `matrix.homeserver`.
public enum ConfigFileEdit {
    /// `text` with the scalar at `keyPath` (e.g. `["matrix", "homeserver"]`) replaced by
    /// `value`, quoted; nil when the file has no such scalar on a line of its own (then the
    /// admin adds the line) or when the result would not read back as `value`.
    public static func setting(_ keyPath: [String], to value: String, in text: String) -> String? {
        guard let root = try? Yams.compose(yaml: text), let node = scalar(at: keyPath, in: root), let mark = node.mark
        else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = mark.line - 1
        guard lines.indices.contains(row) else { return nil }
        let line = lines[row]
        let characters = Array(line)
        let column = mark.column - 1
        guard column >= 0, column <= characters.count else { return nil }
        let head = String(characters[..<column])
        let rest = Substring(String(characters[column...]))
        let parts = YAMLText.valueAndComment(rest)
        let comment = parts.comment.isEmpty ? "" : String(rest[parts.value.endIndex...])
        lines[row] = head + YAMLText.quoted(value) + comment
        let edited = lines.joined(separator: "\n")
        guard let check = try? Yams.compose(yaml: edited), scalar(at: keyPath, in: check)?.string == value else {
            return nil
        }
        return edited
    }

    private static func scalar(at keyPath: [String], in root: Node) -> Node.Scalar? {
        var node = root
        for key in keyPath {
            guard let mapping = node.mapping, let next = mapping.first(where: { $0.key.string == key })?.value else {
                return nil
            }
            node = next
        }
        return node.scalar
    }
}
