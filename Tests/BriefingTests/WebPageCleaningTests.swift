import Foundation
import Testing
@testable import Briefing

/// News-site page dumps against the gold in Fixtures/WebPages/gold.jsonl: the headline, the
/// byline's names, the site's name, the date, the standfirst, and a body of exactly the story's
/// paragraphs (first and last by their first 40 characters, and their number). The ten web
/// dumps of Summaries/web-articles and eight invented layouts in Fixtures/WebPages; see the
/// README there for how the gold was judged.
@Suite("Cleaning news-site page dumps against the gold")
struct WebPageCleaningTests {
    static let fields = ["title", "author", "outlet", "published", "standfirst", "first", "last", "paragraphs"]

    static func fixtures(filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    static func gold() throws -> [[String: Any]] {
        let text = try String(contentsOf: fixtures().appendingPathComponent("WebPages/gold.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    /// What the cleaner made of one dump, field by field as the gold writes them.
    static func fields(of article: Article) -> [String: String?] {
        let texts = article.paragraphs.map(\.text)
        func start(_ text: String?) -> String? { text.map { String(String.UnicodeScalarView($0.unicodeScalars.prefix(40))) } }
        return [
            "title": article.title, "author": article.author, "outlet": article.outlet, "published": article.published,
            "standfirst": article.standfirst, "first": start(texts.first), "last": start(texts.last),
            "paragraphs": String(texts.count),
        ]
    }

    @Test("every field of every dump matches the gold; the accuracy per field is printed")
    func matchesGold() throws {
        let gold = try Self.gold()
        #expect(gold.count == 18)
        var right = Dictionary(uniqueKeysWithValues: Self.fields.map { ($0, 0) })
        for entry in gold {
            let file = try #require(entry["file"] as? String)
            let path = Self.fixtures().appendingPathComponent(file).path
            let corpus = CorpusLoader.load(paths: [path])
            let article = try #require(corpus.articles.first, "no article from \(file): \(corpus.problems)")
            let got = Self.fields(of: article)
            for field in Self.fields {
                let expected: String? = field == "paragraphs" ? (entry[field] as? Int).map(String.init) : entry[field] as? String
                let actual = got[field] ?? nil
                if actual == expected {
                    right[field, default: 0] += 1
                } else {
                    Issue.record("\(file): \(field) is \(actual.debugDescription), the gold says \(expected.debugDescription)")
                }
            }
            #expect(article.standfirst.map { standfirst in !article.paragraphs.contains { $0.text == standfirst } } ?? true,
                    "\(file): the standfirst is also a paragraph")
            CleaningLayoutTests.checkInvariants(article, raw: try CleaningLayoutTests.rawText(path))
        }
        let report = Self.fields.map { "\($0) \(right[$0] ?? 0)/\(gold.count)" }.joined(separator: ", ")
        print("Web page cleaning accuracy: \(report)")
    }

    // MARK: - Rules at their edges

    static func parse(_ text: String) throws -> Article {
        try #require(ArticleParser.parse(text, id: "t", path: "t.txt", format: .plainText))
    }

    static let opening = "THE LAKESIDE HERALD\nNews\tSport\tWeather\n\nCouncil agrees budget after long night\n\nBy Ana Ruiz\n12 March 2025\n\n"

    @Test("furniture goes from the middle of the body; prose that mentions the same words stays", arguments: [
        ("Sign up for our morning newsletter", false),
        ("Get the day's news in your inbox before breakfast. Sign up", false),
        ("[Enter your email address]\tSubscribe", false),
        ("Facebook\tTwitter\tEmail", false),
        ("Share this article: Facebook · Twitter · Email", false),
        ("Read more: Is the valley ready for another flood?", false),
        ("The council's newsletter, sent to 40,000 homes, did not mention the cuts.", true),
        ("She posted the video on Facebook and Twitter on Monday, and it was shared 3,000 times.", true),
        ("Sign up for the scheme closes on Friday, the council said.", true),
        ("Residents were asked to email the council with their views by the end of the month.", true),
    ])
    func midBody(_ line: String, _ kept: Bool) throws {
        let article = try Self.parse(Self.opening + "The council met on Monday and agreed the budget.\n\n\(line)\n\nMembers will meet again next month.\n")
        #expect(article.paragraphs.contains { $0.text == line.collapsingSpaces } == kept, "\(article.paragraphs.map(\.text))")
        #expect(article.paragraphs.count == (kept ? 3 : 2))
    }

    @Test("the line under the headline is a standfirst only when a byline or date follows it")
    func standfirst() throws {
        let dek = "Members argued until dawn over road repairs and the library"
        let withByline = try Self.parse("Council agrees budget after long night\n\(dek)\n\nBy Ana Ruiz\n\nThe council met on Monday and agreed the budget.\n")
        #expect(withByline.standfirst == dek)
        #expect(withByline.author == "Ana Ruiz")
        #expect(withByline.paragraphs.map(\.text) == ["The council met on Monday and agreed the budget."])

        let lede = "The council met on Monday and agreed the budget after a long night of argument."
        let withoutByline = try Self.parse("Council agrees budget after long night\n\n\(lede)\n\nMembers will meet again next month.\n")
        #expect(withoutByline.standfirst == nil)
        #expect(withoutByline.paragraphs.first?.text == lede)
    }

    @Test("a masthead names the outlet, in the copyright's spelling when set in capitals")
    func masthead() throws {
        let article = try Self.parse(Self.opening + "The council met on Monday and agreed the budget.\n\n© 2025 The Lakeside Herald. All rights reserved.\n")
        #expect(article.title == "Council agrees budget after long night")
        #expect(article.outlet == "The Lakeside Herald")
        #expect(article.published == "2025-03-12")
        #expect(article.paragraphs.count == 1)
    }

    @Test("a quotation set again as a pull quote goes; a quotation said once stays")
    func pullQuotes() throws {
        let said = "\"We will not close the library while I am in charge,\" said the council leader, Jo Marsh."
        let article = try Self.parse(Self.opening + "\(said)\n\n“We will not close the library while I am in charge” – Jo Marsh\n\n\"Nobody asked us what we wanted from the budget this year\"\n\nMembers will meet again next month.\n")
        #expect(article.paragraphs.map(\.text) == [said, "\"Nobody asked us what we wanted from the budget this year\"", "Members will meet again next month."])
    }

    @Test("bylines: a role after a comma or bar, a place after 'at', capitals, a date beside the name", arguments: [
        ("Ana Ruiz, Courts Reporter", "Ana Ruiz", nil as String?),
        ("Ana Ruiz | Science Writer", "Ana Ruiz", nil),
        ("By Ana Ruiz at Kingsgate Park", "Ana Ruiz", nil),
        ("By ANA VAN DER BERG", "Ana van der Berg", nil),
        ("By Ana Ruiz · 2 March 2026 · 3 min read", "Ana Ruiz", "2026-03-02"),
        ("Posted on March 7, 2026 by Ana Ruiz", "Ana Ruiz", "2026-03-07"),
        ("Opinion | By Ana Ruiz", "Ana Ruiz", nil),
    ])
    func bylines(_ line: String, _ author: String, _ published: String?) throws {
        let article = try Self.parse("Council agrees budget after long night\n\n\(line)\n\nThe council met on Monday and agreed the budget.\n\nMembers will meet again next month.\n")
        #expect(article.author == author)
        #expect(article.published == published)
        #expect(article.paragraphs.count == 2)
    }
}
