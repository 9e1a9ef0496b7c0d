import Briefing

/// How actions change the state. Movement acts on the current view (in the panes, on the
/// focused pane); jumps between views push the view left onto `history`, and `back` pops it.
/// Every change ends with the state clamped to what the screen can show, so a resize or a short
/// article never leaves a cursor or a scroll position out of range.
extension ReaderState {
    /// What an action asks of the program beyond changing the state.
    public enum Effect: Sendable, Equatable {
        case none, quit
    }

    /// The longest filter kept; more typing is ignored.
    static let filterLimit = 80

    @discardableResult
    public mutating func apply(_ action: Action, metrics m: ScreenMetrics) -> Effect {
        clamp(to: m)
        message = nil
        // Help, then a prompt, take their keys first; a prompt lets movement through to the
        // list under it.
        if help != nil {
            applyHelp(action, metrics: m)
            return .none
        }
        if prompt != nil, applyPrompt(action, metrics: m) {
            refreshListMatches()
            clamp(to: m)
            return .none
        }
        switch action {
        case .quit:
            return .quit
        case .back:
            goBack()
        case .speakers:
            openSpeakers()
        case .figures:
            openList(.figures)
        case .timeline:
            openList(.timeline)
        case .entities:
            openList(.entities)
            current.entityKind = nil
        case .briefing:
            openBriefing()
        case .search:
            prompt = Prompt(kind: .search)
        case .filter:
            guard listMode else { break }
            prompt = Prompt(kind: .filter, text: current.listFilter, before: current.listFilter)
            // The list's texts are read now, so that typing only scans them.
            prepareListTexts()
        case .nextMatch:
            stepMatch(forward: true)
        case .previousMatch:
            stepMatch(forward: false)
        case .help:
            help = HelpState(context: keyContext)
        case .toggleSummary:
            guard current.mode == .panes else { break }
            toggleSummary()
        case .nextKind:
            guard current.mode == .entities else { break }
            let kinds: [Entity.Kind?] = [nil] + Entity.Kind.allCases
            let next = ((kinds.firstIndex(of: current.entityKind) ?? 0) + 1) % kinds.count
            current.entityKind = kinds[next]
            current.listCursor = 0
            current.listTop = 0
            current.listFilter = ""
        case .type(let c):
            guard current.mode == .speakers, current.speakerFilter.unicodeScalars.count < Self.filterLimit else { break }
            current.speakerFilter.unicodeScalars.append(c)
            restartSpeakerList()
        case .deleteBackward:
            guard current.mode == .speakers else { break }
            if current.speakerFilter.isEmpty {
                goBack()
            } else {
                current.speakerFilter.removeLast()
                restartSpeakerList()
            }
        case .clearFilter:
            guard current.mode == .speakers else { break }
            current.speakerFilter = ""
            restartSpeakerList()
        case .focusNext:
            guard current.mode == .panes else { break }
            current.focus = PaneID(rawValue: (current.focus.rawValue + 1) % PaneID.allCases.count)!
        case .focusPrevious:
            guard current.mode == .panes else { break }
            current.focus = PaneID(rawValue: (current.focus.rawValue + PaneID.allCases.count - 1) % PaneID.allCases.count)!
        case .open:
            open()
        case .moveUp: move(by: -1, metrics: m)
        case .moveDown: move(by: 1, metrics: m)
        case .pageUp: move(by: -page(m), metrics: m)
        case .pageDown: move(by: page(m), metrics: m)
        case .top: move(by: Int.min / 2, metrics: m)
        case .bottom: move(by: Int.max / 2, metrics: m)
        }
        refreshSpeakerMatches()
        refreshListMatches()
        clamp(to: m)
        return .none
    }

    // MARK: - Navigation

    /// Remembers the current view before a jump.
    mutating func push() {
        history.append(current)
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
    }

    private mutating func goBack() {
        if let previous = history.popLast() { current = previous }
    }

    /// A new filter lists other speakers: start again at the top.
    private mutating func restartSpeakerList() {
        current.speakerCursor = 0
        current.speakerTop = 0
    }

