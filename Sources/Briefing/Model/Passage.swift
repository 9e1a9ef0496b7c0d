/// A place in an article to show a reader: the sentence that holds something extracted (a
/// figure, a date, a mention of a name) and the extracted words inside it. Every extraction
/// can be turned into one, so the reader jumps to all of them the same way.
public struct Passage: Sendable, Hashable {
    public var article: Int
    public var paragraph: Int
    /// The sentence, in the paragraph's clean text (Unicode scalars).
    public var sentence: Range<Int>
    /// The extracted words, inside `sentence`.
    public var focus: Range<Int>

    public init(article: Int, paragraph: Int, sentence: Range<Int>, focus: Range<Int>) {
        self.article = article
        self.paragraph = paragraph
        self.sentence = sentence
        self.focus = focus
    }
}

extension Article {
    /// The clean text of paragraph `p`, or the title for `FigureExtractor.titleParagraph`.
    public func text(ofParagraph p: Int) -> String? {
        if p == FigureExtractor.titleParagraph { return titleStart == nil ? nil : title }
        return paragraphs.indices.contains(p) ? paragraphs[p].text : nil
    }

    /// The sentence a passage of this article marks, as the article has it.
    public func sentence(of passage: Passage) -> String? {
        guard let text = text(ofParagraph: passage.paragraph) else { return nil }
        let scalars = Array(text.unicodeScalars)
        return String(scalars: scalars[passage.sentence.clamped(to: 0..<scalars.count)])
    }

    /// The passage around `range` of paragraph `paragraph`: the sentence that holds its start.
    /// The sentence is found here, in the model, so views never split text themselves.
    public func passage(articleIndex: Int, paragraph: Int, range: Range<Int>) -> Passage {
        guard paragraphs.indices.contains(paragraph) else {
            return Passage(article: articleIndex, paragraph: paragraph, sentence: range, focus: range)
        }
        let sentences = SentenceSplitter.sentences(in: paragraphs[paragraph].text)
        var sentence = sentences.first { $0.contains(range.lowerBound) } ?? range
        // A mention that runs past its sentence's end keeps all of its words marked.
        sentence = min(sentence.lowerBound, range.lowerBound)..<max(sentence.upperBound, range.upperBound)
        return Passage(article: articleIndex, paragraph: paragraph, sentence: sentence, focus: range)
    }
}

extension Figure {
    /// The figure in its sentence.
    public var passage: Passage {
        Passage(article: article, paragraph: paragraph, sentence: sentenceRange, focus: cleanRange)
    }
}
