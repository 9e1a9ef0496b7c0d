import Briefing

/// Sizes the reducer needs to page and scroll: what the screen would show for this state at
/// this size. Computed by the same code that draws, so keys and drawing never disagree.
public struct ScreenMetrics: Sendable {
    public var articleRows = 1
    public var articleItemHeight = 1
    public var readerRows = 1
    public var readerLineCount = 0
    /// Reader line where each quoted passage starts.
    public var passageLines: [Int] = []
    public var quoteRows = 1
    public var quoteItemHeights: [Int] = []
    public var statisticsRows = 1
    public var statisticsLineCount = 0

    /// Articles visible at once.
    public var articlesPerPage: Int { max(1, articleRows / max(1, articleItemHeight)) }
}

/// The whole screen as a pure function of state and size: lay out, draw every pane in its
/// frame, draw the status line.
public enum Screen {
    public static func render(_ state: ReaderState, size: Size) -> CellGrid {
        var grid = CellGrid(size: size)
        let layout = ScreenLayout(size: size)
        guard layout.arrangement != .tooSmall else {
            TooSmallView.draw(size: size, into: &grid)
            return grid
        }
        var focusedPosition = ""
        for pane in PaneID.allCases {
            guard let outer = layout.panes[pane] else { continue }
            let view = paneView(pane, state: state, layout: layout)
            let focused = state.focus == pane
            Frame.draw(outer, title: view.title, note: view.borderNote, focused: focused, into: &grid)
            view.draw(into: &grid, area: layout.content(pane), focused: focused)
            if focused { focusedPosition = view.position }
        }
        StatusLineView.draw(pane: state.focus, position: focusedPosition, skipped: state.model.corpus.skipped.count,
                            into: &grid, area: layout.statusLine)
        return grid
    }

    public static func metrics(_ state: ReaderState, size: Size) -> ScreenMetrics {
        let layout = ScreenLayout(size: size)
        var m = ScreenMetrics()
        guard layout.arrangement != .tooSmall else { return m }
        let list = layout.content(.articles), reader = layout.content(.reader)
        let quotes = layout.content(.quotes), stats = layout.content(.statistics)
        m.articleRows = max(1, list.height)
        m.articleItemHeight = ArticleListView.itemHeight(rows: list.height)
        let document = ReaderDocument(article: state.currentArticle, passages: state.currentPassages, width: reader.width)
        m.readerRows = max(1, reader.height)
        m.readerLineCount = document.lines.count
        m.passageLines = document.passageLines
        m.quoteRows = max(1, quotes.height)
        m.quoteItemHeights = QuotesView.items(state.currentPassages, width: quotes.width).map(\.count)
        m.statisticsRows = max(1, stats.height)
        m.statisticsLineCount = StatisticsView(state: state).rows.count
        return m
    }

    private static func paneView(_ pane: PaneID, state: ReaderState, layout: ScreenLayout) -> any PaneView {
        let inner = layout.content(pane)
        switch pane {
        case .articles:
            return ArticleListView(state: state, rows: inner.height)
        case .reader:
            let document = ReaderDocument(article: state.currentArticle, passages: state.currentPassages, width: inner.width)
            return ReaderView(state: state, document: document, rows: inner.height)
        case .quotes:
            return QuotesView(state: state, width: inner.width)
        case .statistics:
            return StatisticsView(state: state)
        }
    }
}
