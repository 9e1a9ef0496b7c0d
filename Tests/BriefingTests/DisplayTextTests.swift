import Testing
@testable import Briefing

/// The plain-line shortcut of `MarkdownInline.displayText` gives what the markup rules give.
@Suite("Display text")
struct DisplayTextTests {
    @Test("random lines: the shortcut and the markup rules agree, and the shortcut is taken")
    func shortcutAgrees() {
        var random = SeededRandom(seed: 42)
        let pieces = ["word", "Word", " ", "  ", "\t", "\u{A0}", "#", "##", ">", "-", "+", "*", "**", "_", "`", "\\", "[", "]", "(", ")",
                      "!", "1", "2.", "3)", ".", "“", "é", "\u{200B}", "snake_case", "[a](b)", "![i](j)"]
        var plain = 0
        for _ in 0..<5000 {
            let count = Int(random.next() % 9)
            let line = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            if MarkdownInline.isPlain(line) { plain += 1 }
            #expect(MarkdownInline.displayText(line) == MarkdownInline.markupStripped(line), "\(line.debugDescription)")
        }
        #expect(plain > 200, "the random lines should include plain ones")
        #expect(MarkdownInline.isPlain("  The council met on Tuesday, “at last”."))
        #expect(!MarkdownInline.isPlain("\u{A0}# Heading"))
        #expect(!MarkdownInline.isPlain("12. Item"))
    }
}
