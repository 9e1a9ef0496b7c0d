/// Splits a paragraph into sentences, in the spirit of the "Golden Rules" for sentence boundary
/// detection (as pySBD and the Pragmatic Segmenter test them), tuned for news text.
///
/// A sentence ends at `.`, `!`, `?`, `…` (and the CJK full stops), together with any closing
/// quotation marks and brackets that follow, when the next word can start a sentence:
///
/// - A lowercase word never starts one: “Why?” she asked. / (He left.) and then...
/// - After `!` and `?` any other word does: "Hello!! Long time no see."
/// - After a period it depends on the word before it. A plain word or number ends the sentence
///   before anything but a lowercase word ("She has $100.00. It is in her bag.", "He left. 20
///   people stayed."). An abbreviation from `sentence-abbreviations.txt` never ends one ("Dr.
///   Smith", "e.g. Paris"). One from `sentence-final-abbreviations.txt`, a single letter ("George
///   W. Bush", "you and I. Did...") or a letter group with inner periods ("U.S.", "a.m.") ends one
///   only before a capitalised common sentence starter from `sentence-starters.txt` ("He moved to
///   the U.S. Then he left." but "the U.S. Navy", "5 p.m. Monday"), never before a number
///   ("No. 10", "p. 55"). Those marked `capital` in that list (months, units, "etc.") are never
///   followed by a name, so any capitalised word after them starts a sentence.
/// - An ellipsis ends a sentence before a capital ("I wonder… The next day"), not before a
///   lowercase word ("He said … the plan"); spaced ellipses (". . .") are omissions inside a
///   sentence unless a fourth period ends it; "[...]" is an elision.
/// - Periods inside a word are not marks at all: 3.14, 1,000.50, www.example.com/a.html,
///   jane.doe@example.org, U.S.-led, Jr.'s.
/// - Numbered and lettered lists ("1. First item 2. Second item", "1) ...", "a. ...") and
///   bullets (• ⁃ ▪) start a sentence at each item.
/// - An interrupted quote ending in a dash ("I was going to—” Then...) ends a sentence before a
///   capital.
/// - A blank line (or U+2029) is always a break; a single line break is a space.
///
/// Works on Unicode scalars; offsets are Unicode scalar offsets into the text.
public enum SentenceSplitter {
    /// Sentence ranges in `text`, in Unicode scalar offsets, in order, each trimmed of surrounding
    /// spaces, together covering every non-space scalar of `text`.
    public static func sentences(in text: String) -> [Range<Int>] {
        sentences(in: unicodeScalars(of: text))
    }

    /// The sentences of a text already decoded into `scalars` (`unicodeScalars(of:)`).
    static func sentences(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        scalars.withUnsafeBufferPointer { buffer in
            var splitter = Splitter(s: buffer, rules: rules)
            return splitter.run()
        }
    }

    /// The sentences of `text` as strings, in order.
    public static func sentenceTexts(in text: String) -> [String] {
        let ranges = sentences(in: text)
        guard !ranges.isEmpty else { return [] }
        let scalars = text.unicodeScalars
        var out: [String] = []
        out.reserveCapacity(ranges.count)
        var index = scalars.startIndex
        var offset = 0
        for range in ranges {
            index = scalars.index(index, offsetBy: range.lowerBound - offset)
            let end = scalars.index(index, offsetBy: range.count)
            out.append(String(scalars[index..<end]))
            index = end
            offset = range.upperBound
        }
        return out
    }

    static let rules = SentenceRules()

    /// The scalars of `text`, decoded straight from its UTF-8 (twice as fast as collecting
    /// `text.unicodeScalars`). A Swift string always holds valid UTF-8, so every lead byte is
    /// followed by its continuation bytes.
    static func unicodeScalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
                let n = bytes.count
                var i = 0
                var k = 0
                while i < n {
                    let b0 = UInt32(bytes[i])
                    let v: UInt32
                    if b0 < 0x80 {
                        v = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    out.initializeElement(at: k, to: Unicode.Scalar(v).unsafelyUnwrapped)
                    k += 1
                }
                count = k
            }
        }
    }
}

