/// A passage between quotation marks in one paragraph.
struct QuoteSpan: Sendable, Equatable {
    /// Offset of the opening mark in the paragraph's clean text.
    var open: Int
    /// Offset of the closing mark, or nil when the quote runs on to the next paragraph.
    var close: Int?
    /// The text between the marks, trimmed of spaces.
    var content: Range<Int>
}

/// Finds passages in quotation marks: “curly”, "straight", « guillemets », „low-high“, ‘single’
/// and 「corner」 marks. Only outermost passages count: marks nested inside a quote belong to it.
/// A quote left open at the end of a paragraph runs to the paragraph's end, as news style opens
/// each paragraph of a long quote without closing the one before.
enum QuoteMarks {
    static func spans(in s: [Unicode.Scalar]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var i = 0
        while i < s.count {
            if s[i] == "'" {
                // Straight single marks double as apostrophes; they are read by a rule of their own.
                if let span = straightSingle(at: i, in: s) {
                    spans.append(span)
                    i = (span.close ?? s.count) + 1
                } else {
                    i += 1
                }
                continue
            }
            let opener = s[i]
            guard isOpener(opener), isOpening(at: i, in: s) else { i += 1; continue }
            var j = i + 1
            var close: Int?
            while j < s.count {
                if closes(s[j], opener) && isClosing(at: j, in: s) { close = j; break }
                j += 1
            }
            let content = trimmed((i + 1)..<(close ?? s.count), in: s)
            if !content.isEmpty { spans.append(QuoteSpan(open: i, close: close, content: content)) }
            i = (close ?? s.count) + 1
        }
        return spans
    }

    /// True for a mark in `openers`. Called for every scalar of every paragraph: a switch on
    /// the scalar value costs a compare or two, where the dictionary lookup hashed each scalar.
    @inline(__always)
    static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0xAB, 0xBB, 0x201C, 0x201E, 0x2018, 0x201A, 0x300C: true
        default: false
        }
    }

    /// True when `c` may close a passage opened by `opener`: `openers[opener]` as a switch.
    @inline(__always)
    static func closes(_ c: Unicode.Scalar, _ opener: Unicode.Scalar) -> Bool {
        switch opener.value {
        case 0x201C: c.value == 0x201D || c.value == 0x201C || c.value == 0x22
        case 0x22: c.value == 0x22 || c.value == 0x201D
        case 0xAB: c.value == 0xBB
        case 0xBB: c.value == 0xAB
        case 0x201E: c.value == 0x201C || c.value == 0x201D
        case 0x2018: c.value == 0x2019
        case 0x201A: c.value == 0x2018 || c.value == 0x2019
        case 0x300C: c.value == 0x300D
        default: false
        }
    }

    /// Opening marks and the marks that may close them (the table `isOpener` and `closes`
    /// encode; a test keeps them in step).
    static let openers: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "\u{201C}": ["\u{201D}", "\u{201C}", "\""],   // “…” (and “…“ as some dumps write it)
        "\"": ["\"", "\u{201D}"],
        "\u{00AB}": ["\u{00BB}"],                      // «…»
        "\u{00BB}": ["\u{00AB}"],                      // »…« (German, Danish)
        "\u{201E}": ["\u{201C}", "\u{201D}"],          // „…“
        "\u{2018}": ["\u{2019}"],                      // ‘…’
        "\u{201A}": ["\u{2018}", "\u{2019}"],          // ‚…‘
        "\u{300C}": ["\u{300D}"],                      // 「…」
    ]

    /// A passage in straight single marks, 'like this', as British copy typed on a plain
    /// keyboard writes quotes. The mark is also an apostrophe (don't, the '90s, the players'
    /// union), so an opening mark must be followed by a letter, a closing mark must follow a
    /// non-space and not be followed by a letter, and "s' " before a lowercase word is a plural
    /// possessive unless the word is a pronoun or a reporting verb. With no closing mark, the
    /// quote runs on to the next paragraph only when it opens its paragraph.
    static func straightSingle(at i: Int, in s: [Unicode.Scalar]) -> QuoteSpan? {
        guard isOpening(at: i, in: s), i + 1 < s.count, CharacterClass.isLetter(s[i + 1]) else { return nil }
        var j = i + 2
        while j < s.count {
            defer { j += 1 }
            guard s[j] == "'", !CharacterClass.isSpace(s[j - 1]), isClosing(at: j, in: s), !CharacterClass.isDigit(s[j - 1]) || j + 1 >= s.count || !CharacterClass.isDigit(s[j + 1]) else { continue }
            if s[j - 1] == "s", j + 2 < s.count, s[j + 1] == " ", CharacterClass.isLetter(s[j + 2]), !CharacterClass.isUppercase(s[j + 2]) {
                var k = j + 2
                var word = ""
                while k < s.count, CharacterClass.isLetter(s[k]) { word.unicodeScalars.append(s[k]); k += 1 }
                if !possessiveBreakers.contains(word) { continue }
            }
            let content = trimmed((i + 1)..<j, in: s)
            return content.isEmpty ? nil : QuoteSpan(open: i, close: j, content: content)
        }
        guard i == 0 else { return nil }
        let content = trimmed((i + 1)..<s.count, in: s)
        return content.isEmpty ? nil : QuoteSpan(open: i, close: nil, content: content)
    }

    /// Words after "s' " that show the mark closes a quote ("all the workers' he said").
    private static let possessiveBreakers: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "said", "says", "added", "according", "and", "but", "the", "a", "an",
        "was", "were", "is", "are", "told", "wrote", "asked", "explained",
    ]

    /// An opening mark stands at the start or after a space or bracket, and is followed by text.
    /// This keeps apostrophes (don’t, the ’90s) and inch marks (5") from opening quotes.
    /// Guillemets may be followed by a space: French typography sets « ainsi ».
    static func isOpening(at i: Int, in s: [Unicode.Scalar]) -> Bool {
        let beforeOK = i == 0 || CharacterClass.isSpace(s[i - 1]) || isOpeningContext(s[i - 1])
        let spacedOpener = s[i] == "\u{00AB}" || s[i] == "\u{00BB}"
        let afterOK = i + 1 < s.count && (spacedOpener || !CharacterClass.isSpace(s[i + 1]))
        return beforeOK && afterOK
    }

    /// `"([{—–-/:".unicodeScalars.contains(c)` without building the view each time.
    @inline(__always)
    private static func isOpeningContext(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", "[", "{", "\u{2014}", "\u{2013}", "-", "/", ":": true
        default: false
        }
    }

    /// A closing mark is not followed by a letter (which would make it an apostrophe).
    static func isClosing(at i: Int, in s: [Unicode.Scalar]) -> Bool {
        i + 1 >= s.count || !CharacterClass.isLetter(s[i + 1])
    }

    private static func trimmed(_ range: Range<Int>, in s: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, CharacterClass.isSpace(s[lower]) { lower += 1 }
        while upper > lower, CharacterClass.isSpace(s[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
