/// A Markdown document built block by block. It owns the layout rules every block shares, so
/// the report cannot get them wrong in one place: exactly one blank line between blocks, one
/// newline at the end, text escaped at the start of every block, no table without rows.
public struct MarkdownDocument: Sendable {
    private var blocks: [String] = []

    public init() {}

    /// The document's Markdown source.
    public var text: String {
        blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
    }

    /// An ATX heading (`#` to `######`).
    public mutating func heading(_ level: Int, _ title: MarkdownText) {
        let level = min(max(level, 1), 6)
        blocks.append(String(repeating: "#", count: level) + " " + Self.blockStart(title))
    }

    public mutating func paragraph(_ text: MarkdownText) {
        guard !text.isEmpty else { return }
        blocks.append(Self.blockStart(text))
    }

    /// A bulleted list, one line per item; nothing when there are no items.
    public mutating func list(_ items: [MarkdownText]) {
        let lines = items.filter { !$0.isEmpty }.map { "- " + Self.blockStart($0) }
        guard !lines.isEmpty else { return }
        blocks.append(lines.joined(separator: "\n"))
    }

    /// A block quote of paragraphs, separated by an empty quoted line so that viewers keep them
    /// apart (a quotation, then who said it).
    public mutating func blockQuote(_ paragraphs: [MarkdownText]) {
        let lines = paragraphs.filter { !$0.isEmpty }.map { "> " + Self.blockStart($0) }
        guard !lines.isEmpty else { return }
        blocks.append(lines.joined(separator: "\n>\n"))
    }

    /// A table with a header row; every row is padded or cut to the header's width, so each row
    /// has the same number of cells. Nothing at all when there are no rows: an empty table is
    /// noise in a viewer.
    public mutating func table(header: [MarkdownText], rows: [[MarkdownText]]) {
        guard !header.isEmpty, !rows.isEmpty else { return }
        func line(_ cells: [MarkdownText]) -> String {
            let padded = (0..<header.count).map { $0 < cells.count ? cells[$0].markup : "" }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let lines = [line(header), "|" + String(repeating: "---|", count: header.count)] + rows.map(line)
        blocks.append(lines.joined(separator: "\n"))
    }

    static func blockStart(_ text: MarkdownText) -> String {
        MarkdownEscaping.escapeBlockStart(text.markup)
    }
}