/// The word lists the splitter reads, loaded once from `Sources/Briefing/Data/`.
struct SentenceRules: Sendable {
    enum Kind: Sendable, Equatable {
        /// A name or number follows ("Dr. Smith", "e.g. Paris").
        case neverEnds
        /// Ends a sentence before a common sentence starter ("in the U.S. Then...").
        case mayEnd
        /// Followed by a number, never by a name: ends a sentence before any capitalised word
        /// ("in Jan. Economists...").
        case endsBeforeCapital
    }

    /// An abbreviation's kind when written with a leading capital, and in any case.
    struct Entry: Sendable {
        var capitalised: Kind?
        var anyCase: Kind?
    }

    /// Keyed by the abbreviation without its final period, lowercased ("u.s", "dr", "e.g").
    let abbreviations: [String: Entry]
    /// The longest key, in scalars; longer words are not looked up.
    let longestAbbreviation: Int
    /// Lowercase words that commonly start a sentence.
    let starters: Set<String>

    init() {
        self.init(
            abbreviations: WordList.rows("sentence-abbreviations.txt").compactMap(\.first),
            finalAbbreviations: WordList.rows("sentence-final-abbreviations.txt").compactMap { row in
                row.first.map { ($0, row.count > 1 && row[1] == "capital" ? Kind.endsBeforeCapital : Kind.mayEnd) }
            },
            starters: WordList.set("sentence-starters.txt"))
    }

    init(abbreviations: [String], finalAbbreviations: [(String, Kind)], starters: Set<String>) {
        var table: [String: Entry] = [:]
        func add(_ written: String, _ kind: Kind) {
            var form = Substring(written)
            while form.hasSuffix(".") { form = form.dropLast() }
            guard let first = form.unicodeScalars.first else { return }
            let key = form.lowercased()
            var entry = table[key] ?? Entry()
            if CharacterClass.isUppercase(first) {
                entry.capitalised = kind
            } else {
                entry.anyCase = kind
            }
            table[key] = entry
        }
        for written in abbreviations { add(written, .neverEnds) }
        for (written, kind) in finalAbbreviations { add(written, kind) }
        self.abbreviations = table
        longestAbbreviation = table.keys.map { $0.unicodeScalars.count }.max() ?? 0
        self.starters = starters
    }

    /// The kind of the abbreviation `word` (without its final period), or nil.
    func kind(of word: String, capitalised: Bool) -> Kind? {
        guard let entry = abbreviations[FastCase.lowercased(word)] else { return nil }
        if capitalised, let kind = entry.capitalised { return kind }
        return entry.anyCase
    }
}

/// One run of the splitter over a buffer of scalars.
private struct Splitter {
    let s: UnsafeBufferPointer<Unicode.Scalar>
    let n: Int
    let rules: SentenceRules
    /// Offsets where a sentence starts (after the first), increasing.
    var breaks: [Int] = []
    /// Where the current sentence starts: the last break.
    var sentenceStart = 0
    /// The first scalar of the current sentence that is neither a space nor a bullet, once known.
    var contentStart: Int?
    /// The last list item marker seen ("1.", "b)"), to recognise the next one.
    var lastMarker: Marker?
    /// The last search for a list's next marker.
    var lookahead: Lookahead?

    struct Lookahead {
        var marker: Marker
        var from: Int
        /// Scanned from `from` up to here without finding the marker, or up to where it is.
        var scannedTo: Int
        var found: Int?
    }

    struct Marker: Equatable {
        /// The number, or 1000 + the letter's position for lettered lists ("a." is 1000).
        var value: Int
        var form: Form
    }

    enum Form: Equatable {
        case period        // 1.
        case periodParen   // 1.)
        case paren         // 1)
    }

    /// What kind of word comes next, after any opening marks.
    enum Next: Equatable {
        case lower, upper, digit, other
    }

    init(s: UnsafeBufferPointer<Unicode.Scalar>, rules: SentenceRules) {
        self.s = s
        n = s.count
        self.rules = rules
    }

