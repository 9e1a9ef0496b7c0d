/// A corpus with what has been extracted from it, computed once after loading. The reader and
/// the exporters read from this and never analyse text themselves.
public struct AnalyzedCorpus: Sendable {
    public let corpus: Corpus
    /// Counts per article (same order as `corpus.articles`).
    public let statistics: [TextStatistics]
    /// Counts over the whole corpus.
    public let totals: TextStatistics
    /// Reported speech per article (same order as `corpus.articles`), in text order.
    public let quotes: [[Quote]]
    /// Everyone quoted, merged across articles, in order of first appearance.
    public let speakers: [Speaker]
    /// Key figures per article (same order as `corpus.articles`), in text order, each with its
    /// speaker and corpus rank.
    public let figures: [[Figure]]
    /// The figures of the corpus ranked by salience, repeats merged: the sidebar's list.
    public let keyFigures: [KeyFigure]
    /// Dated events of every article, merged across articles and sorted chronologically.
    public let timeline: [TimelineEvent]
    /// People, organisations and places, merged across articles (people named as the speakers
    /// are), most mentioned first.
    public let entities: [Entity]
    /// An extractive summary of each article (same order as `corpus.articles`).
    public let summaries: [Summary]
    /// Articles grouped by the event they report, the biggest story first.
    public let stories: [Story]

    public init(_ corpus: Corpus) {
        self.corpus = corpus
        // Articles are analysed on every core; the speaker directory then merges them in order.
        // Entities take the article's quotes: a speaker is evidence of who is a person.
        let extracted = Parallel.map(corpus.articles) { index, article in
            let (quotes, reading) = QuoteExtractor.read(article, articleIndex: index)
            let figures = FigureExtractor.figures(in: article, articleIndex: index)
            return (quotes, figures,
                    TimelineExtractor.events(in: article, articleIndex: index, quotes: quotes),
                    EntityExtractor.entities(in: article, articleIndex: index, quotes: quotes, reading: reading),
                    Summarizer.summarize(article, articleIndex: index, quotes: quotes, figures: figures, reading: reading))
        }
        let found = extracted.map(\.0)
        timeline = TimelineMerger.merge(extracted.map(\.2))
        (speakers, quotes) = SpeakerDirectory.build(quotes: found)
        let attributed = zip(extracted, quotes).map { Self.attribute($0.1, quotes: $1) }
        (keyFigures, figures) = FigureRanking.rank(attributed, articles: corpus.articles)
        entities = EntityDirectory.build(extracted.map(\.3), speakers: speakers)
        summaries = extracted.map(\.4)
        stories = StoryGrouping.stories(articles: corpus.articles, quotes: quotes, speakers: speakers, entities: entities,
                                        keyFigures: keyFigures, timeline: timeline)
        statistics = zip(corpus.articles, quotes).map { TextStatistics(article: $0, quotes: $1) }
        totals = statistics.reduce(TextStatistics(), +)
    }

    public var articles: [Article] { corpus.articles }

    /// The figure a reference points at.
    public func figure(_ ref: FigureRef) -> Figure { figures[ref.article][ref.index] }

    /// The quote with this id ("<article id>#<n>"), if any.
    public func quote(id: String) -> Quote? {
        guard let hash = id.lastIndex(of: "#"), let n = Int(id[id.index(after: hash)...]),
              let a = articleIndex(id: String(id[..<hash])), quotes[a].indices.contains(n - 1) else { return nil }
        return quotes[a][n - 1]
    }

    /// The index of the article with this id.
    public func articleIndex(id: String) -> Int? {
        articles.firstIndex { $0.id == id }
    }

    /// Each figure inside reported speech takes the quote's speaker: "40 countries" in what a
    /// minister said is the minister's figure.
    static func attribute(_ figures: [Figure], quotes: [Quote]) -> [Figure] {
        guard !quotes.isEmpty else { return figures }
        return figures.map { figure in
            var figure = figure
            figure.speaker = quotes.first { $0.paragraph == figure.paragraph && $0.cleanRange.overlaps(figure.cleanRange) }?.speaker?.name
            return figure
        }
    }
}
