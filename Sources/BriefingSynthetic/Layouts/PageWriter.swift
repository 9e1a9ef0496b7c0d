/// Lays out one page: the helpers every layout shares (lines, rows of cells, the body with
/// furniture slotted between paragraphs). Each layout is a method in its own file.
struct PageWriter {
    var out: ByteText
    var dice: Dice
    let content: PageContent

    init(content: PageContent, dice: Dice) {
        self.content = content
        self.dice = dice
        out = ByteText(capacity: content.paragraphs.reduce(1024) { $0 + $1.count + 2 })
    }

    static func render(_ layout: PageLayout, content: PageContent, dice: Dice) -> [UInt8] {
        var writer = PageWriter(content: content, dice: dice)
        switch layout {
        case .archive: writer.archive()
        case .tabbed: writer.tabbed()
        case .newsSite: writer.newsSite()
        case .courier: writer.courier()
        case .blog: writer.blog()
        case .wire: writer.wire()
        case .clean: writer.clean()
        case .frontMatter: writer.frontMatter()
        case .metadataAtEnd: writer.metadataAtEnd()
        case .newsletter: writer.newsletter()
        }
        return writer.out.bytes
    }

    mutating func line(_ text: String) {
        out.add(text)
        out.newline()
    }

    mutating func blank() {
        out.newline()
    }

    /// Cells side by side, as a menu or share row is saved: tab-separated.
    mutating func row(_ cells: [String], separator: String = "\t") {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.add(separator) }
            out.add(cell)
        }
        out.newline()
    }

    /// The body paragraphs, each followed by a blank line (or not, for one-line-a-paragraph
    /// dumps), with `furniture(i)` lines after paragraph i where a page puts them.
    mutating func body(blankLines: Bool = true, noBreakSpaces: Bool = false, furniture: (inout PageWriter, Int) -> Void = { _, _ in }) {
        for (i, paragraph) in content.paragraphs.enumerated() {
            if noBreakSpaces, dice.chance(30) {
                sprinkleNoBreakSpace(paragraph)
            } else {
                out.add(paragraph)
            }
            out.newline()
            if blankLines { out.newline() }
            furniture(&self, i)
        }
    }

    /// The paragraph with one space turned into a no-break space, or one doubled with it, as
    /// editors' and CMS copy-paste leave them.
    mutating func sprinkleNoBreakSpace(_ paragraph: [UInt8]) {
        let target = dice.below(max(paragraph.count, 1))
        guard let space = paragraph[target...].firstIndex(of: UInt8(ascii: " ")) else {
            out.add(paragraph)
            return
        }
        out.add(Array(paragraph[..<space]))
        if dice.chance(50) {
            out.add(Marks.noBreakSpace)
        } else {
            out.add(Marks.noBreakSpace)
            out.add(byte: UInt8(ascii: " "))
        }
        out.add(Array(paragraph[(space + 1)...]))
    }

    /// The outlet's name in capitals, as a masthead prints it.
    var masthead: String { content.outlet.uppercased() }

    /// The outlet's name without a leading "The", as possessives and footers use it.
    var outletShort: String {
        content.outlet.hasPrefix("The ") ? String(content.outlet.dropFirst(4)) : content.outlet
    }

    var country: String {
        content.city.country.hasPrefix("the ") ? String(content.city.country.dropFirst(4)) : content.city.country
    }
}
