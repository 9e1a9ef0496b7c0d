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