    private mutating func open() {
        switch current.mode {
        case .panes:
            openInPanes()
        case .speakers:
            let speakers = filteredSpeakers
            guard speakers.indices.contains(current.speakerCursor) else { return }
            push()
            current.mode = .speakerQuotes(speakers[current.speakerCursor])
            current.speakerQuoteCursor = 0
            current.speakerQuoteTop = 0
        case .speakerQuotes:
            let refs = shownSpeakerQuotes
            guard refs.indices.contains(current.speakerQuoteCursor) else { return }
            push()
            show(refs[current.speakerQuoteCursor])
        case .figures, .timeline, .entities, .entityMentions:
            guard let target = listTarget(current.listCursor) else { return }
            push()
            go(to: target)
        case .searchResults:
            guard let matches = search?.matches, matches.indices.contains(current.listCursor) else { return }
            push()
            showMatch(current.listCursor)
        case .briefing:
            guard let target = briefingTarget(current.briefingCursor) else { return }
            push()
            go(to: target)
        }
    }

    /// Where an entry of a list or of the sidebar leads.
    enum Target: Equatable {
        /// A sentence of an article, highlighted.
        case passage(Passage)
        /// An article from its top (an event dated by the article's own date).
        case article(Int)
        /// The mentions of a name.
        case entity(Int)
        /// A quote in its article, highlighted.
        case quote(QuoteRef)
        /// One speaker's quotes from every article.
        case speaker(Int)
    }

    /// Where entry `index` of the full-screen list shown now leads.
    func listTarget(_ shown: Int) -> Target? {
        let index = listEntry(shown)
        switch current.mode {
        case .figures:
            return model.keyFigures.indices.contains(index) ? .passage(model.figure(model.keyFigures[index].representative).passage) : nil
        case .timeline:
            return model.timeline.indices.contains(index) ? Self.target(of: model.timeline[index]) : nil
        case .entities:
            let shown = filteredEntities
            return shown.indices.contains(index) ? .entity(shown[index]) : nil
        case .entityMentions(let e):
            guard model.entities.indices.contains(e), model.entities[e].mentions.indices.contains(index) else { return nil }
            let mention = model.entities[e].mentions[index]
            return .passage(model.articles[mention.article].passage(articleIndex: mention.article, paragraph: mention.paragraph,
                                                                    range: mention.cleanRange))
        case .panes, .speakers, .speakerQuotes, .briefing, .searchResults:
            return nil
        }
    }

    /// An event opens its sentence; the article's own date opens the article.
    static func target(of event: TimelineEvent) -> Target {
        event.kind == .published ? .article(event.article)
            : .passage(Passage(article: event.article, paragraph: event.paragraph, sentence: event.sentenceRange, focus: event.cleanRange))
    }

    /// The speaker list, unfiltered, from its top.
    private mutating func openSpeakers() {
        push()
        current.mode = .speakers
        current.speakerFilter = ""
        current.speakerCursor = 0
        current.speakerTop = 0
    }

    /// A full-screen list, from its top.
    private mutating func openList(_ mode: ViewState.Mode) {
        push()
        current.mode = mode
        current.listCursor = 0
        current.listTop = 0
        current.listFilter = ""
    }

    mutating func go(to target: Target) {
        switch target {
        case .passage(let passage):
            show(passage)
        case .article(let article):
            openInReader(article)
            current.readerTop = 0
            current.highlightedQuote = nil
            current.highlightedPassage = nil
        case .entity(let e):
            current.mode = .entityMentions(e)
            current.listCursor = 0
            current.listTop = 0
            current.listFilter = ""
        case .quote(let ref):
            show(ref)
        case .speaker(let s):
            current.mode = .speakerQuotes(s)
            current.speakerQuoteCursor = 0
            current.speakerQuoteTop = 0
        }
    }

    private mutating func openInPanes() {
        switch current.focus {
        case .articles:
            guard articleCount > 0 else { return }
            if current.openArticle != current.articleCursor {
                current.openArticle = current.articleCursor
                current.readerTop = 0
                current.quoteCursor = 0
                current.quoteTop = 0
                current.highlightedQuote = nil
                current.highlightedPassage = nil
                current.revealHighlight = false
            }
            current.focus = .reader
        case .quotes:
            guard currentQuotes.indices.contains(current.quoteCursor) else { return }
            current.highlightedQuote = current.quoteCursor
            current.highlightedPassage = nil
            current.revealHighlight = true
            current.readerSummary = false
            current.focus = .reader
        case .statistics:
            let rows = SidebarView(state: self, width: 40).rows
            guard rows.contains(where: \.isSelectable) else { return }
            switch rows[SidebarView.cursorRow(current.statisticsCursor, rows: rows)] {
            case .figure(_, _, _, let target), .entry(_, _, let target):
                push()
                go(to: target)
            case .speakers:
                openSpeakers()
            case .heading, .value:
                break
            }
        case .reader:
            break
        }
    }

