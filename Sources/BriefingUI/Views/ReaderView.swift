import Briefing

/// The open article laid out for a given width: title, byline, then wrapped paragraphs with a
/// blank line between them. Lines refer into the paragraphs' text by scalar ranges, so quoted
/// passages can be highlighted wherever the wrapping put them.
struct ReaderDocument {
    enum Kind { case title, byline, heading, body, blank }

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
    /// For each quoted passage of the article, the line where it starts.
    var passageLines: [Int] = []

    init(article: Article?, passages: [QuotedPassage], width: Int) {
        guard let article, width > 0 else { return }
        add(article.displayTitle, kind: .title, paragraph: nil, width: width)
        let byline = [article.author, article.outlet, article.published].compactMap { $0 }.joined(separator: " · ")
        if !byline.isEmpty { add(byline, kind: .byline, paragraph: nil, width: width) }
        var paragraphStart: [Int] = []
        var paragraphLines: [[Line]] = []
        for (index, paragraph) in article.paragraphs.enumerated() {
            lines.append(Line(kind: .blank, block: 0, range: 0..<0, paragraph: nil))
            paragraphStart.append(lines.count)
            add(paragraph.text, kind: paragraph.isHeading ? .heading : .body, paragraph: index, width: width)
            paragraphLines.append(Array(lines[paragraphStart[index]...]))
        }
        passageLines = passages.map { passage in
            guard paragraphStart.indices.contains(passage.paragraph) else { return 0 }
            let start = paragraphStart[passage.paragraph]
            let offset = paragraphLines[passage.paragraph].firstIndex { $0.range.upperBound > passage.cleanRange.lowerBound } ?? 0
            return start + offset
        }
    }

    private mutating func add(_ text: String, kind: Kind, paragraph: Int?, width: Int) {
        let scalars = Array(text.unicodeScalars)
        blocks.append(scalars)
        for range in TextWrap.wrap(scalars, width: width) {
            lines.append(Line(kind: kind, block: blocks.count - 1, range: range, paragraph: paragraph))
        }
    }
}

/// The article reader: the open article, scrolled by line, with quoted passages highlighted.
struct ReaderView: PaneView {
    let state: ReaderState
    let document: ReaderDocument
    let rows: Int

    /// The frame names the article's place in the corpus and its file; the title itself is the
    /// first line of the text, where it wraps instead of being cut.
    var title: String {
        guard let article = state.currentArticle else { return "Article" }
        return "Article \(state.openArticle + 1)/\(state.articleCount) · \(article.id)"
    }

    var top: Int { Scrolling.clampTop(state.readerTop, count: document.lines.count, visible: rows) }

    var position: String {
        let count = document.lines.count
        guard count > 0 else { return "empty" }
        let last = min(count, top + rows)
        return "line \(top + 1)/\(count), \(Scrolling.percent(last, of: count))%"
    }

    var borderNote: String? {
        document.lines.isEmpty ? nil : "\(Scrolling.percent(min(document.lines.count, top + rows), of: document.lines.count))%"
    }

    func draw(into grid: inout CellGrid, area: Rect, focused: Bool) {
        guard state.currentArticle != nil else {
            grid.put("No article open.", x: area.x, y: area.y, maxWidth: area.width, style: .dim)
            return
        }
        // Quoted ranges of each paragraph, to style the characters inside them.
        var quoted: [Int: [(range: Range<Int>, selected: Bool)]] = [:]
        for (i, passage) in state.currentPassages.enumerated() {
            quoted[passage.paragraph, default: []].append((passage.cleanRange, i == state.highlightedPassage))
        }
        for row in 0..<area.height {
            let index = top + row
            guard index < document.lines.count else { break }
            let line = document.lines[index]
            let scalars = document.blocks[line.block][line.range]
            let spans = line.paragraph.flatMap { quoted[$0] } ?? []
            let base: Style = switch line.kind {
            case .title, .heading: .strong
            case .byline: .dim
            case .body, .blank: .normal
            }
            grid.put(scalars: scalars, x: area.x, y: area.y + row, maxWidth: area.width) { i in
                for span in spans where span.range.contains(i) {
                    return span.selected ? .quotedSelected : .quoted
                }
                return base
            }
        }
    }
}
