import Briefing
import Testing
@testable import BriefingUI

/// The speaker views as state transitions: the filter, the navigation stack and the jump from a
/// speaker's quote into the reader. Keys go through the key table and the key loop, as typed.
@Suite("Speakers, filter and going back")
struct SpeakerNavigationTests {
    let size = Size(width: 80, height: 24)

    func run(_ keys: [Key], corpus: AnalyzedCorpus = TestCorpus.speakers, size: Size? = nil) -> (ReaderState, ScriptedTerminal) {
        let terminal = ScriptedTerminal(size: size ?? self.size, events: keys.map(TerminalEvent.key))
        var app = ReaderApp(model: corpus)
        let state = app.run(on: terminal)
        return (state, terminal)
    }

    func typed(_ text: String) -> [Key] { text.unicodeScalars.map(Key.character) }

    func names(_ state: ReaderState) -> [String] {
        state.filteredSpeakers.map { state.model.speakers[$0].name }
    }

    @Test("the fixture has the speakers these tests rely on")
    func fixture() {
        let state = ReaderState(model: TestCorpus.speakers)
        #expect(names(state) == ["Ines Duarte", "Karl Berg", "Marta Quinn", "Port Authority"], "most quoted first")
        #expect(Set(state.model.quotes.joined().map(\.kind)) == Set(Quote.Kind.allCases))
    }

    @Test("s opens the speaker list with an empty filter; typing narrows it, ignoring case")
    func filterNarrows() {
        let (opened, _) = run([.character("s")])
        #expect(opened.mode == .speakers && opened.speakerFilter.isEmpty && opened.filteredSpeakers.count == 4)
        #expect(names(run([.character("s")] + typed("ar")).0) == ["Ines Duarte", "Karl Berg", "Marta Quinn"])
        #expect(names(run([.character("s")] + typed("arl")).0) == ["Karl Berg"])
        #expect(names(run([.character("s")] + typed("DUARTE")).0) == ["Ines Duarte"])
        #expect(names(run([.character("s")] + typed("nobody")).0) == [])
    }

    @Test("the filter matches aliases too, and the list says which alias matched")
    func aliases() throws {
        let (state, terminal) = run([.character("s")] + typed("mayor i"))
        #expect(names(state) == ["Ines Duarte"])
        let duarte = try #require(state.model.speakers.first { $0.name == "Ines Duarte" })
        #expect(!duarte.name.lowercased().contains("mayor i"))
        #expect(terminal.frames.last!.text.contains("as “Mayor Ines Duarte”"))
    }

    @Test("in the list q, j, k and Space are letters of the filter, not commands")
    func lettersType() {
        let (state, terminal) = run([.character("s")] + typed("q j k") + [.character("q")])
        #expect(state.speakerFilter == "q j kq")
        #expect(terminal.events.isEmpty && state.mode == .speakers, "q must not quit while typing")
        let (quinn, _) = run([.character("s")] + typed("quinn"))
        #expect(names(quinn) == ["Marta Quinn"])
    }

    @Test("Backspace deletes a character, Ctrl-U clears, and a new filter starts at the top")
    func editing() {
        let (deleted, _) = run([.character("s")] + typed("arl") + [.backspace])
        #expect(deleted.speakerFilter == "ar" && deleted.filteredSpeakers.count == 3 && deleted.mode == .speakers)
        let (cleared, _) = run([.character("s")] + typed("arl") + [.control("u")])
        #expect(cleared.speakerFilter.isEmpty && cleared.filteredSpeakers.count == 4)
        let (moved, _) = run([.character("s"), .down, .control("n")])
        #expect(moved.speakerCursor == 2)
        let (restarted, _) = run([.character("s"), .down, .control("n")] + typed("a"))
        #expect(restarted.speakerCursor == 0)
        let (bounded, _) = run([.character("s"), .end, .down, .down, .control("p")])
        #expect(bounded.speakerCursor == 2)
    }