    /// The panes with the passage's article open, the passage highlighted in the reader and
    /// scrolled into view. A highlight is shown in context, so the reader shows the full text.
    mutating func show(_ passage: Passage) {
        openInReader(passage.article)
        current.highlightedQuote = nil
        current.highlightedPassage = passage
        current.revealHighlight = true
        current.readerSummary = false
    }

    /// The panes with `article` open in the reader and focused; an article already open keeps
    /// its place.
    mutating func openInReader(_ article: Int) {
        current.mode = .panes
        if current.openArticle != article {
            current.openArticle = article
            current.readerTop = 0
            current.quoteCursor = 0
            current.quoteTop = 0
        }
        current.articleCursor = article
        current.focus = .reader
    }

    /// The panes with `ref`'s article open in the reader, the quote selected in the quotes
    /// pane, highlighted in the reader and scrolled into view.
    private mutating func show(_ ref: QuoteRef) {
        openInReader(ref.article)
        current.quoteCursor = ref.index
        current.highlightedQuote = ref.index
        current.highlightedPassage = nil
        current.revealHighlight = true
        current.readerSummary = false
    }

    /// Switches the reader between the full text and the summary, from the top. Back in the
    /// full text, a highlight there is scrolled into view again.
    private mutating func toggleSummary() {
        current.readerSummary.toggle()
        current.readerTop = 0
        current.revealHighlight = !current.readerSummary && (current.highlightedQuote != nil || current.highlightedPassage != nil)
    }

    // MARK: - Movement

    private func page(_ m: ScreenMetrics) -> Int {
        switch current.mode {
        case .panes:
            switch current.focus {
            case .articles: m.articlesPerPage
            case .reader: max(1, m.readerRows - 1)  // keep one line of context
            case .quotes: max(1, m.quoteRows / max(1, m.quoteItemHeights.max() ?? 1))
            case .statistics: max(1, m.statisticsRows / max(1, m.sidebarHeights.max() ?? 1))
            }
        case .speakers:
            m.speakersPerPage
        case .speakerQuotes:
            m.speakerQuotesPerPage
        case .figures, .timeline, .entities, .entityMentions, .searchResults:
            m.listPerPage
        case .briefing:
            m.briefingPerPage
        }
    }

    private mutating func move(by delta: Int, metrics m: ScreenMetrics) {
        switch current.mode {
        case .panes:
            movePanes(by: delta, metrics: m)
        case .speakers:
            current.speakerCursor = bounded(current.speakerCursor + delta, count: filteredSpeakers.count)
        case .speakerQuotes:
            current.speakerQuoteCursor = bounded(current.speakerQuoteCursor + delta, count: shownSpeakerQuotes.count)
        case .figures, .timeline, .entities, .entityMentions:
            current.listCursor = bounded(current.listCursor + delta, count: listCount)
        case .searchResults:
            // Matches are found a page at a time: moving near the end of those found finds the
            // next page (at most one page per key, so End goes to the last found so far).
            let target = current.listCursor + delta
            // (In place: a copy of the session would copy every match found so far.)
            if search.map({ target >= $0.matches.count - 1 && !$0.isComplete }) == true { search?.loadMore() }
            current.listCursor = bounded(target, count: listCount)
        case .briefing:
            current.briefingCursor = bounded(current.briefingCursor + delta, count: briefing.entryCount)
        }
    }

    private mutating func movePanes(by delta: Int, metrics m: ScreenMetrics) {
        switch current.focus {
        case .articles:
            current.articleCursor = bounded(current.articleCursor + delta, count: articleCount)
        case .reader:
            current.readerTop = Scrolling.clampTop(current.readerTop + delta, count: m.readerLineCount, visible: m.readerRows)
        case .quotes:
            current.quoteCursor = bounded(current.quoteCursor + delta, count: currentQuotes.count)
        case .statistics:
            current.statisticsCursor = bounded(current.statisticsCursor + delta, count: m.sidebarSelectable.count)
        }
    }

    // MARK: - Clamping

