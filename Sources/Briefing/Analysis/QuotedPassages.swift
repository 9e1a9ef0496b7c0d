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
        QuoteMarks.spans(in: s).map(\.content)
    }
}
