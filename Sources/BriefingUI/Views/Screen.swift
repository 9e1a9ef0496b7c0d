import Briefing

/// Sizes the reducer needs to page and scroll: what the screen would show for this state at
/// this size. Computed by the same code that draws, so keys and drawing never disagree.
public struct ScreenMetrics: Sendable {
    /// The article the reader and quotes figures were laid out for; -1 when none was (no
    /// article, or a screen too small for panes). They hold for no other article.
    public var article = -1
    public var articleRows = 1
    public var articleItemHeight = 1
    public var readerRows = 1
    public var readerLineCount = 0
    /// Reader line where each quote of the article starts.
    public var quoteLines: [Int] = []
    public var quoteRows = 1
    public var quoteItemHeights: [Int] = []
    public var statisticsRows = 1
    /// Height of each sidebar row, and the rows the cursor can stand on.
    public var sidebarHeights: [Int] = []
    public var sidebarSelectable: [Int] = []
    /// Whether the reader was laid out showing the summary.
    public var readerSummary = false
    /// The highlighted passage the reader was laid out for, and the line where it starts.
    public var passage: Passage?
    public var passageLine: Int?
    /// The full-screen list laid out, its rows, and the first entry that keeps the cursor in
    /// view (entries are measured around the cursor only).
    public var listMode: ViewState.Mode?
    public var listRows = 1
    public var listTop = 0
    /// Entries in a page: the rows over the tallest entry on screen.
    public var listPerPage = 1
    /// Whether the briefing was laid out; its first item keeping the cursor in view, and the
    /// entries a page holds (those shown whole from that item).
    public var briefingMeasured = false
    public var briefingTop = 0
    public var briefingPerPage = 1
    /// Rows of the speaker list, and rows per speaker.
    public var speakerRows = 1
    public var speakerItemHeight = 1
    /// The speaker whose quote list was laid out, if any: the figures below hold for them only.
    public var speakerQuotesOf: Int?
    public var speakerQuoteRows = 1
    /// The first quote that keeps the cursor in view, and the quotes a page moves by (rows over
    /// the tallest quote on screen): only a screenful of quotes is measured.
    public var speakerQuoteTop = 0
    public var speakerQuotesPerPage = 1
    /// Rows of the help's text, and its lines at this width.
    public var helpRows = 1
    public var helpLineCount = 0

    public init() {}

    /// Articles visible at once.
    public var articlesPerPage: Int { max(1, articleRows / max(1, articleItemHeight)) }
    /// Speakers visible at once.
    public var speakersPerPage: Int { max(1, speakerRows / max(1, speakerItemHeight)) }
}

