import Briefing

/// The keys, in a bordered box over the screen, made from the bindings in force alone (the key
/// table with the configuration's changes, `ReaderSettings.keys`) so it cannot go stale: first every key of the view help was opened over, then, context by context, the
/// keys not listed yet. Scrolls when it does not fit (at 50×15 it mostly does not).
struct HelpView {
    let help: HelpState
    let size: Size
    /// Every line of help at this size, made once per view.
    let lines: [Line]
    let keys: KeyMap

    init(help: HelpState, size: Size, keys: KeyMap = .default) {
        self.help = help
        self.size = size
        self.keys = keys
        lines = Self.makeLines(context: help.context, width: Self.content(size: size).width, bindings: keys.bindings)
    }

    /// One line of help: a key column (empty on a summary's continuation lines) and text.
    struct Line: Equatable {
        var keys = ""
        var text: String
        var style: Style = .normal
    }

    /// The box: the screen's width, everything above the status line (a row of the screen left
    /// showing above and below on a tall terminal). Full width, so no pane's frame is left cut
    /// in half beside it.
    var box: Rect { Self.box(size: size) }

    static func box(size: Size) -> Rect {
        let margin = size.height >= 20 ? 1 : 0
        return Rect(x: 0, y: margin, width: size.width, height: size.height - 1 - 2 * margin)
    }

    /// Where the text goes: inside the border, a column of margin each side.
    var content: Rect { Self.content(size: size) }

    static func content(size: Size) -> Rect {
        let inner = box(size: size).inset(by: 1)
        return Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
    }

    var rows: Int { max(1, content.height) }

    var top: Int { Scrolling.clampTop(help.top, count: lines.count, visible: rows) }

    var position: String {
        "line \(top + 1)/\(lines.count), \(Scrolling.percent(min(lines.count, top + rows), of: lines.count))%"
    }

    /// The keys that close help, from the bindings: "? F1 Esc q".
    static func closingKeys(_ keys: KeyMap) -> String {
        keys.bindings.filter { [.help, .back, .quit].contains($0.action) && $0.contexts.contains(.help) }.map(\.helpKeys).joined(separator: " ")
    }

    private static func makeLines(context helpContext: KeyContext, width: Int, bindings: [KeyBinding]) -> [Line] {
        guard width > 0 else { return [] }
        var listed = Set<Int>()
        var out: [Line] = []
        // The view help was opened over, then the others in the table's order, help's own last.
        let order = [helpContext] + KeyContext.allCases.filter { $0 != helpContext && $0 != .help } + (helpContext == .help ? [] : [.help])
        for (n, context) in order.enumerated() {
            let shown = bindings.indices.filter { !listed.contains($0) && bindings[$0].contexts.contains(context) }
            guard !shown.isEmpty else { continue }
            if !out.isEmpty { out.append(Line(text: "")) }
            let name = context.name.prefix(1).uppercased() + context.name.dropFirst()
            out.append(Line(text: n == 0 ? "Here: \(context.name)" : name, style: .heading))
            for i in shown {
                listed.insert(i)
                out += Self.lines(bindings[i], width: width)
            }
        }
        return out
    }

    /// A binding's keys in a column and its summary wrapped beside them; keys wider than the
    /// column get a line of their own.
    static func lines(_ binding: KeyBinding, width: Int) -> [Line] {
        let column = min(12, max(4, width / 3))
        let keys = binding.helpKeys
        let textWidth = max(1, width - column - 1)
        let wrapped = TextWrap.wrap(binding.summary.replacingOccurrences(of: "`", with: ""), width: textWidth)
        var out: [Line] = []
        var first = keys
        if DisplayWidth.of(keys) > column {
            out.append(Line(keys: Truncate.toWidth(keys, width), text: ""))
            first = ""
        }
        for (k, text) in wrapped.enumerated() { out.append(Line(keys: k == 0 ? first : "", text: text)) }
        return out
    }

    func draw(into grid: inout CellGrid) {
        let box = self.box
        guard box.width >= 10, box.height >= 3 else { return }
        grid.fill(box, style: .normal)
        Frame.draw(box, title: "Keys · close: \(Self.closingKeys(keys))", note: "\(Scrolling.percent(min(lines.count, top + rows), of: lines.count))%",
                   focused: true, into: &grid)
        let area = content
        let column = min(12, max(4, area.width / 3))
        for row in 0..<area.height {
            let index = top + row
            guard index < lines.count else { break }
            let line = lines[index], y = area.y + row
            if line.style == .heading || line.keys.isEmpty && line.text.isEmpty {
                grid.put(line.text, x: area.x, y: y, maxWidth: area.width, style: line.style)
                continue
            }
            if !line.keys.isEmpty { grid.put(line.keys, x: area.x, y: y, maxWidth: area.width, style: .strong) }
            if !line.text.isEmpty {
                grid.put(line.text, x: area.x + column + 1, y: y, maxWidth: max(0, area.width - column - 1), style: line.style)
            }
        }
    }
}

