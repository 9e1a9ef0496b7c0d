import XCTest
@testable import Briefing

/// The summarizer on articles written for these tests: what it may never choose, and the shape
/// of what it returns. Its quality against human summaries is measured in SummaryAccuracyTests.
final class SummaryTests: XCTestCase {
    static let flood = """
        River floods force thousands from homes in Varnley

        VARNLEY — Floodwater from the swollen Ossel river forced more than 4,000 residents of Varnley to leave their homes on Sunday, after two days of record rainfall overwhelmed the town's defences.

        Photo: Residents wade through floodwater in the centre of Varnley. (Photo: K. Amberly/Northwire)

        Emergency crews evacuated three care homes and a hospital ward overnight, and the regional council opened four shelters in schools on higher ground.

        "The water rose faster than anyone expected," said council leader Miriam Oduya. "We had hours, not days."

        Read more: River floods force thousands from homes in Varnley as rainfall breaks records

        Forecasters said a further 40 millimetres of rain could fall by Tuesday, and warned that the river would not peak until Monday night.

        The town was last flooded in 1998, when the same river burst its banks after a week of storms.

        Sign up for our river floods newsletter on Varnley floods and rainfall.

        Insurers estimate the damage at 30 million euros, though the figure is expected to rise once the water recedes.

        Schools will stay closed until at least Wednesday, the council said.
        """

    func model(_ texts: [String]) -> AnalyzedCorpus {
        AnalyzedCorpus(CorpusLoader.load(documents: texts.enumerated().map {
            SourceDocument(path: "article-\($0.offset).txt", bytes: Array($0.element.utf8))
        }))
    }

    func testSummaryIsWholeSentencesOfTheArticleInArticleOrder() throws {
        let model = model([Self.flood])
        let article = model.articles[0]
        let summary = model.summaries[0].sentences()
        XCTAssertEqual(summary.count, Summarizer.defaultLength)
        for sentence in summary {
            let paragraph = article.paragraphs[sentence.paragraph].text
            XCTAssertTrue(SentenceSplitter.sentences(in: paragraph).contains(sentence.range), "\(sentence.text) is not one whole sentence")
            XCTAssertEqual(article.sentence(of: sentence.passage), sentence.text)
        }
        let order = summary.map { [$0.paragraph, $0.range.lowerBound] }
        XCTAssertEqual(order, order.sorted { $0.lexicographicallyPrecedes($1) })
    }

    func testRawOffsetsPointAtTheSentenceInTheFile() throws {
        let model = model([Self.flood])
        let raw = Array(Self.flood.unicodeScalars)
        for sentence in model.summaries[0].ranked {
            let slice = String(String.UnicodeScalarView(raw[sentence.start..<sentence.end]))
            XCTAssertEqual(slice.split(whereSeparator: \.isWhitespace), sentence.text.split(whereSeparator: \.isWhitespace))
        }
    }

    func testLengthIsConfigurableAndShorterSummariesArePrefixesOfLongerOnes() {
        let summary = model([Self.flood]).summaries[0]
        XCTAssertEqual(summary.sentences(1).count, 1)
        XCTAssertEqual(summary.sentences(5).count, 5)
        XCTAssertEqual(summary.sentences(0).count, 0)
        for n in 1..<5 {
            XCTAssertTrue(Set(summary.sentences(n)).isSubset(of: Set(summary.sentences(n + 1))))
        }
    }

    func testShortArticleGivesWhatItHas() {
        let summary = model(["Storm closes port\n\nA storm closed the port of Kelmar for two days this week, officials said."]).summaries[0]
        XCTAssertEqual(summary.sentences().map(\.text), ["A storm closed the port of Kelmar for two days this week, officials said."])
    }

    func testCaptionsPromotionsAndLeadInsAreNeverChosenEvenWhenTheyRepeatTheStory() {
        // Built without the cleaner, so the summarizer's own guard is what is tested: each bad
        // sentence repeats the lead's words and would be central.
        let lines = [
            "Floodwater forced more than 4,000 residents of Varnley from their homes after record rainfall.",
            "Photo: Varnley residents leave their homes as floodwater rises after record rainfall.",
            "Read more: Varnley residents forced from homes by floodwater after record rainfall.",
            "Sign up for our newsletter on Varnley floodwater, homes and record rainfall.",
            "A rescuer helps Varnley residents from their homes in floodwater (Photo: K. Amberly/Northwire).",
            "The council leader told residents of Varnley about the floodwater and their homes:",
            "Crews evacuated three care homes in Varnley as floodwater rose after the record rainfall.",
            "Forecasters expect more rainfall, and the floodwater may reach more homes in Varnley.",
        ]
        var offset = 0
        let paragraphs = lines.map { line -> Paragraph in
            defer { offset += line.unicodeScalars.count + 2 }
            return Paragraph(text: line, start: offset, end: offset + line.unicodeScalars.count)
        }
        let article = Article(id: "a", path: "a.txt", title: "Floodwater forces Varnley residents from homes", paragraphs: paragraphs)
        let chosen = Summarizer.summarize(article, articleIndex: 0, quotes: [], figures: []).ranked.map(\.paragraph)
        XCTAssertEqual(Set(chosen), [0, 6, 7], "only the three sentences of news may be chosen")
    }

