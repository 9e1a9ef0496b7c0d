import Foundation
import Testing
@testable import Briefing

/// Figures in context: which numbers are figures, what they count and of what kind. Sentences
/// are invented; the samples are checked against the gold file.
@Suite("Figures")
struct FigureTests {
    static func figures(_ text: String) -> [Figure] {
        let corpus = CorpusLoader.load(documents: [SourceDocument(path: "case.txt", bytes: Array(text.utf8))])
        return corpus.articles.first.map { FigureExtractor.figures(in: $0, articleIndex: 0) } ?? []
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var value: Double
        var unit: String
        var kind: Figure.Kind
        var testDescription: String { text }
    }

    static let found: [Case] = [
        Case(text: "Police seized more than 4,000 rifles in the raid.", value: 4_000, unit: "rifles", kind: .count),
        Case(text: "The bank lent £3.5 billion to small firms.", value: 3_500_000_000, unit: "", kind: .money),
        Case(text: "Unemployment rose to 7.2 per cent in March.", value: 7.2, unit: "", kind: .percent),
        Case(text: "A patient dies every nine minutes in the region.", value: 9, unit: "minutes", kind: .rate),
        Case(text: "The youngest climber was only 16 years old.", value: 16, unit: "years old", kind: .age),
        Case(text: "The repairs will take 18 months to finish.", value: 18, unit: "months", kind: .duration),
        Case(text: "The river rose 2.4 metres overnight.", value: 2.4, unit: "metres", kind: .measure),
        Case(text: "Investigators found victims in 21 countries across Europe.", value: 21, unit: "countries", kind: .count),
        Case(text: "The site carried more than 80,000 listings for stolen cards.", value: 80_000, unit: "listings for stolen cards", kind: .count),
        Case(text: "Hundreds of thousands of commuters were stranded.", value: 100_000, unit: "commuters", kind: .count),
        Case(text: "The charity raised tens of millions of dollars.", value: 10_000_000, unit: "dollars", kind: .money),
        Case(text: "One in five children lives in poverty.", value: 0.2, unit: "children", kind: .count),
        Case(text: "Half of the staff left within a year.", value: 0.5, unit: "staff", kind: .count),
        Case(text: "A third of homes have no heating.", value: 1.0 / 3, unit: "homes", kind: .count),
        Case(text: "The company cut 1,200 jobs on Monday.", value: 1_200, unit: "jobs", kind: .count),
        Case(text: "Nearly 40 percent of voters stayed home.", value: 40, unit: "voters", kind: .percent),
        Case(text: "Rescuers pulled 14 people from the river.", value: 14, unit: "people", kind: .count),
        Case(text: "The heatwave lasted eleven days in all.", value: 11, unit: "days", kind: .duration),
        Case(text: "Fares will rise by $2.50 a ride.", value: 2.5, unit: "", kind: .money),
        Case(text: "The ministry hired forty-two inspectors last spring.", value: 42, unit: "inspectors", kind: .count),
        Case(text: "A dozen ambulances waited outside the stadium.", value: 12, unit: "ambulances", kind: .count),
        Case(text: "The fund manages €40m for the city.", value: 40_000_000, unit: "", kind: .money),
        Case(text: "The deal is worth 3bn dollars over ten years.", value: 3_000_000_000, unit: "dollars", kind: .money),
        Case(text: "Turnout fell to 12% in the by-election.", value: 12, unit: "", kind: .percent),
        Case(text: "Between 10 and 15 climbers are still missing.", value: 10, unit: "climbers", kind: .count),
        Case(text: "Two hundred volunteers cleared the beach.", value: 200, unit: "volunteers", kind: .count),
        Case(text: "At least 300 flights were cancelled at the airport.", value: 300, unit: "flights", kind: .count),
        Case(text: "Millions of viewers watched the final.", value: 1_000_000, unit: "viewers", kind: .count),
        Case(text: "The clinic treats 150 patients per day.", value: 150, unit: "patients", kind: .count),
        Case(text: "The bridge spans 1.2 kilometres of open water.", value: 1.2, unit: "kilometres", kind: .measure),
        Case(text: "The museum holds 1,500,000 objects in storage.", value: 1_500_000, unit: "objects", kind: .count),
        Case(text: "Up to 5,000 fans are expected at the match.", value: 5_000, unit: "fans", kind: .count),
        Case(text: "Fewer than 90 beds remain free in the region.", value: 90, unit: "beds", kind: .count),
        Case(text: "The tanker spilled 2,000 tonnes of crude oil.", value: 2_000, unit: "tonnes", kind: .measure),
        Case(text: "The agency counted 7,400 asylum claims in May.", value: 7_400, unit: "asylum claims", kind: .count),
        Case(text: "The suspect, a 45-year-old mechanic, was held overnight.", value: 45, unit: "year-old", kind: .age),
        Case(text: "The trial lasted three weeks in total.", value: 3, unit: "weeks", kind: .duration),
        Case(text: "Growth slowed to 0.4 percent in the quarter.", value: 0.4, unit: "", kind: .percent),
        Case(text: "In the poll 58 per cent supported the plan.", value: 58, unit: "", kind: .percent),
        Case(text: "Retired teacher Ana Ruiz, 58, said the plan was late.", value: 58, unit: "years old", kind: .age),
        Case(text: "Funding was found for a two-year study of the river.", value: 2, unit: "year", kind: .duration),
        Case(text: "She manages the 40-bed ward on the top floor.", value: 40, unit: "bed", kind: .count),
        Case(text: "The jury deliberated for less than a day.", value: 1, unit: "day", kind: .duration),
        Case(text: "We were nowhere near it for an hour, he said.", value: 1, unit: "hour", kind: .duration),
        Case(text: "Figures from the Health Service, 212 measles cases, were published.", value: 212, unit: "measles cases", kind: .count),
        Case(text: "The council approved a £12 million budget for roads.", value: 12_000_000, unit: "budget for roads", kind: .money),
    ]