    mutating func run() -> [Range<Int>] {
        var i = 0
        while i < n {
            let v = s[i].value
            // Letters, digits and most punctuation are never decisions: only `.` `!` `?` `)` `"`
            // and the line break (all below 0x40) and the marks from U+2000 up are.
            if v >= 0x40 && v < 0x2000 { i += 1; continue }
            switch v {
            case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0xFF61:
                i = mark(at: i)
            case 0x29:
                i = parenMarker(at: i)
            case 0x22, 0x201D, 0x2019:
                i = dashQuote(at: i)
            case 0x0A, 0x2029:
                i = lineBreak(at: i)
            case 0x2022, 0x2023, 0x2043, 0x25AA, 0x25CF, 0x25E6:
                bullet(at: i)
                i += 1
            default:
                i += 1
            }
        }
        return ranges()
    }

    // MARK: - Decisions

    /// A run of sentence marks and closing marks starting at `i`; returns where to go on.
    mutating func mark(at i: Int) -> Int {
        var j = i
        var dots = 0
        var question = false
        var ellipsis = false
        var cjk = false
        var closed = false
        var markAfterClose = false
        while j < n {
            let v = s[j].value
            if v == 0x2E {
                dots += 1
                if closed { markAfterClose = true }
            } else if v == 0x21 || v == 0x3F || v == 0x203C || (v >= 0x2047 && v <= 0x2049) {
                question = true
            } else if v == 0x2026 {
                ellipsis = true
            } else if v == 0x3002 || v == 0xFF01 || v == 0xFF0E || v == 0xFF1F || v == 0xFF61 {
                cjk = true
            } else if Self.isCloser(v) {
                closed = true
            } else {
                break
            }
            j += 1
        }
        // CJK full stops end a sentence whatever follows; text in those scripts has no spaces.
        if cjk {
            addBreak(j)
            return j
        }
        // A mark inside a word: 3.14, U.S.A, www.example.com, Jr.'s, that...see.
        if j < n && !CharacterClass.isSpace(s[j]) { return j }
        let tokenEnd = j
        var tokenStart = i
        while tokenStart > 0 && !CharacterClass.isSpace(s[tokenStart - 1]) { tokenStart -= 1 }

        // Spaced ellipses: ". . ." and "units. . . ." are one run of marks.
        var end = tokenEnd
        var spaced = false
        var next = nextToken(from: end)
        while let p = next, let q = markOnlyToken(at: p, dots: &dots, question: &question, ellipsis: &ellipsis) {
            end = q
            spaced = true
            next = nextToken(from: end)
        }
        // At the end of the text or before a blank line the break is there anyway.
        guard let nextStart = next else { return end }
        let (kind, wordStart) = classify(nextStart)

        let ends: Bool
        if question {
            ends = kind != .lower
        } else if markAfterClose {
            // "(etc.). The", "(U.S.). Officials": the last period follows a closing mark.
            ends = kind != .lower
        } else if ellipsis || dots >= 2 {
            if i > 0 && (s[i - 1] == "[" || s[i - 1] == "(") {
                ends = false  // "[...]" marks an elision
            } else if spaced {
                ends = dots >= 4 && (kind == .upper || kind == .digit)
            } else {
                ends = kind == .upper
            }
        } else {
            guard kind != .lower else { return end }
            if let marker = listMarker(tokenStart: tokenStart, period: i, tokenEnd: tokenEnd),
               listItem(marker, tokenStart: tokenStart, next: kind, from: end) {
                return end
            }
            ends = periodEnds(tokenStart: tokenStart, period: i, next: kind, nextWord: wordStart)
        }
        if ends { addBreak(end) }
        return end
    }

