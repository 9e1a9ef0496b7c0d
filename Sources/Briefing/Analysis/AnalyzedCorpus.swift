/// A corpus with what has been extracted from it, computed once after loading. The reader and
/// the exporters read from this and never analyse text themselves.
public struct AnalyzedCorpus: Sendable {
    public let corpus: Corpus
    /// Passages in quotation marks, per article (same order as `corpus.articles`).
    public let passages: [[QuotedPassage]]
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
        passages = corpus.articles.map(QuotedPassageFinder.passages(in:))
        statistics = zip(corpus.articles, passages).map { TextStatistics(article: $0, passages: $1) }
        totals = statistics.reduce(TextStatistics(), +)
    }

    public var articles: [Article] { corpus.articles }
}
