import ArgumentParser
import Briefing
import BriefingUI
#if canImport(Glibc)
import Glibc
#endif

/// Opens the reader; where a full-screen reader has no place, prints the briefing instead.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the articles in the reader, or print the briefing into a pipe.",
        discussion: """
            In a terminal, opens the full-screen reader (q quits). When standard output is not a \
            terminal (a pipe or a file), prints the briefing as Markdown instead, as \
            `briefing export --format markdown` does. On a terminal the reader cannot drive (TERM \
            unset, dumb or unknown), prints each article's title, byline and first paragraph as \
            plain text. Nothing printed contains escape sequences.

            Examples:
              briefing ~/news/
              briefing ~/news/ | less
              briefing - < story.txt
            """
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let model = try corpus.analyzedOrExit()
        let loaded = model.corpus
        // A pipe or a file wants the briefing as a document; decided before ncurses is touched.
        guard isatty(STDOUT_FILENO) == 1 else {
            Diagnostics.report(loaded.problems)
            try Output.write(MarkdownReport.render(model), to: nil)
            return
        }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch {
            // A terminal type we cannot drive is worth a word, or the user is left wondering
            // where the reader went.
            if case NcursesTerminal.Unavailable.unknownTerminal = error {
                Diagnostics.warn("\(error); printing plain text")
            }
            Diagnostics.report(loaded.problems)
            print(PlainListing.render(loaded), terminator: "")
            return
        }
        var app = ReaderApp(model: model)
        app.run(on: terminal)
        terminal.close()
        // Said after the screen is restored, so it stays readable in the shell.
        Diagnostics.report(loaded.problems)
    }
}
