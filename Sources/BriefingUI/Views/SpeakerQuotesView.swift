import Briefing

/// One speaker's quotes from every article, in corpus order: a line about the speaker, then for
/// each quote its article (title, outlet), its kind and cue, and the quote wrapped. Enter opens
/// the article in the reader at the quote. Items are built when measured or drawn, never all
/// at once: one speaker can have 100,000 quotes.
struct SpeakerQuotesView: PaneView {
    let state: ReaderState
    let speaker: Int

    /// The line about the speaker and a blank line above the list.
    static let headerRows = 2
    static let maxTextLines = 4

    /// One quote as the list shows it.
    struct Item {
        var ref: QuoteRef
        var quote: Quote
        var text: [String]
        /// Article line, kind line, text, and a blank line after.
        var height: Int { 2 + text.count + 1 }
    }

    var title: String {
        let s = state.model.speakers[speaker]
        return "Quotes by \(s.name) (\(NumberText.grouped(state.shownSpeakerQuotes.count)))"
    }

    var position: String {
        let count = state.shownSpeakerQuotes.count
        return count == 0 ? "no quotes" : "quote \(min(state.speakerQuoteCursor, count - 1) + 1)/\(count)"
    }

    /// Quote `i` of the shown speaker, laid out for `width`; nil for a quote the model no
    /// longer has.
    static func item(_ state: ReaderState, _ i: Int, width: Int) -> Item? {
        let refs = state.shownSpeakerQuotes
        guard refs.indices.contains(i) else { return nil }
        let ref = refs[i]
        guard state.model.quotes.indices.contains(ref.article), state.model.quotes[ref.article].indices.contains(ref.index)
        else { return nil }
        let quote = state.model.quotes[ref.article][ref.index]
        return Item(ref: ref, quote: quote, text: QuoteText.lines(quote, width: width, maxLines: maxTextLines))
    }

    /// Rows quote `i` takes at `width`.
    static func height(_ state: ReaderState, _ i: Int, width: Int) -> Int {
        item(state, i, width: width)?.height ?? 1
    }

    /// The first quote shown in `rows` rows at `width`, keeping the cursor in view.
    static func firstShown(_ state: ReaderState, width: Int, rows: Int) -> Int {
        Scrolling.topShowing(state.speakerQuoteCursor, top: state.speakerQuoteTop, count: state.shownSpeakerQuotes.count,
                             rows: rows) { height(state, $0, width: width) }
    }

    /// Kind, role and other names of the speaker, for the line above the list.
    var about: String {
        let s = state.model.speakers[speaker]
        var parts = [s.kind.rawValue]
        if let role = s.role, !role.isEmpty { parts.append(role) }
        let articles = s.articles.count  // each article once
        parts.append("quoted in \(NumberText.counted(articles, "article"))")
        if !s.aliases.isEmpty { parts.append("also “" + s.aliases.joined(separator: "”, “") + "”") }
        return parts.joined(separator: " · ")
    }

    func draw(into grid: inout CellGrid, area: Rect, focused: Bool) {
        grid.put(Truncate.toWidth(about, area.width), x: area.x, y: area.y, maxWidth: area.width, style: .dim)
        let list = Rect(x: area.x, y: area.y + Self.headerRows, width: area.width, height: area.height - Self.headerRows)
        guard !list.isEmpty else { return }
        let count = state.shownSpeakerQuotes.count
        guard count > 0 else {
            grid.put("No quotes.", x: list.x, y: list.y, maxWidth: list.width, style: .dim)
            return
        }
        let cursor = min(state.speakerQuoteCursor, count - 1)
        var y = list.y
        for index in Self.firstShown(state, width: list.width, rows: list.height)..<count {
            guard y < list.maxY else { break }
            guard let item = Self.item(state, index, width: list.width) else {
                y += 1
                continue
            }
            let selection: Style? = index == cursor ? .selection : nil
            let filled = min(item.height - 1, list.maxY - y)
            if let selection { grid.fill(Rect(x: list.x, y: y, width: list.width, height: filled), style: selection) }
            drawArticle(item.ref.article, into: &grid, x: list.x, y: y, width: list.width, selection: selection)
            y += 1
            guard y < list.maxY else { break }
            QuoteText.drawHeading(name: "", nameStyle: .strong, kind: item.quote.kind, detail: detail(of: item.quote),
                                  into: &grid, x: list.x, y: y, width: list.width, selection: selection)
            y += 1
            for line in item.text {
                guard y < list.maxY else { break }
                grid.put(line, x: list.x, y: y, maxWidth: list.width, style: selection ?? .normal)
                y += 1
            }
            y += 1
        }
    }

    /// The cue ("said", "according to") and whether other articles carry the same quote.
    private func detail(of quote: Quote) -> String {
        var parts: [String] = []
        if let cue = quote.cue, !cue.isEmpty { parts.append(cue) }
        if !quote.alsoIn.isEmpty { parts.append("also in \(NumberText.counted(quote.alsoIn.count, "other article"))") }
        return parts.joined(separator: " · ")
    }

    /// The article's title on the left, its outlet (else author, else id) kept on the right.
    private func drawArticle(_ index: Int, into grid: inout CellGrid, x: Int, y: Int, width: Int, selection: Style?) {
        let article = state.model.articles[index]
        // The date goes first when room is short.
        var source = article.outlet ?? article.author ?? article.id
        if let date = article.published, DisplayWidth.of(source + " · " + date) <= width / 2 { source += " · " + date }
        var sourceWidth = min(DisplayWidth.of(source), width / 2)
        if width - sourceWidth - 2 < 10 { sourceWidth = 0 }
        if sourceWidth > 0 {
            grid.put(Truncate.toWidth(source, sourceWidth), x: x + width - sourceWidth, y: y, maxWidth: sourceWidth,
                     style: selection ?? .dim)
        }
        let titleWidth = sourceWidth > 0 ? width - sourceWidth - 2 : width
        grid.put(Truncate.toWidth(article.displayTitle, titleWidth), x: x, y: y, maxWidth: titleWidth,
                 style: selection ?? .strong)
    }
}
