/// Builds one clean paragraph from the raw lines that make it up, keeping for every character it
/// keeps the offset it had in the raw file.
struct ParagraphBuilder {
    /// A kept character and where it came from.
    private struct Sourced {
        var scalar: Unicode.Scalar
        var raw: Int
    }

    /// Markdown lines, stripped of markup, scalar by scalar with their offsets.
    private var chars: [Sourced] = []
    /// Plain-text lines as given: without markup to strip, `build` reads their bytes in place
    /// instead of a copy of every scalar with its offset.
    private var lines: [(text: Substring, start: Int)] = []
    private let markdown: Bool

    init(markdown: Bool) {
        self.markdown = markdown
    }

    /// Adds one line; lines are joined by a space.
    mutating func append(line: Substring, start: Int) {
        guard markdown else {
            lines.append((line, start))
            return
        }
        var offset = start
        var lineChars: [Sourced] = []
        lineChars.reserveCapacity(line.unicodeScalars.count)
        for scalar in line.unicodeScalars {
            lineChars.append(Sourced(scalar: scalar, raw: offset))
            offset += 1
        }
        lineChars = MarkdownInline.strip(lineChars.map { ($0.scalar, $0.raw) }).map { Sourced(scalar: $0.0, raw: $0.1) }
        if !chars.isEmpty { chars.append(Sourced(scalar: " ", raw: start)) }
        chars.append(contentsOf: lineChars)
    }

    /// The clean text as it is built: spaces collapsed, invisible characters dropped, and an
    /// anchor wherever the raw offsets jump.
    private struct Output {
        var text: [UInt8] = []  // bytes: appending scalars to a String costs more than the rest
        var anchors: [OffsetMap.Anchor] = []
        var cleanCount = 0
        var lastRaw = Int.min
        var pendingSpaceRaw: Int?
        var firstRaw: Int?
        var endRaw = 0
        var hasLetterOrDigit = false

        @inline(__always)
        mutating func emit(_ scalar: Unicode.Scalar, raw: Int) {
            if raw != lastRaw + 1 { anchors.append(.init(clean: cleanCount, raw: raw)) }
            if scalar.isASCII { text.append(UInt8(truncatingIfNeeded: scalar.value)) } else { UTF8.encode(scalar) { text.append($0) } }
            cleanCount += 1
            lastRaw = raw
        }

        /// `take` for every scalar of one line's UTF-8 bytes, the first at raw offset `start`.
        /// A run of plain ASCII (no spaces) is copied whole: its offsets follow one another, so
        /// only its first byte can need an anchor.
        mutating func takeLine(_ bytes: UnsafeBufferPointer<UInt8>, start: Int) {
            var raw = start
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if ParagraphBuilder.isPlainASCII(b) {
                    var j = i + 1
                    while j < bytes.count, ParagraphBuilder.isPlainASCII(bytes[j]) { j += 1 }
                    let run = j - i
                    if !hasLetterOrDigit {
                        for k in i..<j where (bytes[k] | 0x20 >= 0x61 && bytes[k] | 0x20 <= 0x7A) || (bytes[k] >= 0x30 && bytes[k] <= 0x39) {
                            hasLetterOrDigit = true
                            break
                        }
                    }
                    if let spaceRaw = pendingSpaceRaw {
                        emit(" ", raw: spaceRaw)
                        pendingSpaceRaw = nil
                    }
                    if firstRaw == nil { firstRaw = raw }
                    if raw != lastRaw + 1 { anchors.append(.init(clean: cleanCount, raw: raw)) }
                    text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j]))
                    cleanCount += run
                    lastRaw = raw + run - 1
                    endRaw = lastRaw + 1
                    raw += run
                    i = j
                } else if b < 0x80 {
                    take(Unicode.Scalar(b), raw: raw)
                    raw += 1
                    i += 1
                } else {
                    take(Unicode.Scalar(FastCase.scalar(bytes, at: i)) ?? "\u{FFFD}", raw: raw)
                    raw += 1
                    i += b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                }
            }
        }

        @inline(__always)
        mutating func take(_ scalar: Unicode.Scalar, raw: Int) {
            if !hasLetterOrDigit && (CharacterClass.isLetter(scalar) || CharacterClass.isDigit(scalar)) { hasLetterOrDigit = true }
            if CharacterClass.isSpace(scalar) {
                if firstRaw != nil && pendingSpaceRaw == nil { pendingSpaceRaw = raw }
                return
            }
            if CharacterClass.isDroppedInvisible(scalar) { return }
            if let spaceRaw = pendingSpaceRaw {
                emit(" ", raw: spaceRaw)
                pendingSpaceRaw = nil
            }
            if firstRaw == nil { firstRaw = raw }
            emit(scalar, raw: raw)
            endRaw = raw + 1
        }
    }

    /// Marks that `take` would keep one by one: ASCII, neither a space nor a control that is one.
    @inline(__always)
    private static func isPlainASCII(_ b: UInt8) -> Bool {
        b < 0x80 && b != 0x20 && !(b >= 0x09 && b <= 0x0D)
    }

    /// The paragraph, or nil when it holds no letter or digit: spaces, invisible characters or
    /// a lone bullet or ornament ("•", "* * *") are not a paragraph a reader wants.
    func build(isHeading: Bool = false) -> Paragraph? {
        var out = Output()
        if markdown {
            out.text.reserveCapacity(chars.count)
            for char in chars { out.take(char.scalar, raw: char.raw) }
        } else {
            out.text.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count + 1 })
            // The characters `append` would list for Markdown: each line's scalars with their
            // offsets, and a space at the next line's start between lines that have any.
            var hadScalars = false
            for line in lines {
                if hadScalars { out.take(" ", raw: line.start) }
                if !line.text.isEmpty { hadScalars = true }
                let read: Void? = line.text.utf8.withContiguousStorageIfAvailable { out.takeLine($0, start: line.start) }
                if read == nil {
                    var raw = line.start
                    for scalar in line.text.unicodeScalars {
                        out.take(scalar, raw: raw)
                        raw += 1
                    }
                }
            }
        }
        guard out.hasLetterOrDigit, let start = out.firstRaw else { return nil }
        return Paragraph(text: String(decoding: out.text, as: UTF8.self), start: start, end: out.endRaw, isHeading: isHeading,
                         sourceMap: OffsetMap(anchors: out.anchors))
    }
}

