import Briefing

/// The panes of the reader, in focus order.
public enum PaneID: Int, Sendable, CaseIterable {
    case articles, reader, quotes, statistics

    public var name: String {
        switch self {
        case .articles: "Articles"
        case .reader: "Article"
        case .quotes: "Quotes"
        case .statistics: "Sidebar"
        }
    }
}

/// One place the user can be: which view is up, and every selection and scroll position in it.
/// Going back restores an earlier `ViewState` whole, so back is exactly where the user was.
public struct ViewState: Sendable, Equatable {
    public enum Mode: Sendable, Equatable {
        /// The four panes: articles, the open article, its quotes, statistics.
        case panes
        /// Every speaker, narrowed by the typed filter.
        case speakers
        /// One speaker's quotes from every article (index into `AnalyzedCorpus.speakers`).
        case speakerQuotes(Int)
        /// Every key figure of the corpus, ranked.
        case figures
        /// Every dated event, oldest first.
        case timeline
        /// People, organisations and places, most mentioned first, narrowed to one kind by
        /// `entityKind`.
        case entities
        /// Every mention of one entity (index into `AnalyzedCorpus.entities`), in corpus order.
        case entityMentions(Int)
        /// The briefing: every story, with its articles, people, figures, dates and summaries.
        case briefing
        /// The matches of a search for the query, in corpus order (`ReaderState.search`).
        case searchResults(String)
    }

    public var mode: Mode = .panes

    // The panes.
    public var focus: PaneID = .articles
    /// Selected row of the article list.
    public var articleCursor = 0
    /// First visible row of the article list.
    public var articleTop = 0
    /// The article shown in the reader.
    public var openArticle = 0
    /// First visible line of the reader.
    public var readerTop = 0
    /// Selected quote of the quotes pane (index into the open article's quotes).
    public var quoteCursor = 0
    public var quoteTop = 0
    /// The reader shows the open article's summary instead of its text. A reading mode the
    /// user chose: it stays when another article is opened, and a jump that highlights
    /// something in the text turns it off.
    public var readerSummary = false
    /// The quote the reader highlights after a jump to it.
    public var highlightedQuote: Int?
    /// The passage (a figure, a date, a name in its sentence) the reader highlights after a
    /// jump to it; always in the open article.
    public var highlightedPassage: Passage?
    /// Set by a jump: the next layout scrolls the reader to the highlighted quote. A jump to
    /// another article cannot scroll at once, because the lines of an article not yet laid out
    /// are unknown; drawing and the next `clamp` both honour it.
    public var revealHighlight = false
    /// Selected row of the sidebar (counting the rows that can be selected), and the first row
    /// shown.
    public var statisticsCursor = 0
    public var statisticsTop = 0

    // A full-screen list (key figures, the timeline, the names, one name's mentions): each
    // is a view of its own in the history, so one cursor serves them all.
    public var listCursor = 0
    public var listTop = 0
    /// The kind of name the names list shows; nil for all.
    public var entityKind: Entity.Kind?
    /// Text a full-screen list is narrowed to (typed after `/`), in any case; empty for all.
    public var listFilter = ""
    /// The search match the reader shows (index into `ReaderState.search`'s matches), where
    /// `n` and `N` go on from.
    public var searchMatch: Int?

    // The briefing: the selected entry (counting entries only) and the first item shown.
    public var briefingCursor = 0
    public var briefingTop = 0

    // The speaker list.
    public var speakerFilter = ""
    /// Selected row of the filtered list, and the first row shown.
    public var speakerCursor = 0
    public var speakerTop = 0

    // One speaker's quotes.
    public var speakerQuoteCursor = 0
    public var speakerQuoteTop = 0

    public init() {}

    /// How keys are read in this view.
    public var keyContext: KeyContext {
        switch mode {
        case .panes: .panes
        case .speakers: .speakerList
        case .speakerQuotes: .speakerQuotes
        case .figures, .timeline, .entityMentions: .passageList
        case .entities: .nameList
        case .briefing: .briefing
        case .searchResults: .searchResults
        }
    }
}

