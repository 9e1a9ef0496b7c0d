import Briefing

/// Counts for the corpus and for the open article, label on the left and figure on the right.
struct StatisticsView: PaneView {
    let state: ReaderState

    enum Row: Equatable {
        case heading(String)
        case value(String, String, warning: Bool)
    }

    var title: String { "Statistics" }
    var position: String { "statistics" }

    var rows: [Row] {
        let totals = state.model.totals
        var rows: [Row] = [
            .heading("Corpus"),
            .value("Articles", NumberText.grouped(totals.articles), warning: false),
            .value("Words", NumberText.grouped(totals.words), warning: false),
            .value("Paragraphs", NumberText.grouped(totals.paragraphs), warning: false),
            .value("Quoted passages", NumberText.grouped(totals.quotedPassages), warning: false),
        ]
        let skipped = state.model.corpus.skipped.count
        if skipped > 0 { rows.append(.value("Files skipped", NumberText.grouped(skipped), warning: true)) }
        if state.model.statistics.indices.contains(state.openArticle) {
            let article = state.model.statistics[state.openArticle]
            let share = article.words == 0 ? 0 : article.quotedWords * 100 / article.words
            rows += [
                .heading("This article"),
                .value("Words", NumberText.grouped(article.words), warning: false),
                .value("Paragraphs", NumberText.grouped(article.paragraphs), warning: false),
                .value("Quoted passages", NumberText.grouped(article.quotedPassages), warning: false),
                .value("Words in quotes", "\(share)%", warning: false),
                .value("Reading time", "\(article.readingMinutes) min", warning: false),
            ]
        }
        return rows
    }

    /// The corpus in one line, for a pane with room for only one row.
    var summary: String {
        let totals = state.model.totals
        var parts = [
            "\(NumberText.grouped(totals.articles)) articles", "\(NumberText.grouped(totals.words)) words",
            "\(NumberText.grouped(totals.quotedPassages)) quoted",
        ]
        let skipped = state.model.corpus.skipped.count
        if skipped > 0 { parts.append("\(skipped) skipped") }
        parts.append("\(NumberText.grouped(totals.paragraphs)) paragraphs")  // last: the first to be cut
        return parts.joined(separator: " · ")
    }

    func draw(into grid: inout CellGrid, area: Rect, focused: Bool) {
        if area.height == 1 {
            grid.put(Truncate.toWidth(summary, area.width), x: area.x, y: area.y, maxWidth: area.width, style: .normal)
            return
        }
        let rows = self.rows
        let top = Scrolling.clampTop(state.statisticsTop, count: rows.count, visible: area.height)
        for (slot, row) in rows.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + slot
            switch row {
            case .heading(let text):
                grid.put(Truncate.toWidth(text, area.width), x: area.x, y: y, maxWidth: area.width, style: .strong)
            case .value(let label, let value, let warning):
                let valueWidth = DisplayWidth.of(value)
                grid.put(value, x: area.maxX - valueWidth, y: y, maxWidth: valueWidth, style: warning ? .warning : .normal)
                let labelWidth = area.width - valueWidth - 1
                grid.put(Truncate.toWidth(label, labelWidth), x: area.x, y: y, maxWidth: labelWidth, style: warning ? .warning : .dim)
            }
        }
    }
}
