import ArgumentParser
import Briefing

/// Prints each article's summary: for reading a folder when there is no time to read it.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Summarise each article in a few of its own sentences.",
        discussion: """
            For each article prints its title, a line of author, outlet and date, and its summary: \
            the sentences that say most, each adding something the ones before it did not, in the \
            order the article has them. Sentences are the article's own, never rewritten.

            Examples:
              briefing summary ~/news/
              briefing summary --sentences 1 --format markdown ~/news/ > summaries.md
              briefing summary --format json - < story.txt
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @OptionGroup var length: SummaryLength

    @Option(name: .shortAndLong, help: "Output format: text, json or markdown.")
    var format: Format = .text

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let model = try corpus.analyzeOrExit()
        switch format {
        case .text: try Output.write(SummaryListing.text(model, sentences: length.sentences), to: nil)
        case .markdown: try Output.write(SummaryListing.markdown(model, sentences: length.sentences), to: nil)
        case .json: try Output.write(JSONExport.encodeSummaries(model, sentences: length.sentences) + [0x0A], to: nil)
        }
    }
}
