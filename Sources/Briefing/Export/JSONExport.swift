import Foundation

/// The corpus as JSON for scripts: `{"version": 1, "articles": [...]}`.
///
/// Offsets are Unicode scalar offsets into the raw file (Python string indices when the file is
/// read with `newline=""`, so `\r\n` counts as two). Missing metadata is `null`, not absent, so
/// every article has the same keys.
public enum JSONExport {
    public static let version = 1

    public static func encode(_ corpus: Corpus) throws -> Data {
        let encoder = JSONEncoder()
        // Sorted keys: the same corpus always gives byte-identical output, so exports diff cleanly.
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(corpus))
    }

    struct Document: Encodable {
        var version = JSONExport.version
        var articles: [ArticleRecord]

        init(_ corpus: Corpus) {
            articles = corpus.articles.map(ArticleRecord.init)
        }
    }

    struct ArticleRecord: Encodable {
        var article: Article

        enum CodingKeys: String, CodingKey {
            case id, path, title, author, outlet, published, paragraphs
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(article.id, forKey: .id)
            try c.encode(article.path, forKey: .path)
            try c.encode(article.title, forKey: .title)
            try c.encode(article.author, forKey: .author)
            try c.encode(article.outlet, forKey: .outlet)
            try c.encode(article.published, forKey: .published)
            try c.encode(article.paragraphs.map(ParagraphRecord.init), forKey: .paragraphs)
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
