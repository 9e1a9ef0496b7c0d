/// Hit-testing: which pane and entry a cell shows, from the same layout and measures that draw
/// the screen, so a click always lands on what the user sees.
extension Screen {
    public static func hit(_ state: ReaderState, size: Size, x: Int, y: Int) -> MouseTarget? {
        let layout = ScreenLayout(size: size, widths: state.settings.paneWidths)
        guard layout.arrangement != .tooSmall, y < layout.statusLine.y else { return nil }
        let m = metrics(state, size: size)
        switch state.mode {
        case .panes:
            for pane in PaneID.allCases {
                guard let outer = layout.panes[pane], outer.contains(x: x, y: y) else { continue }
                let content = layout.content(pane)
                let row = y - content.y
                guard row >= 0, row < content.height else { return .pane(pane, entry: nil) }
                switch pane {
                case .articles:
                    let entry = state.articleTop + row / max(1, m.articleItemHeight)
                    return .pane(pane, entry: entry < state.articleCount ? entry : nil)
                case .reader:
                    return .pane(pane, entry: nil)
                case .quotes:
                    return .pane(pane, entry: entry(atRow: row, top: state.quoteTop, count: m.quoteItemHeights.count) { m.quoteItemHeights[$0] })
                case .statistics:
                    let r = entry(atRow: row, top: state.statisticsTop, count: m.sidebarHeights.count) { m.sidebarHeights[$0] }
                    return .pane(pane, entry: r.flatMap { m.sidebarSelectable.firstIndex(of: $0) })
                }
            }
            return nil
        case .speakers:
            let full = layout.fullContent
            let row = y - full.y - SpeakersView.headerRows
            guard row >= 0, row < full.height - SpeakersView.headerRows else { return .list(entry: nil) }
            let entry = state.speakerTop + row / max(1, m.speakerItemHeight)
            return .list(entry: entry < state.filteredSpeakers.count ? entry : nil)
        case .speakerQuotes:
            let full = layout.fullContent
            let row = y - full.y - SpeakerQuotesView.headerRows
            guard row >= 0, row < full.height - SpeakerQuotesView.headerRows else { return .list(entry: nil) }
            let top = m.speakerQuoteTop
            return .list(entry: entry(atRow: row, top: top, count: state.shownSpeakerQuotes.count) {
                SpeakerQuotesView.height(state, $0, width: full.width)
            })
        case .figures, .timeline, .entities, .entityMentions, .searchResults:
            let full = layout.fullContent
            let row = y - full.y - JumpListView.headerRows
            guard row >= 0, row < full.height - JumpListView.headerRows else { return .list(entry: nil) }
            let list = passageList(state, width: full.width)
            return .list(entry: entry(atRow: row, top: m.listTop, count: list.count) { list.item($0).height })
        case .briefing:
            let full = layout.fullContent
            let row = y - full.y - BriefingView.headerRows
            guard row >= 0, row < full.height - BriefingView.headerRows else { return .list(entry: nil) }
            let view = briefingView(state, width: full.width)
            // Headlines, headings and gaps are not entries: only an entry's rows select it.
            guard let item = entry(atRow: row, top: m.briefingTop, count: state.briefing.itemCount, height: { view.block($0).height }),
                  view.block(item).isEntry else { return .list(entry: nil) }
            return .list(entry: state.briefing.entry(atOrAfterItem: item))
        }
    }

    /// The entry at `row` of a list drawn from entry `top` with the heights given.
    static func entry(atRow row: Int, top: Int, count: Int, height: (Int) -> Int) -> Int? {
        var y = 0, i = max(0, top)
        while i < count {
            let h = max(1, height(i))
            if row < y + h { return i }
            y += h
            i += 1
        }
        return nil
    }
}

extension Rect {
    func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }
}