/// The whole screen as a pure function of state and size: lay out, draw the current view (the
/// four panes, each in its frame, or one full-screen list), draw the status line.
public enum Screen {
    public static func render(_ state: ReaderState, size: Size) -> CellGrid {
        var grid = CellGrid(size: size)
        let layout = ScreenLayout(size: size, widths: state.settings.paneWidths)
        guard layout.arrangement != .tooSmall else {
            TooSmallView.draw(size: size, context: state.keyContext, into: &grid)
            return grid
        }
        var name = ""
        var position = ""
        switch state.mode {
        case .panes:
            let narrow = layout.arrangement == .narrow
            if let bar = layout.tabBar { TabBar.draw(focus: state.focus, keys: state.settings.keys, into: &grid, area: bar) }
            // The reader is laid out once: drawn, and read for the status line's percentage.
            let reader = paneView(.reader, state: state, layout: layout) as? ReaderView
            for pane in PaneID.allCases {
                // Narrow: one pane at a time, the focused one.
                guard let outer = layout.panes[pane], !narrow || pane == state.focus else { continue }
                let view = pane == .reader ? reader! : paneView(pane, state: state, layout: layout)
                let focused = state.focus == pane
                Frame.draw(outer, title: view.title, note: view.borderNote, focused: focused, into: &grid)
                view.draw(into: &grid, area: layout.content(pane), focused: focused)
                if focused { (name, position) = (pane.name, view.position) }
            }
            // Wherever the focus is, the status line says which article is open and how far
            // through it the reader is.
            let percent = reader?.percent.map { " · \($0)%" } ?? ""
            let article = state.articleCount == 0 ? "" : "article \(state.openArticle + 1)/\(state.articleCount)"
            switch state.focus {
            case .articles: position += percent
            case .reader: position = state.articleCount == 0 ? position : article + percent
            case .quotes, .statistics: position += (article.isEmpty ? "" : " · " + article) + percent
            }
            // After a jump to a search match, which match it is.
            if let i = state.searchMatch, let search = state.search, search.matches.indices.contains(i) {
                position += " · match \(i + 1)/\(NumberText.grouped(search.matches.count))\(search.isComplete ? "" : "+")"
            }
            // The reader's mode shows whatever has focus: the name of the reader pane, or a
            // note after another pane's position.
            if state.readerSummary {
                if state.focus == .reader { name = "Summary" } else { position += " · reader: summary" }
            }
        case .speakers:
            let view = SpeakersView(state: state)
            drawFull(view, layout: layout, into: &grid)
            (name, position) = ("Speakers", view.position)
        case .speakerQuotes:
            guard let speaker = state.shownSpeaker else { break }
            let view = SpeakerQuotesView(state: state, speaker: speaker)
            drawFull(view, layout: layout, into: &grid)
            (name, position) = (state.model.speakers[speaker].name, view.position)
        case .figures, .timeline, .entities, .entityMentions, .searchResults:
            let view = passageList(state, width: layout.fullContent.width)
            drawFull(view, layout: layout, into: &grid)
            (name, position) = (view.name, view.position)
        case .briefing:
            let view = briefingView(state, width: layout.fullContent.width)
            drawFull(view, layout: layout, into: &grid)
            (name, position) = ("Briefing", view.position)
        }
        if let help = state.help {
            let view = HelpView(help: help, size: size, keys: state.settings.keys)
            view.draw(into: &grid)
            (name, position) = ("Help", view.position)
        }
        if let prompt = state.prompt, state.help == nil {
            StatusLineView.drawPrompt(prompt, keys: state.settings.keys, into: &grid, area: layout.statusLine)
        } else if let progress = state.loading {
            StatusLineView.drawLoading(progress, analysing: state.isAnalysing, context: state.keyContext, canGoBack: state.canGoBack,
                                       notice: state.notice, keys: state.settings.keys, into: &grid, area: layout.statusLine)
        } else {
            StatusLineView.draw(name: name, position: position, message: state.message, context: state.keyContext,
                                canGoBack: state.canGoBack, skipped: state.skippedFiles, notice: state.notice, keys: state.settings.keys,
                                into: &grid, area: layout.statusLine)
        }
        return grid
    }

    /// A view that takes the whole screen above the status line, in one focused frame.
    private static func drawFull(_ view: some PaneView, layout: ScreenLayout, into grid: inout CellGrid) {
        Frame.draw(layout.fullFrame, title: view.title, note: view.borderNote, focused: true, into: &grid)
        view.draw(into: &grid, area: layout.fullContent, focused: true)
    }

