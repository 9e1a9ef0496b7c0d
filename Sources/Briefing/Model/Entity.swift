/// A person, organisation or place the articles name, merged across articles, with every
/// mention.
public struct Entity: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case person, organization, place
    }

    /// Position in `AnalyzedCorpus.entities` (most mentioned first).
    public var id: Int
    /// The canonical name: the fullest form the articles use ("Ana Ruiz", "United States",
    /// "Department of Energy"), without titles; for a person who is quoted, the speaker's name.
    public var name: String
    public var kind: Kind
    /// Other ways the articles write it ("Ruiz", "Justice Minister Ana Ruiz", "U.S.", "DOE"),
    /// in order of first use.
    public var aliases: [String]
    /// Every mention, in corpus order.
    public var mentions: [EntityMention]
    /// Indices of the articles that mention it, in order of first mention.
    public var articles: [Int]
    /// Mentions in each article of `articles` (same order).
    public var mentionCounts: [Int]

    public init(id: Int, name: String, kind: Kind, aliases: [String], mentions: [EntityMention], articles: [Int], mentionCounts: [Int]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
        self.articles = articles
        self.mentionCounts = mentionCounts
    }

    /// Mentions in the article at `index` of the corpus (0 when it is not mentioned there).
    public func mentionCount(inArticle index: Int) -> Int {
        articles.firstIndex(of: index).map { mentionCounts[$0] } ?? 0
    }
}

/// One place an entity is named: the name as written, without a title before it.
public struct EntityMention: Sendable, Hashable {
    /// Index of the article in the corpus.
    public var article: Int
    /// Index of the paragraph in `Article.paragraphs`.
    public var paragraph: Int
    /// The name in the paragraph's clean text, in Unicode scalars.
    public var cleanRange: Range<Int>
    /// Bounds of the name in the raw file, in Unicode scalars.
    public var start: Int
    public var end: Int

    public init(article: Int, paragraph: Int, cleanRange: Range<Int>, start: Int, end: Int) {
        self.article = article
        self.paragraph = paragraph
        self.cleanRange = cleanRange
        self.start = start
        self.end = end
    }
}
