import Briefing
import Testing
@testable import BriefingUI

/// The key figures on screen: the sidebar's ranked lists, Enter into the figure's sentence,
/// the full list on `f`, and Esc back. Keys go through the key table and the key loop.
@Suite("Key figures in the sidebar and the figure list")
struct FigureNavigationTests {
    /// Three invented articles; the figures the tests look for are in the later paragraphs of
    /// the second, so a jump must open another article and scroll.
    static let corpus = TestCorpus.make([
        ("a.txt", """
            Harbour dredging begins

            Work began on Monday to deepen the harbour channel, the port said.

            Two tugs will guide the dredger.
            """),
        ("b.txt", """
            Floods sweep the valley

            Rain fell all week across the valley.

            Rivers rose quickly in the night.

            Crews worked until dawn to clear the roads.

            Schools stayed closed on Friday.

            Shops in the old town opened late.

            Farmers moved their herds to higher ground.

            By Sunday the floods had forced 48,000 residents from their homes in 23 towns, the regional government said.
            """),
        ("c.txt", """
            Ferry timetable changes

            The ferry will run two extra crossings a day in summer.
            """),
    ])

    let size = Size(width: 120, height: 40)

    func run(_ keys: [Key], size: Size? = nil) -> (ReaderState, ScriptedTerminal) {
        let terminal = ScriptedTerminal(size: size ?? self.size, events: keys.map(TerminalEvent.key))
        var app = ReaderApp(model: Self.corpus)
        return (app.run(on: terminal), terminal)
    }

    /// Tab three times: Articles → Article → Quotes → Sidebar.
    let toSidebar: [Key] = [.tab, .tab, .tab]

    @Test("the sidebar lists the corpus's first figure before the counts")
    func sidebarLists() throws {
        let (state, terminal) = run([])
        let first = try #require(state.model.keyFigures.first)
        let text = state.model.figure(first.representative).text
        #expect(text.contains("48,000 residents"), "ranking: \(state.model.keyFigures.map { state.model.figure($0.representative).text })")
        let screen = terminal.frames.last!.text
        let figureRow = try #require(screen.split(separator: "\n").firstIndex { $0.contains("1 48,000 residents") })
        let countsRow = try #require(screen.split(separator: "\n").firstIndex { $0.contains("Counts") })
        #expect(figureRow < countsRow)
    }

    @Test("Enter on a sidebar figure opens its article with the sentence highlighted and in view")
    func enterOpensSentence() throws {
        let (state, terminal) = run(toSidebar + [.enter])
        #expect(state.mode == .panes && state.focus == .reader)
        #expect(state.openArticle == 1)
        let passage = try #require(state.highlightedPassage)
        let sentence = state.model.articles[1].paragraphs[passage.paragraph].text
        #expect(sentence.contains("48,000 residents"))
        let grid = terminal.frames.last!
        // The sentence is drawn highlighted, the figure in it more strongly.
        let focus = (0..<grid.size.height).flatMap { y in (0..<grid.size.width).filter { grid[$0, y].style == .contextFocus }.map { grid[$0, y].text } }
        #expect(focus.joined().contains("48,000"), "focus cells: \(focus.joined())")
        #expect(grid.cells.contains { $0.style == .context })
        #expect(state.canGoBack)
    }

    @Test("with the sidebar focused, the selected figure shows its sentence under it; unfocused, it does not")
    func sentencePreview() throws {
        let (focused, terminal) = run(toSidebar)
        let rows = SidebarView(state: focused, width: 30).rows
        guard case .figure(_, _, let sentence, _) = rows[SidebarView.cursorRow(focused.statisticsCursor, rows: rows)] else {
            Issue.record("the cursor is not on a figure")
            return
        }
        #expect(!sentence.isEmpty)
        // The sentence's first words are drawn in the sidebar.
        let words = "By Sunday the floods"
        #expect(terminal.frames.last!.text.contains(words))
        let (unfocused, plain) = run([])
        let plainRows = SidebarView(state: unfocused, width: 30).rows
        #expect(plainRows.allSatisfy { if case .figure(_, _, let s, _) = $0 { s.isEmpty } else { true } })
        #expect(!plain.frames.last!.text.contains(words))
    }