    /// The full-screen list of the current mode.
    static func passageList(_ state: ReaderState, width: Int) -> JumpListView {
        let model = state.model
        let cursor = state.listCursor, top = state.listTop
        switch state.mode {
        case .timeline:
            let uncertain = state.uncertainEvents
            return JumpListView(
                title: "Timeline" + filteredCount(model.timeline.count, state), name: "Timeline",
                about: filterNote(state) ?? "Oldest first · \(NumberText.grouped(uncertain)) uncertain (guessed year or day) · XXXX: year unknown",
                count: state.listCount, item: { TimelineListItems.item(state, state.listEntry($0), width: width) }, cursor: cursor, top: top,
                empty: filterEmpty(state) ?? LoadingText.empty("No dates in these articles.", in: state), noun: "event")
        case .entities:
            let kind = state.entityKind.map { "\($0.rawValue)s" } ?? "people, organizations and places"
            return JumpListView(
                title: "Names" + filteredCount(state.filteredEntities.count, state), name: "Names",
                about: (filterNote(state).map { $0 + " · " } ?? "") + "Showing \(kind), most mentioned first · Tab: next kind",
                count: state.listCount, item: { EntityListItems.item(state, state.listEntry($0), width: width) }, cursor: cursor, top: top,
                empty: filterEmpty(state) ?? LoadingText.empty("No names of this kind in these articles.", in: state), noun: "name")
        case .entityMentions(let e):
            let entity = model.entities.indices.contains(e) ? model.entities[e] : nil
            var about = entity.map { "\($0.kind.rawValue) · in \(NumberText.counted($0.articles.count, "article"))" } ?? ""
            if let aliases = entity?.aliases, !aliases.isEmpty { about += " · also “" + aliases.joined(separator: "”, “") + "”" }
            return JumpListView(
                title: "Mentions of \(entity?.name ?? "") (\(NumberText.grouped(entity?.mentions.count ?? 0)))",
                name: entity?.name ?? "Mentions", about: filterNote(state) ?? about,
                count: state.listCount, item: { EntityMentionItems.item(state, entity: e, state.listEntry($0), width: width) },
                cursor: cursor, top: top,
                empty: filterEmpty(state) ?? "No mentions.", noun: "mention")
        case .searchResults(let query):
            let found = state.search?.matches.count ?? 0
            let more = state.search?.isComplete == false ? "+" : ""
            return JumpListView(
                title: "Search “\(query)” (\(NumberText.grouped(found))\(more) \(found == 1 && more.isEmpty ? "match" : "matches"))",
                name: "Search",
                about: "Titles, text, quotes and speakers' names · Enter opens the article at the match · n/N there go on",
                count: found, item: { SearchResultItems.item(state, $0, width: width) }, cursor: cursor, top: top,
                empty: "No matches for “\(query)”. / searches again; Esc goes back.", noun: "match", nounPlural: "matches")
        case .panes, .speakers, .speakerQuotes, .figures, .briefing:
            return JumpListView(
                title: "Key figures" + filteredCount(model.keyFigures.count, state), name: "Key figures",
                about: filterNote(state) ?? "Ranked by magnitude, precision, what is counted, attribution, place in the article and repetition",
                count: state.listCount, item: { FigureListItems.item(state, state.listEntry($0), width: width) }, cursor: cursor, top: top,
                empty: filterEmpty(state) ?? LoadingText.empty("No figures in these articles.", in: state), noun: "figure")
        }
    }

    /// " (40)" for a list, " (3 of 40)" while a filter narrows it.
    private static func filteredCount(_ all: Int, _ state: ReaderState) -> String {
        guard !state.listFilter.isEmpty, !state.isLoading else { return LoadingText.count(all, in: state) }
        return " (\(NumberText.grouped(state.listCount)) of \(NumberText.grouped(all)))"
    }

    /// What an empty list says when its filter let nothing through.
    private static func filterEmpty(_ state: ReaderState) -> String? {
        state.listFilter.isEmpty ? nil : "Nothing here matches “\(state.listFilter)”. / changes the filter; Ctrl-U there clears it."
    }

    /// The list's line about itself while a filter narrows it.
    private static func filterNote(_ state: ReaderState) -> String? {
        state.listFilter.isEmpty ? nil : "Filtered by “\(state.listFilter)” · / changes it, Ctrl-U there clears it"
    }

    /// The briefing of the state's stories, laid out for `width` columns as it is shown.
    static func briefingView(_ state: ReaderState, width: Int) -> BriefingView {
        let stories = state.briefing.stories.count, articles = state.model.articles.count
        let empty = articles == 0 ? "No articles: there is nothing to brief." : "No stories in these articles."
        let counts = "(\(NumberText.counted(stories, "story", plural: "stories")), \(NumberText.counted(articles, "article")))"
        return BriefingView(
            title: state.isLoading ? "Briefing" : "Briefing \(counts)",
            about: "Enter opens a line in its article · ≠ sources disagree · ? uncertain date",
            index: state.briefing, block: { BriefingBlocks.block(state, state.briefing.item($0), width: width) },
            cursor: state.briefingCursor, top: state.briefingTop, empty: LoadingText.empty(empty, in: state))
    }