    /// Whether a single period at `period` ends the sentence, judged by the word before it.
    func periodEnds(tokenStart: Int, period: Int, next: Next, nextWord: Int) -> Bool {
        var start = tokenStart
        while start < period && (Self.isOpener(s[start].value) || Self.isBullet(s[start].value)) { start += 1 }
        var end = period
        while end > start && Self.isCloser(s[end - 1].value) { end -= 1 }
        let length = end - start
        guard length > 0 else { return true }
        let first = s[start]
        let capitalised = CharacterClass.isUppercase(first)
        if length == 1 {
            // "George W. Bush", "you and I. Did", "p. 55".
            if CharacterClass.isLetter(first) { return startsWithStarter(next: next, at: nextWord) }
            return true
        }
        if length <= rules.longestAbbreviation, let kind = rules.kind(of: string(start..<end), capitalised: capitalised) {
            switch kind {
            case .neverEnds: return false
            case .mayEnd: return startsWithStarter(next: next, at: nextWord)
            case .endsBeforeCapital: return next == .upper
            }
        }
        if isLetterGroup(start..<end) { return startsWithStarter(next: next, at: nextWord) }
        return true
    }

    /// Whether the next word is a capitalised common sentence starter ("Then", "It's", "The"),
    /// and not an initial ("A. Smith").
    func startsWithStarter(next: Next, at start: Int) -> Bool {
        guard next == .upper, start < n, CharacterClass.isUppercase(s[start]) else { return false }
        var end = start + 1
        while end < n, CharacterClass.isLetter(s[end]) {
            guard CharacterClass.isLowercase(s[end]), end - start < 16 else { return false }
            end += 1
        }
        if end - start == 1 && end < n && s[end] == "." { return false }
        return rules.starters.contains(FastCase.lowercased(string(start..<end)))
    }

    /// Letters in groups of one or two joined by periods: U.S, Ph.D, a.m, N.Y.
    func isLetterGroup(_ range: Range<Int>) -> Bool {
        var run = 0
        var periods = 0
        for k in range {
            let c = s[k]
            if c == "." {
                guard run > 0 else { return false }
                run = 0
                periods += 1
            } else if CharacterClass.isLetter(c) {
                run += 1
                if run > 2 { return false }
            } else {
                return false
            }
        }
        return periods > 0 && run > 0
    }

    // MARK: - Lists

    /// The token is a list item marker: "1." or "1.)" (or "a." / "a.)"), perhaps after a bullet.
    func listMarker(tokenStart: Int, period: Int, tokenEnd: Int) -> Marker? {
        var start = tokenStart
        while start < period && Self.isBullet(s[start].value) { start += 1 }
        guard let value = markerValue(start..<period) else { return nil }
        switch tokenEnd - period {
        case 1: return Marker(value: value, form: .period)
        case 2 where s[period + 1] == ")": return Marker(value: value, form: .periodParen)
        default: return nil
        }
    }

    /// One to three digits, or one lowercase ASCII letter.
    func markerValue(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 3 else { return nil }
        let first = s[range.lowerBound].value
        if range.count == 1, first >= 0x61, first <= 0x7A { return 1000 + Int(first - 0x61) }
        var value = 0
        for k in range {
            let v = s[k].value
            guard v >= 0x30 && v <= 0x39 else { return nil }
            value = value * 10 + Int(v - 0x30)
        }
        return value
    }

    /// Decides whether a marker-shaped token starts a list item, and breaks before it when the
    /// item starts a sentence. A marker at the start of a sentence is an item; elsewhere it is one
    /// when it continues the last list, or starts a list ("1.", "a.") whose next marker follows.
    mutating func listItem(_ marker: Marker, tokenStart: Int, next: Next, from: Int) -> Bool {
        if isSentenceStart(tokenStart) {
            lastMarker = marker
            return true
        }
        let continues = lastMarker.map { $0.form == marker.form && $0.value + 1 == marker.value } ?? false
        let starts = !continues && (marker.value == 1 || marker.value == 1000)
            && markerFollows(Marker(value: marker.value + 1, form: marker.form), from: from)
        guard continues || starts else { return false }
        if next != .lower { addBreak(tokenStart) }
        lastMarker = marker
        return true
    }

