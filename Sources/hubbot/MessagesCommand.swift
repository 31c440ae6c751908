import ArgumentParser
import Foundation
import HubConfig
import HubCore

struct MessagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "messages",
        abstract: "HubBot's words: print the catalogue to start your own wording from.",
        discussion: """
            Every sentence HubBot says has an id. To word any of them your way, put the id and your \
            text in messages.<lang>.yaml beside the tag file (Config/messages.de.yaml for German); \
            HubBot reads it at start, when it changes, on SIGHUP and on !reload. `hubbot check-config` \
            checks it.
            """,
        subcommands: [Export.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the catalogue of one language, as messages.<lang>.yaml or JSON.",
            discussion: """
                Prints every message (or the ids given) in the shipped wording, with the English as a \
                comment above each, ready to copy into Config/messages.<lang>.yaml and edit \
                (keep only the ones you change). With --config, the wording in force (your overrides \
                included) is printed.

                Examples:
                  hubbot messages export --lang de > Config/messages.de.yaml
                  hubbot messages export --lang fr greeting.first offer.sent
                  echo offer.sent | hubbot messages export --lang nl --format json -
                """
        )

        @Option(help: "Language: \(ChatLanguage.allCases.map(\.rawValue).joined(separator: ", ")).")
        var lang: String = "en"

        @Option(help: "Output format: yaml or json.")
        var format: Format = .yaml

        @Option(help: "hubbot.yaml whose wording files (beside hub.tags) are included.")
        var config: String?

        @Argument(help: "Message ids to print (all when none); '-' reads ids from standard input, one per line.")
        var ids: [String] = []

        enum Format: String, ExpressibleByArgument, CaseIterable { case yaml, json }

        struct Entry: Encodable {
            var id: String
            var text: String
            var english: String
            var placeholders: [String]
        }

        func run() throws {
            guard let language = ChatLanguage(code: lang) else {
                throw ValidationError(
                    "'\(lang)' is not a language HubBot speaks; use one of "
                        + ChatLanguage.allCases.map(\.rawValue).joined(separator: ", ")
                )
            }
            var catalogue = MessageCatalogue()
            if let config {
                do throws(ConfigError) {
                    let settings = try ConfigLoader.load(path: config)
                    catalogue = try MessagesConfig.load(nextTo: settings.tagsPath(relativeTo: config))
                } catch {
                    Diagnostics.fail(error.description)
                    throw ExitCode(78)
                }
            }
            let wanted = ids.isEmpty ? [] : try InputList.expand(ids)
            var selected: [MessageID] = []
            for id in wanted {
                guard let message = MessageID(rawValue: id) else {
                    throw ValidationError("no message has the id '\(id)'; run without ids to list them all")
                }
                selected.append(message)
            }
            let messages = selected.isEmpty ? MessageID.allCases : selected
            let entries = messages.map { id in
                Entry(
                    id: id.rawValue,
                    text: catalogue.template(id, in: language).source,
                    english: id.english,
                    placeholders: ((try? MessageTemplate(id.english))?.placeholders ?? []).sorted()
                )
            }
            switch format {
            case .json:
                print(try OutputFormat.json(entries))
            case .yaml:
                print("# HubBot's words in \(language.ownName) (\(language.rawValue)). Keep the lines you change;")
                print("# {name} are values HubBot fills in, `!commands` stay as they are. See docs/configuration.md.")
                for entry in entries {
                    print("")
                    if language != .english {
                        print("# en: \(entry.english.replacingOccurrences(of: "\n", with: "\\n"))")
                    }
                    print("\(entry.id): \(MessagesConfig.yamlQuoted(entry.text))")
                }
            }
        }
    }
}