/// The narrow arrangement's top line: the panes by name, the focused one set off.
enum TabBar {
    static func draw(focus: PaneID, keys: KeyMap = .default, into grid: inout CellGrid, area: Rect) {
        grid.fill(area, style: .normal)
        var x = area.x
        for pane in PaneID.allCases {
            guard x < area.maxX else { break }
            let label = " \(pane.name) "
            x += grid.put(label, x: x, y: area.y, maxWidth: area.maxX - x, style: pane == focus ? .paneTitleFocused : .dim)
            if x < area.maxX { x += grid.put(" ", x: x, y: area.y) }
        }
        let hint = keys.bindings.first { $0.action == .focusNext }.map { "\($0.helpKeys) ▸" } ?? ""
        if !hint.isEmpty, area.maxX - x >= DisplayWidth.of(hint) + 1 {
            grid.put(hint, x: area.maxX - DisplayWidth.of(hint), y: area.y, style: .dim)
        }
    }
}

/// The matches of a search: the article's title (or the speaker's name), where the match is,
/// the matching sentence with the match set off, and the article's source.
enum SearchResultItems {
    static let sentenceLines = 2

    static func item(_ state: ReaderState, _ i: Int, width: Int) -> JumpItem {
        guard let matches = state.search?.matches, matches.indices.contains(i) else { return JumpItem(heading: "", note: "", lines: []) }
        let model = state.model
        let match = matches[i]
        switch match.place {
        case .speaker(let s, let alias):
            let speaker = model.speakers[s]
            let name = alias.map { speaker.aliases[$0] } ?? speaker.name
            let scalars = Array(name.unicodeScalars)
            let (lines, marks) = snippet(scalars, sentence: 0..<scalars.count, match: match.scalars, width: width, maxLines: 1)
            return JumpItem(heading: speaker.name, note: "speaker · " + NumberText.counted(speaker.quotes.count, "quote"),
                            lines: lines, marks: marks)
        case .title(let a):
            let article = model.articles[a]
            let scalars = Array((article.title ?? "").unicodeScalars)
            var (lines, marks) = snippet(scalars, sentence: 0..<scalars.count, match: match.scalars, width: width, maxLines: sentenceLines)
            let byline = JumpItem.byline(article)
            if !byline.isEmpty { lines.append((Truncate.toWidth(byline, width), .dim)) }
            return JumpItem(heading: article.displayTitle, note: "title", lines: lines, marks: marks)
        case .paragraph(let a, let p):
            let article = model.articles[a]
            let passage = article.passage(articleIndex: a, paragraph: p, range: match.scalars)
            let scalars = Array(article.paragraphs[p].text.unicodeScalars)
            var (lines, marks) = snippet(scalars, sentence: passage.sentence, match: match.scalars, width: width, maxLines: sentenceLines)
            let byline = JumpItem.byline(article)
            if !byline.isEmpty { lines.append((Truncate.toWidth(byline, width), .dim)) }
            var note = "paragraph \(p + 1)"
            if let q = match.quote, model.quotes.indices.contains(a), model.quotes[a].indices.contains(q) {
                note = "quote · " + QuotesView.speakerName(of: model.quotes[a][q], at: QuoteRef(article: a, index: q), in: state)
            }
            return JumpItem(heading: article.displayTitle, note: note, lines: lines, marks: marks)
        }
    }

    /// The sentence around a match in at most `maxLines` lines of `width`, the match on the first
    /// line (a long lead-in is cut to "… " and the last few words before the match), and where
    /// the match is in each line.
    static func snippet(_ scalars: [Unicode.Scalar], sentence: Range<Int>, match: Range<Int>, width: Int, maxLines: Int)
        -> (lines: [(text: String, style: Style)], marks: [Int: Range<Int>])
    {
        guard !scalars.isEmpty, width > 0 else { return ([], [:]) }
        let sentence = sentence.clamped(to: 0..<scalars.count)
        let match = match.clamped(to: sentence)
        var start = sentence.lowerBound
        var piece: [Unicode.Scalar] = []
        var lead = 0
        for s in start..<match.lowerBound { lead += DisplayWidth.of(scalars[s]) }
        // As much of the lead-in as the lines leave room for, and at least a third of a line.
        var tail = 0
        for s in match.lowerBound..<sentence.upperBound { tail += DisplayWidth.of(scalars[s]) }
        let keep = max(width / 3 - 2, maxLines * width - tail - 12 * maxLines)
        if lead > keep + 2 {
            var s = match.lowerBound, used = 0
            while s > start, used + DisplayWidth.of(scalars[s - 1]) <= keep {
                s -= 1
                used += DisplayWidth.of(scalars[s])
            }
            // Start at a word.
            while s < match.lowerBound, s > 0, scalars[s - 1] != " " { s += 1 }
            start = s
            piece = ["…", " "]
        }
        let offset = piece.count - start
        piece += scalars[start..<sentence.upperBound]
        let mark = (match.lowerBound + offset)..<(match.upperBound + offset)
        let ranges = TextWrap.wrap(piece, width: width)
        var lines: [(text: String, style: Style)] = []
        var marks: [Int: Range<Int>] = [:]
        for (k, r) in ranges.prefix(maxLines).enumerated() {
            var text = String(String.UnicodeScalarView(piece[r]))
            if k == maxLines - 1, ranges.count > maxLines { text = Truncate.toWidth(text + " …", width) }
            let overlap = r.clamped(to: mark)
            if !overlap.isEmpty { marks[k] = (overlap.lowerBound - r.lowerBound)..<(overlap.upperBound - r.lowerBound) }
            lines.append((text, .normal))
        }
        return (lines, marks)
    }
}