    @Test("a figure only the headline gives opens the article with the headline highlighted")
    func headlineFigure() throws {
        let corpus = TestCorpus.make([("fares.txt", "Ferry Fares Rise 12% In Spring\n\nThe operator blamed fuel costs and said timetables would not change.\n")])
        let figure = try #require(corpus.figures[0].first)
        #expect(figure.paragraph == FigureExtractor.titleParagraph)
        let terminal = ScriptedTerminal(size: size, events: [Key.character("f"), .enter].map(TerminalEvent.key))
        var app = ReaderApp(model: corpus)
        let state = app.run(on: terminal)
        #expect(state.highlightedPassage?.paragraph == FigureExtractor.titleParagraph)
        let grid = terminal.frames.last!
        let focus = (0..<grid.size.height).flatMap { y in (0..<grid.size.width).filter { grid[$0, y].style == .contextFocus }.map { grid[$0, y].text } }
        #expect(focus.joined() == "12%")
    }

    @Test("Esc after the jump goes back to the sidebar, exactly as it was")
    func escBack() {
        let (state, _) = run(toSidebar + [.enter, .escape])
        #expect(state.mode == .panes && state.focus == .statistics && state.openArticle == 0)
        #expect(state.highlightedPassage == nil)
    }

    @Test("Esc after a jump from the second figure returns to the second figure")
    func escBackToSameRow() {
        let (state, _) = run(toSidebar + [.down, .enter, .escape])
        #expect(state.focus == .statistics && state.statisticsCursor == 1)
    }

    @Test("f lists every key figure ranked; Enter opens the selected one in its article")
    func figureList() throws {
        let (list, terminal) = run([.character("f")])
        #expect(list.mode == .figures)
        let screen = terminal.frames.last!.text
        #expect(screen.contains("Key figures (\(list.model.keyFigures.count))"))
        #expect(screen.contains("#1  "))
        let (opened, _) = run([.character("f"), .end, .enter])
        let last = try #require(opened.model.keyFigures.last)
        let figure = opened.model.figure(last.representative)
        #expect(opened.mode == .panes && opened.openArticle == figure.article)
        #expect(opened.highlightedPassage == figure.passage)
    }

    @Test("moving down the sidebar reaches the counts below the figures, and Enter on Speakers lists the speakers")
    func sidebarCursor() {
        let (state, terminal) = run(toSidebar + [.end])
        #expect(state.focus == .statistics)
        #expect(terminal.frames.last!.text.contains("Reading time"))
        let rows = SidebarView(state: state, width: 30).rows
        let speakers = rows.filter(\.isSelectable).firstIndex { if case .speakers = $0 { true } else { false } }!
        let (list, _) = run(toSidebar + [.home] + Array(repeating: .down, count: speakers) + [.enter])
        #expect(list.mode == .speakers)
    }

    @Test("a narrow screen shows the sidebar, with the first key figure, when Tab brings it up")
    func narrowSummary() {
        let (_, terminal) = run([.tab, .tab, .tab], size: Size(width: 60, height: 20))
        #expect(terminal.frames.last!.text.contains("48,000 residents"))
    }

    @Test("a list of a million entries measures only the entries around the cursor")
    func lazyList() {
        final class Counter: @unchecked Sendable { var calls = 0 }
        let counter = Counter()
        let list = JumpListView(title: "t", name: "n", about: "", count: 1_000_000, item: { i in
            counter.calls += 1
            return JumpItem(heading: "\(i)", note: "", lines: [("line", .normal)])
        }, cursor: 999_999, top: 0, empty: "", noun: "entry")
        let rows = 30
        let top = list.firstShown(rows: rows)
        // Three rows an entry: ten fit, the cursor's the last of them.
        #expect(top == 999_990)
        #expect(counter.calls <= rows / 3 + 2, "measured \(counter.calls) entries")
        var grid = CellGrid(size: Size(width: 40, height: rows + JumpListView.headerRows))
        counter.calls = 0
        list.draw(into: &grid, area: Rect(x: 0, y: 0, width: 40, height: rows + JumpListView.headerRows), focused: true)
        #expect(counter.calls <= 2 * (rows / 3 + 2), "drew with \(counter.calls) entries built")
        #expect(grid.text.contains("999999"))
    }
}