    func testRepeatedSentencesAreNotBothChosen() {
        let text = """
            Mine rescue ends with all 12 workers safe

            All 12 workers trapped in the Harlow copper mine were brought to the surface on Friday after a rescue that lasted three days.

            Rescuers drilled a new shaft to reach the chamber where the workers had sheltered since a tunnel collapsed on Tuesday.

            All twelve workers trapped in the Harlow copper mine were brought to the surface on Friday after the three-day rescue.

            The mine's owner, Harlow Metals, said it would suspend work at the site while inspectors examine the collapse.

            Families had waited at the mine entrance through the night, and cheered as each worker emerged.
            """
        let summary = model([text]).summaries[0].sentences()
        let repeats = summary.filter { $0.text.contains("brought to the surface") }
        XCTAssertEqual(repeats.count, 1, "\(summary.map(\.text))")
    }

    func testSentenceMadeOfQuotedWordsLosesToTheReportedNews() {
        let summary = model([Self.flood]).summaries[0].sentences(2).map(\.text)
        XCTAssertFalse(summary.contains { $0.hasPrefix("\"We had hours") }, "\(summary)")
        XCTAssertTrue(summary.contains { $0.contains("4,000 residents") }, "the lead with the key figure: \(summary)")
    }

    func testHeadingsAndEmptyArticlesGiveNoSummarySentences() {
        let heading = Paragraph(text: "What happens next for the residents of the town", start: 0, end: 47, isHeading: true)
        let article = Article(id: "h", path: "h.txt", paragraphs: [heading])
        XCTAssertTrue(Summarizer.summarize(article, articleIndex: 0, quotes: [], figures: []).ranked.isEmpty)
        XCTAssertTrue(Summarizer.summarize(Article(id: "e", path: "e.txt", paragraphs: []), articleIndex: 0, quotes: [], figures: []).ranked.isEmpty)
    }

    func testBaselinesTakeTheLeadAndTheMostConnectedSentences() {
        // The cleaner now drops the flood article's newsletter prompt, which TextRank used to
        // rank first; a closing sentence that restates the story is the connected one here.
        let recap = "The council said floodwater from the Ossel river had forced more than 4,000 Varnley residents from their homes after the record rainfall, and that shelters, crews and schools were ready if the river rose again on Monday night."
        let model = model([Self.flood + "\n\n" + recap + "\n"])
        let article = model.articles[0]
        let lead = SummaryBaselines.lead(article, articleIndex: 0, count: 3)
        XCTAssertEqual(lead.map(\.paragraph), lead.map(\.paragraph).sorted())
        XCTAssertEqual(lead.first?.range.lowerBound, 0)
        XCTAssertEqual(lead.first?.paragraph, article.paragraphs.firstIndex { !$0.isHeading })
        // Three opening sentences that share no words, then three that share many: TextRank
        // takes the connected ones wherever they stand.
        let connected = self.model([
            """
            Harbour report

            Gulls circled above the quiet pier before dawn.

            A bakery on Mill Street sold out of bread by nine.

            Commuters waited longer than usual at the tram stop.

            The harbour authority closed the eastern dock after a crane collapsed onto a cargo ship.

            The crane collapsed onto the cargo ship at the eastern dock, the harbour authority said.

            Inspectors from the harbour authority will examine the crane and the eastern dock.
            """,
        ])
        let textRank = SummaryBaselines.textRank(connected.articles[0], articleIndex: 0, count: 3)
        XCTAssertEqual(textRank.map(\.paragraph), [3, 4, 5], "\(textRank.map(\.text))")
        XCTAssertEqual(SummaryBaselines.lead(connected.articles[0], articleIndex: 0, count: 3).map(\.paragraph), [0, 1, 2])
    }
}

/// ROUGE as Google's rouge-score computes it without stemming (values worked out by hand).
final class RougeTests: XCTestCase {
    func testTokensAreLowercaseLettersAndDigits() {
        XCTAssertEqual(Rouge.tokens("The U.S. said: 4,000 homes — flooded!"), ["the", "u", "s", "said", "4", "000", "homes", "flooded"])
    }

    func testRougeOneTwoAndL() {
        // candidate: the cat sat on the mat (6) / reference: the cat lay on the mat (6)
        let one = Rouge.n(1, candidate: "the cat sat on the mat", reference: "the cat lay on the mat")
        XCTAssertEqual(one.precision, 5.0 / 6, accuracy: 1e-9)   // the×2, cat, on, mat
        XCTAssertEqual(one.recall, 5.0 / 6, accuracy: 1e-9)
        let two = Rouge.n(2, candidate: "the cat sat on the mat", reference: "the cat lay on the mat")
        XCTAssertEqual(two.f1, 3.0 / 5, accuracy: 1e-9)           // "the cat", "on the", "the mat" of 5 pairs
        let l = Rouge.l(candidate: "the cat sat on the mat", reference: "the cat lay on the mat")
        XCTAssertEqual(l.f1, 5.0 / 6, accuracy: 1e-9)             // the cat on the mat
        XCTAssertEqual(Rouge.n(1, candidate: "", reference: "a b").f1, 0)
    }
}
