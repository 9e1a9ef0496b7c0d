import Testing
@testable import BriefingUI

@Suite("Cell grid")
struct CellGridTests {
    @Test("text is clipped by display width, not by character count")
    func clipping() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        let written = grid.put("漢字テスト", x: 0, y: 0, maxWidth: 5)
        #expect(written == 4)
        #expect(grid.rowText(0) == "漢字  ")
    }

    @Test("a wide character that does not fit leaves a blank, never half a glyph")
    func wideAtEdge() {
        var grid = CellGrid(size: Size(width: 3, height: 1))
        grid.put("a漢", x: 1, y: 0)
        #expect(grid.rowText(0) == " a ")
        #expect(!grid[2, 0].isContinuation)
    }

    @Test("combining marks join the character before them")
    func combining() {
        var grid = CellGrid(size: Size(width: 4, height: 1))
        #expect(grid.put("e\u{301}x", x: 0, y: 0) == 2)
        #expect(grid[0, 0].text == "e\u{301}")
        #expect(grid[1, 0].text == "x")
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var grid = CellGrid(size: Size(width: 4, height: 1))
        grid.put("漢字", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.rowText(0) == " x字")
        grid.put("y", x: 2, y: 0)
        #expect(grid.rowText(0) == " xy ")
    }

    @Test("control characters and escape sequences never enter the grid")
    func sanitised() {
        var grid = CellGrid(size: Size(width: 20, height: 1))
        grid.put("\u{1B}[2J\u{9B}\u{202E}\u{07}ok", x: 0, y: 0)
        #expect(grid.rowText(0).hasPrefix("␛[2J\u{FFFD}\u{FFFD}␇ok"))
        for cell in grid.cells {
            #expect(cell.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) })
        }
    }

    @Test("writing outside the grid changes nothing")
    func outside() {
        var grid = CellGrid(size: Size(width: 3, height: 2))
        let before = grid
        grid.put("abc", x: 3, y: 0)
        grid.put("abc", x: 0, y: 2)
        grid.put("abc", x: 0, y: -1)
        #expect(grid == before)
        grid.put("abcdef", x: -2, y: 0)
        #expect(grid.rowText(0) == "cde")
    }
}
