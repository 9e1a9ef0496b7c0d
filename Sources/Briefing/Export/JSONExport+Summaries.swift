import Foundation

extension JSONExport {
    /// `briefing summary --format json`: `{"version": 1, "articles": [{"id", "title", "author",
    /// "outlet", "published", "summary": ["sentence", ...]}]}`, the summary in the article's
    /// order. The full export carries the same `summary` on each of its articles.
    public static func encodeSummaries(_ model: AnalyzedCorpus, sentences count: Int = Summarizer.defaultLength) throws -> Data {
        let articles = model.articles.indices.map { a in
            SummaryRecord(article: model.articles[a],
                          summary: model.summaries.indices.contains(a) ? model.summaries[a].sentences(count).map(\.text) : [])
        }
        return try encode(SummaryDocument(articles: articles))
    }

    struct SummaryDocument: Encodable {
        var version = JSONExport.version
        var articles: [SummaryRecord]
    }

    struct SummaryRecord: Encodable {
        var article: Article
        var summary: [String]

        enum CodingKeys: String, CodingKey { case id, title, author, outlet, published, summary }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(article.id, forKey: .id)
            try c.encode(article.title, forKey: .title)
            try c.encode(article.author, forKey: .author)
            try c.encode(article.outlet, forKey: .outlet)
            try c.encode(article.published, forKey: .published)
            try c.encode(summary, forKey: .summary)
        }
    }
}
