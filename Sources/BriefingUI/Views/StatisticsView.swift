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

    /// Quotes and speakers first, as the briefing is about who said what; the rest below.
    var rows: [Row] {
        let totals = state.model.totals
        var rows: [Row] = [
            .heading("Corpus"),
            .value("Articles", NumberText.grouped(totals.articles), warning: false),
        ]
        let skipped = state.model.corpus.skipped.count
        if skipped > 0 { rows.append(.value("Files skipped", NumberText.grouped(skipped), warning: true)) }
        rows += quoteRows(totals)
        rows += [
            .value("Speakers", NumberText.grouped(state.model.speakers.count), warning: false),
            .value("Words", NumberText.grouped(totals.words), warning: false),
            .value("Paragraphs", NumberText.grouped(totals.paragraphs), warning: false),
        ]
        if state.model.statistics.indices.contains(state.openArticle) {
            let article = state.model.statistics[state.openArticle]
            let speakers = state.index.speakersPerArticle.indices.contains(state.openArticle)
                ? state.index.speakersPerArticle[state.openArticle] : 0
            rows.append(.heading("This article"))
            rows += quoteRows(article)
            rows += [
                .value("Speakers", NumberText.grouped(speakers), warning: false),
                .value("Words", NumberText.grouped(article.words), warning: false),
                .value("Paragraphs", NumberText.grouped(article.paragraphs), warning: false),
                .value("Reading time", "\(article.readingMinutes) min", warning: false),
            ]
        }
        return rows
    }

    /// Quotes, then each kind of quote indented under them.
    private func quoteRows(_ statistics: TextStatistics) -> [Row] {
        [.value("Quotes", NumberText.grouped(statistics.quotes), warning: false)]
            + Quote.Kind.allCases.map { .value("  \($0.rawValue)", NumberText.grouped(statistics.quotes(of: $0)), warning: false) }
    }

    /// The corpus in one line, for a pane with room for only one row: whole figures, as many
    /// as fit in `width`, the least important last.
    func summary(fitting width: Int) -> String {
        let totals = state.model.totals
        var parts = [
            NumberText.counted(totals.articles, "article"), NumberText.counted(totals.quotes, "quote"),
            NumberText.counted(state.model.speakers.count, "speaker"),
        ]
        let skipped = state.model.corpus.skipped.count
        if skipped > 0 { parts.append("\(skipped) skipped") }
        parts += [NumberText.counted(totals.words, "word"), NumberText.counted(totals.paragraphs, "paragraph")]
        var line = ""
        for part in parts {
            let longer = line.isEmpty ? part : line + " · " + part
            guard DisplayWidth.of(longer) <= width else { break }
            line = longer
        }
        return line.isEmpty ? Truncate.toWidth(parts[0], width) : line
    }

    func draw(into grid: inout CellGrid, area: Rect, focused: Bool) {
        if area.height == 1 {
            grid.put(summary(fitting: area.width), x: area.x, y: area.y, maxWidth: area.width, style: .normal)
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
