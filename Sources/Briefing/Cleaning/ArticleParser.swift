/// Turns the text of one page dump into an `Article`: finds the metadata (title, author, outlet,
/// date) wherever the page put it, throws away page furniture, and splits the body into clean
/// paragraphs that keep their offsets in the raw text.
///
/// The dump is read in three zones. The head runs from the top to the first line of prose and
/// holds breadcrumbs, the title (perhaps twice), bylines and dates. The tail runs back from the
/// end over short non-prose lines: credits, closing bylines, "(Outlet – tags)", share and tag
/// lines. Everything between is body, where only lines that are never prose (image credits,
/// dates, rules, advertisements) are removed.
public enum ArticleParser {
    public enum Format: Sendable {
        case plainText, markdown

        /// Markdown for `.md` and `.markdown` files, plain text otherwise.
        public init(path: String) {
            let lower = path.lowercased()
            self = lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdown : .plainText
        }
    }

    /// Parses `text`; nil when nothing is left once boilerplate is removed.
    public static func parse(_ text: String, id: String, path: String, format: Format) -> Article? {
        var parse = Parse(source: SourceText(text), format: format)
        parse.run()
        guard !parse.paragraphs.isEmpty else { return nil }
        var article = Article(
            id: id, path: path, title: parse.title, author: parse.author, outlet: parse.outlet,
            published: parse.published?.iso8601, paragraphs: parse.paragraphs)
        article.titleStart = parse.titleStart
        article.standfirst = parse.standfirst
        return article
    }
}

private struct Parse {
    let source: SourceText
    var format: ArticleParser.Format
    var kinds: [LineKind]
    /// Lines that belong to the body.
    var isBody: [Bool]

    var title: String?
    var author: String?
    var outlet: String?
    var published: CalendarDate?
    var updated: CalendarDate?
    var undated: CalendarDate?
    var breadcrumbTitle: String?
    /// The line the title was taken from, when it came from the text.
    var titleLine: Int?
    /// The last head line that showed the headline (the title, or the headline repeated or set
    /// beside the site's name): a standfirst stands right under it.
    var headlineLine: Int?
    var standfirst: String?
    /// The site's name as its masthead shows it above the headline ("THE DAILY COURIER").
    var masthead: String?
    /// The lines holding a copyright notice ("© 2026 The Daily Courier"), read for its holder
    /// only when the outlet is still wanted.
    var copyrightLines: [Int] = []
    var paragraphs: [Paragraph] = []

    /// Where the title stands in the raw file, when it was taken from a line that holds it as
    /// written (figures in a headline keep their offsets like any other).
    var titleStart: Int? {
        guard let titleLine, let title, source.lines.indices.contains(titleLine) else { return nil }
        let line = Array(source.lines[titleLine].content.unicodeScalars)
        let wanted = Array(title.unicodeScalars)
        guard !wanted.isEmpty, wanted.count <= line.count else { return nil }
        for offset in 0...(line.count - wanted.count) where line[offset..<(offset + wanted.count)].elementsEqual(wanted) {
            return source.lines[titleLine].start + offset
        }
        return nil
    }

    init(source: SourceText, format: ArticleParser.Format) {
        self.source = source
        self.format = format
        kinds = []
        isBody = Array(repeating: false, count: source.lines.count)
    }

    var markdown: Bool { format == .markdown }

