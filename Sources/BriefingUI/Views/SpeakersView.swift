import Briefing

/// Everyone quoted in the corpus, most quoted first, narrowed as the user types: the filter on
/// the first line, then one item per speaker with name, number of quotes and of articles, kind
/// and role. Enter shows the selected speaker's quotes.
struct SpeakersView: PaneView {
    let state: ReaderState

    /// The filter line and a blank line above the list.
    static let headerRows = 2

    /// Rows per speaker: two when the list has room for a second line with kind and role.
    static func itemHeight(rows: Int) -> Int { rows >= 8 ? 2 : 1 }

    var title: String {
        let all = state.model.speakers.count
        let shown = state.filteredSpeakers.count
        if state.isLoading { return "Speakers" }
        return state.speakerFilter.isEmpty ? "Speakers (\(NumberText.grouped(all)))"
            : "Speakers (\(NumberText.grouped(shown)) of \(NumberText.grouped(all)))"
    }

    var position: String {
        let count = state.filteredSpeakers.count
        return count == 0 ? "no speakers" : "speaker \(min(state.speakerCursor, count - 1) + 1)/\(count)"
    }

    func draw(into grid: inout CellGrid, area: Rect, focused: Bool) {
        drawFilter(into: &grid, area: area)
        let list = Rect(x: area.x, y: area.y + Self.headerRows, width: area.width, height: area.height - Self.headerRows)
        guard !list.isEmpty else { return }
        let speakers = state.filteredSpeakers
        guard !speakers.isEmpty else {
            let message = state.isLoading ? LoadingText.message : state.model.speakers.isEmpty ? "Nobody is quoted in these articles."
                : "No speaker’s name or alias contains “\(state.speakerFilter)”."
            for (i, line) in TextWrap.wrap(message, width: list.width).prefix(list.height).enumerated() {
                grid.put(line, x: list.x, y: list.y + i, maxWidth: list.width, style: .dim)
            }
            return
        }
        let height = Self.itemHeight(rows: list.height)
        let perPage = max(1, list.height / height)
        let cursor = min(state.speakerCursor, speakers.count - 1)
        let top = ReaderState.topKeeping(cursor, top: state.speakerTop, count: speakers.count, perPage: perPage)
        for slot in 0..<perPage {
            let index = top + slot
            guard index < speakers.count else { break }
            let y = list.y + slot * height
            let selection: Style? = index == cursor ? .selection : nil
            grid.fill(Rect(x: list.x, y: y, width: list.width, height: height), style: selection ?? .normal)
            drawItem(speakers[index], into: &grid, x: list.x, y: y, width: list.width, lines: height, selection: selection)
        }
    }

    /// "Filter: text▏", or a hint of what typing does while the filter is empty.
    private func drawFilter(into grid: inout CellGrid, area: Rect) {
        var x = area.x
        x += grid.put("Filter: ", x: x, y: area.y, maxWidth: area.width, style: .dim)
        // The end of a long filter stays in view, next to the cursor.
        let room = area.maxX - x - 1
        var shown = state.speakerFilter
        while DisplayWidth.of(shown) > room, !shown.isEmpty { shown.removeFirst() }
        x += grid.put(shown, x: x, y: area.y, maxWidth: max(0, room), style: .normal)
        if x < area.maxX { x += grid.put(" ", x: x, y: area.y, style: .cursor) }
        if state.speakerFilter.isEmpty, x + 1 < area.maxX {
            grid.put(" type part of a name", x: x, y: area.y, maxWidth: area.maxX - x, style: .dim)
        }
    }

    private func drawItem(_ s: Int, into grid: inout CellGrid, x: Int, y: Int, width: Int, lines: Int, selection: Style?) {
        let speaker = state.model.speakers[s]
        // `Speaker.articles` lists each article once.
        let quotes = speaker.quotes.count, articles = speaker.articles.count
        var counts = "\(NumberText.counted(quotes, "quote")) · \(NumberText.counted(articles, "article"))"
        if width - DisplayWidth.of(counts) - 2 < 12 { counts = NumberText.counted(quotes, "quote") }
        let countsWidth = DisplayWidth.of(counts)
        let nameWidth = width - countsWidth - 2
        grid.put(counts, x: x + width - countsWidth, y: y, maxWidth: countsWidth, style: selection ?? .dim)
        drawName(speaker.name, into: &grid, x: x, y: y, width: nameWidth, selection: selection)
        guard lines > 1 else { return }
        var details = [speaker.kind.rawValue]
        if let role = speaker.role, !role.isEmpty { details.append(role) }
        if let alias = state.index.matchingName(of: speaker, index: s, filter: state.speakerFilter), alias != speaker.name {
            details.append("as “\(alias)”")
        }
        let text = details.joined(separator: " · ")
        grid.put(Truncate.toWidth(text, width - 2), x: x + 2, y: y + 1, maxWidth: width - 2, style: selection ?? .dim)
    }

    /// The name, the part the filter matches set off (outside the selection).
    private func drawName(_ name: String, into grid: inout CellGrid, x: Int, y: Int, width: Int, selection: Style?) {
        let shown = Array(Truncate.toWidth(name, width).unicodeScalars)
        let match = selection == nil ? Self.matchRange(of: state.speakerFilter, in: shown) : nil
        grid.put(scalars: shown[...], x: x, y: y, maxWidth: width) { i in
            selection ?? (match?.contains(i) == true ? .match : .strong)
        }
    }

    /// Where `filter` occurs in `scalars`, ignoring case, as scalar offsets; nil when it does not
    /// or when lower-casing changes the number of scalars (then offsets would not line up).
    static func matchRange(of filter: String, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard !filter.isEmpty else { return nil }
        let lowered = scalars.map { String($0).lowercased() }
        guard lowered.allSatisfy({ $0.unicodeScalars.count == 1 }) else { return nil }
        let haystack = lowered.map { $0.unicodeScalars.first! }
        let needle = Array(filter.lowercased().unicodeScalars)
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            return start..<(start + needle.count)
        }
        return nil
    }
}
