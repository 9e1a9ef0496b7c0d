import Briefing
import Foundation
import SnapshotTesting
import Testing
@testable import BriefingUI

/// Renders screens to a cell grid and compares them with text snapshots in __Snapshots__.
/// A snapshot was read and judged by a person when it was recorded; the structural checks
/// below hold for every frame whatever the snapshot says.
@Suite("Rendered screens")
struct RenderSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 50, height: 20)]

    func screen(_ corpus: AnalyzedCorpus, _ size: Size, keys: [Key] = []) -> CellGrid {
        screen(ReaderState(model: corpus), size, keys: keys)
    }

    func screen(_ state: ReaderState, _ size: Size, keys: [Key] = []) -> CellGrid {
        let terminal = ScriptedTerminal(size: size, events: keys.map(TerminalEvent.key))
        var app = ReaderApp(state: state)
        app.run(on: terminal)
        return terminal.frames.last!
    }

    /// Invariants of any frame: every row is exactly as wide as the screen, and every pane
    /// frame that starts on a row is closed on that row.
    func checkStructure(_ grid: CellGrid) {
        for y in 0..<grid.size.height {
            #expect(DisplayWidth.of(grid.rowText(y)) == grid.size.width, "row \(y) has the wrong width")
            let row = Array(grid.rowText(y))
            #expect(row.filter { $0 == "┌" }.count == row.filter { $0 == "┐" }.count, "row \(y): unclosed frame")
            #expect(row.filter { $0 == "└" }.count == row.filter { $0 == "┘" }.count, "row \(y): unclosed frame")
        }
    }

    @Test("first screen over the samples", arguments: sizes)
    func firstScreen(size: Size) {
        let grid = screen(TestCorpus.samples, size)
        checkStructure(grid)
        #expect(grid.text.contains("Articles (2)"))
        // Below 80 columns the sidebar is a tab of its own.
        #expect(grid.text.contains(size.width >= 80 ? "Key figures" : " Sidebar "))
        assertSnapshot(of: grid.text, as: .lines, named: "\(size.width)x\(size.height)")
    }

    @Test("second article open, focus in the reader", arguments: sizes)
    func secondArticle(size: Size) {
        let grid = screen(TestCorpus.samples, size, keys: [.down, .enter])
        checkStructure(grid)
        #expect(grid.text.contains("Article 2/2"))
        assertSnapshot(of: grid.text, as: .lines, named: "\(size.width)x\(size.height)")
    }

    @Test("styles: focused frame, selection and quoted text at 80×24")
    func styles() {
        let grid = screen(TestCorpus.samples, Size(width: 80, height: 24), keys: [.tab, .tab, .down, .enter])
        #expect(grid.cells.contains { $0.style == .quoteHighlighted })
        #expect(grid.cells.contains { $0.style == .borderFocused })
        assertSnapshot(of: grid.styleMask, as: .lines, named: "mask")
        assertSnapshot(of: grid.text, as: .lines, named: "text")
    }

    // MARK: - Quotes and speakers (TestCorpus.speakers)

    static let speakerSizes = [Size(width: 80, height: 24), Size(width: 50, height: 20)]

    /// The one full-screen frame of the speaker views: closed, the whole screen above the status line.
    func checkFullView(_ grid: CellGrid) {
        checkStructure(grid)
        let w = grid.size.width, h = grid.size.height
        #expect(grid[0, 0].text == "┌" && grid[w - 1, 0].text == "┐" && grid[0, h - 2].text == "└" && grid[w - 1, h - 2].text == "┘")
        #expect((1..<(h - 2)).allSatisfy { grid[0, $0].text == "│" && grid[w - 1, $0].text == "│" })
    }

    @Test("quotes pane: speaker and kind over each quote, the second selected", arguments: speakerSizes)
    func quotesPane(size: Size) {
        let grid = screen(TestCorpus.speakers, size, keys: [.tab, .tab, .down])
        checkStructure(grid)
        #expect(grid.text.contains("Quotes (4)"))
        #expect(grid.text.contains("Ines Duarte · indirect"))
        assertSnapshot(of: grid.text, as: .lines, named: "\(size.width)x\(size.height)")
    }

    @Test("speaker list, unfiltered", arguments: speakerSizes)
    func speakerList(size: Size) {
        let grid = screen(TestCorpus.speakers, size, keys: [.character("s")])
        checkFullView(grid)
        #expect(grid.text.contains("Speakers (4)"))
        assertSnapshot(of: grid.text, as: .lines, named: "\(size.width)x\(size.height)")
    }

    @Test("speaker list narrowed by a filter, the second match selected", arguments: speakerSizes)
    func speakerListFiltered(size: Size) {
        let grid = screen(TestCorpus.speakers, size, keys: [.character("s"), .character("a"), .character("r"), .down])
        checkFullView(grid)
        #expect(grid.text.contains("Speakers (3 of 4)") && grid.text.contains("Filter: ar"))
        #expect(!grid.text.contains("Port Authority"))
        assertSnapshot(of: grid.text, as: .lines, named: "\(size.width)x\(size.height)")
        if size.width == 80 { assertSnapshot(of: grid.styleMask, as: .lines, named: "mask") }
    }

    @Test("a speaker's quotes across articles, the second selected", arguments: speakerSizes)
    func speakerQuotes(size: Size) {
        let grid = screen(TestCorpus.speakers, size, keys: [.character("s"), .enter, .down])
        checkFullView(grid)
        #expect(grid.text.contains("Quotes by Ines Duarte (4)"))
        assertSnapshot(of: grid.text, as: .lines, named: "\(size.width)x\(size.height)")
        if size.width == 80 { assertSnapshot(of: grid.styleMask, as: .lines, named: "mask") }
    }

    @Test("the reader marks each kind of quote and highlights the one jumped to")
    func readerQuoteMarks() {
        let grid = screen(TestCorpus.speakers, Size(width: 80, height: 24), keys: [.character("s"), .enter, .down, .enter])
        checkStructure(grid)
        for style: Style in [.quoteDirect, .quotePartial, .quoteHighlighted] {
            #expect(grid.cells.contains { $0.style == style }, "no \(style) on screen")
        }
        assertSnapshot(of: grid.styleMask, as: .lines, named: "mask")
        assertSnapshot(of: grid.text, as: .lines, named: "text")
    }

    @Test("wide, combining and hostile characters keep the borders aligned")
    func hostileAndWide() {
        let corpus = TestCorpus.make([(
            name: "wide.txt",
            text: "漢字のテスト: a title with 🙂 and e\u{301}\u{1B}]0;PWNED\u{07}\n\nBy Jane Example\n\n“引用文はここにあります” said Zoë Ångström, \u{1B}[2J\u{202E}reversed\u{202C} and \u{9B}31m red, テスト漢字テスト漢字テスト漢字テスト漢字テスト漢字テスト漢字.\n"
        )])
        for size in Self.sizes {
            let grid = screen(corpus, size, keys: [.enter])
            checkStructure(grid)
            #expect(!grid.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E })
            // Nothing is lost to clipping: the paragraph, as drawn, is all in the reader (spaces
            // ignored, so words broken across lines still count).
            if size.width >= 80 {
                let reader = (0..<size.height).map { y in
                    grid.rowText(y).split(separator: "│", omittingEmptySubsequences: false).dropFirst(3).first.map(String.init) ?? ""
                }.joined(separator: " ")
                let paragraph = TerminalSafety.sanitize(corpus.articles[0].paragraphs[0].text)
                #expect(reader.filter { $0 != " " }.contains(paragraph.filter { $0 != " " }), "\(size): text lost in the reader")
            }
            assertSnapshot(of: grid.text, as: .lines, named: "\(size.width)x\(size.height)")
        }
    }

    // MARK: - The briefing and the summary

    static let briefingSizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test("the briefing over the samples, the second line selected", arguments: briefingSizes)
    func briefing(size: Size) {
        let grid = screen(TestCorpus.samples, size, keys: [.character("b"), .down])
        checkFullView(grid)
        #expect(grid.text.contains("Briefing (1 story, 2 articles)"), "the samples report one event")
        #expect(grid.cells.contains { $0.style == .selection } && grid.cells.contains { $0.style == .heading })
        assertSnapshot(of: grid.text, as: .lines, named: "\(size.width)x\(size.height)")
        if size.width == 80 { assertSnapshot(of: grid.styleMask, as: .lines, named: "mask") }
    }

    @Test("the briefing further down: figures and dates of the story", arguments: briefingSizes)
    func briefingPaged(size: Size) {
        let grid = screen(TestCorpus.samples, size, keys: [.character("b"), .pageDown, .pageDown])
        checkFullView(grid)
        assertSnapshot(of: grid.text, as: .lines, named: "\(size.width)x\(size.height)")
    }

    @Test("the briefing's key people: name, role and kind, the quote wrapped under them")
    func briefingPeople() {
        let model = TestCorpus.speakers
        let state = ReaderState(model: model, stories: BriefingNavigationTests.storiesWithPeople(model))
        let grid = screen(state, Size(width: 80, height: 24), keys: [.character("b"), .down, .down])
        checkFullView(grid)
        #expect(grid.text.contains("Key people ("))
        assertSnapshot(of: grid.text, as: .lines, named: "80x24")
        assertSnapshot(of: grid.styleMask, as: .lines, named: "mask")
    }

    @Test("the reader showing the first sample's summary", arguments: briefingSizes)
    func readerSummary(size: Size) {
        let grid = screen(TestCorpus.samples, size, keys: [.enter, .character("v")])
        checkStructure(grid)
        #expect(grid.text.contains("Summary · 3 of "))
        #expect(grid.rowText(size.height - 1).hasPrefix(" Summary · "))
        assertSnapshot(of: grid.text, as: .lines, named: "\(size.width)x\(size.height)")
        if size.width == 80 { assertSnapshot(of: grid.styleMask, as: .lines, named: "mask") }
    }

    // MARK: - Layouts, help and search

    static let layoutSizes = [Size(width: 50, height: 15), Size(width: 80, height: 24), Size(width: 200, height: 60)]

    @Test("each layout with the second article open in the reader", arguments: layoutSizes)
    func layouts(size: Size) {
        let grid = screen(TestCorpus.samples, size, keys: [.down, .enter])
        checkStructure(grid)
        let status = grid.rowText(size.height - 1)
        #expect(status.hasPrefix(" Article · article 2/2 · ") && status.contains("% ") && status.contains("? help"), "\(status)")
        switch ScreenLayout(size: size).arrangement {
        case .narrow:
            // One pane under a tab bar naming them all, the reader's name set off.
            #expect(grid.rowText(0).hasPrefix(" Articles   Article   Quotes   Sidebar "))
            #expect((0..<size.width).filter { grid[$0, 0].style == .paneTitleFocused }.map { grid[$0, 0].text }.joined() == " Article ")
            #expect(grid.text.filter { $0 == "┌" }.count == 1)
        case .medium:
            // The sidebar sits under the reader, beside the quotes, and the list runs the full height.
            let layout = ScreenLayout(size: size)
            let reader = layout.panes[.reader]!, stats = layout.panes[.statistics]!, quotes = layout.panes[.quotes]!
            #expect(stats.y == reader.maxY && quotes.y == reader.maxY && stats.x > quotes.x)
            #expect(layout.panes[.articles]!.height == size.height - 1)
        case .wide, .tooSmall:
            #expect(grid.text.filter { $0 == "┌" }.count == 4)
        }
        assertSnapshot(of: grid.text, as: .lines, named: "\(size.width)x\(size.height)")
    }

    @Test("help over the screen, the current view's keys first", arguments: layoutSizes)
    func helpOverlay(size: Size) {
        let grid = screen(TestCorpus.samples, size, keys: [.character("?")])
        checkStructure(grid)
        #expect(grid.text.contains("Keys · close: " + HelpView.closingKeys(.default)))
        #expect(HelpView.closingKeys(.default).split(separator: " ").sorted() == ["?", "Esc", "F1", "q"])
        #expect(grid.text.contains("Here: panes"))
        #expect(grid.rowText(size.height - 1).hasPrefix(" Help · line 1/"))
        assertSnapshot(of: grid.text, as: .lines, named: "\(size.width)x\(size.height)")
    }

    @Test("search results: title, where the match is, the sentence with the match set off", arguments: layoutSizes)
    func searchResults(size: Size) {
        let keys: [Key] = [.character("/")] + "alphabay".unicodeScalars.map(Key.character) + [.enter, .down]
        let grid = screen(TestCorpus.samples, size, keys: keys)
        checkFullView(grid)
        #expect(grid.text.contains("Search “alphabay” ("))
        // Every cell set off as a match spells the query, in some case.
        let marked = grid.cells.filter { $0.style == .match }.map(\.text).joined().lowercased()
        #expect(!marked.isEmpty && marked.replacingOccurrences(of: "alphabay", with: "").isEmpty, "\(marked)")
        assertSnapshot(of: grid.text, as: .lines, named: "\(size.width)x\(size.height)")
        if size.width == 80 { assertSnapshot(of: grid.styleMask, as: .lines, named: "mask") }
    }

    @Test("Enter on a match: the reader at the match, highlighted; the search prompt on the status line", arguments: layoutSizes)
    func searchMatch(size: Size) {
        let keys: [Key] = [.character("/")] + "alphabay".unicodeScalars.map(Key.character) + [.enter, .down, .enter]
        let grid = screen(TestCorpus.samples, size, keys: keys)
        checkStructure(grid)
        let focus = grid.cells.filter { $0.style == .contextFocus }.map(\.text).joined().lowercased()
        #expect(focus == "alphabay", "\(focus)")
        assertSnapshot(of: grid.text, as: .lines, named: "\(size.width)x\(size.height)")
        let prompt = screen(TestCorpus.samples, size, keys: keys + [.character("/"), .character("d"), .character("o")])
        #expect(prompt.rowText(size.height - 1).hasPrefix(" Search: do "))
        #expect(prompt.rowText(size.height - 1).contains("Esc cancel"))
    }

    @Test("below the minimum size a clear message replaces the panes")
    func tooSmall() {
        for size in [Size(width: 39, height: 24), Size(width: 80, height: 11), Size(width: 20, height: 5), Size(width: 1, height: 1)] {
            let grid = screen(TestCorpus.samples, size)
            #expect(grid.text.contains("Terminal") || size.height < 3 || size.width < 8)
            #expect(!grid.text.contains("┌"))
        }
        assertSnapshot(of: screen(TestCorpus.samples, Size(width: 30, height: 8)).text, as: .lines, named: "30x8")
    }

    @Test("skipped files are counted in the status line and the sidebar")
    func skippedFiles() {
        var corpus = CorpusLoader.load(documents: [
            SourceDocument(path: "good.txt", bytes: Array("A Headline Here\n\nSome body text that is long enough to be prose here.\n".utf8)),
            SourceDocument(path: "empty.txt", bytes: []),
        ])
        corpus.problems.append(LoadProblem(path: "gone.txt", reason: .notFound))
        let grid = screen(AnalyzedCorpus(corpus), Size(width: 120, height: 40))
        #expect(grid.rowText(39).contains("2 files skipped"))
        #expect(grid.text.contains("Files skipped"))
    }
}

extension RenderSnapshotTests {
    @Test("print the README's screens", .disabled(if: ProcessInfo.processInfo.environment["BRIEFING_PRINT_SCREENS"] == nil))
    func printReadmeScreens() {
        let size = Size(width: 80, height: 24)
        let quotes = screen(TestCorpus.samples, size, keys: [.character("s")] + "sess".unicodeScalars.map(Key.character) + [.enter])
        print("SCREEN1|" + quotes.rowText(23) + "|")
        let briefing = screen(TestCorpus.samples, size, keys: [.character("b"), .down])
        print("SCREEN2|" + briefing.rowText(23) + "|")
    }
}
