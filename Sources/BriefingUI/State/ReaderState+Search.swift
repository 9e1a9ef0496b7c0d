import Briefing

/// A search of the corpus and the matches found so far. `CorpusSearch` resumes where a page
/// stopped, so the first page comes back after reading only as much of the corpus as it takes
/// to fill it, and later pages are found when the user moves towards them.
public struct SearchSession: Sendable {
    public let query: String
    let search: CorpusSearch
    public private(set) var matches: [SearchMatch] = []
    /// Where the next page starts; nil once the whole corpus has been read.
    private(set) var next: SearchPosition? = .start

    /// Matches found per page.
    static let pageSize = 200

    /// The search for `query`, its first page found; with `sieve` (made from `model`), only
    /// the articles that may hold the query are read.
    init(model: AnalyzedCorpus, query: String, sieve: SearchSieve? = nil) {
        self.query = query
        search = CorpusSearch(model: model, query: query, sieve: sieve)
        loadMore()
    }

    /// True when every match has been found.
    public var isComplete: Bool { next == nil }

    /// Finds the next page of matches.
    mutating func loadMore() {
        guard let from = next else { return }
        let page = search.matches(from: from, limit: Self.pageSize)
        matches += page.matches
        next = page.next
    }

    /// Finds pages until match `index` is found or the corpus is done.
    mutating func load(through index: Int) {
        while matches.count <= index, !isComplete { loadMore() }
    }

    /// Finds every match (a whole scan of what is left; only for `N` wrapping to the last).
    mutating func loadAll() {
        while !isComplete { loadMore() }
    }
}

extension ReaderState {
    /// The longest text a prompt takes.
    static let promptLimit = 120

    /// True in a full-screen list that a filter can narrow.
    var listMode: Bool {
        switch current.mode {
        case .figures, .timeline, .entities, .entityMentions: true
        case .panes, .speakers, .speakerQuotes, .briefing, .searchResults: false
        }
    }

    // MARK: - The prompt

    /// A key while the prompt is open; false for keys it leaves to the view under it
    /// (movement, which moves a list as its filter is typed).
    mutating func applyPrompt(_ action: Action, metrics m: ScreenMetrics) -> Bool {
        guard var prompt else { return false }
        switch action {
        case .type(let c):
            guard prompt.text.unicodeScalars.count < Self.promptLimit else { return true }
            prompt.text.unicodeScalars.append(c)
        case .deleteBackward:
            if prompt.text.isEmpty {
                self.prompt = nil
                return true
            }
            prompt.text.removeLast()
        case .clearFilter:
            prompt.text = ""
        case .back:
            if prompt.kind == .filter { setListFilter(prompt.before) }
            self.prompt = nil
            return true
        case .open:
            self.prompt = nil
            if prompt.kind == .search { runSearch(prompt.text) }
            return true
        case .help:
            help = HelpState(context: .prompt)
            return true
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            return false
        default:
            return true
        }
        self.prompt = prompt
        if prompt.kind == .filter { setListFilter(prompt.text) }
        return true
    }

    /// A new filter lists other entries: from the top.
    private mutating func setListFilter(_ filter: String) {
        guard listMode, filter != current.listFilter else { return }
        current.listFilter = filter
        current.listCursor = 0
        current.listTop = 0
        refreshListMatches()
    }

    // MARK: - Help

    mutating func applyHelp(_ action: Action, metrics m: ScreenMetrics) {
        guard var help else { return }
        let page = max(1, m.helpRows - 1)
        switch action {
        case .help, .back, .quit:
            self.help = nil
            return
        case .moveUp: help.top -= 1
        case .moveDown: help.top += 1
        case .pageUp: help.top -= page
        case .pageDown: help.top += page
        case .top: help.top = 0
        case .bottom: help.top = m.helpLineCount
        default: break
        }
        help.top = Scrolling.clampTop(help.top, count: m.helpLineCount, visible: m.helpRows)
        self.help = help
    }

    // MARK: - Searching

    /// Runs a search (on Enter, never per character typed) and shows its matches.
    mutating func runSearch(_ text: String) {
        let query = text.trimmingCharacters(in: .whitespaces)
        guard !FoldedPattern(query).isEmpty else { return }
        if search?.query != query { search = SearchSession(model: model, query: query, sieve: searchSieve) }
        push()
        current.mode = .searchResults(query)
        current.listCursor = 0
        current.listTop = 0
        if search?.matches.isEmpty == true { message = "No matches for “\(query)”" }
    }

    /// The results view shown again (going back to it after another search) finds its own
    /// query's first page again.
    mutating func ensureSearch() {
        guard case .searchResults(let query) = current.mode, search?.query != query else { return }
        search = SearchSession(model: model, query: query, sieve: searchSieve)
        // As far as the results had been read, so the cursor comes back where it was.
        search?.load(through: current.listCursor)
    }

    /// Opens match `i` of the search: its article in the reader, scrolled to it, the sentence
    /// and the match highlighted; a speaker's name opens their quotes.
    mutating func showMatch(_ i: Int) {
        guard let match = search?.matches[i] else { return }
        switch match.place {
        case .speaker(let s, _):
            go(to: .speaker(s))
        case .title(let a):
            openInReader(a)
            current.highlightedQuote = nil
            // The reader shows a title the file holds as the title paragraph's line.
            if model.articles[a].titleStart != nil, let title = model.articles[a].title {
                show(Passage(article: a, paragraph: FigureExtractor.titleParagraph, sentence: 0..<title.unicodeScalars.count,
                             focus: match.scalars))
            } else {
                current.highlightedPassage = nil
                current.readerTop = 0
            }
        case .paragraph(let a, let p):
            show(model.articles[a].passage(articleIndex: a, paragraph: p, range: match.scalars))
        }
        current.searchMatch = i
    }

