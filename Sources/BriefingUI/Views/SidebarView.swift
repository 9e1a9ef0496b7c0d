import Briefing

/// The sidebar: the corpus's key figures, ranked, then the open article's; the most mentioned
/// people, organisations and places; the open article's dates; then the counts of the corpus
/// and of the article. Every row but the headings can be selected; Enter on a figure or a date
/// opens its sentence in the reader, highlighted, and on a name lists its mentions.
struct SidebarView: PaneView {
    let state: ReaderState
    let width: Int

    /// Key figures listed for the corpus, and for the open article.
    static let corpusFigures = 5
    static let articleFigures = 3
    /// A figure's text wraps to at most this many lines; the selected figure's sentence, shown
    /// under it while the sidebar has focus, to at most `sentenceLines`.
    static let figureLines = 3
    static let sentenceLines = 5
    /// Names listed of each kind, and dates of the open article.
    static let namesPerKind = 3
    static let articleDates = 3

    enum Row: Equatable {
        case heading(String)
        /// A figure: its rank, its text wrapped, its sentence wrapped (only for the selected
        /// figure of the focused sidebar), and where Enter goes.
        case figure(rank: Int, lines: [String], sentence: [String], target: ReaderState.Target)
        /// A name with its mentions, or a date: label left, value right, and where Enter goes.
        case entry(label: String, value: String, target: ReaderState.Target)
        case value(String, String, warning: Bool)
        /// "Speakers": Enter opens the speaker list.
        case speakers(String)

        var height: Int {
            if case .figure(_, let lines, let sentence, _) = self { return lines.count + sentence.count }
            return 1
        }

        var isSelectable: Bool {
            if case .heading = self { return false }
            return true
        }
    }

    var title: String { "Key figures" }
    var position: String {
        let rows = self.rows
        let selectable = rows.indices.filter { rows[$0].isSelectable }
        guard let at = selectable.firstIndex(of: Self.cursorRow(state.statisticsCursor, rows: rows)) else { return "sidebar" }
        return "row \(at + 1)/\(selectable.count)"
    }

    /// The rows, figures first: what the analyst came for.
    var rows: [Row] {
        var rows: [Row] = []
        let model = state.model
        if !model.keyFigures.isEmpty {
            rows.append(.heading("Corpus"))
            for (r, key) in model.keyFigures.prefix(Self.corpusFigures).enumerated() {
                rows.append(figureRow(model.figure(key.representative), rank: r + 1))
            }
        }
        if model.figures.indices.contains(state.openArticle) {
            let ranked = model.figures[state.openArticle].sorted { ($0.rank, $0.cleanRange.lowerBound) < ($1.rank, $1.cleanRange.lowerBound) }
            var seen = Set<Int>()
            let top = ranked.filter { seen.insert($0.rank).inserted }.prefix(Self.articleFigures)
            if !top.isEmpty {
                rows.append(.heading("This article"))
                rows += top.map { figureRow($0, rank: $0.rank) }
            }
        }
        rows += nameRows + dateRows + countRows
        // The selected figure shows its sentence while the sidebar has focus: the context is
        // there before Enter opens it.
        if state.focus == .statistics, rows.contains(where: \.isSelectable) {
            let c = Self.cursorRow(state.statisticsCursor, rows: rows)
            if case .figure(let rank, let lines, _, let target) = rows[c], case .passage(let passage) = target,
               state.model.articles.indices.contains(passage.article),
               let sentence = state.model.articles[passage.article].sentence(of: passage) {
                let wrapped = JumpItem.wrapped(sentence, width: max(1, width - 2), maxLines: Self.sentenceLines).map { "  " + $0.text }
                rows[c] = .figure(rank: rank, lines: lines, sentence: wrapped, target: target)
            }
        }
        return rows
    }

    private func figureRow(_ figure: Figure, rank: Int) -> Row {
        let label = "\(rank)"
        let indent = String(repeating: " ", count: DisplayWidth.of(label) + 1)
        var lines = TextWrap.wrap(figure.text, width: max(1, width - indent.count)).map { $0 }
        if lines.count > Self.figureLines {
            lines = Array(lines.prefix(Self.figureLines))
            lines[lines.count - 1] = Truncate.toWidth(lines[lines.count - 1] + " …", width - indent.count)
        }
        let shown = lines.enumerated().map { ($0.offset == 0 ? label + " " : indent) + $0.element }
        return .figure(rank: rank, lines: shown.isEmpty ? [label] : shown, sentence: [], target: .passage(figure.passage))
    }

    /// The most mentioned names of each kind in the corpus, with their mentions.
    private var nameRows: [Row] {
        let entities = state.model.entities
        var rows: [Row] = []
        for (kind, heading) in [(Entity.Kind.person, "People"), (.organization, "Organisations"), (.place, "Places")] {
            let top = (state.entitiesOfKind[kind] ?? []).prefix(Self.namesPerKind)
            guard !top.isEmpty else { continue }
            rows.append(.heading(heading))
            rows += top.map { .entry(label: entities[$0].name, value: NumberText.grouped(entities[$0].mentions.count), target: .entity($0)) }
        }
        return rows
    }

    /// The open article's first dated events, oldest first.
    private var dateRows: [Row] {
        let indices = state.eventsOfArticle[state.openArticle]
        let events = indices.lazy.map { state.model.timeline[$0] }.filter { $0.kind == .mention }.prefix(Self.articleDates)
        guard !events.isEmpty else { return [] }
        return [.heading("Dates in this article")] + events.map {
            .entry(label: "\($0.date) \($0.dateText)", value: $0.certain ? "" : "?", target: ReaderState.target(of: $0))
        }
    }

