/// An article's body as the summarizers see it: its sentences in order, each with the content
/// words it is compared by and the signals that say whether it can stand alone in a summary.
struct SummaryCandidates {
    struct Sentence {
        var paragraph: Int
        /// In the paragraph's clean text, Unicode scalars.
        var range: Range<Int>
        /// Position among the body's sentences, from 0.
        var position: Int
        /// Position of its paragraph among the body's (non-heading) paragraphs, from 0.
        var paragraphPosition: Int
        var words: Int
        /// Content words as ids (stop words dropped, plurals folded), with repeats.
        var terms: [Int32]
        /// Share of its characters inside quotation marks (direct and partial quotes).
        var quoted: Double = 0
        /// Figures it states.
        var figures: Int = 0
        /// False for sentences a summary must never take: page furniture, captions, fragments,
        /// lead-ins to a quote ("He said:").
        var eligible: Bool
        /// True when it asks rather than tells.
        var isQuestion: Bool
        /// True when its first word leans on the sentence before ("He", "But", "This").
        var dangles: Bool
    }

    var sentences: [Sentence]
    /// The article's paragraphs as tokenised, so a chosen sentence's text is cut from scalars
    /// already decoded.
    let prepared: [PreparedParagraph]
    /// Content words of the title, as ids.
    var titleTerms: [Int32]
    /// Number of distinct term ids.
    var vocabulary: Int

    /// `reading` is the article as the quote extractor tokenised it, when it did: its tokens
    /// and sentences are reused rather than found again.
    init(_ article: Article, quotes: [Quote], figures: [Figure], reading: ArticleReading? = nil) {
        var vocabulary = Vocabulary()
        var sentences: [Sentence] = []
        var paragraphPosition = 0
        prepared = reading?.paragraphs ?? article.paragraphs.enumerated().map { PreparedParagraph(index: $0.offset, paragraph: $0.element) }
        for (p, paragraph) in prepared.enumerated() where !paragraph.paragraph.isHeading {
            let tokens = paragraph.tokens
            let quoted = quotes.filter { $0.paragraph == p && $0.kind != .indirect }.map(\.cleanRange)
            let stated = figures.filter { $0.paragraph == p }.map(\.cleanRange)
            for tokenRange in paragraph.sentences {
                let range = tokens[tokenRange.lowerBound].range.lowerBound..<tokens[tokenRange.upperBound - 1].range.upperBound
                let words = tokens[tokenRange].filter { $0.kind != .punctuation }.map(\.lower)
                let text = paragraph.scalars[range]
                var sentence = Sentence(
                    paragraph: p, range: range, position: sentences.count, paragraphPosition: paragraphPosition,
                    words: words.count, terms: words.compactMap { vocabulary.id(SummaryWords.term($0)) },
                    eligible: SummaryWords.canStandAlone(text, words: words), isQuestion: SummaryWords.isQuestion(text),
                    dangles: words.first.map(SummaryWords.danglingStarts.contains) ?? false)
                if !quoted.isEmpty {
                    let inside = quoted.reduce(0) { $0 + $1.clamped(to: range).count }
                    sentence.quoted = min(1, Double(inside) / Double(range.count))
                }
                sentence.figures = stated.filter { range.contains($0.lowerBound) }.count
                sentences.append(sentence)
            }
            paragraphPosition += 1
        }
        self.sentences = sentences
        titleTerms = SummaryWords.words((article.title ?? "").unicodeScalars)
            .compactMap { vocabulary.id(SummaryWords.term($0)) }
        self.vocabulary = vocabulary.count
    }

    /// A candidate as the summary shows it.
    func summarySentence(_ i: Int, of article: Article, articleIndex: Int) -> SummarySentence {
        let s = sentences[i]
        let paragraph = article.paragraphs[s.paragraph]
        return SummarySentence(article: articleIndex, paragraph: s.paragraph, range: s.range,
                               text: String(scalars: prepared[s.paragraph].scalars[s.range]),
                               start: paragraph.rawOffset(ofCleanOffset: s.range.lowerBound),
                               end: paragraph.rawOffset(ofCleanOffset: s.range.upperBound - 1) + 1)
    }

    /// Term ids for the content words of an article: stop words get none.
    private struct Vocabulary {
        var ids: [String: Int32] = [:]
        var count: Int { ids.count }

        mutating func id(_ term: String?) -> Int32? {
            guard let term else { return nil }
            if let id = ids[term] { return id }
            let id = Int32(ids.count)
            ids[term] = id
            return id
        }
    }
}
