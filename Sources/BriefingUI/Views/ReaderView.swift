import Briefing

/// The open article laid out for a given width: title, byline, then wrapped paragraphs with a
/// blank line between them. Lines refer into the paragraphs' text by scalar ranges, so quotes
/// can be marked wherever the wrapping put them.
struct ReaderDocument {
    enum Kind { case title, byline, heading, body, blank, note }

    struct Line {
        var kind: Kind
        /// Index into `blocks`.
        var block: Int
        var range: Range<Int>
        /// Paragraph index for body and heading lines.
        var paragraph: Int?
    }

    var blocks: [[Unicode.Scalar]] = []
    var lines: [Line] = []
    /// For each quote of the article, the line where it starts.
    var quoteLines: [Int] = []
    /// For each paragraph shown, its index in `blocks`.
    var paragraphBlocks: [Int: Int] = [:]

    init(article: Article?, quotes: [Quote], width: Int) {
        guard let article, width > 0 else { return }
        // A title the file holds as written takes the title's paragraph number, so figures in
        // the headline can be marked like any other.
        add(article.displayTitle, kind: .title, paragraph: article.titleStart == nil ? nil : FigureExtractor.titleParagraph, width: width)
        let byline = [article.author, article.outlet, article.published].compactMap { $0 }.joined(separator: " · ")
        if !byline.isEmpty { add(byline, kind: .byline, paragraph: nil, width: width) }
        var paragraphStart: [Int] = []
        var paragraphEnd: [Int] = []
        for (index, paragraph) in article.paragraphs.enumerated() {
            lines.append(Line(kind: .blank, block: 0, range: 0..<0, paragraph: nil))
            paragraphStart.append(lines.count)
            add(paragraph.text, kind: paragraph.isHeading ? .heading : .body, paragraph: index, width: width)
            paragraphBlocks[index] = blocks.count - 1
            paragraphEnd.append(lines.count)
        }
        quoteLines = quotes.map { quote in
            guard paragraphStart.indices.contains(quote.paragraph) else { return 0 }
            let range = paragraphStart[quote.paragraph]..<paragraphEnd[quote.paragraph]
            return range.first { lines[$0].range.upperBound > quote.cleanRange.lowerBound } ?? range.lowerBound
        }
    }

    /// The line where a passage's sentence starts (the paragraph's first line when the
    /// paragraph is out of range).
    func line(of passage: Passage) -> Int {
        guard let block = paragraphBlocks[passage.paragraph] else { return 0 }
        let range = lines.indices.filter { lines[$0].block == block && lines[$0].paragraph == passage.paragraph }
        return range.first { lines[$0].range.upperBound > passage.sentence.lowerBound } ?? range.first ?? 0
    }

    /// The characters a quote marks in its paragraph: its text, and the quotation marks right
    /// around it (with a comma or full stop set inside the closing mark), so a marked passage
    /// reads as one piece.
    func markedRange(of quote: Quote) -> Range<Int> {
        guard let block = paragraphBlocks[quote.paragraph] else { return quote.cleanRange }
        let text = blocks[block]
        let range = quote.cleanRange.clamped(to: 0..<text.count)
        var lower = range.lowerBound, upper = range.upperBound
        if lower > 0, Self.quotationMarks.contains(text[lower - 1]) { lower -= 1 }
        if upper + 1 < text.count, ",.;:!?…".unicodeScalars.contains(text[upper]), Self.quotationMarks.contains(text[upper + 1]) {
            upper += 2
        } else if upper < text.count, Self.quotationMarks.contains(text[upper]) {
            upper += 1
        }
        return lower..<upper
    }

    static let quotationMarks: Set<Unicode.Scalar> = [
        "\u{201C}", "\u{201D}", "\"", "\u{00AB}", "\u{00BB}", "\u{201E}", "\u{2018}", "\u{2019}", "\u{201A}", "\u{300C}", "\u{300D}",
    ]