    mutating func run() {
        var first = source.lines.firstIndex { !$0.isBlank } ?? source.lines.count
        if let front = FrontMatter(lines: source.lines, first: first) {
            format = .markdown
            title = front.title
            author = front.author
            outlet = front.outlet
            published = front.published
            first += front.lineCount
        }
        kinds = source.lines.map { LineClassifier.classify($0.normalized, markdown: markdown) }
        readRows()
        markStoryLists()
        let bodyStart = readHead(from: first)
        let bodyEnd = readTail(downTo: bodyStart)
        readBody(bodyStart..<bodyEnd)
        dropPullQuotes(bodyStart..<bodyEnd)
        // The masthead names the site as it brands itself; the copyright holder is often the
        // company behind it ("Courier Media Ltd"), so it only stands in when there is no masthead,
        // and lends its spelling to a masthead set in capitals.
        if outlet == nil, let masthead {
            var spellings: [String: String] = [:]
            if Self.isCapitals(masthead) {
                for word in (copyrightHolder() ?? "").split(separator: " ") where word.contains(where: \.isLowercase) {
                    spellings[word.lowercased()] = String(word)
                }
            }
            outlet = PageFurniture.recased(masthead, lowercase: BoilerplateRules.outletNameConnectors, spellings: spellings)
        }
        if outlet == nil { outlet = copyrightHolder() }
        // Wire copy names its agency in the dateline that opens the first paragraph; the line
        // stays body text, only the outlet is read from it, and only when nothing else named one.
        if outlet == nil, let first = (bodyStart..<bodyEnd).first(where: { isBody[$0] }) {
            outlet = LineClassifier.datelineAgency(source.lines[first].normalized)
        }
        if title == nil, let crumb = breadcrumbTitle, !crumb.hasSuffix("…"), !crumb.hasSuffix("...") {
            title = crumb
        }
        published = published ?? undated ?? updated
        buildParagraphs(bodyStart..<bodyEnd)
        // A dump that is a single line of text has no title: that line is the article.
        if paragraphs.isEmpty, let only = titleLine {
            appendSingle(only, isHeading: false)
            title = nil
        }
    }

    // MARK: - Zones

    /// Reads metadata from the top; returns the first line of the body.
    mutating func readHead(from first: Int) -> Int {
        var i = first
        while i < kinds.count {
            let line = source.lines[i].normalized
            switch kinds[i] {
            case .blank, .imageCredit, .furniture, .rule, .markdownImage:
                break
            case .heading(let level, let text):
                if title == nil && level <= 2 {
                    title = text
                    titleLine = i
                } else if !isRepeatedTitle(text) {
                    return i
                }
            case .text:
                if isRepeatedTitle(line) || (Self.mayBeHeadline(line) && takeHeadlineBesideSiteName(line)) {
                    headlineLine = i
                    break
                }
                if title == nil, masthead == nil, isMasthead(i) {
                    masthead = line
                } else if standfirst == nil, isStandfirst(i) {
                    standfirst = line
                } else if author == nil, PersonName.isLoneName(line), isNextToMetadata(i) || isAboveRoleLine(i) {
                    author = line
                } else if isNavigation(i) {
                    break
                } else if PageFurniture.isOutsideStory(FastCase.lowercased(line), head: true) {
                    break  // a cookie banner above the page
                } else if title == nil, isTitleLike(line) {
                    title = line
                    titleLine = i
                    headlineLine = i
                } else {
                    return i
                }
            default:
                takeMetadata(kinds[i])
            }
            i += 1
        }
        return i
    }

    /// Reads metadata from the bottom; returns the line after the last body line.
    mutating func readTail(downTo floor: Int) -> Int {
        var i = kinds.count
        var sawClosingMetadata = false
        while i > floor {
            let kind = kinds[i - 1]
            let line = source.lines[i - 1].normalized
            switch kind {
            case .blank, .imageCredit, .furniture, .rule, .markdownImage:
                break
            case .text:
                // A lone name just above "(Outlet – tags)" or another closing line is a byline.
                if sawClosingMetadata, PersonName.isLoneName(line) {
                    author = author ?? line
                } else if let author, PageFurniture.isBio(line, author: author) {
                    break  // "Jane Doe is the Courier's transport correspondent."
                } else if PageFurniture.isOutsideStory(FastCase.lowercased(line), head: false) {
                    // A disclaimer, a copyright notice, a list's heading below the story.
                    if mayBeCopyright(source.lines[i - 1].content) { copyrightLines.append(i - 1) }
                } else if !isNavigation(i - 1) {
                    return i
                }
            case .heading:
                return i
            default:
                takeMetadata(kind)
                sawClosingMetadata = true
            }
            i -= 1
        }
        return i
    }

    /// Marks body lines, leaving out those that are never prose wherever they stand.
    mutating func readBody(_ range: Range<Int>) {
        var bareTitle: (title: String, bare: String)?
        for i in range {
            switch kinds[i] {
            case .blank, .imageCredit, .markdownImage, .rule:
                continue
            case .date(let date, let label) where label != .none:
                takeMetadata(.date(date, label))  // a repeated "Updated ..." line
            case .furniture:
                // Mid-body only whole-line furniture ("Advertisement", "Read more: <headline>")
                // goes; a sentence that merely starts like a tag line stays.
                if LineClassifier.isWholeLineFurniture(FastCase.lowercased(source.lines[i].normalized)) { continue }
                isBody[i] = true
            case .text where isRepeatedTitle(source.lines[i].normalized, cache: &bareTitle):
                continue
            case .text where isCaptionOverCredit(i, from: range.lowerBound):
                continue
            default:
                isBody[i] = true
            }
        }
    }

