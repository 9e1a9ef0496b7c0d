import Briefing
import Testing
@testable import BriefingUI

/// The reader's two texts: `v` switches between the full article and its summary (the model's
/// summary sentences in article order, under a header saying how many of the article's
/// sentences they are). The choice stays while other articles are opened, and the status line
/// says which text is shown.
@Suite("Reader: full text and summary")
struct ReaderSummaryTests {
    static let samples = TestCorpus.samples
    let size = Size(width: 100, height: 30)

    func run(_ keys: [Key], corpus: AnalyzedCorpus = samples) -> (ReaderState, CellGrid) {
        let terminal = ScriptedTerminal(size: size, events: keys.map(TerminalEvent.key))
        var app = ReaderApp(model: corpus)
        return (app.run(on: terminal), terminal.frames.last!)
    }

    /// The reader pane's rows as text, spaces collapsed, from a frame of the panes.
    func readerText(_ grid: CellGrid) -> String {
        let layout = ScreenLayout(size: grid.size)
        let area = layout.content(.reader)
        return (area.y..<area.maxY).map { y in
            String(grid.rowText(y).dropFirst(area.x).prefix(area.width)).trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    @Test("v shows the summary sentences in article order under a header; v again the full text")
    func toggle() throws {
        let (state, grid) = run([.enter, .character("v")])
        #expect(state.readerSummary && state.mode == .panes)
        let article = state.model.articles[0]
        let sentences = state.model.summaries[0].sentences(Summarizer.defaultLength)
        #expect(!sentences.isEmpty)
        let shown = readerText(grid)
        #expect(shown.contains("Summary · \(sentences.count) of \(article.bodySentenceCount) sentences · v: full text"), "\(shown)")
        // Every sentence, in order.
        var from = shown.startIndex
        for sentence in sentences {
            let words = sentence.text.split(separator: " ").prefix(5).joined(separator: " ")
            let found = try #require(shown.range(of: words, range: from..<shown.endIndex), "“\(words)” not in order in \(shown)")
            from = found.upperBound
        }
        #expect(grid.rowText(size.height - 1).hasPrefix(" Summary · article 1/2 · "))
        #expect(grid.text.contains("Article 1/2 · summary"))

        let (full, fullGrid) = run([.enter, .character("v"), .character("v")])
        #expect(!full.readerSummary)
        #expect(!readerText(fullGrid).contains("Summary ·"))
        #expect(fullGrid.rowText(size.height - 1).hasPrefix(" Article · article 1/2 · "))
    }

    @Test("the summary stays on when another article is opened, and the status line says so from any pane")
    func persists() {
        let (state, grid) = run([.character("v"), .down, .enter])
        #expect(state.readerSummary && state.openArticle == 1)
        let sentences = state.model.summaries[1].sentences(Summarizer.defaultLength)
        #expect(readerText(grid).contains("Summary · \(sentences.count) of"))
        #expect(grid.text.contains("Article 2/2 · summary"))
        let (listFocused, listGrid) = run([.character("v"), .down])
        #expect(listFocused.focus == .articles)
        #expect(listGrid.rowText(size.height - 1).contains("reader: summary"))
    }

    @Test("a jump to a quote or a passage shows it in the full text; Esc brings the summary back")
    func jumpShowsFullText() {
        // Quotes pane: Tab twice from the articles, Enter on the first quote.
        let (quote, grid) = run([.character("v"), .tab, .tab, .enter])
        #expect(!quote.readerSummary && quote.highlightedQuote == 0)
        #expect(grid.cells.contains { $0.style == .quoteHighlighted })
        // The figure list: a jump, so Esc returns to the summary.
        let (figure, _) = run([.character("v"), .character("f"), .enter])
        #expect(!figure.readerSummary && figure.highlightedPassage != nil)
        let (back, _) = run([.character("v"), .character("f"), .enter, .escape, .escape])
        #expect(back.mode == .panes && back.readerSummary)
    }

    @Test("an article with no sentences to choose says so")
    func emptySummary() {
        let corpus = TestCorpus.make([("heading.md", "---\ntitle: Only A Heading\n---\n\n## Section\n")])
        guard !corpus.articles.isEmpty else { return }
        let (state, grid) = run([.enter, .character("v")], corpus: corpus)
        #expect(state.readerSummary)
        if corpus.summaries[0].ranked.isEmpty {
            #expect(readerText(grid).contains("Summary · none"))
        }
    }

    @Test("v does nothing outside the panes")
    func onlyInPanes() {
        let (state, _) = run([.character("b"), .character("v")])
        #expect(state.mode == .briefing && !state.readerSummary)
        #expect(KeyTable.action(for: .character("v"), in: .briefing) == nil)
    }
}
