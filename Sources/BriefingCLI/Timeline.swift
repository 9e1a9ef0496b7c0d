import ArgumentParser
import Briefing

/// Prints the timeline of the articles, as plain text.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the dated events of the articles, oldest first.",
        discussion: """
            Each event shows its date (ISO 8601: 2021-03-04, 2021-03, 2021, 2021-W09 for a week; \
            XXXX where the year is unknown), the date as written, "uncertain" where the date was \
            guessed, the sentence that dates the event, and where it is. Partial dates ("July \
            4th", "on Tuesday", "last week") are resolved against the article's date. The same \
            event in several articles is listed once, with the other articles. Each article's \
            own date is listed too.

            Example:
              briefing timeline ~/news/
            """
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let listing = TimelineListing.render(try corpus.analyzeOrExit())
        if listing.isEmpty { Diagnostics.note("no dated events found") }
        print(listing, terminator: "")
    }
}
