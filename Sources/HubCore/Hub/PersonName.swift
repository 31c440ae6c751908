/// Display names come from other people's chat clients and are shown to
/// others in offers, greetings and introductions. Only what is safe to show
/// stays: no control or bidirectional formatting characters (which can turn a
/// line around or hide text), no line breaks (which can plant a line such as
/// `!accept 1` under HubBot's name), no `@room` ping, and a sensible length.
public enum PersonName {
    /// The longest name shown, in characters.
    public static let maximumLength = 64

    /// `name` made safe to show, or nil when nothing readable is left.
    public static func clean(_ name: String) -> String? {
        var cleaned = ""
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator, .spaceSeparator:
                pendingSpace = !cleaned.isEmpty
            case .format where scalar == "\u{200C}" || scalar == "\u{200D}":
                // Zero-width (non-)joiners build emoji and many scripts' letters.
                cleaned.unicodeScalars.append(scalar)
            case .format, .surrogate, .privateUse, .unassigned:
                continue
            default:
                if pendingSpace { cleaned.unicodeScalars.append(" ") }
                pendingSpace = false
                cleaned.unicodeScalars.append(scalar)
            }
        }
        guard !cleaned.isEmpty else { return nil }
        if cleaned.count > maximumLength { cleaned = String(cleaned.prefix(maximumLength - 1)) + "…" }
        // A plain "@room" in a message from a room admin notifies everyone in the room. (Most
        // names have no "@": they skip the regular expression, which is slow.)
        guard cleaned.utf8.contains(UInt8(ascii: "@")) else { return cleaned }
        return cleaned.replacing(/@(room)\b/.ignoresCase(), with: { "@\u{200B}\($0.output.1)" })
    }
}