    /// `n` and `N` in the reader: the next or previous match in an article, wrapping at the
    /// ends with a note on the status line. Moving on finds at most the next page; wrapping
    /// back to the last match reads the rest of the corpus once.
    mutating func stepMatch(forward: Bool) {
        guard var session = search else {
            message = "No search yet: press / to search"
            return
        }
        // Taken out while pages are added, so its matches are not copied; put back below.
        search = nil
        // Speakers' names come after every article: the article matches are a prefix.
        func inArticle(_ i: Int) -> Bool { session.matches.indices.contains(i) && session.matches[i].article != nil }
        guard inArticle(0) else {
            search = session
            message = "No matches for “\(session.query)” in the articles"
            return
        }
        var from = current.searchMatch
        if from == nil {
            // Not at a match: go on from the open article, as if just before its first match
            // (forward) or at it (backward).
            let open = current.openArticle
            while !session.isComplete, (session.matches.last?.article ?? Int.max) < open { session.loadMore() }
            let first = session.matches.firstIndex { ($0.article ?? Int.max) >= open } ?? session.matches.count
            from = forward ? first - 1 : first
        }
        var target: Int
        if forward {
            target = (from ?? -1) + 1
            session.load(through: target)
            if !inArticle(target) {
                target = 0
                message = "Search wrapped to the first match"
            }
        } else if let from, let before = session.matches[..<min(max(0, from), session.matches.count)].lastIndex(where: { $0.article != nil }) {
            target = before
        } else {
            session.loadAll()
            target = session.matches.lastIndex { $0.article != nil } ?? 0
            message = "Search wrapped to the last match"
        }
        search = session
        showMatch(target)
    }

    // MARK: - Resizing

    /// After a resize, the reader's top line is the one that holds the text the old top line
    /// started with (lines are numbered anew when the article wraps to another width).
    /// Selections and focus are indices the resize does not touch.
    public mutating func keepReaderPlace(from old: Size, to new: Size) {
        let oldWidth = ScreenLayout(size: old).content(.reader).width, newWidth = ScreenLayout(size: new).content(.reader).width
        guard oldWidth > 0, newWidth > 0, oldWidth != newWidth, currentArticle != nil else { return }
        let before = ReaderDocument.shown(self, width: oldWidth)
        guard before.lines.indices.contains(current.readerTop), current.readerTop > 0 else { return }
        // A blank line between paragraphs: anchor on the paragraph after it.
        var anchor = current.readerTop, blank = 0
        while anchor < before.lines.count - 1, before.lines[anchor].kind == .blank {
            anchor += 1
            blank += 1
        }
        let line = before.lines[anchor]
        let after = ReaderDocument.shown(self, width: newWidth)
        if let found = after.lines.firstIndex(where: {
            $0.kind != .blank && $0.block == line.block && $0.range.upperBound > line.range.lowerBound
        }) {
            current.readerTop = max(0, found - blank)
        }
    }

    // MARK: - List filters

    /// Finds the entries a list's filter lets through when the filter (or the list) changed:
    /// one scan of the list's texts (`ListTexts`, made when the list is first filtered); a
    /// filter that only grew looks among the entries the shorter one let through.
    mutating func refreshListMatches() {
        let filter = current.listFilter
        guard listMode, !filter.isEmpty, !listMatches.holds(for: current) else { return }
        prepareListTexts()
        guard let texts = listTexts else { return }
        let before = listMatches
        let narrowed = before.mode == current.mode && before.kind == current.entityKind && !before.filter.isEmpty
            && filter.lowercased().hasPrefix(before.filter.lowercased())
        let entries = texts.entries(matching: filter, among: narrowed ? before.entries : nil)
        listMatches = ListMatches(mode: current.mode, kind: current.entityKind, filter: filter, entries: entries)
    }

    /// The texts of the list shown, for its filter, unless they are made already.
    mutating func prepareListTexts() {
        guard listMode, listTexts?.holds(for: current) != true else { return }
        // Fields are read in place: copying a figure or an event retains all of its fields.
        let model = self.model, entities = filteredEntities
        switch current.mode {
        case .figures:
            let keys = model.keyFigures, figures = model.figures
            listTexts = ListTexts(mode: current.mode, kind: current.entityKind, count: keys.count) { i, add in
                let ref = keys[i].representative
                add(figures[ref.article][ref.index].text)
                add(figures[ref.article][ref.index].kind.rawValue)
                if let speaker = figures[ref.article][ref.index].speaker { add(speaker) }
            }
        case .timeline:
            let timeline = model.timeline
            listTexts = ListTexts(mode: current.mode, kind: current.entityKind, count: timeline.count) { i, add in
                add("\(timeline[i].date)")
                add(timeline[i].dateText)
                add(timeline[i].event)
            }
        case .entities:
            listTexts = ListTexts(mode: current.mode, kind: current.entityKind, count: entities.count) { i, add in
                let entity = model.entities[entities[i]]
                add(entity.name)
                for alias in entity.aliases { add(alias) }
            }
        case .entityMentions(let e):
            let mentions = model.entities.indices.contains(e) ? model.entities[e].mentions : []
            listTexts = ListTexts(mode: current.mode, kind: current.entityKind, count: mentions.count) { i, add in
                let article = model.articles[mentions[i].article]
                add(article.displayTitle)
                if let outlet = article.outlet { add(outlet) }
            }
        case .panes, .speakers, .speakerQuotes, .briefing, .searchResults:
            break
        }
    }
}