/// Everything the screen shows that is not in the model: the current view and the views to go
/// back to. A value: the screen is a pure function of it (and the terminal size), and `apply`
/// is the only way it changes. The fields of the current view read as the state's own
/// (`state.focus` is `state.current.focus`).
@dynamicMemberLookup
public struct ReaderState: Sendable {
    public let model: AnalyzedCorpus
    /// Lookups over the model for the speaker views, built once.
    public let index: SpeakerIndex
    public internal(set) var current = ViewState()
    /// Where Esc goes back to, the most recent last.
    public internal(set) var history: [ViewState] = []
    /// While the model is being loaded, how far loading has got; nil once it is loaded (or
    /// for a state made over a model at once).
    public internal(set) var loading: LoadingProgress?
    /// The speakers the filter lets through, found when the filter changes (`apply`, `clamp`),
    /// so drawing a frame never reads every name.
    var speakerMatches: SpeakerMatches
    /// The entries of the full-screen list its filter lets through, found when the filter
    /// changes (`refreshListMatches`).
    var listMatches = ListMatches()
    /// The texts of the last list filtered, which its filter is matched against.
    var listTexts: ListTexts?
    /// The text being typed on the status line, if any: its keys go to it first.
    public internal(set) var prompt: Prompt?
    /// The help over the screen, when open: its keys go to it first.
    public internal(set) var help: HelpState?
    /// A note for the status line after the last key ("Search wrapped to the first match"),
    /// cleared by the next key.
    public internal(set) var message: String?
    /// The last search run, with the matches found so far (found a page at a time).
    public internal(set) var search: SearchSession?
    /// Lets a search skip the articles that cannot hold it; made with the model on the
    /// loading thread (`BackgroundLoad`), nil where a state is made directly (a search then
    /// reads every article, which small corpora do not notice).
    public internal(set) var searchSieve: SearchSieve?

    /// At most this many views are remembered; the oldest are forgotten first.
    static let historyLimit = 100

    /// Indices into `model.entities` of each kind, most mentioned first; and of
    /// `model.timeline` for each article, oldest first. Built once, so the names list and the
    /// sidebar never scan the whole corpus on a key press.
    public let entitiesOfKind: [Entity.Kind: [Int]]
    private let allEntities: [Int]
    public let eventsOfArticle: ArticleEvents
    /// Events of the timeline whose date is a guess, and files that could not be loaded:
    /// counts the screens show, counted once.
    public let uncertainEvents: Int
    public let skippedFiles: Int
    /// Where each story's items and entries are in the briefing.
    public let briefing: BriefingIndex
    /// What the configuration chose: keys, colours, pane widths, summary length, mouse.
    public let settings: ReaderSettings
    /// A word for the status line (the configuration had problems), until the first key.
    public internal(set) var notice: String?

    /// The state over `model`, the briefing showing the model's stories.
    public init(model: AnalyzedCorpus, settings: ReaderSettings = .default) {
        self.init(model: model, stories: model.stories, settings: settings)
    }

    /// The state with the briefing showing `stories` (the model's own, or others made over the
    /// same model, as tests do).
    init(model: AnalyzedCorpus, stories: [Story], settings: ReaderSettings = .default) {
        self.model = model
        self.settings = settings
        index = SpeakerIndex(model)
        speakerMatches = SpeakerMatches(filter: "", speakers: index.order)
        briefing = BriefingIndex(model: model, stories: stories, summaryLength: settings.summarySentences)
        // Fields are read in place: copying an entity or an event retains all of its fields.
        let entities = model.entities, timeline = model.timeline
        entitiesOfKind = Dictionary(grouping: entities.indices, by: { entities[$0].kind })
        allEntities = Array(entities.indices)
        eventsOfArticle = ArticleEvents(timeline, articles: model.articles.count)
        uncertainEvents = timeline.indices.reduce(0) { $0 + (timeline[$1].certain ? 0 : 1) }
        skippedFiles = model.corpus.skipped.count
    }

