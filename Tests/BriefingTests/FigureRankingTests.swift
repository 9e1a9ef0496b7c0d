import Foundation
import Testing
@testable import Briefing

/// The corpus ranking of figures: which figures rise, which repeats merge, which disagreements
/// are flagged. Articles are invented; the samples are checked against the gold file.
@Suite("Figure ranking")
struct FigureRankingTests {
    /// A corpus of invented articles, each a title line, a blank line and paragraphs.
    static func model(_ articles: [String]) -> AnalyzedCorpus {
        let documents = articles.enumerated().map { SourceDocument(path: "a\($0.offset).txt", bytes: Array($0.element.utf8)) }
        return AnalyzedCorpus(CorpusLoader.load(documents: documents))
    }

    /// The key figure whose shown text contains `text`, and its rank (1 = first).
    static func rank(of text: String, in model: AnalyzedCorpus) -> Int? {
        model.keyFigures.firstIndex { model.figure($0.representative).text.contains(text) }.map { $0 + 1 }
    }

    static let flood = """
        Floods sweep the northern valleys

        Floods swept through the northern valleys on Monday, killing at least 40 people and forcing 12,000 residents from their homes.

        Two rescue boats capsized in the afternoon, and one helicopter was grounded.

        The river rose 3 metres in a single night, officials said.

        The regional governor said 6 villages had been cut off.
        """

    @Test("a precise count of a watched thing in the lead outranks small spelled counts later on")
    func leadAndMagnitude() throws {
        let m = Self.model([Self.flood])
        let residents = try #require(Self.rank(of: "12,000 residents", in: m))
        let people = try #require(Self.rank(of: "40 people", in: m))
        let boats = try #require(Self.rank(of: "Two rescue boats", in: m))
        #expect(residents < boats)
        #expect(people < boats)
        #expect(max(residents, people) <= 2, "\(m.keyFigures.map { m.figure($0.representative).text })")
    }

    @Test("a count measured against what is large for the thing: 30 countries outranks 30 cars")
    func referenceSize() throws {
        let m = Self.model(["""
            Report on a smuggling network

            The network sold 30 cars to buyers before it was found.

            Investigators traced its buyers to 30 countries.
            """])
        let countries = try #require(Self.rank(of: "30 countries", in: m))
        let cars = try #require(Self.rank(of: "30 cars", in: m))
        #expect(countries < cars)
    }

    @Test("a number the headline gives, however written, raises the same figure in the body")
    func headline() throws {
        func text(_ title: String) -> String {
            "\(title)\n\nVolunteers filled 5,000 sandbags on Sunday.\n\n40 homes were flooded when the river broke its banks.\n"
        }
        let plain = Self.model([text("River breaks its banks")])
        let headed = Self.model([text("Forty flooded out as river breaks its banks")])
        let before = try #require(Self.rank(of: "40 homes", in: plain))
        let after = try #require(Self.rank(of: "40 homes", in: headed))
        #expect(after < before)
        #expect(after == 1)
    }

