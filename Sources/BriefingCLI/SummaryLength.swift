import ArgumentParser
import Briefing

/// `--sentences N`, shared by the commands that print summaries. Checked when parsed, so a bad
/// value is a usage error (exit 2), not a surprise later.
struct SummaryLength: ParsableArguments {
    @Option(name: [.customShort("n"), .long],
            help: ArgumentHelp("Sentences per article summary, 1 to \(Summarizer.maxSentences).", valueName: "n"))
    var sentences: Int = Summarizer.defaultLength

    func validate() throws {
        guard (1...Summarizer.maxSentences).contains(sentences) else {
            throw ValidationError("--sentences must be from 1 to \(Summarizer.maxSentences), not \(sentences).")
        }
    }
}
