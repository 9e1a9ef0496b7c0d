import Testing
@testable import Briefing

@Suite("Clean text keeps its source offsets")
struct OffsetMapTests {
    @Test("every kept character maps back to the same character in the raw text")
    func collapsedWhitespaceMapsBack() throws {
        let raw = "\t\u{A0} Hello,\u{A0}\u{A0}wide   world\u{AD}!\n"
        var builder = ParagraphBuilder(markdown: false)
        builder.append(line: Substring(raw), start: 0)
        let paragraph = try #require(builder.build())
        #expect(paragraph.text == "Hello, wide world!")
        let rawScalars = Array(raw.unicodeScalars)
        for (i, scalar) in paragraph.text.unicodeScalars.enumerated() where scalar != " " {
            #expect(rawScalars[paragraph.rawOffset(ofCleanOffset: i)] == scalar)
        }
        #expect(paragraph.start == 3)
        #expect(paragraph.end == raw.unicodeScalars.count - 1)
    }

    @Test("Markdown markup is removed and the text still maps back")
    func markdownMapsBack() throws {
        let raw = "- A **bold** claim with a [link](https://example.com/x) and `code`."
        var builder = ParagraphBuilder(markdown: true)
        builder.append(line: Substring(raw), start: 40)
        let paragraph = try #require(builder.build())
        #expect(paragraph.text == "A bold claim with a link and code.")
        let rawScalars = Array(raw.unicodeScalars)
        for (i, scalar) in paragraph.text.unicodeScalars.enumerated() where scalar != " " {
            #expect(rawScalars[paragraph.rawOffset(ofCleanOffset: i) - 40] == scalar)
        }
    }

    @Test("snake_case and arithmetic keep their underscores and stars")
    func markdownLeavesLiterals() throws {
        var builder = ParagraphBuilder(markdown: true)
        builder.append(line: "The field user_name is 2 * 3 long.", start: 0)
        #expect(try #require(builder.build()).text == "The field user_name is 2 * 3 long.")
    }
}
