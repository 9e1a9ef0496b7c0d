/// Counts that describe an article or a whole corpus, for the statistics sidebar.
public struct TextStatistics: Sendable, Hashable {
    public var articles = 0
    public var paragraphs = 0
    public var words = 0
    public var quotedPassages = 0
    /// Words inside quotation marks.
    public var quotedWords = 0

    public init() {}

    public init(article: Article, passages: [QuotedPassage]) {
        articles = 1
        paragraphs = article.paragraphs.count
        words = article.paragraphs.reduce(0) { $0 + WordCounter.count(in: $1.text) }
        quotedPassages = passages.count
        quotedWords = passages.reduce(0) { $0 + WordCounter.count(in: $1.text) }
    }

    public static func + (a: TextStatistics, b: TextStatistics) -> TextStatistics {
        var sum = TextStatistics()
        sum.articles = a.articles + b.articles
        sum.paragraphs = a.paragraphs + b.paragraphs
        sum.words = a.words + b.words
        sum.quotedPassages = a.quotedPassages + b.quotedPassages
        sum.quotedWords = a.quotedWords + b.quotedWords
        return sum
    }

    /// Minutes to read at 230 words a minute (a common adult reading speed), at least one.
    public var readingMinutes: Int { max(1, (words + 229) / 230) }
}

/// Counts words: runs of letters and digits, with apostrophes and hyphens inside a word
/// ("don't", "forty-two") keeping it one word.
public enum WordCounter {
    public static func count(in text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if CharacterClass.isLetter(scalar) || CharacterClass.isDigit(scalar) {
                if !inWord { count += 1; inWord = true }
            } else if inWord && CharacterClass.isWordInterior(scalar) {
                continue
            } else {
                inWord = false
            }
        }
        return count
    }
}
