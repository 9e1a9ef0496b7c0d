import Testing
@testable import BriefingUI

@Suite("Word wrapping")
struct TextWrapTests {
    @Test func wrapsAtSpaces() {
        #expect(TextWrap.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test("no line is wider than the width, and no text is lost", arguments: [1, 2, 3, 7, 10, 31])
    func neverTooWide(width: Int) {
        let text = "Mixed 漢字のテスト and emoji 🙂🙂 with e\u{301}accents and averyveryverylongwordthatmustbreak here."
        let lines = TextWrap.wrap(text, width: width)
        for line in lines { #expect(DisplayWidth.of(line) <= max(width, 2)) }
        #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }

    @Test("a long word is broken where it must be")
    func breaksLongWords() {
        #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test("wide characters never straddle the edge")
    func wideCharacters() {
        #expect(TextWrap.wrap("漢字漢字漢", width: 5) == ["漢字", "漢字", "漢"])
    }

    @Test func emptyAndZeroWidth() {
        #expect(TextWrap.wrap("", width: 10).isEmpty)
        #expect(TextWrap.wrap("words", width: 0).isEmpty)
    }
}
