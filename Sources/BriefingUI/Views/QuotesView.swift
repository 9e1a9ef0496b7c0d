import Briefing

/// The quotes of the open article in text order: for each, who said it and its kind on one line,
/// then the quote wrapped to at most three lines. Enter jumps the reader to the selected quote.
struct QuotesView: PaneView {
    let state: ReaderState
    let width: Int

    static let maxTextLines = 3

    /// One quote as the pane shows it.
    struct Item {
        var speaker: String
        var kind: Quote.Kind
        var text: [String]
        var height: Int { 1 + text.count }
    }

    var title: String { "Quotes" + LoadingText.count(state.currentQuotes.count, in: state) }

    var position: String {
        let count = state.currentQuotes.count
        return count == 0 ? "no quotes" : "quote \(min(state.quoteCursor, count - 1) + 1)/\(count)"
    }

    static func items(_ state: ReaderState, width: Int) -> [Item] {
        state.currentQuotes.enumerated().map { i, quote in
            Item(speaker: speakerName(of: quote, at: QuoteRef(article: state.openArticle, index: i), in: state), kind: quote.kind,
                 text: QuoteText.lines(quote, width: width, maxLines: maxTextLines))
        }
    }

    /// The corpus-wide name of the quote's speaker (what the speaker list calls them), else the
    /// name the article gives, else "unattributed".
    static func speakerName(of quote: Quote, at ref: QuoteRef, in state: ReaderState) -> String {
        if let s = state.index.speaker(of: ref), state.model.speakers.indices.contains(s) {
            return state.model.speakers[s].name
        }
        return quote.speaker?.name ?? "unattributed"
    }

    func draw(into grid: inout CellGrid, area: Rect, focused: Bool) {
        guard !state.currentQuotes.isEmpty else {
            let message = LoadingText.empty(state.currentArticle == nil ? "No article open." : "No quotes found in this article.", in: state)
            for (i, line) in TextWrap.wrap(message, width: area.width).prefix(area.height).enumerated() {
                grid.put(line, x: area.x, y: area.y + i, maxWidth: area.width, style: .dim)
            }
            return
        }
        let items = Self.items(state, width: area.width)
        let cursor = min(state.quoteCursor, items.count - 1)
        let top = Scrolling.topShowing(cursor, top: state.quoteTop, heights: items.map(\.height), rows: area.height)
        var y = area.y
        for index in top..<items.count {
            guard y < area.maxY else { break }
            let item = items[index]
            let selection: Style? = index == cursor ? (focused ? .selection : .selectionInactive) : nil
            grid.fill(Rect(x: area.x, y: y, width: area.width, height: min(item.height, area.maxY - y)), style: selection ?? .normal)
            QuoteText.drawHeading(name: item.speaker, nameStyle: .strong, kind: item.kind, detail: nil,
                                  into: &grid, x: area.x, y: y, width: area.width, selection: selection)
            y += 1
            for line in item.text {
                guard y < area.maxY else { break }
                grid.put(line, x: area.x, y: y, maxWidth: area.width, style: selection ?? .normal)
                y += 1
            }
        }
    }
}

/// How lists write a quote: its text wrapped (in quotation marks unless it is reported speech)
/// and a heading line naming the kind in the style the reader marks that kind with.
enum QuoteText {
    /// The quote wrapped to `width`, at most `maxLines` lines, the last ending in "…" when cut.
    static func lines(_ quote: Quote, width: Int, maxLines: Int) -> [String] {
        let text = quote.kind == .indirect ? quote.text : "“\(quote.text)”"
        let lines = TextWrap.wrap(text, width: max(1, width))
        guard lines.count > maxLines else { return lines }
        var kept = Array(lines.prefix(maxLines))
        kept[maxLines - 1] = Truncate.toWidth(kept[maxLines - 1] + " …", width)
        return kept
    }

    /// "Name · kind · detail" on one line, cut to `width`: the name gives way first, then the
    /// detail. Outside a selection the name has `nameStyle`, the kind its quote style and the
    /// rest is dim; in a selection all of it has the selection's style.
    static func drawHeading(
        name: String, nameStyle: Style, kind: Quote.Kind, detail: String?, into grid: inout CellGrid,
        x: Int, y: Int, width: Int, selection: Style?
    ) {
        var tail: [(String, Style)] = [(kind.rawValue, kind.style)]
        if let detail, !detail.isEmpty { tail += [(" · ", .dim), (detail, .dim)] }
        var column = x
        if !name.isEmpty {
            let room = width - DisplayWidth.of(tail.map(\.0).joined()) - 3
            let shown = Truncate.toWidth(name, max(1, room))
            column += grid.put(shown, x: column, y: y, maxWidth: width, style: selection ?? nameStyle)
            column += grid.put(" · ", x: column, y: y, maxWidth: x + width - column, style: selection ?? .dim)
        }
        for (text, style) in tail {
            let room = x + width - column
            guard room > 0 else { break }
            column += grid.put(Truncate.toWidth(text, room), x: column, y: y, maxWidth: room, style: selection ?? style)
        }
    }
}