    mutating func add(_ text: String, kind: Kind, paragraph: Int?, width: Int) {
        let scalars = Array(text.unicodeScalars)
        blocks.append(scalars)
        for range in TextWrap.wrap(scalars, width: width) {
            lines.append(Line(kind: kind, block: blocks.count - 1, range: range, paragraph: paragraph))
        }
    }
}

extension Quote.Kind {
    /// How the reader marks a quote of this kind, and how lists write the kind's name.
    var style: Style {
        switch self {
        case .direct: .quoteDirect
        case .partial: .quotePartial
        case .indirect: .quoteIndirect
        }
    }
}

/// The article reader: the open article, scrolled by line, with every quote marked by its kind
/// and the quote jumped to highlighted.
struct ReaderView: PaneView {
    let state: ReaderState
    let document: ReaderDocument
    let rows: Int

    /// The frame names the article's place in the corpus, the summary when that is shown, and
    /// its file; the title itself is the first line of the text, where it wraps instead of being
    /// cut.
    var title: String {
        guard let article = state.currentArticle else { return "Article" }
        let summary = state.readerSummary ? " · summary" : ""
        return "Article \(state.openArticle + 1)/\(state.articleCount)\(summary) · \(article.id)"
    }

    /// The first line shown. A jump not yet settled by `clamp` is honoured here too, so the
    /// screen is right for any state.
    var top: Int {
        var top = state.readerTop
        if state.revealHighlight, let highlighted = state.highlightedQuote, document.quoteLines.indices.contains(highlighted) {
            top = document.quoteLines[highlighted] - 1
        } else if state.revealHighlight, let passage = state.highlightedPassage {
            top = document.line(of: passage) - 1
        }
        return Scrolling.clampTop(top, count: document.lines.count, visible: rows)
    }

    var position: String {
        let count = document.lines.count
        guard count > 0 else { return "empty" }
        let last = min(count, top + rows)
        return "line \(top + 1)/\(count), \(Scrolling.percent(last, of: count))%"
    }

    var borderNote: String? { percent.map { "\($0)%" } }

    /// How far through the text the bottom of the pane is; nil for no text.
    var percent: Int? {
        document.lines.isEmpty ? nil : Scrolling.percent(min(document.lines.count, top + rows), of: document.lines.count)
    }

    func draw(into grid: inout CellGrid, area: Rect, focused: Bool) {
        guard state.currentArticle != nil else {
            grid.put(LoadingText.empty("No article open.", in: state), x: area.x, y: area.y, maxWidth: area.width, style: .dim)
            return
        }
        // The quotes of each paragraph, to style the characters inside them.
        var marked: [Int: [(range: Range<Int>, style: Style)]] = [:]
        for (i, quote) in state.currentQuotes.enumerated() {
            let style = i == state.highlightedQuote ? .quoteHighlighted : quote.kind.style
            marked[quote.paragraph, default: []].append((document.markedRange(of: quote), style))
        }
        // A passage jumped to wins over the quotes it overlaps: the sentence, then its focus.
        if let passage = state.highlightedPassage {
            marked[passage.paragraph, default: []].append((passage.sentence, .context))
            marked[passage.paragraph, default: []].append((passage.focus, .contextFocus))
        }
        let top = self.top
        for row in 0..<area.height {
            let index = top + row
            guard index < document.lines.count else { break }
            let line = document.lines[index]
            let scalars = document.blocks[line.block][line.range]
            let spans = line.paragraph.flatMap { marked[$0] } ?? []
            let base: Style = switch line.kind {
            case .title, .heading: .strong
            case .byline: .dim
            case .note: .heading
            case .body, .blank: .normal
            }
            grid.put(scalars: scalars, x: area.x, y: area.y + row, maxWidth: area.width) { i in
                // The highlighted quote wins over a quote it overlaps, and a passage's focus over
                // its sentence.
                var style = base
                for span in spans where span.range.contains(i) {
                    if span.style == .quoteHighlighted || span.style == .contextFocus { return span.style }
                    style = span.style
                }
                return style
            }
        }
    }
}