    @Test("Enter shows the chosen speaker's quotes from every article, in corpus order")
    func speakerQuotes() throws {
        let (state, terminal) = run([.character("s")] + typed("berg") + [.enter])
        let berg = try #require(state.model.speakers.firstIndex { $0.name == "Karl Berg" })
        #expect(state.mode == .speakerQuotes(berg))
        let refs = state.shownSpeakerQuotes
        #expect(refs.count == 3)
        #expect(Set(refs.map(\.article)).count == 2)
        #expect(Array(refs) == refs.sorted { ($0.article, $0.index) < ($1.article, $1.index) })
        let screen = terminal.frames.last!.text
        #expect(screen.contains("Quotes by Karl Berg (3)"))
        #expect(screen.contains("Harbour Council Approves New Sea Wall") && screen.contains("Sea Wall Costs Questioned"))
        #expect(screen.contains("partial · described") && screen.contains("“a very expensive gamble”"))
    }

    @Test("Enter on a speaker's quote opens its article scrolled to the quote, selected and highlighted")
    func jumpToQuote() throws {
        // Berg's last quote is in the second article; the first article is open before.
        let (state, terminal) = run([.character("s")] + typed("berg") + [.enter, .end, .enter])
        #expect(state.mode == .panes && state.focus == .reader)
        #expect(state.openArticle == 1 && state.articleCursor == 1)
        let quote = try #require(state.highlightedQuote.map { state.currentQuotes[$0] })
        #expect(quote.text == "he would ask the regional auditor to review the contract")
        #expect(state.quoteCursor == state.highlightedQuote)
        #expect(!state.revealHighlight, "the jump is settled once the article is laid out")
        let metrics = Screen.metrics(state, size: size)
        let line = metrics.quoteLines[state.highlightedQuote!]
        #expect(state.readerTop == Scrolling.clampTop(line - 1, count: metrics.readerLineCount, visible: metrics.readerRows))
        let grid = terminal.frames.last!
        #expect(grid.text.contains("Article 2/3"))
        #expect(grid.cells.contains { $0.style == .quoteHighlighted })
        #expect(grid.text.contains("Karl Berg said he would ask the regional auditor"))
    }

    @Test("a jump that has not been laid out yet still draws the quote: rendering honours it")
    func pendingJumpRenders() throws {
        let filler = (1...15).map { "Filler paragraph \($0) has nothing to report and says so at some length." }
        let corpus = TestCorpus.make([
            (name: "one.txt", text: "First Story Has A Headline\n\n“We start today,” said Jane Example.\n"),
            (name: "two.txt", text: "Second Story Has A Headline\n\n" + filler.joined(separator: "\n\n")
                + "\n\n“We will be back next year,” said Jane Example.\n"),
        ])
        var state = ReaderState(model: corpus)
        let jane = try #require(state.model.speakers.firstIndex { $0.name == "Jane Example" })
        let metrics = Screen.metrics(state, size: size)
        state.apply(.speakers, metrics: metrics)
        state.current.mode = .speakerQuotes(jane)
        state.current.speakerQuoteCursor = try #require(state.shownSpeakerQuotes.lastIndex { $0.article == 1 })
        // Metrics from before the jump describe the first article: the reader cannot settle yet.
        state.apply(.open, metrics: Screen.metrics(state, size: size))
        #expect(state.openArticle == 1 && state.revealHighlight && state.readerTop == 0)
        let grid = Screen.render(state, size: size)
        #expect(grid.cells.contains { $0.style == .quoteHighlighted }, "the quote is not on screen:\n\(grid.text)")
        #expect(grid.text.contains("We will be back next year"))
        // The next layout settles it at the same place.
        state.clamp(to: Screen.metrics(state, size: size))
        #expect(!state.revealHighlight && state.readerTop > 0)
        #expect(Screen.render(state, size: size) == grid)
    }

