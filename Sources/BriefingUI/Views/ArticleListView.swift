import Briefing

/// The list of articles: title on one line and outlet and date below it (one line per article
/// when the pane is short). The open article is marked; the selected one is highlighted.
struct ArticleListView: PaneView {
    let state: ReaderState
    let rows: Int

    /// Rows per article: two when there is room to show outlet and date on their own line.
    static func itemHeight(rows: Int) -> Int { rows >= 6 ? 2 : 1 }

    var title: String { "Articles" + (state.isAnalysing ? " (\(NumberText.grouped(state.articleCount)))" : LoadingText.count(state.articleCount, in: state)) }

    var position: String {
        state.isLoading && !state.isAnalysing ? "loading" : state.articleCount == 0 ? "no articles" : "article \(state.articleCursor + 1)/\(state.articleCount)"
    }

    func draw(into grid: inout CellGrid, area: Rect, focused: Bool) {
        let articles = state.model.articles
        guard !articles.isEmpty else {
            // Indented like the titles that will stand there.
            grid.put(LoadingText.empty("No articles loaded.", in: state), x: area.x + 2, y: area.y, maxWidth: area.width - 2, style: .dim)
            return
        }
        let height = Self.itemHeight(rows: area.height)
        let visible = max(1, area.height / height)
        let top = Scrolling.clampTop(state.articleTop, count: articles.count, visible: visible)
        for slot in 0..<visible {
            let index = top + slot
            guard index < articles.count else { break }
            let article = articles[index]
            let y = area.y + slot * height
            let selected = index == state.articleCursor
            let rowStyle: Style = selected ? (focused ? .selection : .selectionInactive) : .normal
            for line in 0..<height { grid.fill(Rect(x: area.x, y: y + line, width: area.width, height: 1), style: rowStyle) }

            let marker = index == state.openArticle ? "▸ " : "  "
            grid.put(marker, x: area.x, y: y, maxWidth: area.width, style: rowStyle)
            let titleWidth = area.width - 2
            let titleStyle: Style = selected ? rowStyle : .strong
            if height == 2 {
                grid.put(Truncate.toWidth(article.displayTitle, titleWidth), x: area.x + 2, y: y, maxWidth: titleWidth, style: titleStyle)
                Self.drawDetails(article, into: &grid, x: area.x + 2, y: y + 1, width: titleWidth, style: selected ? rowStyle : .dim)
            } else {
                // One line: the date keeps its place at the right, the title takes the rest.
                let date = article.published ?? ""
                let dateWidth = date.isEmpty || titleWidth < 24 ? 0 : DisplayWidth.of(date) + 1
                grid.put(Truncate.toWidth(article.displayTitle, titleWidth - dateWidth), x: area.x + 2, y: y,
                         maxWidth: titleWidth - dateWidth, style: titleStyle)
                if dateWidth > 0 {
                    grid.put(date, x: area.maxX - dateWidth + 1, y: y, maxWidth: dateWidth - 1, style: selected ? rowStyle : .dim)
                }
            }
        }
    }

    /// Outlet (else author, else the file's id) on the left, the date kept whole on the right.
    static func drawDetails(_ article: Article, into grid: inout CellGrid, x: Int, y: Int, width: Int, style: Style) {
        let source = article.outlet ?? article.author ?? article.id
        let date = article.published ?? ""
        let dateWidth = date.isEmpty ? 0 : DisplayWidth.of(date)
        let sourceWidth = dateWidth == 0 ? width : width - dateWidth - 2
        if sourceWidth >= 4 {
            grid.put(Truncate.toWidth(source, sourceWidth), x: x, y: y, maxWidth: sourceWidth, style: style)
        }
        if dateWidth > 0 && dateWidth <= width {
            grid.put(date, x: x + width - dateWidth, y: y, maxWidth: dateWidth, style: style)
        }
    }
}
