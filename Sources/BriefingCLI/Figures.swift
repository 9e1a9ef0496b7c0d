import ArgumentParser
import Briefing

/// Prints the figures of the articles, as plain text.
struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the figures of the articles: numbers with what they count.",
        discussion: "Figures are ranked by salience (magnitude for the thing counted, digits over vague words, a watched or topical counted thing, a qualifier, attribution to a source, title and lead, repetition across articles); the same figure in several articles is listed once. Each figure shows the words as written, its kind (count, money, percent, rate, age, duration, measure), its value, its sentence, and where it is in its article. Years, dates, times, references and numbers in names are left out."
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .shortAndLong, help: "List only the first N figures.")
    var limit: Int?

    func run() throws {
        let loaded = try corpus.loadOrExit()
        Diagnostics.report(loaded.problems)
        print(FigureListing.render(AnalyzedCorpus(loaded), limit: limit), terminator: "")
    }
}
