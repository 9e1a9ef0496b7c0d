import ArgumentParser
import Foundation
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
            In a terminal, opens the full-screen reader (q quits), at once: the articles load \
            while it shows how far loading has got. When standard output is not a terminal (a \
            pipe or a file), prints the briefing as Markdown instead, as `briefing export \
            --format markdown` does. On a terminal the reader cannot drive (TERM unset, dumb or \
            unknown), prints each article's title, byline and first paragraph as plain text. \
            Nothing printed contains escape sequences.

            Examples:
              briefing ~/news/
              briefing ~/news/ | less
              briefing - < story.txt
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .customLong("no-state"),
          help: "Neither restore nor remember the reading position ($XDG_STATE_HOME/briefing, else ~/.local/state/briefing). BRIEFING_NO_STATE=1 does the same.")
    var noState = false

    func run() throws {
        // A pipe or a file wants the briefing as a document; decided before ncurses is touched.
        guard isatty(STDOUT_FILENO) == 1 else {
            let model = try corpus.analyzeOrExit()
            try Output.write(MarkdownReport.render(model), to: nil)
            return
        }
        // Problems in the configuration are said where they can be read: in the shell after the
        // reader closes (a notice on its status line says there are some), or at once when
        // there is no reader.
        let config = LoadedConfig.load()
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(theme: config.settings.theme, mouse: config.settings.mouse)
        } catch {
            // A terminal type we cannot drive is worth a word, or the user is left wondering
            // where the reader went.
            if case NcursesTerminal.Unavailable.unknownTerminal = error {
                Diagnostics.warn("\(error); printing plain text")
            }
            for message in config.messages { Diagnostics.warn(message) }
            let loaded = try corpus.loadOrExit()
            Diagnostics.report(loaded.problems)
            print(PlainListing.render(loaded), terminator: "")
            return
        }
        // The screen first, the model after: the reader draws at once and loads on a thread
        // of its own (through the reopen cache), reporting files done.
        let options = corpus
        let notices = NoticeBox()
        // Standard input is not a place to come back to.
        let environment = ProcessInfo.processInfo.environment
        let remembers = !noState && (environment["BRIEFING_NO_STATE"] ?? "").isEmpty && !corpus.paths.contains("-")
        let store = remembers ? PositionStore.standard() : nil
        var app = ReaderApp(loadingInStages: { progress, articlesReady in
            let (model, said) = options.analyze(progress: progress, articlesReady: articlesReady)
            notices.set(said)
            return model
        }, settings: config.settings, notice: config.notice, restoring: store?.load(paths: corpus.paths))
        app.leavesWhenNothingLoaded = true
        let final = app.run(on: terminal)
        terminal.close()
        // Where the reader was is kept once there were articles to read, analysed or not.
        if let store, !final.model.articles.isEmpty, let position = final.readingPosition {
            // Not worth a word when it fails: the next open starts at the top, as without it.
            try? store.save(position, paths: corpus.paths)
        }
        for message in config.messages { Diagnostics.warn(message) }
        if app.isLoading {
            // Quit before the model was ready: leave now rather than wait for the loader,
            // whose thread ends with the process; the files skipped are known once the
            // articles are shown.
            if final.isAnalysing { Diagnostics.report(final.model.corpus.problems) }
            Foundation.exit(0)
        }
        let problems = final.model.corpus.problems
        guard !final.model.articles.isEmpty else {
            Diagnostics.warn(CorpusOptions.nothingLoaded(problems, paths: corpus.paths))
            throw ExitCode(1)
        }
        // Said after the screen is restored, so it stays readable in the shell.
        for notice in notices.get() { Diagnostics.warn(notice) }
        Diagnostics.report(problems)
    }
}

/// What the loader thread had to say (the cache's notices), kept for after the screen closes.
private final class NoticeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var notices: [String] = []

    func set(_ new: [String]) { lock.withLock { notices = new } }
    func get() -> [String] { lock.withLock { notices } }
}