    /// The state over a loaded model as the reader uses it: with its search sieve, made beside
    /// the state's lookups (on another core when there is one), so searches are quick from the
    /// first key.
    public static func loaded(model: AnalyzedCorpus, settings: ReaderSettings = .default) -> ReaderState {
        var (state, sieve) = Parallel.both({ ReaderState(model: model, settings: settings) }, { SearchSieve(model: model) })
        state.searchSieve = sieve
        return state
    }

    /// The state while `model` is still loading: an empty model, the progress so far.
    public static func loading(_ progress: LoadingProgress, settings: ReaderSettings = .default) -> ReaderState {
        var state = ReaderState(model: .empty, settings: settings)
        state.loading = progress
        return state
    }

    /// The loaded model's state with this one's view and history: what was chosen while
    /// loading (a pane, a list, a filter) stays, clamped to the new model by the next frame.
    /// With `loading`, the model is the articles alone and the rest is still loading.
    func continued(in loaded: ReaderState, loading: LoadingProgress? = nil) -> ReaderState {
        var next = loaded
        next.current = current
        next.history = history
        next.loading = loading
        next.notice = notice
        next.prompt = prompt
        next.help = help
        // A search made over the articles alone is made again over the new model: the same
        // articles give the same matches, now with the quotes they fall in.
        if let search {
            var again = SearchSession(model: next.model, query: search.query, sieve: next.searchSieve)
            again.load(through: search.matches.count - 1)
            next.search = again
        }
        next.refreshSpeakerMatches()
        next.refreshListMatches()
        return next
    }

    public subscript<T>(dynamicMember path: KeyPath<ViewState, T>) -> T {
        current[keyPath: path]
    }

    public var canGoBack: Bool { !history.isEmpty }

    /// How keys are read now: help first, then a prompt, then the view.
    public var keyContext: KeyContext {
        if help != nil { return .help }
        if prompt != nil { return .prompt }
        return current.keyContext
    }

    /// True while the model is being loaded.
    public var isLoading: Bool { loading != nil }

    /// True while the articles are shown and their analysis is still loading.
    public var isAnalysing: Bool { loading != nil && !model.articles.isEmpty }

    public var articleCount: Int { model.articles.count }

    public var currentArticle: Article? {
        model.articles.indices.contains(current.openArticle) ? model.articles[current.openArticle] : nil
    }

    /// The quotes of the open article, in text order.
    public var currentQuotes: [Quote] {
        model.quotes.indices.contains(current.openArticle) ? model.quotes[current.openArticle] : []
    }

    /// Indices into `model.speakers` of the speakers the filter lets through, in list order.
    public var filteredSpeakers: [Int] {
        speakerMatches.filter == current.speakerFilter ? speakerMatches.speakers : index.speakers(matching: current.speakerFilter)
    }

    /// Finds the speakers for a filter that changed: among those of the filter before when
    /// it was only extended (typing), else among all.
    mutating func refreshSpeakerMatches() {
        let filter = current.speakerFilter
        guard filter != speakerMatches.filter else { return }
        let before = speakerMatches
        // Lower-casing maps scalar by scalar, so a filter that starts with the one before,
        // scalar for scalar, matches only names the one before matched.
        let narrowed = !before.filter.isEmpty && filter.unicodeScalars.starts(with: before.filter.unicodeScalars)
        let speakers = narrowed ? index.speakers(matching: filter, among: before.speakers) : index.speakers(matching: filter)
        speakerMatches = SpeakerMatches(filter: filter, speakers: speakers)
    }

    /// Entries of the full-screen list shown now (those its filter lets through).
    public var listCount: Int {
        if case .searchResults = current.mode { return search?.matches.count ?? 0 }
        if !current.listFilter.isEmpty, listMatches.holds(for: current) { return listMatches.entries.count }
        return unfilteredListCount
    }

