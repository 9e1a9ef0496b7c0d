import Foundation

/// The corpus as JSON for scripts: `{"version": 1, "articles": [...], "stories": [...], ...}`.
///
/// Offsets are Unicode scalar offsets into the raw file (Python string indices when the file is
/// read with `newline=""`, so `\r\n` counts as two). Missing metadata is `null`, not absent, so
/// every article has the same keys.
public enum JSONExport {
    public static let version = 1

    /// `summaryLength` is how many sentences each article's `summary` holds.
    public static func encode(_ model: AnalyzedCorpus, summaryLength: Int = Summarizer.defaultLength) throws -> Data {
        try encode(Document(model, stories: model.stories, summaryLength: summaryLength))
    }

    /// Sorted keys: the same corpus always gives byte-identical output, so exports diff cleanly.
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    struct Document: Encodable {
        var version = JSONExport.version
        var articles: [ArticleRecord]
        var stories: [StoryRecord]
        var quotes: [QuoteRecord]
        var speakers: [SpeakerRecord]
        var figures: [FigureRecord]
        var timeline: [TimelineRecord]
        var entities: [EntityRecord]

        /// `stories` are the model's, except in tests that need people and quotes in them.
        init(_ model: AnalyzedCorpus, stories: [Story], summaryLength: Int) {
            let articles = model.articles
            self.articles = articles.indices.map { a in
                ArticleRecord(article: articles[a],
                              summary: model.summaries.indices.contains(a) ? model.summaries[a].sentences(summaryLength).map(\.text) : [])
            }
            self.stories = stories.map { StoryRecord($0, model: model) }
            quotes = model.quotes.flatMap { $0 }.map { QuoteRecord($0, articleID: articles[$0.article].id) }
            speakers = model.speakers.map { SpeakerRecord($0, articleIDs: $0.articles.map { articles[$0].id }) }
            figures = model.figures.joined().map { FigureRecord($0, model: model) }
            timeline = model.timeline.map { TimelineRecord(event: $0, articleID: articles[$0.article].id, alsoIn: $0.alsoIn.map { articles[$0].id }) }
            entities = model.entities.map { EntityRecord($0, articleIDs: $0.articles.map { articles[$0].id }) }
        }
    }

    /// A person, organisation or place: `mentions` is the total, `mentions_per_article` the
    /// count in each article (by article id), `articles` the ids in order of first mention.
    struct EntityRecord: Encodable {
        var name: String
        var kind: Entity.Kind
        var aliases: [String]
        var mentions: Int
        var articles: [String]
        var mentionsPerArticle: [String: Int]

        init(_ entity: Entity, articleIDs: [String]) {
            name = entity.name
            kind = entity.kind
            aliases = entity.aliases
            mentions = entity.mentions.count
            articles = articleIDs
            mentionsPerArticle = Dictionary(zip(articleIDs, entity.mentionCounts), uniquingKeysWith: +)
        }

        enum CodingKeys: String, CodingKey {
            case name, kind, aliases, mentions, articles, mentionsPerArticle = "mentions_per_article"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(kind, forKey: .kind)
            try c.encode(aliases, forKey: .aliases)
            try c.encode(mentions, forKey: .mentions)
            try c.encode(articles, forKey: .articles)
            try c.encode(mentionsPerArticle, forKey: .mentionsPerArticle)
        }
    }

    /// A figure, with its rank, the speaker of the quotation it sits in, if any, the other
    /// mentions merged with it and the figures that disagree with it.
    struct FigureRecord: Encodable {
        var figure: Figure
        var articleID: String
        /// Ids of the other mentions of the same figure, and of figures counting the same thing
        /// differently in other articles.
        var alsoIn: [String]
        var discrepancies: [String]

        init(_ figure: Figure, model: AnalyzedCorpus) {
            self.figure = figure
            articleID = model.articles[figure.article].id
            let key = model.keyFigures.indices.contains(figure.rank - 1) ? model.keyFigures[figure.rank - 1] : nil
            alsoIn = (key?.mentions ?? []).map { model.figure($0).id }.filter { $0 != figure.id }
            discrepancies = (key?.discrepancies ?? []).map { model.figure(model.keyFigures[$0].representative).id }
        }

