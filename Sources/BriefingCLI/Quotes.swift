import ArgumentParser
import Briefing

/// Prints who said what, as plain text.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the quotes of the articles with their speakers.",
        discussion: """
            Each quote shows its speaker and role (or "unattributed"), its kind, the verb that \
            reports it, the quote, and where it is in its article (article id, paragraph, character \
            offsets in the file). Kinds: direct (a whole passage in quotation marks), partial (a \
            quoted fragment in the writer's sentence), indirect (reported speech: "X said that ..."). \
            The same quote in several articles is listed with the others under "also in".

            Examples:
              briefing quotes ~/news/
              briefing quotes --speaker ruiz ~/news/     by any of a speaker's names
            """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("Only quotes by speakers whose name or alias contains this text, in any case.", valueName: "name"))
    var speaker: String?

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let listing = QuoteListing.render(try corpus.analyzeOrExit(), speaker: speaker)
        if listing.isEmpty {
            Diagnostics.note(speaker.map { "no quotes by a speaker named like \"\($0)\"" } ?? "no quotes found")
        }
        print(listing, terminator: "")
    }
}