/// Removes Markdown inline markup from one line, keeping the text a reader sees: link text
/// without its target, emphasis without its markers, code without its backticks, and leading
/// heading, quote and list markers.
enum MarkdownInline {
    typealias Sourced = (Unicode.Scalar, Int)

    static func strip(_ input: [Sourced]) -> [Sourced] {
        var chars = stripBlockMarkers(input)
        chars = stripLinks(chars)
        return stripEmphasisAndCode(chars)
    }

    /// One line as a reader sees it, markup removed and spaces collapsed, for classifying it.
    static func displayText(_ line: String) -> String {
        // Most lines have no markup at all: they are only collapsed, with no copy to strip.
        isPlain(line) ? line.collapsingSpaces : markupStripped(line)
    }

    /// `displayText` the long way: every line through the markup rules.
    static func markupStripped(_ line: String) -> String {
        let stripped = strip(line.unicodeScalars.map { ($0, 0) })
        return String(scalars: stripped.lazy.map(\.0)).collapsingSpaces
    }

    /// True when `strip` would change nothing: none of the bytes links, emphasis, code and
    /// escapes start with (`[`, a backslash, a backtick, `*`, `_`), and no block marker
    /// (`# > - + 1.`) first.
    static func isPlain(_ line: String) -> Bool {
        for b in line.utf8 where b == 0x5B || b == 0x5C || b == 0x60 || b == 0x2A || b == 0x5F { return false }
        guard let first = line.unicodeScalars.first(where: { !CharacterClass.isSpace($0) }) else { return true }
        return !(first == "#" || first == ">" || first == "-" || first == "+" || CharacterClass.isDigit(first))
    }

    /// "## ", "> ", "- ", "* ", "+ ", "1. ", "1) " at the start of the line.
    private static func stripBlockMarkers(_ chars: [Sourced]) -> [Sourced] {
        var i = 0
        while i < chars.count, CharacterClass.isSpace(chars[i].0) { i += 1 }
        var changed = true
        while changed && i < chars.count {
            changed = false
            var j = i
            if chars[j].0 == "#" {
                while j < chars.count, chars[j].0 == "#" { j += 1 }
            } else if chars[j].0 == ">" {
                j += 1
            } else if "-*+".unicodeScalars.contains(chars[j].0) {
                j += 1
            } else if CharacterClass.isDigit(chars[j].0) {
                while j < chars.count, CharacterClass.isDigit(chars[j].0) { j += 1 }
                guard j < chars.count, chars[j].0 == "." || chars[j].0 == ")" else { break }
                j += 1
            }
            if j > i, j < chars.count, chars[j].0 == " " {
                i = j
                while i < chars.count, CharacterClass.isSpace(chars[i].0) { i += 1 }
                changed = true
            } else if j > i, j == chars.count, chars[i].0 == ">" {
                i = j
            }
        }
        return Array(chars[i...])
    }

    /// `[text](target)` → text; `![alt](target)` → nothing.
    private static func stripLinks(_ chars: [Sourced]) -> [Sourced] {
        var out: [Sourced] = []
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            let isImage = chars[i].0 == "!" && i + 1 < chars.count && chars[i + 1].0 == "["
            let open = isImage ? i + 1 : i
            if chars[open].0 == "[",
               let close = chars[(open + 1)...].firstIndex(where: { $0.0 == "]" }),
               close + 1 < chars.count, chars[close + 1].0 == "(",
               let end = chars[(close + 2)...].firstIndex(where: { $0.0 == ")" }) {
                if !isImage { out.append(contentsOf: chars[(open + 1)..<close]) }
                i = end + 1
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    /// Drops `**`, `__`, backticks, and single `*`/`_` that open or close emphasis (next to a
    /// word on one side and not the other), keeping `snake_case` and `2 * 3` intact; `\*`
    /// escapes keep the character.
    private static func stripEmphasisAndCode(_ chars: [Sourced]) -> [Sourced] {
        var out: [Sourced] = []
        out.reserveCapacity(chars.count)
        func isWord(_ k: Int) -> Bool {
            k >= 0 && k < chars.count && (CharacterClass.isLetter(chars[k].0) || CharacterClass.isDigit(chars[k].0))
        }
        var i = 0
        while i < chars.count {
            let c = chars[i].0
            if c == "\\", i + 1 < chars.count, "*_`[]()#\\".unicodeScalars.contains(chars[i + 1].0) {
                out.append(chars[i + 1])
                i += 2
                continue
            }
            if c == "`" { i += 1; continue }
            if c == "*" || c == "_" {
                var run = 1
                while i + run < chars.count, chars[i + run].0 == c { run += 1 }
                let before = isWord(i - 1), after = isWord(i + run)
                let flanking = before != after || (run >= 2 && (before || after))
                if flanking && !(c == "_" && before && after) {
                    i += run
                    continue
                }
                out.append(contentsOf: chars[i..<(i + run)])
                i += run
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }
}