    @Test("Esc goes back through the stack to exactly where you were; Backspace in lists too")
    func backThroughTheStack() throws {
        // Somewhere particular in the panes: second article open, reader focused and scrolled.
        let start: [Key] = [.down, .enter, .down, .down]
        let (before, _) = run(start)
        let deep = start + [.character("s")] + typed("berg") + [.enter, .down, .enter]
        let (atQuote, _) = run(deep)
        #expect(atQuote.history.count == 3)
        #expect(atQuote.history.map(\.mode).prefix(2) == [.panes, .speakers])

        let (quotes, _) = run(deep + [.escape])
        let berg = try #require(quotes.model.speakers.firstIndex { $0.name == "Karl Berg" })
        #expect(quotes.mode == .speakerQuotes(berg) && quotes.speakerQuoteCursor == 1 && quotes.history.count == 2)

        let (list, _) = run(deep + [.escape, .backspace])
        #expect(list.mode == .speakers && list.speakerFilter == "berg" && list.history.count == 1)

        // Backspace in the list edits the filter; Esc leaves it.
        let (edited, _) = run(deep + [.escape, .backspace, .backspace])
        #expect(edited.mode == .speakers && edited.speakerFilter == "ber")

        let (back, _) = run(deep + [.escape, .escape, .escape])
        #expect(back.current == before.current, "not back where the user was")
        #expect(back.history.isEmpty)
        // With nothing to go back to, Esc does nothing.
        let (still, _) = run(deep + [.escape, .escape, .escape, .escape])
        #expect(still.current == before.current)
    }

    @Test("Backspace on an empty filter goes back to the view the list was opened from")
    func backspaceLeavesEmptyFilter() {
        let (state, _) = run([.tab, .character("s"), .character("x"), .backspace, .backspace])
        #expect(state.mode == .panes && state.focus == .reader && state.history.isEmpty)
    }

    @Test("the status line names the view and hints its own keys")
    func statusLine() {
        let last = { (keys: [Key]) in self.run(keys).1.frames.last!.rowText(23) }
        #expect(last([]).contains("? help") && last([]).contains("/ search") && !last([]).contains("Esc back"))
        let list = last([.character("s")])
        #expect(list.hasPrefix(" Speakers · speaker 1/4") && list.contains("Esc back") && !list.contains("q quit"))
        let quotes = last([.character("s"), .enter])
        #expect(quotes.hasPrefix(" Ines Duarte · quote 1/4") && quotes.contains("Enter open"))
        let jumped = last([.character("s"), .enter, .enter])
        #expect(jumped.hasPrefix(" Article · ") && jumped.contains("Esc back"))
    }

    @Test("q quits from a speaker's quotes, and a too-small screen in the list names Esc, not q")
    func quitting() {
        let terminal = ScriptedTerminal(size: size, events: [.key(.character("s")), .key(.enter), .key(.character("q")), .key(.down)])
        var app = ReaderApp(model: TestCorpus.speakers)
        app.run(on: terminal)
        #expect(terminal.events == [.key(.down)], "q did not quit")
        let (_, small) = run([.character("s")], size: Size(width: 30, height: 8))
        #expect(small.frames.last!.text.contains("Esc goes back") && !small.frames.last!.text.contains("q quits"))
    }

    @Test("the stack forgets its oldest views past its limit")
    func historyLimit() {
        let cycle: [Key] = [.character("s"), .enter, .enter]  // three views pushed per round
        let (state, _) = run(Array(repeating: cycle, count: 40).flatMap { $0 })
        #expect(state.history.count == ReaderState.historyLimit)
    }

    @Test("no sequence of keys in any view points outside the model or draws outside the grid")
    func randomKeys() {
        var generator = SeededRandom(seed: 7)
        let keys: [Key] = [.up, .down, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape, .backspace,
                           .control("n"), .control("p"), .control("u"), .character("s"), .character("a"), .character("r"),
                           .character("j"), .character("G"), .character(" ")]
        for corpus in [TestCorpus.speakers, TestCorpus.samples] {
            for size in [Size(width: 80, height: 24), Size(width: 50, height: 20), Size(width: 40, height: 12)] {
                let script = (0..<400).map { _ in keys[Int(generator.next() % UInt64(keys.count))] }
                let (state, terminal) = run(script, corpus: corpus, size: size)
                #expect(state.openArticle < state.articleCount)
                #expect(state.highlightedQuote.map { state.currentQuotes.indices.contains($0) } ?? true)
                #expect(state.filteredSpeakers.isEmpty || state.filteredSpeakers.indices.contains(state.speakerCursor))
                for frame in terminal.frames {
                    #expect(frame.size == size)
                    for y in 0..<size.height { #expect(DisplayWidth.of(frame.rowText(y)) == size.width) }
                }
            }
        }
    }
}
