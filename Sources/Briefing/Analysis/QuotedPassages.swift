/// A passage of an article between quotation marks, as written. This is not yet attribution
/// (no speaker, no indirect speech): it is what the quotes pane lists until the quote extractor
/// exists, and it keeps its source span like everything else.
public struct QuotedPassage: Sendable, Hashable {
    /// Index of the paragraph in `Article.paragraphs`.
    public var paragraph: Int
    /// The quoted text, without its marks.
    public var text: String
    /// Bounds of the quoted text in the paragraph's clean text, in Unicode scalars.
    public var cleanRange: Range<Int>
    /// Bounds of the quoted text in the raw file, in Unicode scalars.
    public var start: Int
    public var end: Int
}

/// Finds passages in quotation marks: “curly”, "straight", « guillemets », „low-high“ and
/// ‘single’ marks. A quote left open at the end of a paragraph runs to the paragraph's end, as
/// news style opens each paragraph of a long quote without closing the one before.
public enum QuotedPassageFinder {
    public static func passages(in article: Article) -> [QuotedPassage] {
        var found: [QuotedPassage] = []
        for (index, paragraph) in article.paragraphs.enumerated() {
            let scalars = Array(paragraph.text.unicodeScalars)
            for range in quotedRanges(in: scalars) {
                let text = String(String.UnicodeScalarView(scalars[range]))
                guard text.unicodeScalars.contains(where: CharacterClass.isLetter) else { continue }
                found.append(QuotedPassage(
                    paragraph: index, text: text, cleanRange: range,
                    start: paragraph.rawOffset(ofCleanOffset: range.lowerBound),
                    end: paragraph.rawOffset(ofCleanOffset: range.upperBound - 1) + 1))
            }
        }
        return found
    }

    /// Ranges of quoted text (marks excluded), outermost quotes only.
    static func quotedRanges(in s: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard let closers = openers[s[i]], isOpening(at: i, in: s) else { i += 1; continue }
            let contentStart = i + 1
            var j = contentStart
            var close: Int?
            while j < s.count {
                if closers.contains(s[j]) && isClosing(at: j, in: s) { close = j; break }
                j += 1
            }
            let contentEnd = close ?? s.count
            var range = contentStart..<contentEnd
            range = trimmed(range, in: s)
            if !range.isEmpty { ranges.append(range) }
            i = (close ?? s.count) + 1
        }
        return ranges
    }

    /// Opening marks and the marks that may close them.
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

    /// An opening mark stands at the start or after a space or bracket, and is followed by text.
    /// This keeps apostrophes (don’t, the ’90s) and inch marks (5") from opening quotes.
    /// Guillemets may be followed by a space: French typography sets « ainsi ».
    static func isOpening(at i: Int, in s: [Unicode.Scalar]) -> Bool {
        let beforeOK = i == 0 || CharacterClass.isSpace(s[i - 1]) || "([{—–-/:".unicodeScalars.contains(s[i - 1])
        let spacedOpener = s[i] == "\u{00AB}" || s[i] == "\u{00BB}"
        let afterOK = i + 1 < s.count && (spacedOpener || !CharacterClass.isSpace(s[i + 1]))
        return beforeOK && afterOK
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