    mutating func takeMetadata(_ kind: LineKind) {
        switch kind {
        case .breadcrumb(let last):
            breadcrumbTitle = breadcrumbTitle ?? last
        case .date(let date, let label):
            switch label {
            case .published: published = published ?? date
            case .updated: updated = updated ?? date
            case .none: undated = undated ?? date
            }
        case .byline(let name, let named, let date, let label):
            author = author ?? name
            outlet = outlet ?? named
            if let date { takeMetadata(.date(date, label)) }
        case .field(let field, let value):
            switch field {
            case .title: title = title ?? value
            case .author: author = author ?? value
            case .outlet: outlet = outlet ?? value
            case .url: outlet = outlet ?? Self.siteName(fromURL: value)
            case .date, .updated, .other: break
            }
        case .outletTag(let name):
            outlet = outlet ?? name
        default:
            break
        }
    }

    // MARK: - Page furniture over several lines

    /// Rows of cells the page set side by side (menus, share bars, footers) become furniture,
    /// and a copyright notice, alone or in a footer row, gives its holder. Lines without a tab,
    /// a double space, a bar or a dot between cells are passed over on one look at their bytes.
    mutating func readRows() {
        for i in kinds.indices {
            switch kinds[i] {
            case .text, .breadcrumb, .furniture: break
            default: continue
            }
            // A row of short cells is short, and its last cell ends without a full stop or a
            // closing quote: prose lines are passed over on their length or their last byte.
            let normalized = source.lines[i].normalized.utf8
            guard normalized.count <= 200, let last = normalized.last else { continue }
            let raw = source.lines[i].content
            if kinds[i] == .furniture {
                if mayBeCopyright(raw) { copyrightLines.append(i) }
            } else if last != UInt8(ascii: "."), last != UInt8(ascii: "\""), last != 0x9D /* ” */,
                      PageFurniture.mayHaveCells(raw), PageFurniture.isMenuRow(PageFurniture.cells(raw)) {
                kinds[i] = .furniture
                if mayBeCopyright(raw) { copyrightLines.append(i) }
            }
        }
    }

    /// The first holder named by a copyright notice, alone on its line or in a cell of a row.
    func copyrightHolder() -> String? {
        for i in copyrightLines {
            let raw = source.lines[i].content
            let cells = PageFurniture.mayHaveCells(raw) ? PageFurniture.cells(raw) : [raw.trimmingSpaces]
            for cell in cells where PageFurniture.isCopyright(FastCase.lowercased(cell)) {
                if let holder = PageFurniture.copyrightHolder(cell) { return holder }
            }
        }
        return nil
    }

    /// A "©" in the line, or a line that opens with "Copyright": every notice
    /// `PageFurniture.isCopyright` takes has one or the other.
    func mayBeCopyright(_ raw: Substring) -> Bool {
        guard let first = raw.utf8.first else { return false }
        return first == UInt8(ascii: "C") || first == UInt8(ascii: "c") || first == UInt8(ascii: "(") || raw.utf8.contains(0xA9)
    }

    /// A heading of links to other stories ("Related stories", "Most read", "More from The
    /// Courier") takes the short lines under it as its items, wherever it stands: bulleted or
    /// numbered items may be spread over blank lines, bare ones run on line by line, and one
    /// blank line may part the heading from its first item. A line that ends like a sentence
    /// without a marker is prose, and ends the list.
    mutating func markStoryLists() {
        var i = 0
        while i < kinds.count {
            let heading = source.lines[i].normalized.utf8
            // A heading is short and has a short line under it: most lines fail one or the other
            // before the heading is lowercased.
            guard kinds[i] == .furniture || kinds[i] == .text, heading.count <= 48, heading.last != UInt8(ascii: "."),
                  let next = kinds[(i + 1)...].firstIndex(where: { $0 != .blank }), source.lines[next].normalized.utf8.count <= 240,
                  PageFurniture.isListHeading(FastCase.lowercased(source.lines[i].normalized)) else {
                i += 1
                continue
            }
            var j = i + 1
            var items: [Int] = []
            var blanks = 0
            var marked = false
            while j < kinds.count {
                if kinds[j] == .blank {
                    blanks += 1
                    j += 1
                    continue
                }
                let line = source.lines[j].normalized
                let marker = PageFurniture.hasListMarker(line)
                if items.isEmpty ? blanks > 1 : blanks > 0 && !(marker && marked) { break }
                guard isStoryListItem(j, marker: marker) else { break }
                items.append(j)
                marked = marker
                blanks = 0
                j += 1
            }
            if !items.isEmpty { kinds[i] = .furniture }
            for item in items { kinds[item] = .furniture }
            i = items.last.map { $0 + 1 } ?? i + 1
        }
    }

