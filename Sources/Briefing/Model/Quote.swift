/// Reported speech found in an article: what was said, by whom, and where it is.
public struct Quote: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// A whole passage in quotation marks.
        case direct
        /// A quoted fragment inside the writer's own sentence.
        case partial
        /// Reported speech without quotation marks ("X said that ...").
        case indirect
    }

    /// Stable within a corpus: "<article id>#<n>", n counting from 1 in text order.
    public var id: String
    /// Index of the article in the corpus.
    public var article: Int
    public var kind: Kind
    /// Index of the paragraph in `Article.paragraphs`; a quote never crosses paragraphs.
    public var paragraph: Int
    /// The quote's text in the paragraph's clean text, in Unicode scalars (marks excluded).
    public var cleanRange: Range<Int>
    /// The quote's text as cleaned (whitespace collapsed).
    public var text: String
    /// Bounds of the quote's text in the raw file, in Unicode scalars.
    public var start: Int
    public var end: Int
    /// Who said it, as resolved in its article: a name, an organisation, or a group ("police").
    public var speaker: SpeakerMention?
    /// The reporting expression as written: "said", "pointed out", "according to"; nil for a
    /// continuation that has no cue of its own.
    public var cue: String?
    /// Ids of quotes in other articles with nearly the same words and the same speaker.
    public var alsoIn: [String] = []

    public init(id: String, article: Int, kind: Kind, paragraph: Int, cleanRange: Range<Int>, text: String, start: Int, end: Int,
                speaker: SpeakerMention? = nil, cue: String? = nil, alsoIn: [String] = []) {
        self.id = id
        self.article = article
        self.kind = kind
        self.paragraph = paragraph
        self.cleanRange = cleanRange
        self.text = text
        self.start = start
        self.end = end
        self.speaker = speaker
        self.cue = cue
        self.alsoIn = alsoIn
    }
}

/// A speaker as one quote names them, resolved within the article.
public struct SpeakerMention: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case person, organization, group
    }

    /// The fullest name the article gives ("Ana Ruiz" for "Ruiz", "She").
    public var name: String
    public var kind: Kind
    /// How the text named them where the quote is attributed ("Health Minister Ana
    /// Ruiz", "She", "Ruiz").
    public var surface: String
    /// A role or title the article gives them ("U.S. Attorney General").
    public var role: String?

    public init(name: String, kind: Kind, surface: String, role: String? = nil) {
        self.name = name
        self.kind = kind
        self.surface = surface
        self.role = role
    }
}

/// A speaker across the corpus: every quote from one person or organisation, whatever the
/// article called them.
public struct Speaker: Sendable, Hashable, Identifiable {
    public var id: Int
    /// The canonical name: the fullest form any article uses.
    public var name: String
    public var kind: SpeakerMention.Kind
    /// Every other way the articles refer to them by name ("Ruiz", "Health Minister Ana
    /// Ruiz"); pronouns are not aliases.
    public var aliases: [String]
    public var role: String?
    /// Ids of their quotes, in corpus order.
    public var quotes: [String]
    /// Indices of the articles they are quoted in.
    public var articles: [Int]

    public init(id: Int, name: String, kind: SpeakerMention.Kind, aliases: [String], role: String? = nil, quotes: [String], articles: [Int]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.role = role
        self.quotes = quotes
        self.articles = articles
    }
}