    /// Entries of the full-screen list shown now, before its filter.
    var unfilteredListCount: Int {
        switch current.mode {
        case .figures: model.keyFigures.count
        case .timeline: model.timeline.count
        case .entities: filteredEntities.count
        case .entityMentions(let e): model.entities.indices.contains(e) ? model.entities[e].mentions.count : 0
        case .panes, .speakers, .speakerQuotes, .briefing, .searchResults: 0
        }
    }

    /// Entry `i` of the list as shown, as an index into the unfiltered list (a key figure's
    /// rank, an event, a place in the names of the kind shown, a mention).
    public func listEntry(_ i: Int) -> Int {
        if !current.listFilter.isEmpty, listMatches.holds(for: current) {
            return listMatches.entries.indices.contains(i) ? listMatches.entries[i] : -1
        }
        return i
    }

    /// Indices into `model.entities` of the kind the names list shows, most mentioned first.
    public var filteredEntities: [Int] {
        guard let kind = current.entityKind else { return allEntities }
        return entitiesOfKind[kind] ?? []
    }

    /// The entity whose mentions are shown, in that view.
    public var shownEntity: Int? {
        if case .entityMentions(let e) = current.mode, model.entities.indices.contains(e) { return e }
        return nil
    }

    /// The speaker whose quotes are shown, in that view.
    public var shownSpeaker: Int? {
        if case .speakerQuotes(let s) = current.mode, model.speakers.indices.contains(s) { return s }
        return nil
    }

    /// The shown speaker's quotes, in corpus order.
    public var shownSpeakerQuotes: SpeakerQuoteList {
        index.quotes(of: shownSpeaker ?? -1)
    }
}

/// Text typed on the status line.
public struct Prompt: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A search of the corpus, run by Enter.
        case search
        /// The filter of the full-screen list, applied as it is typed.
        case filter
    }

    public var kind: Kind
    public var text = ""
    /// The filter before the prompt opened, which Esc puts back.
    var before = ""
}

/// The help over the screen: the first line shown, and the view it was opened over (whose
/// keys it lists first).
public struct HelpState: Sendable, Equatable {
    public var top = 0
    public var context: KeyContext
}

/// The entries of a list that its filter lets through.
struct ListMatches: Sendable {
    var mode: ViewState.Mode?
    var kind: Entity.Kind?
    var filter = ""
    var entries: [Int] = []

    func holds(for view: ViewState) -> Bool {
        mode == view.mode && kind == view.entityKind && filter == view.listFilter
    }
}

/// The speakers a filter lets through, in list order.
struct SpeakerMatches: Sendable {
    var filter: String
    var speakers: [Int]
}

/// Indices into `AnalyzedCorpus.timeline` of each article's events, oldest first, in two flat
/// arrays (one list per article would be 100,000 arrays).
public struct ArticleEvents: Sendable {
    /// Article `a`'s events are `events[start[a]..<start[a + 1]]`.
    let start: [Int32]
    let events: [Int32]

    init(_ timeline: [TimelineEvent], articles: Int) {
        var start = [Int32](repeating: 0, count: articles + 1)
        for i in timeline.indices where (0..<articles).contains(timeline[i].article) { start[timeline[i].article + 1] += 1 }
        for a in 0..<articles { start[a + 1] += start[a] }
        var next = start
        var events = [Int32](repeating: 0, count: Int(start[articles]))
        for i in timeline.indices {
            let a = timeline[i].article
            guard (0..<articles).contains(a) else { continue }
            events[Int(next[a])] = Int32(i)
            next[a] += 1
        }
        self.start = start
        self.events = events
    }

    /// The events of article `a`, oldest first (none for an article out of range).
    public subscript(a: Int) -> [Int] {
        guard a >= 0, a + 1 < start.count else { return [] }
        return events[Int(start[a])..<Int(start[a + 1])].map(Int.init)
    }
}
