import Testing
@testable import Briefing

@Suite("Passages in quotation marks")
struct QuotedPassageTests {
    func passages(_ text: String) -> [String] {
        let article = Article(id: "t", path: "t", paragraphs: [Paragraph(text: text, start: 100, end: 100 + text.unicodeScalars.count)])
        return QuotedPassageFinder.passages(in: article).map(\.text)
    }

    @Test("marks of several languages", arguments: [
        ("He said “we will win” today.", ["we will win"]),
        ("He said \"we will win\" today.", ["we will win"]),
        ("Il a dit « nous gagnerons » hier.", ["nous gagnerons"]),
        ("Er sagte „wir gewinnen“ gestern.", ["wir gewinnen"]),
        ("She said ‘not now’ twice.", ["not now"]),
        ("“The plan,” Ortega said, “is working.”", ["The plan,", "is working."]),
    ])
    func marks(text: String, expected: [String]) {
        #expect(passages(text) == expected)
    }

    @Test("apostrophes and inch marks do not open quotes")
    func apostrophes() {
        #expect(passages("It’s the ’90s and the screen is 15\" wide, isn’t it?").isEmpty)
    }

    @Test("a quote still open at the end of the paragraph runs to its end")
    func openQuote() {
        #expect(passages("He added: “This goes on to the next paragraph") == ["This goes on to the next paragraph"])
    }

    @Test("offsets point at the quoted text in the raw file")
    func offsets() {
        let text = "Say “hello there” now."
        let article = Article(id: "t", path: "t", paragraphs: [Paragraph(text: text, start: 10, end: 10 + text.unicodeScalars.count)])
        let passage = try! #require(QuotedPassageFinder.passages(in: article).first)
        #expect(passage.start == 15)
        #expect(passage.end == 26)
        #expect(passage.cleanRange == 5..<16)
    }
}
