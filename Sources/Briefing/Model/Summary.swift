/// An extractive summary of one article: whole sentences of its body, never rewritten.
public struct Summary: Sendable, Hashable {
    /// The sentences worth reading, most salient first, each chosen to add something the ones
    /// before it did not say (up to `Summarizer.maxSentences`). A summary of any length is a
    /// prefix of this list, so the length can change without summarising again.
    public var ranked: [SummarySentence]

    public init(ranked: [SummarySentence]) {
        self.ranked = ranked
    }

    /// The `count` most salient sentences, in the order the article has them.
    public func sentences(_ count: Int = Summarizer.defaultLength) -> [SummarySentence] {
        ranked.prefix(max(0, count)).sorted { ($0.paragraph, $0.range.lowerBound) < ($1.paragraph, $1.range.lowerBound) }
    }
}

/// One sentence of an article chosen for its summary.
public struct SummarySentence: Sendable, Hashable {
    /// Index of the article in the corpus.
    public var article: Int
    /// Index of the paragraph in `Article.paragraphs`.
    public var paragraph: Int
    /// The sentence in the paragraph's clean text, in Unicode scalars.
    public var range: Range<Int>
    /// The sentence as cleaned.
    public var text: String
    /// Bounds of the sentence in the raw file, in Unicode scalars.
    public var start: Int
    public var end: Int

    public init(article: Int, paragraph: Int, range: Range<Int>, text: String, start: Int, end: Int) {
        self.article = article
        self.paragraph = paragraph
        self.range = range
        self.text = text
        self.start = start
        self.end = end
    }

    /// The whole sentence, to highlight in the reader.
    public var passage: Passage {
        Passage(article: article, paragraph: paragraph, sentence: range, focus: range)
    }
}
