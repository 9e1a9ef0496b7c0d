/// What the corpus-wide merges add to the articles' own analyses: speakers and the quotes two
/// articles share, figure ranks and speakers, key figures, the merged timeline, entities and
/// stories.
///
/// It is a function of the articles' analyses in their corpus order, so a cache can keep it
/// for a set of unchanged files and hand it back to `AnalyzedCorpus(analyses:problems:merge:)`:
/// on a hundred thousand articles the merges take seconds, reapplying them milliseconds.
public struct CorpusMerge: Sendable, Hashable {
    /// The rank and speaker the merge gives one figure.
    public struct FigureMark: Sendable, Hashable {
        public var rank: Int
        public var speaker: String?

        public init(rank: Int, speaker: String?) {
            self.rank = rank
            self.speaker = speaker
        }
    }

    public var speakers: [Speaker]
    /// `Quote.alsoIn` of every quote, by article and quote.
    public var quoteLinks: [[[String]]]
    /// Every figure's rank and speaker, by article and figure.
    public var figureMarks: [[FigureMark]]
    public var keyFigures: [KeyFigure]
    public var timeline: [TimelineEvent]
    public var entities: [Entity]
    public var stories: [Story]

    public init(speakers: [Speaker], quoteLinks: [[[String]]], figureMarks: [[FigureMark]], keyFigures: [KeyFigure],
                timeline: [TimelineEvent], entities: [Entity], stories: [Story]) {
        self.speakers = speakers
        self.quoteLinks = quoteLinks
        self.figureMarks = figureMarks
        self.keyFigures = keyFigures
        self.timeline = timeline
        self.entities = entities
        self.stories = stories
    }

    /// Whether this merge has a place for every quote and figure of `analyses`: the least a
    /// merge kept for these articles must show before it is applied to them.
    public func fits(_ analyses: [ArticleAnalysis]) -> Bool {
        quoteLinks.count == analyses.count && figureMarks.count == analyses.count
            && analyses.indices.allSatisfy { analyses[$0].quotes.count == quoteLinks[$0].count && analyses[$0].figures.count == figureMarks[$0].count }
    }
}