    @Test("a headline's figures are found with their offsets in the file, title-case or not")
    func headlineFigures() throws {
        let text = "Floods Kill At Least 19 Across The Valley\n\nRain fell for a week.\n\nAt least 19 people died when the river rose.\n"
        let m = Self.model([text])
        let article = try #require(m.articles.first)
        let start = try #require(article.titleStart)
        let raw = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(raw[start..<(start + article.title!.unicodeScalars.count)])) == article.title)
        let headline = try #require(m.figures[0].first { $0.paragraph == FigureExtractor.titleParagraph })
        #expect(headline.value == 19 && headline.qualifier == "at least")
        #expect(String(String.UnicodeScalarView(raw[headline.start..<headline.end])) == headline.text)
        // It and the body's figure are one key figure, shown with the body's counted thing.
        let keys = m.keyFigures.filter { m.figure($0.representative).value == 19 }
        #expect(keys.count == 1 && keys.first?.mentions.count == 2)
        #expect(m.figure(keys[0].representative).unit == "people")
        #expect(m.keyFigures.first.map { m.figure($0.representative).value } == 19)
    }

    @Test("attribution to a source raises a figure")
    func attribution() throws {
        let m = Self.model(["""
            Market report

            Shops sold 5,000 umbrellas in the storm week.

            Shops sold 5,000 raincoats in the storm week, according to the retail association.
            """])
        let attributed = try #require(Self.rank(of: "raincoats", in: m))
        let plain = try #require(Self.rank(of: "umbrellas", in: m))
        #expect(attributed < plain)
        #expect(m.figure(m.keyFigures[0].representative).text.contains("raincoats"))
    }

    @Test("a figure inside reported speech carries its speaker")
    func speaker() throws {
        let m = Self.model(["""
            Port strike

            “We have lost 900 shipments this month,” said Dana Holloway, the port's director.
            """])
        let figure = try #require(m.figures.joined().first { $0.text.contains("900") })
        #expect(figure.speaker == "Dana Holloway")
    }

    @Test("the same figure in two articles about the same event is one key figure, ranked higher for it")
    func mergeAcrossArticles() throws {
        let a = """
            Storm hits the coast

            The storm destroyed 2,300 homes along the coast, the emergency agency said.
            """
        let b = """
            Coastal towns count the cost

            Officials in the coastal towns confirmed that 2,300 homes were destroyed by the storm.
            """
        let m = Self.model([a, b])
        let merged = m.keyFigures.filter { m.figure($0.representative).text.contains("2,300") }
        #expect(merged.count == 1)
        #expect(merged.first?.articles == [0, 1])
        #expect(merged.first?.mentions.count == 2)
        let ranks = m.figures.joined().filter { $0.text.contains("2,300") }.map(\.rank)
        #expect(Set(ranks).count == 1 && ranks.count == 2)
        // Alone, the figure scores less than with its repeat.
        let single = Self.model([a])
        let alone = try #require(single.keyFigures.first { single.figure($0.representative).text.contains("2,300") })
        #expect(merged.first!.score > alone.score)
    }

    @Test("within an article the same sum of money is one key figure, counted thing or not")
    func mergeWithinArticle() {
        let m = Self.model(["Budget\n\nThe council set aside £1.3 million for the bridge.\n\nCritics said £1.3 million was too little.\n"])
        let keys = m.keyFigures.filter { m.figure($0.representative).value == 1_300_000 }
        #expect(keys.count == 1 && keys.first?.mentions.count == 2)
    }

    @Test("the same value in two unrelated articles stays two figures")
    func noMergeWithoutContext() {
        let m = Self.model([
            "Chess\n\nThe tournament drew players from 12 countries to the old casino.\n",
            "Trade\n\nThe new tariff applies to steel imported from 12 countries starting in spring.\n",
        ])
        #expect(m.keyFigures.filter { m.figure($0.representative).text.contains("12 countries") }.count == 2)
    }

    @Test("the same thing counted differently by two articles is flagged; compatible wordings are not")
    func discrepancies() throws {
        let m = Self.model([
            "Quake\n\nThe earthquake near the border killed at least 40 people, rescuers said.\n",
            "Quake toll\n\nThe earthquake near the border killed 32 people, according to the health ministry.\n",
            "Quake aid\n\nThe earthquake near the border killed more than 30 people, the agency reported.\n",
        ])
        func key(_ text: String) throws -> Int {
            try #require(m.keyFigures.firstIndex { m.figure($0.representative).text.contains(text) })
        }
        let forty = try key("40 people"), thirtyTwo = try key("32 people"), thirty = try key("30 people")
        #expect(m.keyFigures[forty].discrepancies.contains(thirtyTwo))
        #expect(m.keyFigures[thirtyTwo].discrepancies.contains(forty))
        // "more than 30" agrees with both 32 and "at least 40".
        #expect(m.keyFigures[thirty].discrepancies.isEmpty)
    }

    struct Agreement: CustomTestStringConvertible, Sendable {
        var a: String
        var b: String
        var compatible: Bool
        var testDescription: String { "\(a) / \(b)" }
    }

    static let agreements: [Agreement] = [
        Agreement(a: "more than 200 customers", b: "250 customers", compatible: true),
        Agreement(a: "about 1,000 customers", b: "1,050 customers", compatible: true),
        Agreement(a: "32 customers", b: "40 customers", compatible: false),
        Agreement(a: "up to 50 customers", b: "45 customers", compatible: true),
        Agreement(a: "fewer than 20 customers", b: "25 customers", compatible: false),
        Agreement(a: "hundreds of customers", b: "400 customers", compatible: true),
        Agreement(a: "between 10 and 15 customers", b: "12 customers", compatible: true),
        Agreement(a: "nearly 100 customers", b: "60 customers", compatible: false),
    ]

    @Test("qualifiers decide whether two values can describe the same quantity", arguments: agreements)
    func compatibility(_ c: Agreement) throws {
        let a = try #require(FigureTests.figures("They served \(c.a) today.").first)
        let b = try #require(FigureTests.figures("They served \(c.b) today.").first)
        #expect(FigureRanking.compatible(a, b) == c.compatible)
        #expect(FigureRanking.compatible(b, a) == c.compatible)
    }

    @Test("the samples' headline figures, as the gold marks them, rank among the first three")
    func samples() throws {
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: QuoteScoring.fixtures.appendingPathComponent("Gold/seeds.json"))) as! [String: Any]
        let headlines = (gold["articles"] as! [[String: Any]]).flatMap { ($0["stats"] as? [[String: Any]] ?? []) }
            .filter { $0["headline"] as? Bool == true }
        #expect(headlines.count >= 2)
        let root = QuoteScoring.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let m = AnalyzedCorpus(CorpusLoader.load(paths: [root.appendingPathComponent("seeds").path]))
        for stat in headlines {
            let value = (stat["value"] as! NSNumber).doubleValue
            let unit = (stat["unit"] as! String).lowercased()
            let rank = m.keyFigures.prefix(3).firstIndex { key in
                let f = m.figure(key.representative)
                return abs(f.value - value) < 1e-6 && f.unit.lowercased().hasPrefix(unit)
            }
            #expect(rank != nil, "\(stat["text"] ?? "")")
        }
    }
}
