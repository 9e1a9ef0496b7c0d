import Testing
@testable import Briefing

@Suite("Passages in quotation marks")
struct QuoteMarksTests {
    func spans(_ text: String) -> [QuoteSpan] {
        QuoteMarks.spans(in: Array(text.unicodeScalars))
    }

    func passages(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return spans(text).map { String(String.UnicodeScalarView(scalars[$0.content])) }
    }

    @Test("marks of several languages", arguments: [
        ("He said “we will win” today.", ["we will win"]),
        ("He said \"we will win\" today.", ["we will win"]),
        ("Il a dit « nous gagnerons » hier.", ["nous gagnerons"]),
        ("Er sagte „wir gewinnen“ gestern.", ["wir gewinnen"]),
        ("Han sa »vi vinner« i går.", ["vi vinner"]),
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

    @Test("only the outermost quote counts: marks nested inside belong to it")
    func nested() {
        #expect(passages("He said “they called it ‘the plan’ at first” and left.") == ["they called it ‘the plan’ at first"])
    }

    @Test("a quote still open at the end of the paragraph runs to its end, with no closing mark")
    func openQuote() {
        let text = "He added: “This goes on to the next paragraph"
        #expect(passages(text) == ["This goes on to the next paragraph"])
        #expect(spans(text).first?.close == nil)
    }

    @Test("marks and content are located in the paragraph's clean text, spaces trimmed")
    func offsets() {
        let found = spans("Say “hello there ” now.")
        #expect(found == [QuoteSpan(open: 4, close: 17, content: 5..<16)])
    }

    @Test("empty quotes are not passages")
    func empty() {
        #expect(spans("An empty “” pair and a lone “ mark.").isEmpty)
    }

    @Test("the switches agree with the table of marks")
    func switchesMatchTable() {
        let candidates = (UInt32(0)..<0x3100).compactMap { Unicode.Scalar($0) }
        for c in candidates {
            #expect(QuoteMarks.isOpener(c) == (QuoteMarks.openers[c] != nil), "opener \(c.value)")
        }
        for (opener, closers) in QuoteMarks.openers {
            for c in candidates {
                #expect(QuoteMarks.closes(c, opener) == closers.contains(c), "\(opener.value) closed by \(c.value)")
            }
        }
    }
}