    /// A short line that can be a link in a list of stories: a headline, not a sentence.
    func isStoryListItem(_ i: Int, marker: Bool) -> Bool {
        switch kinds[i] {
        case .text, .furniture, .breadcrumb, .field, .imageCredit: break
        default: return false
        }
        let line = source.lines[i].normalized
        let words = FastCase.wordCount(line)
        if marker { return words <= 30 }
        guard words <= 20, let last = line.unicodeScalars.last else { return false }
        return last != "." && last != ":" && last != ";"
    }

    /// A repeated quotation set apart as a pull quote ("“We were lucky” – Jane Doe") says again
    /// what a paragraph of the story says: it goes when its words stand in another body line.
    /// Only lines that are a quotation alone are asked, so most dumps search nothing here.
    mutating func dropPullQuotes(_ range: Range<Int>) {
        for i in range where isBody[i] {
            // Pull quotes are a phrase or a sentence, never a paragraph's worth; they repeat
            // the words as written, so a byte search finds them without building anything.
            guard let inner = PageFurniture.quotationAlone(source.lines[i].normalized), (4...40).contains(FastCase.wordCount(inner)) else { continue }
            let words = String(inner)
            for j in range where j != i && isBody[j] {
                let other = source.lines[j].normalized
                if other.utf8.count > words.utf8.count + 2, other.containsBytes(words) {
                    isBody[i] = false
                    break
                }
            }
        }
    }

    // MARK: - Paragraphs

    /// Splits body lines into paragraphs. Blank lines always separate. Within a block of
    /// consecutive lines, Markdown joins the lines into one paragraph (except headings and list
    /// items); plain text joins them only when the block looks hard-wrapped, and otherwise takes
    /// one paragraph a line, as many page dumps do.
    mutating func buildParagraphs(_ range: Range<Int>) {
        var block: [Int] = []
        let wrapWidth = hardWrapWidth(range)
        func flush(_ parse: inout Parse) {
            defer { block.removeAll() }
            guard !block.isEmpty else { return }
            if parse.markdown || parse.looksHardWrapped(block, wrapWidth: wrapWidth) {
                var current = ParagraphBuilder(markdown: parse.markdown)
                var currentHasLines = false
                for i in block {
                    if parse.markdown && parse.startsMarkdownBlock(i) && currentHasLines {
                        if let p = current.build() { parse.paragraphs.append(p) }
                        current = ParagraphBuilder(markdown: true)
                        currentHasLines = false
                    }
                    if case .heading = parse.kinds[i] {
                        if currentHasLines, let p = current.build() { parse.paragraphs.append(p) }
                        parse.appendSingle(i, isHeading: true)
                        current = ParagraphBuilder(markdown: parse.markdown)
                        currentHasLines = false
                        continue
                    }
                    current.append(line: parse.source.lines[i].content, start: parse.source.lines[i].start)
                    currentHasLines = true
                }
                if currentHasLines, let p = current.build() { parse.paragraphs.append(p) }
            } else {
                for i in block { parse.appendSingle(i, isHeading: false) }
            }
        }
        for i in range {
            if isBody[i] {
                block.append(i)
            } else {
                flush(&self)
            }
        }
        flush(&self)
    }

    mutating func appendSingle(_ i: Int, isHeading: Bool) {
        var builder = ParagraphBuilder(markdown: markdown)
        builder.append(line: source.lines[i].content, start: source.lines[i].start)
        if let p = builder.build(isHeading: isHeading) { paragraphs.append(p) }
    }

