import ArgumentParser
import Briefing

/// Prints who said what, as plain text.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the quotes of the articles with their speakers.",
        discussion: "Each quote shows its speaker and role, its kind (direct, partial, indirect), its cue verb, and where it is in its article."
    )

    @Option(name: .shortAndLong, help: "Only quotes by speakers whose name or alias contains this text.")
    var speaker: String?

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let loaded = try corpus.loadOrExit()
        Diagnostics.report(loaded.problems)
        print(QuoteListing.render(AnalyzedCorpus(loaded), speaker: speaker), terminator: "")
    }
}
