/// The model of no articles, made without running the analysers: `init(_:)` over an empty
/// corpus still loads every word list (tens of milliseconds), which is what a reader waiting
/// for its model should not spend before its first frame.
extension AnalyzedCorpus {
    public static let empty = AnalyzedCorpus(nothing: ())

    private init(nothing: Void) {
        corpus = Corpus(articles: [])
        statistics = []
        totals = TextStatistics()
        quotes = []
        speakers = []
        figures = []
        keyFigures = []
        timeline = []
        entities = []
        summaries = []
        stories = []
    }
}

extension AnalyzedCorpus {
    /// The articles of `corpus` with nothing extracted yet: what a reader shows while the
    /// analysis runs, so that the articles can be read as soon as they are parsed. Per-article
    /// lists are empty (one per article), the merged lists empty; no analyser runs.
    public init(unanalysed corpus: Corpus) {
        self.corpus = corpus
        let count = corpus.articles.count
        statistics = Array(repeating: TextStatistics(), count: count)
        totals = TextStatistics()
        quotes = Array(repeating: [], count: count)
        speakers = []
        figures = Array(repeating: [], count: count)
        keyFigures = []
        timeline = []
        entities = []
        summaries = Array(repeating: Summary(ranked: []), count: count)
        stories = []
    }
}