    /// A block is hard-wrapped when most of its lines stop mid-sentence, or when the whole body
    /// was wrapped at `wrapWidth` and every line of the block but the last broke only because
    /// the next word would not have fitted: then a line that happens to end with a full stop
    /// ("… coastal air." / "The council …") is still mid-paragraph.
    func looksHardWrapped(_ block: [Int], wrapWidth: Int?) -> Bool {
        guard block.count >= 2 else { return false }
        let inner = block.dropLast()
        // Only long lines count: a short line that stops without a full stop is a label or a
        // list item ("Key facts", "Founded 1990"), and a run of them is not one paragraph.
        let open = inner.filter {
            let line = source.lines[$0].normalized
            return !Self.endsSentence(line) && line.unicodeScalars.count >= BoilerplateRules.minWrappedLineLength
        }.count
        if open * 2 >= inner.count { return true }
        guard let wrapWidth else { return false }
        return zip(block, block.dropFirst()).allSatisfy { brokenByWidth($0, next: $1, width: wrapWidth) }
    }

    /// The width the body was hard-wrapped at, if it was: its widest line is terminal-like
    /// (`BoilerplateRules.hardWrapWidths`), there are at least three line breaks inside
    /// paragraphs, and nine in ten of them fall where the next word would not have fitted that
    /// width, as a greedy wrapper breaks. Dumps with one paragraph a line have lines far wider
    /// than any wrap width, and a short-lined one has breaks where more would have fitted.
    func hardWrapWidth(_ range: Range<Int>) -> Int? {
        let width = range.filter { isBody[$0] }.map { source.lines[$0].normalized.unicodeScalars.count }.max() ?? 0
        guard BoilerplateRules.hardWrapWidths.contains(width) else { return nil }
        var breaks = 0
        var fullBreaks = 0
        for i in range where isBody[i] && i + 1 < range.upperBound && isBody[i + 1] {
            breaks += 1
            if brokenByWidth(i, next: i + 1, width: width) { fullBreaks += 1 }
        }
        return breaks >= 3 && fullBreaks * 10 >= breaks * 9 ? width : nil
    }

    /// True when line `line` could not have taken the first word of line `next` within `width`.
    func brokenByWidth(_ line: Int, next: Int, width: Int) -> Bool {
        let length = source.lines[line].normalized.unicodeScalars.count
        let nextWord = source.lines[next].normalized.split(separator: " ").first?.unicodeScalars.count ?? 0
        return length + 1 + nextWord > width
    }

