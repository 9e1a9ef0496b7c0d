/// Text with a style for each scalar. A line of the briefing mixes styles (a name in bold, a
/// quote's kind in its quote style, an uncertain date as a warning) and must still wrap as one
/// piece of text by display width; keeping the styles beside the scalars lets wrapping cut both
/// at the same places. Drawn through `CellGrid.put`, so it is sanitised like any other text.
struct StyledText: Equatable {
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var styles: [Style] = []

    init() {}

    init(_ text: String, _ style: Style) {
        append(text, style)
    }

    var isEmpty: Bool { scalars.isEmpty }

    var width: Int { scalars.reduce(0) { $0 + DisplayWidth.of($1) } }

    /// The text without its styles.
    var plain: String { String(String.UnicodeScalarView(scalars)) }

    mutating func append(_ text: String, _ style: Style) {
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            styles.append(style)
        }
    }

    /// Rows no wider than `width` columns, broken as `TextWrap` breaks plain text; at most
    /// `maxLines` of them, the last ending in " …" when text was left out.
    func wrapped(width: Int, maxLines: Int) -> [StyledText] {
        wrapped(firstWidth: width, width: width, maxLines: maxLines)
    }

    /// The same with a first row of another width, for text that hangs under a marker.
    func wrapped(firstWidth: Int, width: Int, maxLines: Int) -> [StyledText] {
        guard let first = TextWrap.wrap(scalars, width: max(1, firstWidth)).first else { return [] }
        let rest = Array(scalars[first.upperBound...])
        let ranges = [first] + TextWrap.wrap(rest, width: max(1, width)).map { ($0.lowerBound + first.upperBound)..<($0.upperBound + first.upperBound) }
        var rows = ranges.prefix(max(1, maxLines)).map { slice($0) }
        if ranges.count > rows.count, let last = rows.popLast() {
            rows.append(last.ending(with: " …", width: rows.isEmpty ? firstWidth : width))
        }
        return rows
    }

    /// The text cut to `width` columns, with "…" at the end when it had to be cut.
    func truncated(toWidth width: Int) -> StyledText {
        self.width <= width ? self : ending(with: "…", width: width)
    }

    /// The text with `marker` at its end, cut so that both fit in `width` columns.
    func ending(with marker: String, width: Int) -> StyledText {
        let room = width - DisplayWidth.of(marker)
        var out = StyledText()
        var used = 0
        for (scalar, style) in zip(scalars, styles) {
            let w = DisplayWidth.of(scalar)
            if used + w > room { break }
            out.scalars.append(scalar)
            out.styles.append(style)
            used += w
        }
        // A word cut in two reads as a different word: end at the space before it when that
        // keeps most of the row.
        if out.scalars.count < scalars.count, scalars[out.scalars.count] != " ",
           let space = out.scalars.lastIndex(of: " "), space > out.scalars.count / 2 {
            out.scalars.removeSubrange(space...)
            out.styles.removeSubrange(space...)
        }
        while out.scalars.last == " " {
            out.scalars.removeLast()
            out.styles.removeLast()
        }
        out.append(marker, out.styles.last ?? .normal)
        return out
    }

    private func slice(_ range: Range<Int>) -> StyledText {
        var out = StyledText()
        out.scalars = Array(scalars[range])
        out.styles = Array(styles[range])
        return out
    }

    /// Draws the text on row `y` from column `x`, clipped to `maxWidth`; `style` replaces every
    /// style when given (a selected row is drawn in the selection's style).
    func draw(into grid: inout CellGrid, x: Int, y: Int, maxWidth: Int, style: Style? = nil) {
        let styles = self.styles
        grid.put(scalars: scalars[...], x: x, y: y, maxWidth: maxWidth) { style ?? styles[$0] }
    }
}
