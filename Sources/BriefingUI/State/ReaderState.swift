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

    /// At most this many views are remembered; the oldest are forgotten first.
    static let historyLimit = 100

    /// Indices into `model.entities` of each kind, most mentioned first; and of
    /// `model.timeline` for each article, oldest first. Built once, so the names list and the
    /// sidebar never scan the whole corpus on a key press.
    public let entitiesOfKind: [Entity.Kind: [Int]]
    private let allEntities: [Int]
    public let eventsOfArticle: [[Int]]
    /// Where each story's items and entries are in the briefing.
    public let briefing: BriefingIndex

    /// The state over `model`, the briefing showing the model's stories.
    public init(model: AnalyzedCorpus) {
        self.init(model: model, stories: model.stories)
    }

    /// The state with the briefing showing `stories` (the model's own, or others made over the
    /// same model, as tests do).
    init(model: AnalyzedCorpus, stories: [Story]) {
        self.model = model
        index = SpeakerIndex(model)
        briefing = BriefingIndex(model: model, stories: stories)
        entitiesOfKind = Dictionary(grouping: model.entities.indices, by: { model.entities[$0].kind })
        allEntities = Array(model.entities.indices)
        var events = Array(repeating: [Int](), count: model.articles.count)
        for (i, event) in model.timeline.enumerated() where events.indices.contains(event.article) { events[event.article].append(i) }
        eventsOfArticle = events
    }

    public subscript<T>(dynamicMember path: KeyPath<ViewState, T>) -> T {
        current[keyPath: path]
    }

    public var canGoBack: Bool { !history.isEmpty }

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
        index.speakers(matching: current.speakerFilter)
    }

    /// Entries of the full-screen list shown now.
    public var listCount: Int {
        switch current.mode {
        case .figures: model.keyFigures.count
        case .timeline: model.timeline.count
        case .entities: filteredEntities.count
        case .entityMentions(let e): model.entities.indices.contains(e) ? model.entities[e].mentions.count : 0
        case .panes, .speakers, .speakerQuotes, .briefing: 0
        }
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
    public var shownSpeakerQuotes: [QuoteRef] {
        shownSpeaker.map(index.quotes(of:)) ?? []
    }
}

/// Where a quote is: its article and its place in that article's quotes.
public struct QuoteRef: Sendable, Hashable {
    public var article: Int
    public var index: Int
}

/// What the speaker views look up many times, computed once from the model: the list order of
/// speakers, their names for matching, where each quote id is, and who said each quote.
public struct SpeakerIndex: Sendable {
    /// Indices into `model.speakers`: most quoted first, then in order of first appearance.
    public let order: [Int]
    /// Lower-cased name and aliases of each speaker, for the filter.
    let searchNames: [[String]]
    /// Where each quote id is.
    let quoteRefs: [String: QuoteRef]
    let speakerOfQuote: [String: Int]
    let quotesOfSpeaker: [[QuoteRef]]
    /// Number of speakers quoted in each article.
    public let speakersPerArticle: [Int]

    init(_ model: AnalyzedCorpus) {
        let speakers = model.speakers
        order = speakers.indices.sorted { (-speakers[$0].quotes.count, $0) < (-speakers[$1].quotes.count, $1) }
        searchNames = speakers.map { ([$0.name] + $0.aliases).map { $0.lowercased() } }
        var refs: [String: QuoteRef] = [:]
        for (article, quotes) in model.quotes.enumerated() {
            for (i, quote) in quotes.enumerated() { refs[quote.id] = QuoteRef(article: article, index: i) }
        }
        quoteRefs = refs
        quotesOfSpeaker = speakers.map { $0.quotes.compactMap { refs[$0] } }
        var owner: [String: Int] = [:]
        var perArticle = Array(repeating: 0, count: model.articles.count)
        for (s, speaker) in speakers.enumerated() {
            for id in speaker.quotes where owner[id] == nil { owner[id] = s }
            for article in Set(speaker.articles) where perArticle.indices.contains(article) { perArticle[article] += 1 }
        }
        speakerOfQuote = owner
        speakersPerArticle = perArticle
    }

    /// Speakers whose name or an alias contains `filter`, ignoring case, in list order.
    public func speakers(matching filter: String) -> [Int] {
        let wanted = filter.lowercased()
        guard !wanted.isEmpty else { return order }
        return order.filter { searchNames[$0].contains { $0.contains(wanted) } }
    }

    /// The first of `speaker`'s names (the name first, then aliases) that contains `filter`,
    /// ignoring case; nil when none does or the filter is empty.
    public func matchingName(of speaker: Speaker, index s: Int, filter: String) -> String? {
        let wanted = filter.lowercased()
        guard !wanted.isEmpty, searchNames.indices.contains(s) else { return nil }
        let names = [speaker.name] + speaker.aliases
        return zip(names, searchNames[s]).first { $0.1.contains(wanted) }?.0
    }

    /// Where the speaker's quotes are, in corpus order; ids that no longer resolve are skipped.
    public func quotes(of speaker: Int) -> [QuoteRef] {
        quotesOfSpeaker.indices.contains(speaker) ? quotesOfSpeaker[speaker] : []
    }

    /// Where the quote with this id is, if any (a dictionary lookup, unlike the model's
    /// `quote(id:)`, which searches the articles).
    public func ref(ofQuote id: String) -> QuoteRef? {
        quoteRefs[id]
    }

    /// The corpus-wide speaker of a quote, if it has one.
    public func speaker(ofQuote id: String) -> Int? {
        speakerOfQuote[id]
    }
}
