import Testing
@testable import BriefingUI

@Suite("Display width")
struct DisplayWidthTests {
    @Test("columns per character", arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("漢字", 4), ("テスト", 6), ("한국어", 6), ("🙂", 2), ("Ｆ", 2),
        ("\u{FE0F}", 0), ("—", 1), ("“”", 2), ("\u{1F1EB}\u{1F1F7}", 2),
    ])
    func width(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test("the table agrees with the system's wcwidth on common scripts")
    func agreesWithSystem() {
        // Spot checks from glibc 2.36 (Unicode 14) wcwidth, the function ncurses uses.
        let expected: [(UInt32, Int)] = [(0x4E00, 2), (0x1F600, 2), (0x0301, 0), (0x00AD, 1), (0x200B, 0), (0x3000, 2), (0xFF61, 1), (0x1160, 0), (0x231A, 2)]
        for (value, width) in expected {
            #expect(DisplayWidth.tableWidth(Unicode.Scalar(value)!) == width, "U+\(String(value, radix: 16))")
        }
    }

    @Test("controls and invisible characters are measured as the one-column placeholder drawn for them")
    func measuredAsDrawn() {
        for value: UInt32 in [0x00, 0x07, 0x1B, 0x7F, 0x9B, 0x200B, 0x202E, 0x2066, 0xFEFF, 0x00AD] {
            let scalar = Unicode.Scalar(value)!
            #expect(DisplayWidth.of(scalar) == 1, "U+\(String(value, radix: 16))")
            var grid = CellGrid(size: Size(width: 4, height: 1))
            #expect(grid.put("a\(scalar)b", x: 0, y: 0) == DisplayWidth.of("a\(scalar)b"))
        }
    }
}
