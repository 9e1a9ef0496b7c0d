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
        let bodyStart = readHead(from: first)
        let bodyEnd = readTail(downTo: bodyStart)
        readBody(bodyStart..<bodyEnd)
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
                if isRepeatedTitle(line) { break }
                if takeHeadlineBesideSiteName(line) { break }
                if author == nil, PersonName.isLoneName(line), isNextToMetadata(i) {
                    author = line
                } else if isNavigation(i) {
                    break
                } else if title == nil, isTitleLike(line) {
                    title = line
                    titleLine = i
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
        case .byline(let name, let named):
            author = author ?? name
            outlet = outlet ?? named
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
