/// Chooses the sentences of an article worth reading when there is no time for the rest.
/// SCAFFOLDING: the lead sentences, until the real summarizer lands.
public enum Summarizer {
    /// Sentences in a summary unless the user asks for another length.
    public static let defaultLength = 3
    /// Sentences kept in `Summary.ranked`: the longest summary anyone can ask for.
    public static let maxSentences = 10

    public static func summarize(_ article: Article, articleIndex: Int, quotes: [Quote], figures: [Figure]) -> Summary {
        var ranked: [SummarySentence] = []
        for (p, paragraph) in article.paragraphs.enumerated() where !paragraph.isHeading {
            for range in SentenceSplitter.sentences(in: paragraph.text) {
                guard ranked.count < maxSentences else { break }
                let scalars = Array(paragraph.text.unicodeScalars)
                let text = String(String.UnicodeScalarView(scalars[range]))
                ranked.append(SummarySentence(article: articleIndex, paragraph: p, range: range, text: text,
                                              start: paragraph.rawOffset(ofCleanOffset: range.lowerBound),
                                              end: paragraph.rawOffset(ofCleanOffset: range.upperBound - 1) + 1))
            }
        }
        return Summary(ranked: ranked)
    }
}
