import Foundation

/// Every sentence HubBot says, per language: the shipped wording, with the admin's own
/// (`Config/messages.<lang>.yaml`) over it. A message missing in a language is said in
/// English, so an incomplete override or translation never leaves anyone without an answer.
public struct MessageCatalogue: Sendable {
    /// The admin's wording, per language and message.
    public var overrides: [ChatLanguage: [MessageID: MessageTemplate]]

    public init(overrides: [ChatLanguage: [MessageID: MessageTemplate]] = [:]) {
        self.overrides = overrides
    }

    /// The wording HubBot ships, as written in the catalogue files (English is complete).
    public static func shippedSource(_ id: MessageID, in language: ChatLanguage) -> String? {
        switch language {
        case .english: id.english
        case .german: germanTexts[id]
        case .french: frenchTexts[id]
        case .spanish: spanishTexts[id]
        case .dutch: dutchTexts[id]
        }
    }

    /// Parsed once. A shipped template that does not parse (a test prevents it) is said as written.
    private static let shipped: [ChatLanguage: [MessageID: MessageTemplate]] = Dictionary(
        uniqueKeysWithValues: ChatLanguage.allCases.map { language in
            let templates = MessageID.allCases.compactMap { id -> (MessageID, MessageTemplate)? in
                guard let source = shippedSource(id, in: language) else { return nil }
                return (id, (try? MessageTemplate(source)) ?? MessageTemplate(literal: source))
            }
            return (language, Dictionary(uniqueKeysWithValues: templates))
        }
    )

    /// Parses the shipped wording now rather than for the first message HubBot says.
    public static func prepare() { _ = shipped.count }

    /// The wording of `id` in `language`: the admin's, else the shipped, else English.
    public func template(_ id: MessageID, in language: ChatLanguage) -> MessageTemplate {
        overrides[language]?[id] ?? Self.shipped[language]?[id] ?? Self.shipped[.english]?[id]
            ?? MessageTemplate(literal: id.rawValue)
    }

    /// `said` in words, with its markup known apart from its values.
    public func render(_ said: Said, in language: ChatLanguage) -> MarkedText {
        var text = MarkedText()
        append(said, in: language, to: &text)
        return text
    }

    /// `said` in plain words (logs, the terminal).
    public func plain(_ said: Said, in language: ChatLanguage) -> String {
        render(said, in: language).plain
    }

    private func append(_ said: Said, in language: ChatLanguage, to text: inout MarkedText) {
        for piece in said.pieces {
            switch piece {
            case .gap(let gap): text.appendMarkup(gap)
            case .message(let id, let values):
                append(template(id, in: language).nodes, values: values, number: nil, in: language, to: &text)
            }
        }
    }

    private func append(
        _ nodes: [MessageTemplate.Node],
        values: [String: MessageValue],
        number: Int?,
        in language: ChatLanguage,
        to text: inout MarkedText
    ) {
        for node in nodes {
            switch node {
            case .text(let words):
                text.appendMarkup(words)
            case .number:
                text.appendValue(number.map(String.init) ?? "#", fromTemplate: true)
            case .value(let name):
                guard let value = values[name] else {
                    text.appendValue("{\(name)}")
                    continue
                }
                // A request's number stands out where people look for it ("Request **12**").
                if name == "request", case .number(let number) = value {
                    text.appendEmphasized(String(number))
                    continue
                }
                append(value, in: language, to: &text)
            case .plural(let name, let cases):
                let count: Int? = if case .number(let count)? = values[name] { count } else { nil }
                let body =
                    count.flatMap { cases["=\($0)"] ?? cases[language.pluralCategory($0)] } ?? cases["other"] ?? []
                append(body, values: values, number: count, in: language, to: &text)
            }
        }
    }

    private func append(_ value: MessageValue, in language: ChatLanguage, to text: inout MarkedText) {
        switch value {
        case .text(let words): text.appendValue(words)
        case .number(let number): text.appendValue(String(number), fromTemplate: true)
        case .list(let items): text.appendValue(language.list(items))
        case .quote(let words): text.appendValue(language.quotes.open + words + language.quotes.close)
        case .clock(let date, let zone): text.appendValue(language.clock(date, zone: zone))
        case .days(let days): text.appendValue(language.days(days))
        case .phrase(let said): append(said, in: language, to: &text)
        }
    }
}

extension MessageTemplate {
    /// Text said exactly as written, braces and all.
    init(literal: String) {
        nodes = [.text(literal)]
        source = literal
    }
}
