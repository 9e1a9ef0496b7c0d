import Briefing

/// One terminal cell: a base character with any combining marks, and its style. A double-width
/// character fills its cell and marks the next one as its continuation.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var style: Style
    /// True for the right half of a double-width character: nothing is drawn there.
    public var isContinuation: Bool

    public static let blank = Cell(text: " ", style: .normal, isContinuation: false)

    public init(text: String, style: Style, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }
}

/// The screen as data: what every view draws into and what the terminal backend copies out.
/// It knows nothing of ncurses, so views are tested by rendering to a grid and reading it back.
///
/// Every string enters through `put`, which passes it through `TerminalSafety`, so the grid can
/// never hold a control character or an escape sequence.
public struct CellGrid: Sendable, Hashable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes `text` on row `y` from column `x`, clipped to `maxWidth` columns and to the grid.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .normal) -> Int {
        let scalars = Array(text.unicodeScalars)
        return put(scalars: scalars[...], x: x, y: y, maxWidth: maxWidth) { _ in style }
    }

    /// Writes scalars with a style chosen per scalar index (into the slice's base array), so a
    /// line of wrapped text can highlight the part that belongs to a quote.
    @discardableResult
    public mutating func put(
        scalars: ArraySlice<Unicode.Scalar>, x: Int, y: Int, maxWidth: Int? = nil, style: (Int) -> Style
    ) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(size.width, maxWidth.map { x + $0 } ?? size.width)
        var column = x
        var lastCell: Int?  // where a combining mark attaches
        for index in scalars.indices {
            let scalar = TerminalSafety.replacement(for: scalars[index]) ?? scalars[index]
            let width = DisplayWidth.of(scalar)
            if width == 0 {
                if let last = lastCell, cells[last].text.unicodeScalars.count < 5 {
                    cells[last].text.unicodeScalars.append(scalar)
                    continue
                }
                // A mark with nothing to sit on: give it a space, as terminals show it.
                guard column + 1 <= limit else { break }
                if column >= 0 { lastCell = set(x: column, y: y, text: " " + String(scalar), style: style(index), width: 1) }
                column += 1
                continue
            }
            guard column + width <= limit else {
                // A wide character that does not fit leaves a blank rather than half a glyph.
                if width == 2, column < limit, column >= 0 { _ = set(x: column, y: y, text: " ", style: style(index), width: 1) }
                break
            }
            if column >= 0 {
                lastCell = set(x: column, y: y, text: String(scalar), style: style(index), width: width)
            }
            column += width
        }
        return max(0, column - x)
    }

    /// Fills a rectangle with spaces in one style.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        let clipped = rect.clipped(to: bounds)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                _ = set(x: x, y: y, text: " ", style: style, width: 1)
            }
        }
    }

    /// Places one glyph, repairing any double-width character it cuts in half.
    private mutating func set(x: Int, y: Int, text: String, style: Style, width: Int) -> Int {
        let i = y * size.width + x
        if cells[i].isContinuation, x > 0 { cells[i - 1] = Cell(text: " ", style: cells[i - 1].style) }
        if x + 1 < size.width, cells[i + 1].isContinuation { cells[i + 1] = Cell(text: " ", style: cells[i + 1].style) }
        cells[i] = Cell(text: text, style: style)
        if width == 2 {
            if x + 1 < size.width {
                if x + 2 < size.width, cells[i + 2].isContinuation { cells[i + 2] = Cell(text: " ", style: cells[i + 2].style) }
                cells[i + 1] = Cell(text: "", style: style, isContinuation: true)
            } else {
                cells[i] = Cell(text: " ", style: style)  // no room for the right half
            }
        }
        return i
    }

    /// Row `y` as text (continuation cells contribute nothing, so wide characters read right).
    public func rowText(_ y: Int) -> String {
        var line = ""
        for x in 0..<size.width where !self[x, y].isContinuation {
            line += self[x, y].text
        }
        return line
    }

    /// The whole grid as text, one line a row, trailing spaces kept: the form of snapshots.
    public var text: String {
        (0..<size.height).map(rowText).joined(separator: "\n")
    }
}

extension Rect {
    func clipped(to other: Rect) -> Rect {
        let x0 = max(x, other.x), y0 = max(y, other.y)
        let x1 = min(maxX, other.maxX), y1 = min(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
