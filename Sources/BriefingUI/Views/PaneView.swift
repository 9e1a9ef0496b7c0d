/// What every pane shares, in the manner of tig's views: a title for its frame, where the
/// user is in it (for the status line), how many rows it scrolls over, and drawing its content
/// inside the frame. Panes are values built from the state; they hold no state of their own.
protocol PaneView {
    var title: String { get }
    /// Position for the status line, e.g. "article 2/37" or "line 10/80, 12%".
    var position: String { get }
    /// Text at the right end of the top border (e.g. a percentage), or nil.
    var borderNote: String? { get }
    func draw(into grid: inout CellGrid, area: Rect, focused: Bool)
}

extension PaneView {
    var borderNote: String? { nil }
}

/// The border and title around a pane; the focused pane's frame is drawn in a stronger style.
enum Frame {
    static func draw(_ rect: Rect, title: String, note: String?, focused: Bool, into grid: inout CellGrid) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let style: Style = focused ? .borderFocused : .border
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        for x in (rect.x + 1)..<right {
            grid.put("─", x: x, y: rect.y, style: style)
            grid.put("─", x: x, y: bottom, style: style)
        }
        for y in (rect.y + 1)..<bottom {
            grid.put("│", x: rect.x, y: y, style: style)
            grid.put("│", x: right, y: y, style: style)
        }
        grid.put("┌", x: rect.x, y: rect.y, style: style)
        grid.put("┐", x: right, y: rect.y, style: style)
        grid.put("└", x: rect.x, y: bottom, style: style)
        grid.put("┘", x: right, y: bottom, style: style)

        let room = rect.width - 4
        var noteWidth = 0
        if let note, room > 12 {
            let text = " \(note) "
            noteWidth = DisplayWidth.of(text)
            grid.put(text, x: right - noteWidth, y: rect.y, style: focused ? .paneTitleFocused : .paneTitle)
        }
        if room > 0 {
            let label = " \(title) "
            let fitted = Truncate.toWidth(label, room - noteWidth - (noteWidth > 0 ? 1 : 0))
            grid.put(fitted, x: rect.x + 2, y: rect.y, style: focused ? .paneTitleFocused : .paneTitle)
        }
    }
}

/// Cutting text to a width with an ellipsis, by display width.
enum Truncate {
    static func toWidth(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in text.unicodeScalars {
            let w = DisplayWidth.of(scalar)
            if used + w > width - 1 { break }
            out.append(scalar)
            used += w
        }
        while let last = out.last, last == " " { out.removeLast() }
        return String(out) + "…"
    }
}

/// Keeps a cursor visible in a window of rows, and the window inside the content.
enum Scrolling {
    /// The first visible row after clamping `top` to the content.
    static func clampTop(_ top: Int, count: Int, visible: Int) -> Int {
        min(max(0, top), max(0, count - visible))
    }

    /// The first visible item so that `cursor` is visible, for items of the given heights.
    static func topShowing(_ cursor: Int, top: Int, heights: [Int], rows: Int) -> Int {
        topShowing(cursor, top: top, count: heights.count, rows: rows) { heights[$0] }
    }

    /// The same for items whose heights are computed on demand: only the items between the
    /// cursor and the first one that can stay on screen with it are measured, so a list of a
    /// million entries costs a screenful of work.
    static func topShowing(_ cursor: Int, top: Int, count: Int, rows: Int, height: (Int) -> Int) -> Int {
        guard count > 0, rows > 0 else { return 0 }
        let cursor = min(max(cursor, 0), count - 1)
        let top = min(max(top, 0), count - 1)
        if cursor < top { return cursor }
        // The lowest first item that still shows the cursor: walk back from the cursor while
        // the items fit.
        var lowest = cursor
        var used = height(cursor)
        while lowest > top {
            let h = height(lowest - 1)
            guard used + h <= rows else { break }
            used += h
            lowest -= 1
        }
        return max(top, lowest)
    }

    static func percent(_ part: Int, of whole: Int) -> Int {
        whole <= 0 ? 100 : min(100, part * 100 / whole)
    }
}

/// Numbers as people read them: 1,101 rather than 1101.
public enum NumberText {
    public static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// "1 quote", "2 quotes", "1,204 words".
    static func counted(_ n: Int, _ noun: String) -> String {
        "\(grouped(n)) \(noun)\(n == 1 ? "" : "s")"
    }

    /// The same for a noun whose plural is not the noun and "s": "2 stories".
    static func counted(_ n: Int, _ noun: String, plural: String) -> String {
        "\(grouped(n)) \(n == 1 ? noun : plural)"
    }
}
