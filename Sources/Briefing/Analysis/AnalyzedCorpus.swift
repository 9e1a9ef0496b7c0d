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

    /// Analyses every article of `corpus` (on all cores) and merges them.
    public init(_ corpus: Corpus) {
        self.init(analysing: corpus)
    }

    /// Analyses every article of `corpus` on all cores, telling `progress` how many articles
    /// are done out of how many (in increasing order, from the worker threads: keep it quick),
    /// then merges them.
    public init(analysing corpus: Corpus, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) {
        self.init(analyses: ArticleAnalysis.analyze(corpus.articles, progress: progress), problems: corpus.problems)
    }

    /// The corpus of these analysed articles, in this order, with the merges done here: the
    /// speaker directory, figure ranking, timeline, entity directory and stories. With `merge`
    /// (one computed for these same analyses before, and kept), they are applied instead of done
    /// again; a merge that does not fit the analyses is ignored.
    public init(analyses: consuming [ArticleAnalysis], problems: [LoadProblem] = [], merge: CorpusMerge? = nil) {
        if let merge, merge.fits(analyses) {
            self = AnalyzedCorpus(analyses: consume analyses, problems: problems, applying: merge)
            return
        }
        let articles = analyses.map(\.article)
        corpus = Corpus(articles: articles, problems: problems)
        summaries = analyses.map(\.summary)
        statistics = analyses.map(\.statistics)
        totals = statistics.reduce(TextStatistics(), +)
        // Merges that do not need each other run side by side: the timeline beside the
        // speaker directory, then the figure ranking beside the names (both need the speakers).
        let events = analyses.map(\.events), articleQuotes = analyses.map(\.quotes)
        let (timeline, directory) = Parallel.both({ TimelineMerger.merge(events) }, { SpeakerDirectory.build(quotes: articleQuotes) })
        self.timeline = timeline
        (speakers, quotes) = directory
        let attributed = zip(analyses, directory.quotes).map { Self.attribute($0.figures, quotes: $1) }
        let names = analyses.map(\.entities), speakers = directory.speakers
        let (ranked, entities) = Parallel.both({ FigureRanking.rank(attributed, articles: articles) },
                                               { EntityDirectory.build(names, speakers: speakers) })
        (keyFigures, figures) = ranked
        self.entities = entities
        stories = StoryGrouping.stories(articles: articles, quotes: directory.quotes, speakers: speakers, entities: entities,
                                        keyFigures: ranked.0, timeline: timeline)
    }

    /// The corpus with a kept merge applied. The analyses are taken apart field by field and
    /// dropped before the quotes and figures are marked, so marking changes them in place: on a
    /// hundred thousand articles a copy of every quote and figure costs more than the rest.
    private init(analyses: consuming [ArticleAnalysis], problems: [LoadProblem], applying merge: CorpusMerge) {
        var articles: [Article] = [], quotes: [[Quote]] = [], figures: [[Figure]] = []
        var summaries: [Summary] = [], statistics: [TextStatistics] = []
        articles.reserveCapacity(analyses.count)
        quotes.reserveCapacity(analyses.count)
        figures.reserveCapacity(analyses.count)
        summaries.reserveCapacity(analyses.count)
        statistics.reserveCapacity(analyses.count)
        for analysis in consume analyses {
            articles.append(analysis.article)
            quotes.append(analysis.quotes)
            figures.append(analysis.figures)
            summaries.append(analysis.summary)
            statistics.append(analysis.statistics)
        }
        for (a, links) in merge.quoteLinks.enumerated() {
            for (q, alsoIn) in links.enumerated() where !alsoIn.isEmpty { quotes[a][q].alsoIn = alsoIn }
        }
        for (a, marks) in merge.figureMarks.enumerated() {
            for (f, mark) in marks.enumerated() {
                figures[a][f].rank = mark.rank
                figures[a][f].speaker = mark.speaker
            }
        }
        corpus = Corpus(articles: articles, problems: problems)
        self.summaries = summaries
        self.statistics = statistics
        totals = statistics.reduce(TextStatistics(), +)
        self.quotes = quotes
        self.figures = figures
        speakers = merge.speakers
        keyFigures = merge.keyFigures
        timeline = merge.timeline
        entities = merge.entities
        stories = merge.stories
    }

    /// What the merges added, to keep beside the articles' analyses and apply again with
    /// `init(analyses:problems:merge:)`.
    public var merge: CorpusMerge {
        CorpusMerge(speakers: speakers, quoteLinks: quotes.map { $0.map(\.alsoIn) },
                    figureMarks: figures.map { $0.map { CorpusMerge.FigureMark(rank: $0.rank, speaker: $0.speaker) } },
                    keyFigures: keyFigures, timeline: timeline, entities: entities, stories: stories)
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