    @Test("a figure is found with its counted thing and kind", arguments: found)
    func finds(_ c: Case) throws {
        let figure = try #require(Self.figures(c.text).first { abs($0.value - c.value) < 1e-6 }, "\(Self.figures(c.text).map(\.text))")
        #expect(figure.unit == c.unit)
        #expect(figure.kind == c.kind)
        #expect(c.text.contains(figure.text))
    }

    static let notFigures: [(String, String)] = [
        ("The law was passed in 2019 after a long debate.", "2019"),
        ("The fire started on July 4 near the dam.", "4"),
        ("She was born on 12 March 1961 in a fishing village.", "12"),
        ("The vote closes at 5 p.m. on Friday.", "5"),
        ("The details are on page 14 of the report.", "14"),
        ("The Boeing 737 landed safely in the fog.", "737"),
        ("1. Heat the oven before anything else.", "1"),
        ("Write to editor77@example.org with tips.", "77"),
        ("The Covid-19 rules were lifted in spring.", "19"),
        ("No one of them had seen the letter.", "one"),
        ("The ferry leaves at 9:40 every morning.", "9:40"),
        ("The ruling is set out in section 12 of the act.", "12"),
        ("Apollo 11 landed in the summer of 1969.", "11"),
        ("Her 4th album came out on 5 May.", "4th"),
        ("Call the hotline on 0800 555 0199 for help.", "0800"),
        ("Update to version 2.4.1 before Friday.", "2.4.1"),
        ("Leaders of the G7 met in the capital.", "G7"),
        ("The full text is at https://example.org/report/2041 for all.", "2041"),
        ("The case number is AB-30412 in the court files.", "30412"),
        ("Turn to chapter 9 for the method.", "9"),
        ("Her second book was a bestseller.", "second"),
        ("The meeting starts at 14:30 in room B.", "14:30"),
        ("The 1990s were a decade of change for the port.", "1990s"),
        ("Interstate 95 was closed after the crash.", "95"),
        ("2. Remove the lid and stir.", "2"),
        ("The ruling came on 2017-07-04 after months.", "2017"),
        ("It was the bank's third straight cut, a third country said.", "a third"),
        ("The payments were made between 2017 and 2020 in cash.", "2017"),
        ("The group visited Route 66, Apollo 11 and Area 51 in turn.", "66"),
    ]

    @Test("years, dates, times, references, names, list numbers and addresses are not figures", arguments: notFigures)
    func excludes(_ c: (String, String)) throws {
        let figures = Self.figures(c.0)
        #expect(!figures.contains { $0.text.lowercased().hasPrefix(c.1.lowercased()) }, "\(figures.map(\.text))")
    }

    @Test("the samples give every gold figure and no gold non-figure")
    func seeds() throws {
        let root = QuoteScoring.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: QuoteScoring.fixtures.appendingPathComponent("Gold/seeds.json"))) as! [String: Any]
        for article in gold["articles"] as! [[String: Any]] {
            let file = article["file"] as! String
            let corpus = CorpusLoader.load(paths: [root.appendingPathComponent("seeds").appendingPathComponent(file).path])
            let figures = FigureExtractor.figures(in: try #require(corpus.articles.first), articleIndex: 0)
            for stat in article["stats"] as? [[String: Any]] ?? [] {
                let value = (stat["value"] as! NSNumber).doubleValue
                let unitWord = (stat["unit"] as! String).lowercased().split(separator: " ").first.map(String.init) ?? ""
                #expect(figures.contains { abs($0.value - value) < 1e-6 && ($0.unit + " " + $0.text).lowercased().contains(unitWord) },
                        "\(file): \(stat["text"] ?? "")")
            }
            for bad in article["not_stats"] as? [String] ?? [] {
                let token = String(bad.split(separator: " ").first ?? "").lowercased()
                #expect(!figures.contains { $0.text.lowercased().split(separator: " ").first.map(String.init) == token }, "\(file): \(bad)")
            }
        }
    }
}
