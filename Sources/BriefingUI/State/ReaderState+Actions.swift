/// How actions change the state. Movement acts on the focused pane; every change ends with the
/// state clamped to what the screen can show, so a resize or a short article never leaves a
/// cursor or a scroll position out of range.
extension ReaderState {
    /// What an action asks of the program beyond changing the state.
    public enum Effect: Sendable, Equatable {
        case none, quit
    }

    @discardableResult
    public mutating func apply(_ action: Action, metrics m: ScreenMetrics) -> Effect {
        clamp(to: m)
        switch action {
        case .quit:
            return .quit
        case .focusNext:
            focus = PaneID(rawValue: (focus.rawValue + 1) % PaneID.allCases.count)!
        case .focusPrevious:
            focus = PaneID(rawValue: (focus.rawValue + PaneID.allCases.count - 1) % PaneID.allCases.count)!
        case .open:
            open(metrics: m)
        case .moveUp: move(by: -1, metrics: m)
        case .moveDown: move(by: 1, metrics: m)
        case .pageUp: move(by: -page(m), metrics: m)
        case .pageDown: move(by: page(m), metrics: m)
        case .top: move(by: Int.min / 2, metrics: m)
        case .bottom: move(by: Int.max / 2, metrics: m)
        }
        clamp(to: m)
        return .none
    }

    private func page(_ m: ScreenMetrics) -> Int {
        switch focus {
        case .articles: m.articlesPerPage
        case .reader: max(1, m.readerRows - 1)  // keep one line of context
        case .quotes: max(1, m.quoteRows / max(1, m.quoteItemHeights.max() ?? 1))
        case .statistics: max(1, m.statisticsRows - 1)
        }
    }

    private mutating func move(by delta: Int, metrics m: ScreenMetrics) {
        switch focus {
        case .articles:
            articleCursor = bounded(articleCursor + delta, count: articleCount)
            let perPage = m.articlesPerPage
            if articleCursor < articleTop { articleTop = articleCursor }
            if articleCursor >= articleTop + perPage { articleTop = articleCursor - perPage + 1 }
        case .reader:
            readerTop = Scrolling.clampTop(readerTop + delta, count: m.readerLineCount, visible: m.readerRows)
        case .quotes:
            quoteCursor = bounded(quoteCursor + delta, count: currentPassages.count)
            quoteTop = Scrolling.topShowing(quoteCursor, top: quoteTop, heights: m.quoteItemHeights, rows: m.quoteRows)
        case .statistics:
            statisticsTop = Scrolling.clampTop(statisticsTop + delta, count: m.statisticsLineCount, visible: m.statisticsRows)
        }
    }

    private mutating func open(metrics m: ScreenMetrics) {
        switch focus {
        case .articles:
            guard articleCount > 0 else { return }
            if openArticle != articleCursor {
                openArticle = articleCursor
                readerTop = 0
                quoteCursor = 0
                quoteTop = 0
                highlightedPassage = nil
                statisticsTop = 0
            }
            focus = .reader
        case .quotes:
            guard currentPassages.indices.contains(quoteCursor) else { return }
            highlightedPassage = quoteCursor
            // Show the passage with a line of context above it. The line count comes from the
            // screen's own document, so the jump lands where the drawing puts the passage.
            let line = m.passageLines.indices.contains(quoteCursor) ? m.passageLines[quoteCursor] : 0
            readerTop = Scrolling.clampTop(line - 1, count: m.readerLineCount, visible: m.readerRows)
            focus = .reader
        case .reader, .statistics:
            break
        }
    }

    /// Brings every index back inside what exists and what the screen shows.
    public mutating func clamp(to m: ScreenMetrics) {
        articleCursor = bounded(articleCursor, count: articleCount)
        openArticle = bounded(openArticle, count: articleCount)
        articleTop = Scrolling.clampTop(articleTop, count: articleCount, visible: m.articlesPerPage)
        if articleCursor < articleTop { articleTop = articleCursor }
        if articleCursor >= articleTop + m.articlesPerPage { articleTop = articleCursor - m.articlesPerPage + 1 }
        readerTop = Scrolling.clampTop(readerTop, count: m.readerLineCount, visible: m.readerRows)
        quoteCursor = bounded(quoteCursor, count: currentPassages.count)
        quoteTop = Scrolling.topShowing(quoteCursor, top: quoteTop, heights: m.quoteItemHeights, rows: m.quoteRows)
        statisticsTop = Scrolling.clampTop(statisticsTop, count: m.statisticsLineCount, visible: m.statisticsRows)
        if let highlighted = highlightedPassage, !currentPassages.indices.contains(highlighted) { highlightedPassage = nil }
    }

    private func bounded(_ value: Int, count: Int) -> Int {
        count == 0 ? 0 : min(max(0, value), count - 1)
    }
}