    func startsMarkdownBlock(_ i: Int) -> Bool {
        let line = source.lines[i].normalized
        guard let first = line.unicodeScalars.first else { return false }
        if first == ">" || line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return true }
        if CharacterClass.isDigit(first) {
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            return line.dropFirst(digits.count).hasPrefix(". ") || line.dropFirst(digits.count).hasPrefix(") ")
        }
        return false
    }

    // MARK: - Judgements on single lines

    static func endsSentence(_ line: String) -> Bool {
        var scalars = Substring(line).unicodeScalars
        while let last = scalars.last, CharacterClass.isClosingWrapper(last) { scalars = scalars.dropLast() }
        guard let last = scalars.last else { return false }
        return CharacterClass.isSentenceFinal(last) || last == ":"
    }

    /// A title is a short line that starts like a sentence but does not end like one.
    func isTitleLike(_ line: String) -> Bool {
        let words = FastCase.wordCount(line)
        guard (2...40).contains(words), line.unicodeScalars.count <= 300 else { return false }
        if let first = line.unicodeScalars.first, CharacterClass.isLowercase(first) { return false }
        var scalars = Substring(line).unicodeScalars
        while let last = scalars.last, CharacterClass.isClosingWrapper(last) { scalars = scalars.dropLast() }
        guard let last = scalars.last else { return false }
        return !(last == "." || last == "," || last == ";" || last == ":" || last == "\u{2026}")
    }

    /// A page title carries the site's name ("Headline | Outlet") and the headline stands alone
    /// on another line of the head, or the other way round: the bare headline is the title and
    /// the rest names the outlet. True when `line` was such a line and has been taken.
    mutating func takeHeadlineBesideSiteName(_ line: String) -> Bool {
        guard let current = title else { return false }
        // Most lines hold no separator; only those that do are compared, letters and digits only.
        var bare: String?, currentBare: String?
        for separator in BoilerplateRules.titleSiteSeparators {
            if let cut = current.byteRange(of: separator, backwards: true) {
                bare = bare ?? Self.comparable(line)
                if bare?.isEmpty == false, Self.comparable(current[..<cut.lowerBound]) == bare {
                    title = line
                    outlet = outlet ?? LineClassifier.outletName(current[cut.upperBound...].trimmingSpaces)
                    return true
                }
            }
            if let cut = line.byteRange(of: separator, backwards: true) {
                currentBare = currentBare ?? Self.comparable(current)
                guard currentBare?.isEmpty == false, Self.comparable(line[..<cut.lowerBound]) == currentBare else { continue }
                outlet = outlet ?? LineClassifier.outletName(line[cut.upperBound...].trimmingSpaces)
                return true
            }
        }
        return false
    }

    /// The site's name above the headline: a few capitalised words (not a section label) with
    /// the page's navigation under them (a menu row, a breadcrumb trail, skip links), or set in
    /// capitals over a headline that is not.
    func isMasthead(_ i: Int) -> Bool {
        let line = source.lines[i].normalized
        let words = FastCase.wordCount(line)
        guard words <= 5, let next = kinds[(i + 1)...].firstIndex(where: { $0 != .blank }) else { return false }
        switch kinds[next] {
        case .breadcrumb, .furniture: break
        case .text:
            let below = source.lines[next].normalized
            guard words <= 4, Self.isCapitals(line), !Self.isCapitals(below), isTitleLike(below), FastCase.wordCount(below) > words else { return false }
        default: return false
        }
        let lower = FastCase.lowercased(line)
        if BoilerplateRules.furnitureLines.contains(lower) || (words == 1 && BoilerplateRules.nonNameWords.contains(lower)) { return false }
        return LineClassifier.outletName(line[...]) != nil
    }

    /// A line that may be a headline, on its bytes: not long, and not ending like prose (a full
    /// stop or a closing quote). Spares the site-name comparison for the story's first line.
    static func mayBeHeadline(_ line: String) -> Bool {
        guard line.utf8.count <= 300, let last = line.utf8.last else { return false }
        return last != UInt8(ascii: ".") && last != UInt8(ascii: "\"") && last != 0x9D
    }

    /// True when every letter of `text` is a capital.
    static func isCapitals(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where CharacterClass.isLetter(scalar) {
            if !CharacterClass.isUppercase(scalar) { return false }
            letters += 1
        }
        return letters > 0
    }

    /// The standfirst: a sentence right under the headline, itself followed by what opens a
    /// story (a byline, a date, a name, share buttons). Without that, a line under the headline
    /// is the story's first paragraph.
    func isStandfirst(_ i: Int) -> Bool {
        guard let headlineLine, kinds[..<i].lastIndex(where: { $0 != .blank }) == headlineLine else { return false }
        let line = source.lines[i].normalized
        guard (6...60).contains(FastCase.wordCount(line)), line.utf8.count <= 400, let first = line.unicodeScalars.first,
              CharacterClass.isUppercase(first) || CharacterClass.isDigit(first) else { return false }
        guard let next = kinds[(i + 1)...].firstIndex(where: { $0 != .blank }) else { return false }
        switch kinds[next] {
        case .byline, .date, .field:
            return true
        case .furniture:
            // Furniture of the head (share buttons, a listening time), not what stands between
            // paragraphs: an advertisement, a link to another story, a tag line.
            let lower = FastCase.lowercased(source.lines[next].normalized)
            return !lower.hasPrefix("advert") && !lower.hasPrefix("sponsor")
                && !BoilerplateRules.storyLinkLabels.contains { lower.startsWithBytes($0) }
                && (lower.hasPrefix("share") || !BoilerplateRules.furniturePrefixes.contains { lower.startsWithBytes($0) })
        case .text:
            return PersonName.isLoneName(source.lines[next].normalized) && (isNextToMetadata(next) || isAboveRoleLine(next))
        default:
            return false
        }
    }

    /// True when the next non-blank line is a byline's role ("Senior Reporter").
    func isAboveRoleLine(_ i: Int) -> Bool {
        guard let next = kinds[(i + 1)...].firstIndex(where: { $0 != .blank }), kinds[next] == .furniture else { return false }
        return PageFurniture.isRoleLine(source.lines[next].normalized)
    }

    /// A photo caption on its own line with the credit on the next ("Residents outside the
    /// hall." / "Image: Jane Roe/Getty"): the two make a block of their own, so the line above
    /// the caption is blank. A paragraph that only happens to precede a credit in a dump without
    /// blank lines is not in a block of its own, and stays.
    func isCaptionOverCredit(_ i: Int, from start: Int) -> Bool {
        guard i + 1 < kinds.count, kinds[i + 1] == .imageCredit, i == start || kinds[i - 1] == .blank else { return false }
        return FastCase.wordCount(source.lines[i].normalized) <= 40
    }

    /// Site navigation in the head or tail: a one-word label, or a short label next to another
    /// label or to furniture, as menus, section links and footers come in runs ("World" /
    /// "Business" / "Sign in"; "About us" / "Contact"). A short headline stands next to a
    /// byline, a date or the story, not next to another label.
    func isNavigation(_ i: Int) -> Bool {
        guard isLabel(i) else { return false }
        if FastCase.wordCount(source.lines[i].normalized) == 1 { return true }
        let above = kinds[..<i].lastIndex { $0 != .blank }
        let below = kinds[(i + 1)...].firstIndex { $0 != .blank }
        return [above, below].contains { $0.map { isLabel($0) || kinds[$0] == .furniture } ?? false }
    }

    /// A text line of a few words that does not end like a sentence.
    func isLabel(_ i: Int) -> Bool {
        guard kinds[i] == .text else { return false }
        let line = source.lines[i].normalized
        return line.unicodeScalars.count <= BoilerplateRules.maxLabelLength
            && FastCase.wordCount(line) <= BoilerplateRules.maxLabelWords
            && !Self.endsSentence(line)
    }

    func isRepeatedTitle(_ line: String) -> Bool {
        guard let title else { return false }
        return Self.comparable(line) == Self.comparable(title)
    }

    /// `isRepeatedTitle`, keeping the title's comparable form in `cache` while the title stays
    /// the same: the body asks it of every line.
    func isRepeatedTitle(_ line: String, cache: inout (title: String, bare: String)?) -> Bool {
        guard let title else { return false }
        if cache?.title != title { cache = (title, Self.comparable(title)) }
        return cache.map { Self.comparable(line, equals: $0.bare) } ?? false
    }

    /// True when the nearest non-blank line above or below is metadata (a date, a field, a
    /// byline): a lone name there is the author, not a subheading.
    func isNextToMetadata(_ i: Int) -> Bool {
        let above = kinds[..<i].lastIndex { $0 != .blank }
        let below = kinds[(i + 1)...].firstIndex { $0 != .blank }
        return [above, below].contains { $0.map { kinds[$0].isMetadata } ?? false }
    }

    /// Lowercased letters and digits only, so "Title" and "TITLE." compare equal.
    static func comparable(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where CharacterClass.isLetter(scalar) || CharacterClass.isDigit(scalar) {
            if scalar.isASCII {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                out.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `comparable(line) == bare`, decided while reading `line`: most lines part from the title
    /// within a few letters, and need not be copied whole. Exact for an ASCII `bare`: a line
    /// whose comparable form has a non-ASCII scalar is never equal to it; for other titles the
    /// forms are built and compared as strings.
    static func comparable(_ line: String, equals bare: String) -> Bool {
        guard bare.utf8.allSatisfy({ $0 < 0x80 }) else { return comparable(line) == bare }
        let decided: Bool?? = bare.utf8.withContiguousStorageIfAvailable { target -> Bool? in
            line.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                var k = 0
                func take(_ b: UInt8) -> Bool {
                    guard k < target.count, target[k] == b else { return false }
                    k += 1
                    return true
                }
                var i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b < 0x80 {
                        i += 1
                        if (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) {
                            if !take(b) { return false }
                        } else if b >= 0x41 && b <= 0x5A {
                            if !take(b | 0x20) { return false }
                        }
                        continue
                    }
                    let value = FastCase.scalar(bytes, at: i)
                    i += b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                    guard let scalar = Unicode.Scalar(value), CharacterClass.isLetter(scalar) || CharacterClass.isDigit(scalar) else { continue }
                    for m in scalar.properties.lowercaseMapping.utf8 where m >= 0x80 || !take(m) { return false }
                }
                return k == target.count
            }
        }
        if let decided = decided ?? nil { return decided }
        return comparable(line) == bare
    }

    /// "https://www.example.com/2021/story" → "example.com".
    static func siteName(fromURL url: String) -> String? {
        var rest = Substring(url)
        if let scheme = rest.byteRange(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        guard host.contains(".") else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : String(host)
    }
}
