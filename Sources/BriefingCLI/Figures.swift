import ArgumentParser
import Briefing

/// Prints the figures of the articles, as plain text.
struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the figures of the articles: numbers with what they count.",
        discussion: """
            Most salient first: magnitude for the thing counted, digits over vague words, a \
            watched or topical counted thing, a qualifier, attribution to a source, title and \
            lead, repetition across articles. The same figure in several articles is listed once. \
            Each figure shows the words as written, its kind (count, money, percent, rate, age, \
            duration, measure), its value, who gave it, its sentence, where it is in its article, \
            the other articles that report it and the figures that disagree with it. Years, dates, \
            times, references and numbers in names are left out.

            Examples:
              briefing figures ~/news/
              briefing figures --limit 10 ~/news/
            """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("List only the first N figures.", valueName: "n"))
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more, not \(limit).") }
    }

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let listing = FigureListing.render(try corpus.analyzeOrExit(), limit: limit)
        if listing.isEmpty { Diagnostics.note("no figures found") }
        print(listing, terminator: "")
    }
}
