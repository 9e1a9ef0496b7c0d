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
        #expect(Set(article.keys) == ["id", "path", "title", "author", "outlet", "published", "standfirst", "paragraphs", "summary"])
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

    static let quotedArticle = """
        Flood Hits Town

        By Jane Example

        “We will rebuild every home,” said Health Minister Ana Ruiz on Monday, March 1, 2021. The flood near the river killed at least 40 people, rescuers said.

        The river rose 3 metres in 12 hours, officials said. Schools will reopen next week.

        Volunteers came from four nearby towns. They worked through the night.
        """

    @Test("each article's summary is its summary sentences, the default length or the one asked for")
    func summaries() throws {
        let corpus = CorpusLoader.load(documents: [SourceDocument(path: "a.txt", bytes: Array(Self.quotedArticle.utf8))])
        let model = AnalyzedCorpus(corpus)
        for length in [1, Summarizer.defaultLength, Summarizer.maxSentences] {
            let json = try #require(JSONSerialization.jsonObject(with: JSONExport.encode(model, summaryLength: length)) as? [String: Any])
            let article = try #require((json["articles"] as? [[String: Any]])?.first)
            #expect(article["summary"] as? [String] == model.summaries[0].sentences(length).map(\.text))
        }
        let summaries = try #require(JSONSerialization.jsonObject(with: JSONExport.encodeSummaries(model, sentences: 2)) as? [String: Any])
        let entry = try #require((summaries["articles"] as? [[String: Any]])?.first)
        #expect(Set(entry.keys) == ["id", "title", "author", "outlet", "published", "summary"])
        #expect(entry["summary"] as? [String] == model.summaries[0].sentences(2).map(\.text))
    }

    @Test("stories refer to articles, quotes, figures and timeline entries by their ids and indices in the export")
    func stories() throws {
        let corpus = CorpusLoader.load(documents: [SourceDocument(path: "a.txt", bytes: Array(Self.quotedArticle.utf8)),
                                                   SourceDocument(path: "b.txt", bytes: Array(Self.crlfArticle.utf8))])
        let model = AnalyzedCorpus(corpus)
        // The model's own stories: every key present, every reference resolvable.
        let json = try #require(JSONSerialization.jsonObject(with: JSONExport.encode(model)) as? [String: Any])
        let stories = try #require(json["stories"] as? [[String: Any]])
        #expect(stories.count == model.stories.count)
        let articleIDs = Set(model.articles.map(\.id))
        let figureIDs = Set(model.figures.joined().map(\.id))
        let timelineCount = try #require(json["timeline"] as? [Any]).count
        for story in stories {
            #expect(Set(story.keys) == ["id", "headline", "articles", "people", "quotes", "figures", "timeline"])
            #expect((story["articles"] as? [String])?.allSatisfy(articleIDs.contains) == true)
            #expect((story["figures"] as? [String])?.allSatisfy(figureIDs.contains) == true)
            #expect((story["timeline"] as? [Int])?.allSatisfy { (0..<timelineCount).contains($0) } == true)
        }

        // A story with people, as the grouping gives them: the quote ids come through.
        let quote = try #require(model.quotes[0].first { $0.speaker?.name.contains("Ruiz") == true })
        let key = try #require(model.keyFigures.indices.first { model.keyFigures[$0].articles.contains(0) })
        let story = Story(id: "story-1", headline: "Flood", headlineArticle: 0, articles: [0, 1],
                          people: [StoryPerson(name: "Ana Ruiz", role: "Health Minister", quote: quote.id), StoryPerson(name: "Rescuers")],
                          figures: [key], timeline: [0])
        let data = try JSONExport.encode(JSONExport.Document(model, stories: [story], summaryLength: 3))
        let record = try #require(((JSONSerialization.jsonObject(with: data) as? [String: Any])?["stories"] as? [[String: Any]])?.first)
        #expect(record["id"] as? String == "story-1")
        #expect(record["headline"] as? String == "Flood")
        #expect(record["articles"] as? [String] == [model.articles[0].id, model.articles[1].id])
        #expect(record["quotes"] as? [String] == [quote.id])
        #expect(record["figures"] as? [String] == [model.figure(model.keyFigures[key].representative).id])
        #expect(record["timeline"] as? [Int] == [0])
        let people = try #require(record["people"] as? [[String: Any]])
        #expect(people.count == 2)
        #expect(people[0]["name"] as? String == "Ana Ruiz" && people[0]["role"] as? String == "Health Minister" && people[0]["quote"] as? String == quote.id)
        #expect(people[1]["role"] is NSNull && people[1]["quote"] is NSNull)
    }
}
