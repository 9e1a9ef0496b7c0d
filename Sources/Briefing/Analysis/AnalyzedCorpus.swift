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

    public init(_ corpus: Corpus) {
        self.corpus = corpus
        let found = corpus.articles.enumerated().map { QuoteExtractor.quotes(in: $0.element, articleIndex: $0.offset) }
        (speakers, quotes) = SpeakerDirectory.build(quotes: found)
        statistics = zip(corpus.articles, quotes).map { TextStatistics(article: $0, quotes: $1) }
        totals = statistics.reduce(TextStatistics(), +)
    }

    public var articles: [Article] { corpus.articles }
}
