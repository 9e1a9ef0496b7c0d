import Foundation

/// A captured tmux screen (`capture-pane -p`), turned back into terminal cells so that checks can
/// talk about columns rather than characters: a wide character (CJK, emoji) fills two columns and
/// a combining accent none, so a line's character count is not its width.
struct ScreenText: CustomStringConvertible {
    /// One entry per captured row, as tmux printed it (trailing blanks trimmed).
    let lines: [String]
    /// cells[y][x]: the character starting in column x, "" for the second column of a wide one,
    /// " " past the end of the printed text.
    let cells: [[String]]
    let width: Int

    init(_ capture: String, width: Int, height: Int) {
        var lines = capture.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" && lines.count > height { lines.removeLast() }
        self.lines = lines
        self.width = width
        cells = lines.map { line in
            var row: [String] = []
            for character in line {
                let w = Self.width(of: character)
                if w == 0 {
                    // A combining mark that tmux printed on its own belongs to the cell before.
                    if let last = row.indices.last { row[last] += String(character) } else { row.append(String(character)) }
                    continue
                }
                row.append(String(character))
                if w == 2 { row.append("") }
            }
            return row + Array(repeating: " ", count: max(0, width - row.count))
        }
    }

    var height: Int { lines.count }
    var description: String { lines.joined(separator: "\n") }
    var text: String { lines.joined(separator: "\n") }

    func contains(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

    /// Display width of a captured row.
    func displayWidth(row y: Int) -> Int { Self.width(of: lines[y]) }

    func cell(_ x: Int, _ y: Int) -> String {
        guard y >= 0, y < cells.count, x >= 0, x < cells[y].count else { return " " }
        return cells[y][x]
    }

    /// The text shown in columns `columns` of row `y`.
    func text(row y: Int, columns: Range<Int>) -> String {
        columns.map { cell($0, y) }.joined()
    }

    /// The last row that is not blank.
    var lastNonBlankLine: String? {
        lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    // MARK: - Display width

    /// Columns a character takes in the terminal, for the characters these tests put on screen:
    /// combining marks 0; CJK, fullwidth forms and emoji 2; everything else (ASCII, Latin,
    /// box drawing, arrows, control pictures, U+FFFD, the ellipsis) 1.
    static func width(of character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += width(of: scalar) }
        return total
    }

    static func width(of text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F,
             0x200B...0x200D, 0xFE00...0xFE0F:
            return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    // MARK: - Pane frames

    struct Frame: CustomStringConvertible {
        var left: Int, top: Int, right: Int, bottom: Int
        /// The text in the top border: "Articles (2)", "Article 1/2 · id ─── 22%"...
        var title: String

        func contains(_ x: Int, _ y: Int) -> Bool { x >= left && x <= right && y >= top && y <= bottom }
        var description: String { "[\(left),\(top)–\(right),\(bottom)] \(title)" }
    }

    static let boxCharacters: Set<String> = ["┌", "┐", "└", "┘", "│", "─"]

    /// Every pane frame on the screen, traced from its top-left corner: down the left border to
    /// "└", along the bottom to "┘", up the right border to "┐" on the top row. A frame broken
    /// anywhere (a border pushed out of line, a missing corner) is reported in `problems`.
    func frames(rows: Range<Int>) -> (frames: [Frame], problems: [String]) {
        var frames: [Frame] = []
        var problems: [String] = []
        for top in rows {
            for left in 0..<width where cell(left, top) == "┌" {
                var bottom = top + 1
                while bottom < rows.upperBound, cell(left, bottom) == "│" { bottom += 1 }
                guard cell(left, bottom) == "└" else {
                    problems.append("frame at (\(left),\(top)): left border ends at row \(bottom) with \(cell(left, bottom).debugDescription), not └")
                    continue
                }
                var right = left + 1
                while right < width, cell(right, bottom) == "─" { right += 1 }
                guard cell(right, bottom) == "┘" else {
                    problems.append("frame at (\(left),\(top)): bottom border ends at column \(right) with \(cell(right, bottom).debugDescription), not ┘")
                    continue
                }
                var y = bottom - 1
                while y > top, cell(right, y) == "│" { y -= 1 }
                guard y == top, cell(right, top) == "┐" else {
                    problems.append("frame at (\(left),\(top)): right border at column \(right) broken at row \(y) by \(cell(right, y).debugDescription)")
                    continue
                }
                let title = text(row: top, columns: (left + 1)..<right)
                    .trimmingCharacters(in: CharacterSet(charactersIn: "─ "))
                frames.append(Frame(left: left, top: top, right: right, bottom: bottom, title: title))
            }
        }
        return (frames, problems)
    }

    /// Structural problems of a screen of panes: rows of the wrong width, frames that are not
    /// closed, cells inside no frame or inside two, border characters belonging to no frame, a
    /// status line that is missing (it must show `statusHint`). Empty when the screen is sane.
    func layoutProblems(expectedWidth: Int, expectedHeight: Int, paneCount: Int = 4, statusHint: String = "q quit") -> [String] {
        var problems: [String] = []
        guard height == expectedHeight else { return ["screen has \(height) rows, expected \(expectedHeight)"] }
        guard width == expectedWidth else { return ["screen is \(width) wide, expected \(expectedWidth)"] }
        // Below 80 columns the panes come one at a time under a tab bar naming them.
        let tabBar = expectedWidth < 80 && lines[0].hasPrefix(" Articles ")
        let paneCount = tabBar ? 1 : paneCount
        let firstRow = tabBar ? 1 : 0
        for y in 0..<(height - 1) where displayWidth(row: y) != width {
            problems.append("row \(y) is \(displayWidth(row: y)) columns wide, expected \(width): \(lines[y].debugDescription)")
        }
        let paneRows = firstRow..<(height - 1)
        if cell(0, firstRow) != "┌" { problems.append("top-left cell is \(cell(0, firstRow).debugDescription), not ┌") }
        let (frames, frameProblems) = frames(rows: paneRows)
        problems += frameProblems
        if frames.count != paneCount {
            problems.append("found \(frames.count) closed frames, expected \(paneCount): \(frames)")
        }
        if problems.isEmpty {
            for y in paneRows {
                for x in 0..<width {
                    let owners = frames.filter { $0.contains(x, y) }
                    if owners.count != 1 {
                        problems.append("cell (\(x),\(y)) lies in \(owners.count) frames")
                        return problems
                    }
                    let c = cell(x, y)
                    let f = owners[0]
                    let onEdge = x == f.left || x == f.right || y == f.top || y == f.bottom
                    if ["┌", "┐", "└", "┘", "│"].contains(c) && !onEdge {
                        problems.append("stray border character \(c) at (\(x),\(y)) inside \(f)")
                    }
                }
            }
        }
        let status = lines[height - 1]
        if status.trimmingCharacters(in: .whitespaces).isEmpty || !status.contains(statusHint) {
            problems.append("last row is not the status line: \(status.debugDescription)")
        }
        if status.contains(where: { Self.boxCharacters.contains(String($0)) }) {
            problems.append("status line contains border characters: \(status.debugDescription)")
        }
        return problems
    }

    /// The text inside the frame whose title starts with `titlePrefix`, one string per row.
    func paneText(titled titlePrefix: String) -> [String]? {
        guard let frame = frames(rows: 0..<max(0, height - 1)).frames.first(where: { $0.title.hasPrefix(titlePrefix) })
        else { return nil }
        return ((frame.top + 1)..<frame.bottom).map { text(row: $0, columns: (frame.left + 1)..<frame.right) }
    }
}
