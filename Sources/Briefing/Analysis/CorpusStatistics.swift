/// Counts that describe an article or a whole corpus, for the statistics sidebar.
public struct TextStatistics: Sendable, Hashable {
    public var articles = 0
    public var paragraphs = 0
    public var words = 0
    /// Quotes of every kind.
    public var quotes = 0
    public var directQuotes = 0
    public var partialQuotes = 0
    public var indirectQuotes = 0

    public init() {}

    public init(article: Article, quotes found: [Quote]) {
        articles = 1
        paragraphs = article.paragraphs.count
        words = article.paragraphs.reduce(0) { $0 + WordCounter.count(in: $1.text) }
        quotes = found.count
        for quote in found {
            switch quote.kind {
            case .direct: directQuotes += 1
            case .partial: partialQuotes += 1
            case .indirect: indirectQuotes += 1
            }
        }
    }

    /// Quotes of one kind.
    public func quotes(of kind: Quote.Kind) -> Int {
        switch kind {
        case .direct: directQuotes
        case .partial: partialQuotes
        case .indirect: indirectQuotes
        }
    }

    public static func + (a: TextStatistics, b: TextStatistics) -> TextStatistics {
        var sum = TextStatistics()
        sum.articles = a.articles + b.articles
        sum.paragraphs = a.paragraphs + b.paragraphs
        sum.words = a.words + b.words
        sum.quotes = a.quotes + b.quotes
        sum.directQuotes = a.directQuotes + b.directQuotes
        sum.partialQuotes = a.partialQuotes + b.partialQuotes
        sum.indirectQuotes = a.indirectQuotes + b.indirectQuotes
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
