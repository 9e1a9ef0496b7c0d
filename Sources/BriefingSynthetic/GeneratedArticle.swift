/// One synthetic article: where it goes, its bytes as a saved page would hold them, and what was
/// planted in it, so an extractor's output can be scored against the truth without annotation.
public struct GeneratedArticle: Sendable, Equatable {
    /// Relative path: a folder per thousand articles ("0001/001234-slug.txt"), so no folder
    /// grows past what file browsers and `ls` handle comfortably.
    public var fileName: String
    /// UTF-8 text of the page dump.
    public var bytes: [UInt8]
    public var truth: ArticleTruth
}

/// What the generator put into an article: its metadata as a reader would state it, and every
/// quote, figure, date and scare quote planted in its body.
public struct ArticleTruth: Sendable, Equatable {
    public var layout: PageLayout
    public var topic: String
    public var title: String
    public var author: String
    public var outlet: String
    /// Publication date, ISO 8601 (`YYYY-MM-DD`).
    public var published: String
    public var quotes: [PlantedQuote]
    public var figures: [PlantedFigure]
    public var dates: [PlantedDate]
    /// Words set in quotation marks that are not speech ("the so-called “smart” meters").
    public var scareQuotes: [String]
    /// Body paragraphs as generated, before the layout adds its furniture.
    public var paragraphCount: Int
}

/// A quotation planted in the body.
public struct PlantedQuote: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case direct, partial, indirect
    }

    /// How the text points at the speaker; recall is worth reading per form, since each one
    /// exercises a different rule of an extractor.
    public enum Form: String, Sendable, CaseIterable {
        /// “…,” said Name, role. / “…,” Name said.
        case cueAfter = "cue-after"
        /// Name said: “…”
        case cueBefore = "cue-before"
        /// “…,” the minister added. (a role noun for someone named before)
        case roleNoun = "role-noun"
        /// “…,” she said. (someone named just before)
        case pronoun
        /// Name said: ⏎ “…” (the quote is the next paragraph)
        case colonNextParagraph = "colon-next-paragraph"
        /// A second paragraph of a quote that runs on, with no cue of its own.
        case continuation
        /// “…,” Name said, “…” around the cue.
        case split
        /// A few quoted words in the writer's sentence.
        case fragment
        /// Name said (that) … / Name told reporters …
        case reported
        /// According to Name, …
        case accordingTo = "according-to"
        /// …, Name said. (reported speech with the cue after it)
        case reportedCueAfter = "reported-cue-after"
        /// The ministry said in a statement …
        case statement
    }

    public var kind: Kind
    public var form: Form
    /// Full name of the person ("Amara Okonkwo", titles left out) or the organisation's name.
    public var speaker: String
    public var speakerIsOrganisation: Bool
    /// The words quoted or reported, without the quotation marks and without the comma a
    /// quote closes on before its cue.
    public var text: String
    /// Index of the body paragraph (as generated) that holds it.
    public var paragraph: Int
}

/// A number planted with what it counts.
public struct PlantedFigure: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case count, percent, money, age, duration
    }

    public var kind: Kind
    /// As written, with its qualifier and noun ("more than 4,300 homes", "€45m", "18 months").
    public var text: String
    public var value: Double
}

/// A date expression planted in the body, and the day (or month, or year) it means.
public struct PlantedDate: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case absolute, weekday, relative
    }

    public var kind: Kind
    /// As written ("on Tuesday", "on 14 July 2024", "last year").
    public var text: String
    /// What it resolves to against the publication date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public var resolved: String
}
