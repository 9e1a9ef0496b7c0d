/// Articles about the same event, with what an analyst reads about it first: a headline, who
/// said what, the key figures and the dates.
public struct Story: Sendable, Hashable, Identifiable {
    /// Stable for a corpus: "story-1", "story-2", ... in the order of `AnalyzedCorpus.stories`.
    public var id: String
    /// The most central title of its articles.
    public var headline: String
    /// The article whose title is the headline.
    public var headlineArticle: Int
    /// Indices of its articles, oldest first (undated ones after, in corpus order).
    public var articles: [Int]
    /// Its key people, most prominent first, each with their strongest quote.
    public var people: [StoryPerson]
    /// Indices into `AnalyzedCorpus.keyFigures` of the figures its articles report, by rank.
    public var figures: [Int]
    /// Indices into `AnalyzedCorpus.timeline` of its dated events, oldest first.
    public var timeline: [Int]

    public init(id: String, headline: String, headlineArticle: Int, articles: [Int], people: [StoryPerson], figures: [Int], timeline: [Int]) {
        self.id = id
        self.headline = headline
        self.headlineArticle = headlineArticle
        self.articles = articles
        self.people = people
        self.figures = figures
        self.timeline = timeline
    }
}

/// A person (or organisation) who matters to a story.
public struct StoryPerson: Sendable, Hashable {
    /// The canonical name, as `Speaker.name` or `Entity.name` has it.
    public var name: String
    public var role: String?
    /// `Speaker.id`, when they are quoted anywhere in the corpus.
    public var speaker: Int?
    /// `Entity.id`, when they are among the corpus's entities.
    public var entity: Int?
    /// Id of their strongest quote in the story's articles (`Quote.id`), if they are quoted there.
    public var quote: String?

    public init(name: String, role: String? = nil, speaker: Int? = nil, entity: Int? = nil, quote: String? = nil) {
        self.name = name
        self.role = role
        self.speaker = speaker
        self.entity = entity
        self.quote = quote
    }
}
