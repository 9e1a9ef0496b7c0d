import Briefing

/// One row of a briefing item: styled text, indented.
struct BriefingRow: Equatable {
    var indent: Int
    var text: StyledText
}

/// One item of the briefing as drawn: its rows, already wrapped to the width, and whether the
/// cursor can stand on it.
struct BriefingBlock: Equatable {
    var rows: [BriefingRow]
    var isEntry: Bool

    var height: Int { max(1, rows.count) }
}

/// The briefing: a line about it, a blank line, then the stories as one document scrolled by
/// item, the selected entry filled. Like `JumpListView` it never builds the whole document:
/// `index` says where every item is from counts, and `block` builds and wraps an item when it
/// is measured or drawn, so a screenful costs a screenful of work whatever the corpus.
struct BriefingView: PaneView {
    let title: String
    let about: String
    let index: BriefingIndex
    /// The item at an index, laid out for the width.
    let block: (Int) -> BriefingBlock
    /// The selected entry (counting entries only), and the first item shown.
    let cursor: Int
    let top: Int
    /// Shown when there is nothing to brief.
    let empty: String

    /// The line about the briefing and a blank line under it.
    static let headerRows = 2

    var position: String {
        let count = index.entryCount
        return count == 0 ? "empty" : "line \(NumberText.grouped(min(cursor, count - 1) + 1))/\(NumberText.grouped(count))"
    }

    /// The item the cursor stands on, if there are entries.
    var cursorItem: Int? {
        index.entryCount == 0 ? nil : index.itemIndex(ofEntry: min(max(cursor, 0), index.entryCount - 1))
    }

    /// The first item shown in `rows` rows, keeping the cursor's item in view. Moving up onto
    /// or past the top brings the headings that lead to the entry into view with it (its
    /// section's heading, its story's headline), so an entry is never shown without what it
    /// belongs to when there is room.
    func firstShown(rows: Int) -> Int {
        let count = index.itemCount
        guard count > 0, rows > 0 else { return 0 }
        guard let cursorItem else { return min(max(top, 0), count - 1) }
        if cursorItem <= top { return leadIn(to: cursorItem, rows: rows) }
        return Scrolling.topShowing(cursorItem, top: top, count: count, rows: rows) { block($0).height }
    }

    /// The first of the headings right above `item` that fit in `rows` with it.
    private func leadIn(to item: Int, rows: Int) -> Int {
        var first = item
        var used = block(item).height
        while first > 0 {
            let previous = index.item(first - 1)
            guard !previous.isEntry, previous.kind != .gap else { break }
            let h = block(first - 1).height
            guard used + h <= rows else { break }
            used += h
            first -= 1
        }
        return first
    }

    /// Entries drawn whole in `rows` rows from item `top`: how far a page moves the cursor.
    func entriesShown(from top: Int, rows: Int) -> Int {
        var used = 0, entries = 0, i = top
        while i < index.itemCount {
            let b = block(i)
            used += b.height
            guard used <= rows else { break }
            if b.isEntry { entries += 1 }
            i += 1
        }
        return entries
    }

    func draw(into grid: inout CellGrid, area: Rect, focused: Bool) {
        grid.put(Truncate.toWidth(about, area.width), x: area.x, y: area.y, maxWidth: area.width, style: .dim)
        let list = Rect(x: area.x, y: area.y + Self.headerRows, width: area.width, height: area.height - Self.headerRows)
        guard !list.isEmpty else { return }
        guard index.itemCount > 0 else {
            for (i, line) in TextWrap.wrap(empty, width: list.width).prefix(list.height).enumerated() {
                grid.put(line, x: list.x, y: list.y + i, maxWidth: list.width, style: .dim)
            }
            return
        }
        let selected = cursorItem
        var y = list.y
        for i in firstShown(rows: list.height)..<index.itemCount {
            guard y < list.maxY else { break }
            let block = self.block(i)
            let selection: Style? = i == selected ? .selection : nil
            if let selection {
                grid.fill(Rect(x: list.x, y: y, width: list.width, height: min(block.height, list.maxY - y)), style: selection)
            }
            for (r, row) in block.rows.enumerated() where y + r < list.maxY && row.indent < list.width {
                row.text.draw(into: &grid, x: list.x + row.indent, y: y + r, maxWidth: list.width - row.indent, style: selection)
            }
            y += block.height
        }
    }
}
