/// Everything extracted from one article on its own, before the corpus-wide merges: its quotes,
/// figures, dated events, names, summary and counts.
///
/// It is a function of the article alone (its text, title and date), so it can be computed once
/// and kept: a cache stores it per file and gives it back when the file has not changed, and
/// `AnalyzedCorpus(analyses:)` then only merges. The article's place in the corpus (its index,
/// its id, the path it was named by) is stamped on afterwards with `placed(at:id:path:)`,
/// because it depends on the other files, not on this one.
public struct ArticleAnalysis: Sendable, Hashable {
    public var article: Article
    /// Reported speech, in text order; `alsoIn` is empty (the speaker directory fills it).
    public var quotes: [Quote]
    /// Figures in text order, without speaker or rank (the merge sets both).
    public var figures: [Figure]
    /// Dated events in text order; `alsoIn` is empty (the timeline merge fills it).
    public var events: [TimelineEvent]
    /// Names found in the article, merged within it.
    public var entities: ArticleEntities
    public var summary: Summary
    public var statistics: TextStatistics

    /// An analysis as stored: nothing is computed.
    public init(article: Article, quotes: [Quote], figures: [Figure], events: [TimelineEvent], entities: ArticleEntities,
                summary: Summary, statistics: TextStatistics) {
        self.article = article
        self.quotes = quotes
        self.figures = figures
        self.events = events
        self.entities = entities
        self.summary = summary
        self.statistics = statistics
    }

    /// Analyses `article` as the article at `index` of its corpus. Entities and the summary take
    /// the article's quotes (a speaker is evidence of who is a person) and reuse the quote
    /// extractor's tokens.
    public init(analysing article: Article, at index: Int) {
        let (quotes, reading) = QuoteExtractor.read(article, articleIndex: index)
        let figures = FigureExtractor.figures(in: article, articleIndex: index)
        self.init(
            article: article, quotes: quotes, figures: figures,
            events: TimelineExtractor.events(in: article, articleIndex: index, quotes: quotes),
            entities: EntityExtractor.entities(in: article, articleIndex: index, quotes: quotes, reading: reading),
            summary: Summarizer.summarize(article, articleIndex: index, quotes: quotes, figures: figures, reading: reading),
            statistics: TextStatistics(article: article, quotes: quotes))
    }

    /// Every article analysed on all cores, results in input order. `progress` is told how many
    /// articles are done out of how many, in increasing order (see `Parallel.map`).
    public static func analyze(_ articles: [Article], progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) -> [ArticleAnalysis] {
        Parallel.map(articles, progress: progress) { index, article in ArticleAnalysis(analysing: article, at: index) }
    }

    /// The same analysis for the article placed at `index` of a corpus, with `id` and named by
    /// `path`: what analysing it there would have given. Only the stamps change (article
    /// indices, quote and figure ids, the path), never what was found: extraction reads the
    /// text, never the article's place.
    public func placed(at index: Int, id: String, path: String) -> ArticleAnalysis {
        var placed = self
        placed.place(at: index, id: id, path: path)
        return placed
    }

    /// `placed(at:id:path:)` in place: an analysis held nowhere else is changed without a copy.
    public mutating func place(at index: Int, id: String, path: String) {
        article.id = id
        article.path = path
        for i in quotes.indices {
            quotes[i].article = index
            quotes[i].id = id + "#" + String(i + 1)
        }
        for i in figures.indices {
            figures[i].article = index
            figures[i].id = id + "~" + String(i + 1)
        }
        for i in events.indices {
            events[i].article = index
            // The article's own date is told by its display title, which falls back on the id.
            if events[i].kind == .published { events[i].event = article.displayTitle }
        }
        entities.place(at: index)
        for i in summary.ranked.indices { summary.ranked[i].article = index }
    }

    /// An analysis of nothing: a placeholder where one is needed before the real one is known.
    public static let empty = ArticleAnalysis(
        article: Article(id: "", path: "", paragraphs: []), quotes: [], figures: [], events: [], entities: ArticleEntities(),
        summary: Summary(ranked: []), statistics: TextStatistics())
}
