import ArgumentParser
import Briefing
import Foundation

/// Writes the whole analysis: JSON for scripts, or the briefing as a Markdown report.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the analysis as JSON for scripts or as a Markdown report.",
        discussion: """
            JSON: {"version": 1, "articles": [{"id", "path", "title", "author", "outlet", \
            "published", "paragraphs": [{"text", "start", "end"}], "summary": [sentence, ...]}], \
            "stories", "quotes", "speakers", "figures", "timeline", "entities"}, keys sorted so the \
            same input gives the same bytes. Offsets count Unicode scalars in the raw file. \
            README.md describes every key.

            Markdown: the briefing, story by story (its articles, key people with their strongest \
            quote, key figures as a table, the timeline), then each article's summary. It is what \
            `briefing PATH` prints into a pipe.

            Examples:
              briefing export ~/news/ > corpus.json
              briefing export --format markdown --output briefing.md ~/news/
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    @Option(name: .shortAndLong, help: "Output format: json or markdown.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
            completion: .file())
    var output: String?

    @OptionGroup var length: SummaryLength

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let model = try corpus.analyzeOrExit()
        switch format {
        case .json:
            try Output.write(JSONExport.encode(model, summaryLength: length.sentences) + [0x0A], to: output)
        case .markdown:
            try Output.write(MarkdownReport.render(model, summaryLength: length.sentences), to: output)
        }
    }
}
