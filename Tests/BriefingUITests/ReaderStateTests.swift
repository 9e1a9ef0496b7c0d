import Briefing
import Testing
@testable import BriefingUI

@Suite("Reader state and key loop")
struct ReaderStateTests {
    let size = Size(width: 80, height: 24)

    func run(_ keys: [Key], corpus: AnalyzedCorpus = TestCorpus.long, size: Size? = nil) -> (ReaderState, ScriptedTerminal) {
        let terminal = ScriptedTerminal(size: size ?? self.size, events: keys.map(TerminalEvent.key))
        var app = ReaderApp(model: corpus)
        let state = app.run(on: terminal)
        return (state, terminal)
    }

    @Test("↓ moves the selection; Enter opens the article and focuses the reader")
    func openSecond() {
        let (state, terminal) = run([.down, .enter])
        #expect(state.openArticle == 1)
        #expect(state.focus == .reader)
        let last = terminal.frames.last!.text
        #expect(last.contains("Story Number 2 Has A Headline"))
        #expect(last.contains("Article 2/12"))
    }

    @Test("the list scrolls to keep the selection visible, and G/g jump to the ends")
    func listScrolling() {
        let (state, terminal) = run([.character("G")])
        #expect(state.articleCursor == 11)
        #expect(terminal.frames.last!.text.contains("Story Number 12"))
        let (back, _) = run([.character("G"), .character("g")])
        #expect(back.articleCursor == 0 && back.articleTop == 0)
    }

    @Test("paging the reader moves a page less one line, and stops at the end")
    func readerPaging() {
        let metrics = Screen.metrics(ReaderState(model: TestCorpus.long), size: size)
        let (paged, _) = run([.tab, .pageDown])
        #expect(paged.readerTop == metrics.readerRows - 1)
        let (ended, _) = run([.tab, .end, .pageDown, .down])
        #expect(ended.readerTop == metrics.readerLineCount - metrics.readerRows)
        let (top, _) = run([.tab, .end, .home])
        #expect(top.readerTop == 0)
    }

    @Test("Tab and Shift-Tab cycle the focus through every pane")
    func focusCycle() {
        #expect(run([.tab]).0.focus == .reader)
        #expect(run([.tab, .tab]).0.focus == .quotes)
        #expect(run([.tab, .tab, .tab]).0.focus == .statistics)
        #expect(run([.tab, .tab, .tab, .tab]).0.focus == .articles)
        #expect(run([.backTab]).0.focus == .statistics)
    }

    @Test("Enter on a quote scrolls the reader to it and highlights it")
    func jumpToQuote() {
        let (state, terminal) = run([.tab, .tab, .character("G"), .enter])
        let quotes = state.currentQuotes
        #expect(!quotes.isEmpty)
        #expect(state.highlightedQuote == quotes.count - 1)
        #expect(state.focus == .reader)
        let grid = terminal.frames.last!
        #expect(grid.cells.contains { $0.style == .quoteHighlighted })
        #expect(grid.text.contains("Paragraph 20 of story 1"))
    }

    @Test("q quits; unbound keys do nothing")
    func quit() {
        let terminal = ScriptedTerminal(size: size, events: [.key(.character("x")), .key(.character("q")), .key(.down)])
        var app = ReaderApp(model: TestCorpus.long)
        let state = app.run(on: terminal)
        #expect(state.articleCursor == 0)
        #expect(terminal.events == [.key(.down)], "events after q must not be read")
    }

    @Test("a resize keeps the position and re-lays out at once")
    func resize() {
        // F240 = resize to 140 columns (see ScriptedTerminal).
        let (state, terminal) = run([.tab, .pageDown, .function(240)])
        #expect(state.readerTop > 0)
        #expect(terminal.frames.last!.size.width == 140)
        #expect(terminal.frames.last!.rowText(0).count == 140)
    }

    @Test("no state from random keys ever points outside the corpus or draws outside the grid")
    func randomKeys() {
        var generator = SeededRandom(seed: 42)
        let keys: [Key] = [.up, .down, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .character("j"), .character("k"), .character("G"), .character("g")]
        for size in [Size(width: 80, height: 24), Size(width: 50, height: 20), Size(width: 40, height: 12), Size(width: 200, height: 60)] {
            let script = (0..<400).map { _ in keys[Int(generator.next() % UInt64(keys.count))] }
            let (state, terminal) = run(script, size: size)
            #expect(state.articleCursor < state.articleCount && state.openArticle < state.articleCount)
            #expect(terminal.frames.allSatisfy { $0.size == size && $0.cells.count == size.width * size.height })
        }
    }
}
