import ArgumentParser
import Briefing
import BriefingUI
#if canImport(Glibc)
import Glibc
#endif

/// Opens the reader, or prints a plain listing where a full-screen reader cannot run.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open articles in the reader (the default command).",
        discussion: """
            When standard output is not a terminal, or TERM is unset, dumb or unknown, prints the \
            title, byline and first paragraph of each article instead and exits 0.
            """
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let loaded = try corpus.loadOrExit()
        let model = AnalyzedCorpus(loaded)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch {
            // A pipe wants plain text and no chatter; a terminal type we cannot drive is worth
            // a word, or the user is left wondering where the reader went.
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
