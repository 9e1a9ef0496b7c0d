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
    /// Key figures per article (same order as `corpus.articles`), in text order.
    public let figures: [[Figure]]
    /// People, organisations and places, merged across articles (people named as the speakers
    /// are), most mentioned first.
    public let entities: [Entity]

    public init(_ corpus: Corpus) {
        self.corpus = corpus
        // Articles are analysed on every core; the speaker directory then merges them in order.
        // Entities take the article's quotes: a speaker is evidence of who is a person.
        let extracted = Parallel.map(corpus.articles) { index, article in
            let (quotes, reading) = QuoteExtractor.read(article, articleIndex: index)
            return (quotes, FigureExtractor.figures(in: article, articleIndex: index),
                    EntityExtractor.entities(in: article, articleIndex: index, quotes: quotes, reading: reading))
        }
        let found = extracted.map(\.0)
        figures = extracted.map(\.1)
        (speakers, quotes) = SpeakerDirectory.build(quotes: found)
        entities = EntityDirectory.build(extracted.map(\.2), speakers: speakers)
        statistics = zip(corpus.articles, quotes).map { TextStatistics(article: $0, quotes: $1) }
        totals = statistics.reduce(TextStatistics(), +)
    }

    public var articles: [Article] { corpus.articles }
}