    /// Brings every index back inside what exists and what the screen shows. Figures that
    /// depend on what is laid out (the reader's lines, the quote items) are used only when `m`
    /// was computed for the article and speaker the state shows now.
    public mutating func clamp(to m: ScreenMetrics) {
        refreshSpeakerMatches()
        refreshListMatches()
        ensureSearch()
        current.articleCursor = bounded(current.articleCursor, count: articleCount)
        current.openArticle = bounded(current.openArticle, count: articleCount)
        current.articleTop = Self.topKeeping(current.articleCursor, top: current.articleTop, count: articleCount,
                                             perPage: m.articlesPerPage)
        let quotes = currentQuotes.count
        current.quoteCursor = bounded(current.quoteCursor, count: quotes)
        if let highlighted = current.highlightedQuote, !(0..<quotes).contains(highlighted) {
            current.highlightedQuote = nil
            current.revealHighlight = false
        }
        if let passage = current.highlightedPassage, passage.article != current.openArticle {
            current.highlightedPassage = nil
        }
        // The reader's lines hold for the text (full or summary) and the passage they were laid
        // out for. A jump measured before it happened, to a passage of the article already open
        // or out of the summary, is left for the next frame's metrics to settle.
        if m.article == current.openArticle, m.readerSummary == current.readerSummary {
            if current.revealHighlight, let highlighted = current.highlightedQuote, m.quoteLines.indices.contains(highlighted) {
                // A line of context above the quote.
                current.readerTop = m.quoteLines[highlighted] - 1
                current.revealHighlight = false
            } else if current.revealHighlight, let passage = current.highlightedPassage {
                if m.passage == passage, let line = m.passageLine {
                    current.readerTop = line - 1
                    current.revealHighlight = false
                }
            } else {
                current.revealHighlight = false
            }
            current.readerTop = Scrolling.clampTop(current.readerTop, count: m.readerLineCount, visible: m.readerRows)
        }
        if m.article == current.openArticle {
            current.quoteTop = Scrolling.topShowing(current.quoteCursor, top: current.quoteTop, heights: m.quoteItemHeights,
                                                    rows: m.quoteRows)
            current.statisticsCursor = bounded(current.statisticsCursor, count: m.sidebarSelectable.count)
            if m.sidebarSelectable.indices.contains(current.statisticsCursor) {
                current.statisticsTop = Scrolling.topShowing(m.sidebarSelectable[current.statisticsCursor], top: current.statisticsTop,
                                                             heights: m.sidebarHeights, rows: m.statisticsRows)
            }
        }

        let speakers = filteredSpeakers.count
        current.speakerCursor = bounded(current.speakerCursor, count: speakers)
        current.speakerTop = Self.topKeeping(current.speakerCursor, top: current.speakerTop, count: speakers,
                                             perPage: m.speakersPerPage)

        current.listCursor = bounded(current.listCursor, count: listCount)
        // The list's top was worked out for the cursor the metrics were measured with; after a
        // move the next frame's metrics measure again.
        if m.listMode == current.mode {
            current.listTop = current.listCursor < m.listTop ? current.listCursor : m.listTop
        }

        current.briefingCursor = bounded(current.briefingCursor, count: briefing.entryCount)
        // Like the lists, the briefing's top is measured around the cursor by the metrics.
        if m.briefingMeasured, current.mode == .briefing {
            current.briefingTop = m.briefingTop
        }

        let speakerQuotes = shownSpeakerQuotes.count
        current.speakerQuoteCursor = bounded(current.speakerQuoteCursor, count: speakerQuotes)
        // Like the lists, the top is measured around the cursor by the metrics.
        if let shown = shownSpeaker, m.speakerQuotesOf == shown {
            current.speakerQuoteTop = current.speakerQuoteCursor < m.speakerQuoteTop ? current.speakerQuoteCursor : m.speakerQuoteTop
        }
    }

    /// The first row of a list of one-size items so that `cursor` is visible.
    static func topKeeping(_ cursor: Int, top: Int, count: Int, perPage: Int) -> Int {
        var top = Scrolling.clampTop(top, count: count, visible: perPage)
        if cursor < top { top = cursor }
        if cursor >= top + perPage { top = cursor - perPage + 1 }
        return max(0, top)
    }

    func bounded(_ value: Int, count: Int) -> Int {
        count == 0 ? 0 : min(max(0, value), count - 1)
    }
}