        enum CodingKeys: String, CodingKey {
            case id, article, value, upper, approximate, qualifier, unit, kind, text, sentence, speaker, rank, start, end
            case alsoIn = "also_in", discrepancies
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(figure.id, forKey: .id)
            try c.encode(articleID, forKey: .article)
            try c.encode(figure.value, forKey: .value)
            try c.encode(figure.upper, forKey: .upper)
            try c.encode(figure.approximate, forKey: .approximate)
            try c.encode(figure.qualifier, forKey: .qualifier)
            try c.encode(figure.unit, forKey: .unit)
            try c.encode(figure.kind, forKey: .kind)
            try c.encode(figure.text, forKey: .text)
            try c.encode(figure.sentence, forKey: .sentence)
            try c.encode(figure.speaker, forKey: .speaker)
            try c.encode(figure.rank, forKey: .rank)
            try c.encode(alsoIn, forKey: .alsoIn)
            try c.encode(discrepancies, forKey: .discrepancies)
            try c.encode(figure.start, forKey: .start)
            try c.encode(figure.end, forKey: .end)
        }
    }

    /// A dated event. `start`/`end` are null for an article's own date, which has no place in
    /// the body.
    struct TimelineRecord: Encodable {
        var event: TimelineEvent
        var articleID: String
        var alsoIn: [String]

        enum CodingKeys: String, CodingKey {
            case date, dateText = "date_text", certain, precision, kind, event, article, start, end, alsoIn = "also_in"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            let inBody = event.kind == .mention
            try c.encode(event.date, forKey: .date)
            try c.encode(event.dateText, forKey: .dateText)
            try c.encode(event.certain, forKey: .certain)
            try c.encode(event.precision, forKey: .precision)
            try c.encode(event.kind, forKey: .kind)
            try c.encode(event.event, forKey: .event)
            try c.encode(articleID, forKey: .article)
            try c.encode(inBody ? event.start : nil, forKey: .start)
            try c.encode(inBody ? event.end : nil, forKey: .end)
            try c.encode(alsoIn, forKey: .alsoIn)
        }
    }

    struct QuoteRecord: Encodable {
        var quote: Quote
        var articleID: String

        init(_ quote: Quote, articleID: String) {
            self.quote = quote
            self.articleID = articleID
        }

        enum CodingKeys: String, CodingKey {
            case id, article, kind, text, speaker, speakerKind = "speaker_kind", cue, start, end, alsoIn = "also_in"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(quote.id, forKey: .id)
            try c.encode(articleID, forKey: .article)
            try c.encode(quote.kind, forKey: .kind)
            try c.encode(quote.text, forKey: .text)
            try c.encode(quote.speaker?.name, forKey: .speaker)
            try c.encode(quote.speaker?.kind, forKey: .speakerKind)
            try c.encode(quote.cue, forKey: .cue)
            try c.encode(quote.start, forKey: .start)
            try c.encode(quote.end, forKey: .end)
            try c.encode(quote.alsoIn, forKey: .alsoIn)
        }
    }

    struct SpeakerRecord: Encodable {
        var name: String
        var kind: SpeakerMention.Kind
        var aliases: [String]
        var role: String?
        var quotes: [String]
        var articles: [String]

        init(_ speaker: Speaker, articleIDs: [String]) {
            name = speaker.name
            kind = speaker.kind
            aliases = speaker.aliases
            role = speaker.role
            quotes = speaker.quotes
            articles = articleIDs
        }

        enum CodingKeys: String, CodingKey { case name, kind, aliases, role, quotes, articles }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(kind, forKey: .kind)
            try c.encode(aliases, forKey: .aliases)
            try c.encode(role, forKey: .role)
            try c.encode(quotes, forKey: .quotes)
            try c.encode(articles, forKey: .articles)
        }
    }

    /// An article with its metadata, its paragraphs and its summary (whole sentences of it, in
    /// its own order).
    struct ArticleRecord: Encodable {
        var article: Article
        var summary: [String]

        enum CodingKeys: String, CodingKey {
            case id, path, title, author, outlet, published, standfirst, paragraphs, summary
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(article.id, forKey: .id)
            try c.encode(article.path, forKey: .path)
            try c.encode(article.title, forKey: .title)
            try c.encode(article.author, forKey: .author)
            try c.encode(article.outlet, forKey: .outlet)
            try c.encode(article.published, forKey: .published)
            try c.encode(article.standfirst, forKey: .standfirst)
            try c.encode(article.paragraphs.map(ParagraphRecord.init), forKey: .paragraphs)
            try c.encode(summary, forKey: .summary)
        }
    }

    struct ParagraphRecord: Encodable {
        var text: String
        var start: Int
        var end: Int

        init(_ paragraph: Paragraph) {
            text = paragraph.text
            start = paragraph.start
            end = paragraph.end
        }
    }
}
