/// The bottom line: the view (or focused pane) and the position in it on the left, skipped
/// files, and as many key hints of the current view (from the key table) as fit on the right.
enum StatusLineView {
    static func draw(
        name: String, position: String, message: String? = nil, context: KeyContext, canGoBack: Bool, skipped: Int,
        notice: String? = nil, keys: KeyMap = .default, into grid: inout CellGrid, area: Rect
    ) {
        grid.fill(area, style: .statusBar)
        let left = " \(name) · \(position) "
        // Room is always kept for the help key's hint: it is how every other key is found.
        let help = keys.hints(fitting: 40, in: context).first { $0.hasPrefix("?") }.map { DisplayWidth.of($0) + 3 } ?? 0
        let leftWidth = max(0, min(area.width, area.width - help))
        var x = area.x + grid.put(Truncate.toWidth(left, leftWidth), x: area.x, y: area.y, maxWidth: leftWidth, style: .statusKey)
        // A note on the last key (a search that wrapped, nothing found) comes before the hints.
        if let message, x < area.maxX {
            let text = " " + message + " "
            x += grid.put(Truncate.toWidth(text, area.maxX - x), x: x, y: area.y, maxWidth: area.maxX - x, style: .warning)
        }
        if skipped > 0 {
            let note = " \(skipped) file\(skipped == 1 ? "" : "s") skipped "
            if x + DisplayWidth.of(note) <= area.maxX {
                x += grid.put(note, x: x, y: area.y, style: .warning)
            }
        }
        if let notice {
            let note = " \(notice) "
            if x + DisplayWidth.of(note) <= area.maxX {
                x += grid.put(note, x: x, y: area.y, style: .warning)
            }
        }
        // Key hints at the right: the most important ones that fit.
        let hints = keys.hints(fitting: area.maxX - x - 1, in: context, canGoBack: canGoBack)
        guard !hints.isEmpty else { return }
        let text = hints.joined(separator: "  ") + " "
        grid.put(text, x: area.maxX - DisplayWidth.of(text), y: area.y, style: .statusBar)
    }
}

extension StatusLineView {
    /// A prompt being typed: "Search: text" or "Filter: text", the cursor after the text (the
    /// end of a long text kept in view), and the prompt's keys on the right when they fit.
    static func drawPrompt(_ prompt: Prompt, keys: KeyMap = .default, into grid: inout CellGrid, area: Rect) {
        grid.fill(area, style: .statusBar)
        let label = prompt.kind == .search ? " Search: " : " Filter: "
        var x = area.x + grid.put(label, x: area.x, y: area.y, maxWidth: area.width, style: .statusKey)
        let hints = keys.hints(fitting: max(0, area.maxX - x - 24), in: .prompt)
        let hintText = hints.isEmpty ? "" : hints.joined(separator: "  ") + " "
        let room = area.maxX - x - 1 - DisplayWidth.of(hintText) - 1
        var shown = Substring(prompt.text)
        while DisplayWidth.of(shown) > max(0, room), !shown.isEmpty { shown.removeFirst() }
        x += grid.put(shown, x: x, y: area.y, maxWidth: max(0, room), style: .statusBar)
        if x < area.maxX { grid.put(" ", x: x, y: area.y, style: .cursor) }
        if !hintText.isEmpty { grid.put(hintText, x: area.maxX - DisplayWidth.of(hintText), y: area.y, style: .statusBar) }
    }

    /// While the model loads: "Loading… 3,412 of 10,000 articles", a bar when there is room,
    /// and the key hints that fit (q quits at once).
    static func drawLoading(_ progress: LoadingProgress, analysing: Bool = false, context: KeyContext, canGoBack: Bool,
                            notice: String? = nil, keys: KeyMap = .default, into grid: inout CellGrid, area: Rect) {
        grid.fill(area, style: .statusBar)
        let text = " \(LoadingText.status(progress, analysing: analysing)) "
        var x = area.x + grid.put(Truncate.toWidth(text, area.width), x: area.x, y: area.y, maxWidth: area.width, style: .statusKey)
        if let notice, x + DisplayWidth.of(notice) + 2 <= area.maxX {
            x += grid.put(" \(notice) ", x: x, y: area.y, style: .warning)
        }
        let hints = keys.hints(fitting: max(0, area.maxX - x - barWidth - 2), in: context, canGoBack: canGoBack)
        let hintText = hints.isEmpty ? "" : hints.joined(separator: "  ") + " "
        let room = area.maxX - x - DisplayWidth.of(hintText) - 2
        if progress.total > 0, room >= 6 {
            x += 1
            x += grid.put(LoadingText.bar(progress, width: min(barWidth, room)), x: x, y: area.y, style: .statusBar)
        }
        if !hintText.isEmpty { grid.put(hintText, x: area.maxX - DisplayWidth.of(hintText), y: area.y, style: .statusBar) }
    }

    /// Cells of the progress bar when the line has room.
    static let barWidth = 24
}

/// Shown instead of the panes when the terminal is smaller than `ScreenLayout.minimum`.
enum TooSmallView {
    static func draw(size: Size, context: KeyContext, into grid: inout CellGrid) {
        let minimum = ScreenLayout.minimum
        // While a filter is typed q is a letter: name the key that leaves instead.
        let leave = [.speakerList, .prompt, .help].contains(context) ? "Esc goes back" : "q quits"
        let lines = ["Terminal too small", "\(size.width)×\(size.height), needs \(minimum.width)×\(minimum.height)", leave]
        var wrapped: [String] = []
        for line in lines { wrapped += TextWrap.wrap(line, width: size.width) }
        let shown = wrapped.prefix(size.height)
        let top = max(0, (size.height - shown.count) / 2)
        for (i, line) in shown.enumerated() {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            grid.put(line, x: x, y: top + i, style: i == 0 ? .warning : .normal)
        }
    }
}
