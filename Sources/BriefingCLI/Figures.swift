import ArgumentParser
import Briefing

/// Prints the figures of the articles, as plain text.
struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the figures of the articles: numbers with what they count.",
        discussion: "Each figure shows the words as written, its kind (count, money, percent, rate, age, duration, measure), its value, its sentence, and where it is in its article. Years, dates, times, references and numbers in names are left out."
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let loaded = try corpus.loadOrExit()
        Diagnostics.report(loaded.problems)
        print(FigureListing.render(AnalyzedCorpus(loaded)), terminator: "")
    }
}
