import Briefing

/// The quoted passages of the open article, each wrapped to at most three lines, in article
/// order. Enter jumps the reader to the selected passage.
struct QuotesView: PaneView {
    let state: ReaderState
    let width: Int

    static let maxLinesPerItem = 3

    var title: String { "Quotes (\(state.currentPassages.count))" }

    var position: String {
        let count = state.currentPassages.count
        return count == 0 ? "no quotes" : "quote \(min(state.quoteCursor, count - 1) + 1)/\(count)"
    }

    /// Each passage as the lines it takes in the pane.
    static func items(_ passages: [QuotedPassage], width: Int) -> [[String]] {
        passages.map { passage in
            let lines = TextWrap.wrap("“\(passage.text)”", width: max(1, width))
            guard lines.count > maxLinesPerItem else { return lines }
            var kept = Array(lines.prefix(maxLinesPerItem))
            kept[maxLinesPerItem - 1] = Truncate.toWidth(kept[maxLinesPerItem - 1] + " …", width)
            return kept
        }
    }

    func draw(into grid: inout CellGrid, area: Rect, focused: Bool) {
        let passages = state.currentPassages
        guard !passages.isEmpty else {
            let message = state.currentArticle == nil ? "No article open." : "No passages in quotation marks in this article."
            for (i, line) in TextWrap.wrap(message, width: area.width).prefix(area.height).enumerated() {
                grid.put(line, x: area.x, y: area.y + i, maxWidth: area.width, style: .dim)
            }
            return
        }
        let items = Self.items(passages, width: area.width)
        let cursor = min(state.quoteCursor, items.count - 1)
        let top = Scrolling.topShowing(cursor, top: state.quoteTop, heights: items.map(\.count), rows: area.height)
        var y = area.y
        for index in top..<items.count {
            guard y < area.maxY else { break }
            let selected = index == cursor
            let style: Style = selected ? (focused ? .selection : .selectionInactive) : .normal
            for line in items[index] {
                guard y < area.maxY else { break }
                grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
                grid.put(line, x: area.x, y: y, maxWidth: area.width, style: style)
                y += 1
            }
        }
    }
}