    public static func metrics(_ state: ReaderState, size: Size) -> ScreenMetrics {
        let layout = ScreenLayout(size: size, widths: state.settings.paneWidths)
        var m = ScreenMetrics()
        guard layout.arrangement != .tooSmall else { return m }
        // The panes are laid out whatever view is up, so a jump back to them knows their sizes.
        let list = layout.content(.articles), reader = layout.content(.reader)
        let quotes = layout.content(.quotes), stats = layout.content(.statistics)
        m.article = state.currentArticle == nil ? -1 : state.openArticle
        m.articleRows = max(1, list.height)
        m.articleItemHeight = ArticleListView.itemHeight(rows: list.height)
        let document = ReaderDocument.shown(state, width: reader.width)
        m.readerRows = max(1, reader.height)
        m.readerLineCount = document.lines.count
        m.quoteLines = document.quoteLines
        m.readerSummary = state.readerSummary
        m.passage = state.highlightedPassage
        m.passageLine = state.highlightedPassage.map(document.line(of:))
        m.quoteRows = max(1, quotes.height)
        m.quoteItemHeights = QuotesView.items(state, width: quotes.width).map(\.height)
        m.statisticsRows = max(1, stats.height)
        let sidebar = SidebarView(state: state, width: stats.width).rows
        m.sidebarHeights = sidebar.map(\.height)
        m.sidebarSelectable = sidebar.indices.filter { sidebar[$0].isSelectable }

        let full = layout.fullContent
        let speakerRows = full.height - SpeakersView.headerRows
        m.speakerRows = max(1, speakerRows)
        m.speakerItemHeight = SpeakersView.itemHeight(rows: speakerRows)
        if let speaker = state.shownSpeaker {
            m.speakerQuotesOf = speaker
            m.speakerQuoteRows = max(1, full.height - SpeakerQuotesView.headerRows)
            m.speakerQuoteTop = SpeakerQuotesView.firstShown(state, width: full.width, rows: m.speakerQuoteRows)
            var tallest = 1, rows = 0, i = m.speakerQuoteTop
            while i < state.shownSpeakerQuotes.count, rows < m.speakerQuoteRows {
                let h = SpeakerQuotesView.height(state, i, width: full.width)
                tallest = max(tallest, h)
                rows += h
                i += 1
            }
            m.speakerQuotesPerPage = max(1, m.speakerQuoteRows / tallest)
        }
        if let help = state.help {
            let view = HelpView(help: help, size: size, keys: state.settings.keys)
            m.helpRows = view.rows
            m.helpLineCount = view.lines.count
        }
        switch state.mode {
        case .figures, .timeline, .entities, .entityMentions, .searchResults:
            m.listMode = state.mode
            m.listRows = max(1, full.height - JumpListView.headerRows)
            let list = passageList(state, width: full.width)
            m.listTop = list.firstShown(rows: m.listRows)
            var tallest = 1, rows = 0, i = m.listTop
            while i < list.count, rows < m.listRows {
                let h = list.item(i).height
                tallest = max(tallest, h)
                rows += h
                i += 1
            }
            m.listPerPage = max(1, m.listRows / tallest)
        case .briefing:
            m.briefingMeasured = true
            let rows = max(1, full.height - BriefingView.headerRows)
            let view = briefingView(state, width: full.width)
            m.briefingTop = view.firstShown(rows: rows)
            m.briefingPerPage = max(1, view.entriesShown(from: m.briefingTop, rows: rows))
        case .panes, .speakers, .speakerQuotes:
            break
        }
        return m
    }

    private static func paneView(_ pane: PaneID, state: ReaderState, layout: ScreenLayout) -> any PaneView {
        let inner = layout.content(pane)
        switch pane {
        case .articles:
            return ArticleListView(state: state, rows: inner.height)
        case .reader:
            let document = ReaderDocument.shown(state, width: inner.width)
            return ReaderView(state: state, document: document, rows: inner.height)
        case .quotes:
            return QuotesView(state: state, width: inner.width)
        case .statistics:
            return SidebarView(state: state, width: inner.width)
        }
    }
}