    /// Quotes and speakers first among the counts, as the briefing is about who said what.
    private var countRows: [Row] {
        let totals = state.model.totals
        var rows: [Row] = [
            .heading("Counts"),
            .value("Articles", NumberText.grouped(totals.articles), warning: false),
        ]
        let skipped = state.skippedFiles
        if skipped > 0 { rows.append(.value("Files skipped", NumberText.grouped(skipped), warning: true)) }
        rows += quoteRows(totals)
        rows += [
            .speakers(NumberText.grouped(state.model.speakers.count)),
            .value("Figures", NumberText.grouped(state.model.keyFigures.count), warning: false),
            .value("Words", NumberText.grouped(totals.words), warning: false),
            .value("Paragraphs", NumberText.grouped(totals.paragraphs), warning: false),
        ]
        if state.model.statistics.indices.contains(state.openArticle) {
            let article = state.model.statistics[state.openArticle]
            let speakers = state.index.speakersPerArticle.indices.contains(state.openArticle)
                ? state.index.speakersPerArticle[state.openArticle] : 0
            rows.append(.heading("Counts in this article"))
            rows += quoteRows(article)
            rows += [
                .value("Speakers", NumberText.grouped(speakers), warning: false),
                .value("Figures", NumberText.grouped(state.model.figures[state.openArticle].count), warning: false),
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

    /// The row a cursor (a count of selectable rows) stands on: headings are skipped.
    static func cursorRow(_ cursor: Int, rows: [Row]) -> Int {
        let selectable = rows.indices.filter { rows[$0].isSelectable }
        guard !selectable.isEmpty else { return 0 }
        return selectable[min(max(cursor, 0), selectable.count - 1)]
    }

    /// Number of rows the cursor can stand on.
    static func selectableCount(_ rows: [Row]) -> Int { rows.filter(\.isSelectable).count }

    /// The corpus in one line, for a pane with room for only one row: the first key figure,
    /// then whole counts, as many as fit in `width`.
    func summary(fitting width: Int) -> String {
        let totals = state.model.totals
        var parts: [String] = []
        if let first = state.model.keyFigures.first { parts.append(state.model.figure(first.representative).text) }
        parts += [
            NumberText.counted(totals.articles, "article"), NumberText.counted(totals.quotes, "quote"),
            NumberText.counted(state.model.speakers.count, "speaker"),
        ]
        let skipped = state.skippedFiles
        if skipped > 0 { parts.append("\(skipped) skipped") }
        parts += [NumberText.counted(totals.words, "word"), NumberText.counted(totals.paragraphs, "paragraph")]
        var line = ""
        for part in parts {
            let longer = line.isEmpty ? part : line + " · " + part
            guard DisplayWidth.of(longer) <= width else { if line.isEmpty { continue } else { break } }
            line = longer
        }
        return line.isEmpty ? Truncate.toWidth(parts[0], width) : line
    }

    func draw(into grid: inout CellGrid, area: Rect, focused: Bool) {
        if state.isLoading {
            grid.put(LoadingText.message, x: area.x, y: area.y, maxWidth: area.width, style: .dim)
            return
        }
        if area.height == 1 {
            grid.put(summary(fitting: area.width), x: area.x, y: area.y, maxWidth: area.width, style: .normal)
            return
        }
        let rows = self.rows
        let cursor = Self.cursorRow(state.statisticsCursor, rows: rows)
        let top = Scrolling.topShowing(cursor, top: state.statisticsTop, heights: rows.map(\.height), rows: area.height)
        var y = area.y
        for index in top..<rows.count {
            guard y < area.maxY else { break }
            let row = rows[index]
            let selection: Style? = index == cursor ? (focused ? .selection : .selectionInactive) : nil
            switch row {
            case .heading(let text):
                grid.put(Truncate.toWidth(text, area.width), x: area.x, y: y, maxWidth: area.width, style: .strong)
                y += 1
            case .figure(_, let lines, let sentence, _):
                for line in lines where y < area.maxY {
                    if let selection { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: selection) }
                    grid.put(line, x: area.x, y: y, maxWidth: area.width, style: selection ?? .normal)
                    y += 1
                }
                for line in sentence where y < area.maxY {
                    grid.put(line, x: area.x, y: y, maxWidth: area.width, style: .dim)
                    y += 1
                }
            case .value(let label, let value, let warning):
                drawValue(label, value, warning: warning, into: &grid, area: area, y: y, selection: selection)
                y += 1
            case .entry(let label, let value, _):
                drawValue(label, value, warning: false, labelStyle: .normal, into: &grid, area: area, y: y, selection: selection)
                y += 1
            case .speakers(let value):
                drawValue("Speakers", value, warning: false, into: &grid, area: area, y: y, selection: selection)
                y += 1
            }
        }
    }

    /// Label on the left, figure on the right.
    private func drawValue(_ label: String, _ value: String, warning: Bool, labelStyle: Style = .dim, into grid: inout CellGrid,
                           area: Rect, y: Int, selection: Style?) {
        if let selection { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: selection) }
        let valueWidth = DisplayWidth.of(value)
        grid.put(value, x: area.maxX - valueWidth, y: y, maxWidth: valueWidth, style: selection ?? (warning ? .warning : .normal))
        let labelWidth = area.width - valueWidth - 1
        grid.put(Truncate.toWidth(label, labelWidth), x: area.x, y: y, maxWidth: labelWidth,
                 style: selection ?? (warning ? .warning : labelStyle))
    }
}