    /// Whether a marker for the next item follows soon after `from`. What was scanned is
    /// remembered, so text full of "1." is not scanned again and again.
    mutating func markerFollows(_ marker: Marker, from: Int) -> Bool {
        let limit = min(n, from + 600)
        var k = from
        if let last = lookahead, last.marker == marker, last.from <= from {
            if let found = last.found, found >= from { return found < limit }
            k = max(from, last.scannedTo)
        }
        while k < limit {
            if CharacterClass.isSpace(s[k - 1]) && !CharacterClass.isSpace(s[k]) {
                var start = k
                while start < n && Self.isBullet(s[start].value) { start += 1 }
                var end = start
                while end < n && end - start <= 3 && (CharacterClass.isDigit(s[end]) || CharacterClass.isLowercase(s[end])) { end += 1 }
                if end > start, let value = markerValue(start..<end), value == marker.value {
                    let form: Form?
                    if end < n && s[end] == "." {
                        form = end + 1 < n && s[end + 1] == ")" ? .periodParen : .period
                    } else if end < n && s[end] == ")" {
                        form = .paren
                    } else {
                        form = nil
                    }
                    if form == marker.form {
                        let after = end + (form == .periodParen ? 2 : 1)
                        if after == n || CharacterClass.isSpace(s[after]) {
                            lookahead = Lookahead(marker: marker, from: from, scannedTo: k, found: k)
                            return true
                        }
                    }
                }
            }
            k += 1
        }
        lookahead = Lookahead(marker: marker, from: from, scannedTo: limit, found: nil)
        return false
    }

    /// No "(" is open in the current sentence before `position` (so "1)" is not "(page 1)").
    func opensNoParenthesis(before position: Int) -> Bool {
        var k = position - 1
        let stop = max(sentenceStart, position - 300)
        while k >= stop {
            if s[k] == ")" { return true }
            if s[k] == "(" { return false }
            k -= 1
        }
        return true
    }

    /// A ")" that may end a list marker: "1)", "b)".
    mutating func parenMarker(at i: Int) -> Int {
        guard i + 1 == n || CharacterClass.isSpace(s[i + 1]) else { return i + 1 }
        var start = i
        while start > 0 && i - start < 3 && (CharacterClass.isDigit(s[start - 1]) || CharacterClass.isLowercase(s[start - 1])) { start -= 1 }
        var tokenStart = start
        while tokenStart > 0 && Self.isBullet(s[tokenStart - 1].value) { tokenStart -= 1 }
        guard tokenStart == 0 || CharacterClass.isSpace(s[tokenStart - 1]),
              let value = markerValue(start..<i),
              let nextStart = nextToken(from: i + 1)
        else { return i + 1 }
        let kind = classify(nextStart).kind
        let marker = Marker(value: value, form: .paren)
        if isSentenceStart(tokenStart) {
            lastMarker = marker
        } else if opensNoParenthesis(before: tokenStart) {
            _ = listItem(marker, tokenStart: tokenStart, next: kind, from: i + 1)
        }
        return i + 1
    }

    /// A bullet starts an item, hence a sentence, unless it opens the sentence already.
    mutating func bullet(at i: Int) {
        guard i == 0 || CharacterClass.isSpace(s[i - 1]) else { return }
        if !isSentenceStart(i) { addBreak(i) }
    }

    // MARK: - Quotes and line breaks

    /// An interrupted quote: “I was going to—” Then the phone rang.
    mutating func dashQuote(at i: Int) -> Int {
        guard i > 0, s[i - 1] == "\u{2014}" || s[i - 1] == "\u{2013}",
              i + 1 == n || CharacterClass.isSpace(s[i + 1]),
              let nextStart = nextToken(from: i + 1)
        else { return i + 1 }
        if classify(nextStart).kind == .upper { addBreak(i + 1) }
        return i + 1
    }

    /// A blank line, or a paragraph separator, is a hard break; a single line break is a space.
    mutating func lineBreak(at i: Int) -> Int {
        var hard = s[i].value == 0x2029
        var k = i + 1
        while k < n && CharacterClass.isSpace(s[k]) {
            let v = s[k].value
            if v == 0x0A || v == 0x2029 { hard = true }
            k += 1
        }
        if hard {
            addBreak(k)
            lastMarker = nil
        }
        return k
    }

