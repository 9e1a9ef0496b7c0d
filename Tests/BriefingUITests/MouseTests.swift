import Briefing
import Testing
@testable import BriefingUI

@Suite("Mouse")
struct MouseTests {
    static let size = Size(width: 120, height: 40)

    @Test("a second press on the same cell soon after is a double click; elsewhere or later it is not")
    func doubleClicks() {
        var clicks = ClickTracker()
        #expect(clicks.press(x: 3, y: 4, at: 1000) == .press)
        #expect(clicks.press(x: 3, y: 4, at: 1200) == .doubleClick)
        #expect(clicks.press(x: 3, y: 4, at: 1300) == .press)
        #expect(clicks.press(x: 3, y: 5, at: 1400) == .press)
        #expect(clicks.press(x: 3, y: 5, at: 2000) == .press)
    }

    @Test("hit-testing finds the pane and the entry under the pointer, from the layout that draws")
    func hitPanes() {
        let state = ReaderState(model: TestCorpus.long)
        let layout = ScreenLayout(size: Self.size)
        let list = layout.content(.articles)
        let height = ArticleListView.itemHeight(rows: list.height)
        #expect(Screen.hit(state, size: Self.size, x: list.x + 2, y: list.y) == .pane(.articles, entry: 0))
        #expect(Screen.hit(state, size: Self.size, x: list.x + 2, y: list.y + height * 2) == .pane(.articles, entry: 2))
        let reader = layout.content(.reader)
        #expect(Screen.hit(state, size: Self.size, x: reader.x + 5, y: reader.y + 3) == .pane(.reader, entry: nil))
        // The border belongs to the pane; the status line to none.
        let outer = layout.panes[.quotes]!
        #expect(Screen.hit(state, size: Self.size, x: outer.x, y: outer.y) == .pane(.quotes, entry: nil))
        #expect(Screen.hit(state, size: Self.size, x: 5, y: Self.size.height - 1) == nil)
        #expect(Screen.entry(atRow: 4, top: 1, count: 10) { [2, 3, 1, 5][min($0, 3)] } == 3)
    }

    @Test("a click selects and focuses, a double click opens, the wheel scrolls without taking the focus")
    func actions() {
        var state = ReaderState(model: TestCorpus.long)
        let layout = ScreenLayout(size: Self.size)
        let list = layout.content(.articles)
        let height = ArticleListView.itemHeight(rows: list.height)
        func event(_ kind: MouseEvent.Kind, _ x: Int, _ y: Int) {
            let target = Screen.hit(state, size: Self.size, x: x, y: y)!
            state.apply(kind, at: target, metrics: Screen.metrics(state, size: Self.size))
        }
        let reader = layout.content(.reader)
        event(.press, reader.x + 1, reader.y + 1)
        #expect(state.focus == .reader)
        event(.press, list.x + 1, list.y + height * 3)
        #expect(state.focus == .articles && state.articleCursor == 3 && state.openArticle == 0)
        event(.doubleClick, list.x + 1, list.y + height * 3)
        #expect(state.openArticle == 3 && state.focus == .reader)
        event(.press, list.x + 1, list.y)
        #expect(state.focus == .articles)
        event(.wheelDown, reader.x + 1, reader.y + 1)
        #expect(state.readerTop == ReaderState.wheelStep && state.focus == .articles)
        event(.wheelUp, reader.x + 1, reader.y + 1)
        #expect(state.readerTop == 0)
        event(.wheelDown, list.x + 1, list.y)
        #expect(state.articleCursor == ReaderState.wheelStep && state.focus == .articles)
    }

    @Test("in a full-screen list a click selects the entry and a double click opens it")
    func lists() {
        var state = ReaderState(model: TestCorpus.samples)
        state.apply(.figures, metrics: Screen.metrics(state, size: Self.size))
        let full = ScreenLayout(size: Self.size).fullContent
        let y = full.y + JumpListView.headerRows
        guard case .list(let first)? = Screen.hit(state, size: Self.size, x: full.x + 2, y: y) else {
            Issue.record("no list")
            return
        }
        #expect(first == 0)
        let height = Screen.passageList(state, width: full.width).item(0).height
        let target = Screen.hit(state, size: Self.size, x: full.x + 2, y: y + height)!
        #expect(target == .list(entry: 1))
        state.apply(.press, at: target, metrics: Screen.metrics(state, size: Self.size))
        #expect(state.listCursor == 1)
        state.apply(.doubleClick, at: target, metrics: Screen.metrics(state, size: Self.size))
        #expect(state.mode == .panes && state.canGoBack)
    }

    @Test("in the briefing a click on an entry selects it, a double click opens it; headings select nothing")
    func briefing() {
        var state = ReaderState(model: TestCorpus.samples)
        state.apply(.briefing, metrics: Screen.metrics(state, size: Self.size))
        let full = ScreenLayout(size: Self.size).fullContent
        let view = Screen.briefingView(state, width: full.width)
        // The first item is the first story's headline, not an entry.
        #expect(!view.block(0).isEntry)
        #expect(Screen.hit(state, size: Self.size, x: full.x + 2, y: full.y + BriefingView.headerRows) == .list(entry: nil))
        // The second entry, wherever it is drawn.
        var row = 0, item = 0, entries = 0
        while entries < 2 {
            if view.block(item).isEntry { entries += 1 }
            if entries < 2 { row += view.block(item).height }
            item += 1
        }
        let target = Screen.hit(state, size: Self.size, x: full.x + 2, y: full.y + BriefingView.headerRows + row)
        #expect(target == .list(entry: 1))
        state.apply(.press, at: target!, metrics: Screen.metrics(state, size: Self.size))
        #expect(state.briefingCursor == 1 && state.mode == .briefing)
        state.apply(.doubleClick, at: target!, metrics: Screen.metrics(state, size: Self.size))
        #expect(state.mode == .panes && state.canGoBack)
    }

    @Test("with the mouse off in the settings, mouse events do nothing")
    func off() {
        var settings = ReaderSettings()
        settings.mouse = false
        let reader = ScreenLayout(size: Self.size).content(.reader)
        let terminal = ScriptedTerminal(size: Self.size, events: [.mouse(MouseEvent(.press, x: reader.x + 1, y: reader.y + 1))])
        var app = ReaderApp(model: TestCorpus.samples, settings: settings)
        #expect(app.run(on: terminal).focus == .articles)
        let on = ScriptedTerminal(size: Self.size, events: [.mouse(MouseEvent(.press, x: reader.x + 1, y: reader.y + 1))])
        var app2 = ReaderApp(model: TestCorpus.samples)
        #expect(app2.run(on: on).focus == .reader)
    }
}
