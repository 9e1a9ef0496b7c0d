import Foundation
import Testing
@testable import Briefing

@Suite("JSON export and plain listing")
struct ExportTests {
    static let crlfArticle = "A Headline Without A Full Stop\r\n\r\nBy Jane Example\r\n\r\nThe first  paragraph\u{A0}has odd\tspacing and “quoted words” in it.\r\nIt goes on over a second line because it was wrapped by a\r\nnarrow editor and has no full stop at the end of that line\r\n\r\nSecond paragraph, with a café and an emoji 🙂 in it.\r\n"

    func export(_ text: String, name: String = "doc.txt") throws -> [String: Any] {
        let corpus = CorpusLoader.load(documents: [SourceDocument(path: name, bytes: Array(text.utf8))])
        let data = try JSONExport.encode(AnalyzedCorpus(corpus))
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("the document has version 1 and every article key, with null for missing metadata")
    func shape() throws {
        let json = try export(Self.crlfArticle)
        #expect(json["version"] as? Int == 1)
        let article = try #require((json["articles"] as? [[String: Any]])?.first)
        #expect(Set(article.keys) == ["id", "path", "title", "author", "outlet", "published", "standfirst", "paragraphs"])
        #expect(article["outlet"] is NSNull)
        #expect(article["standfirst"] is NSNull)
        #expect(article["published"] is NSNull)
        #expect(article["title"] as? String == "A Headline Without A Full Stop")
        #expect(article["author"] as? String == "Jane Example")
    }

    @Test("paragraph offsets are Unicode scalar offsets into the raw file, CRLF counted as two")
    func offsetsPointIntoRawText() throws {
        let json = try export(Self.crlfArticle)
        let paragraphs = try #require(((json["articles"] as? [[String: Any]])?.first?["paragraphs"]) as? [[String: Any]])
        #expect(paragraphs.count == 2)
        let raw = Array(Self.crlfArticle.unicodeScalars)
        for paragraph in paragraphs {
            let start = try #require(paragraph["start"] as? Int), end = try #require(paragraph["end"] as? Int)
            let text = try #require(paragraph["text"] as? String)
            let slice = String(String.UnicodeScalarView(raw[start..<end]))
            // The clean text is the raw slice with whitespace runs collapsed.
            #expect(slice.collapsingSpaces == text)
            #expect(!CharacterClass.isSpace(raw[start]) && !CharacterClass.isSpace(raw[end - 1]))
        }
    }

    @Test("the same corpus always exports the same bytes")
    func deterministic() throws {
        let corpus = CorpusLoader.load(documents: [SourceDocument(path: "a.txt", bytes: Array(Self.crlfArticle.utf8))])
        #expect(try JSONExport.encode(AnalyzedCorpus(corpus)) == JSONExport.encode(AnalyzedCorpus(corpus)))
    }

    @Test("the plain listing has title, byline and first paragraph, and never an escape character")
    func plainListing() {
        let hostile = "Title with \u{1B}]0;owned\u{07} inside\n\nBy Jane Example\n\nBody with \u{1B}[2J a clear-screen and \u{9B}31m a C1 CSI and \u{202E}reversed text.\n"
        let corpus = CorpusLoader.load(documents: [SourceDocument(path: "x.txt", bytes: Array(hostile.utf8))])
        let listing = PlainListing.render(corpus)
        #expect(!listing.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E })
        #expect(listing.contains("Title with ␛]0;owned␇ inside"))
        #expect(listing.contains("Jane Example"))
        #expect(listing.contains("Body with ␛[2J a clear-screen"))
    }
}