    // MARK: - Tokens

    /// The start of the next word after `position`, or nil at the end of the text or when a blank
    /// line comes first.
    func nextToken(from position: Int) -> Int? {
        var k = position
        var lineBreaks = 0
        while k < n && CharacterClass.isSpace(s[k]) {
            let v = s[k].value
            if v == 0x2029 { return nil }
            if v == 0x0A {
                lineBreaks += 1
                if lineBreaks > 1 { return nil }
            }
            k += 1
        }
        return k < n ? k : nil
    }

    /// A token made only of sentence marks and closing marks (". . ." in a spaced ellipsis):
    /// adds its marks and returns its end.
    func markOnlyToken(at p: Int, dots: inout Int, question: inout Bool, ellipsis: inout Bool) -> Int? {
        let first = s[p].value
        guard first == 0x2E || first == 0x2026 || first == 0x21 || first == 0x3F else { return nil }
        var k = p
        var d = 0, q = false, e = false
        while k < n && !CharacterClass.isSpace(s[k]) {
            switch s[k].value {
            case 0x2E: d += 1
            case 0x21, 0x3F: q = true
            case 0x2026: e = true
            case let v where Self.isCloser(v): break
            default: return nil
            }
            k += 1
        }
        dots += d
        question = question || q
        ellipsis = ellipsis || e
        return k
    }

    /// What the word at `position` starts with, after opening quotation marks and brackets, and
    /// where its first letter is. "iPhone" and "eBay" count as capitalised.
    func classify(_ position: Int) -> (kind: Next, wordStart: Int) {
        var k = position
        while k < n && Self.isOpener(s[k].value) { k += 1 }
        guard k < n else { return (.other, k) }
        let c = s[k]
        if CharacterClass.isUppercase(c) { return (.upper, k) }
        if CharacterClass.isLowercase(c) {
            if k + 1 < n && CharacterClass.isUppercase(s[k + 1]) { return (.upper, k + 1) }
            return (.lower, k)
        }
        if CharacterClass.isDigit(c) { return (.digit, k) }
        return (.other, k)
    }

    /// The current sentence has nothing but spaces and bullets before `position`.
    mutating func isSentenceStart(_ position: Int) -> Bool {
        if contentStart == nil {
            var k = sentenceStart
            while k < n && (CharacterClass.isSpace(s[k]) || Self.isBullet(s[k].value)) { k += 1 }
            contentStart = k
        }
        return position <= contentStart!
    }

    mutating func addBreak(_ position: Int) {
        guard position > sentenceStart && position < n else { return }
        breaks.append(position)
        sentenceStart = position
        contentStart = nil
    }

    func string(_ range: Range<Int>) -> String {
        String(scalars: s[range])
    }

    func ranges() -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(breaks.count + 1)
        var start = 0
        for end in breaks + [n] {
            var a = start
            var b = end
            while a < b && CharacterClass.isSpace(s[a]) { a += 1 }
            while b > a && CharacterClass.isSpace(s[b - 1]) { b -= 1 }
            if a < b { out.append(a..<b) }
            start = end
        }
        return out
    }

    // MARK: - Character classes

    /// Closing quotation marks and brackets that may follow a sentence's final mark.
    @inline(__always)
    static func isCloser(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2A, 0x5F, 0xBB, 0x2019, 0x201D, 0x203A, 0x300D, 0x300F, 0xFF09: true
        default: false
        }
    }

    /// Opening quotation marks and brackets, and inverted marks, that may start a sentence.
    @inline(__always)
    static func isOpener(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2A, 0x5F, 0xAB, 0xBB, 0xA1, 0xBF, 0x2018, 0x201A, 0x201C, 0x201E, 0x2039,
             0x300C, 0x300E, 0xFF08:
            true
        default: false
        }
    }

    @inline(__always)
    static func isBullet(_ v: UInt32) -> Bool {
        switch v {
        case 0x2022, 0x2023, 0x2043, 0x25AA, 0x25CF, 0x25E6: true
        default: false
        }
    }
}
