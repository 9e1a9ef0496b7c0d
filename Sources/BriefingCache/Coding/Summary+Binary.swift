import Briefing

extension SummarySentence: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(article)
        w.write(paragraph)
        w.write(range)
        w.write(text)
        w.write(start)
        w.write(end - start)
    }

    public init(from r: inout BinaryReader) throws {
        let article = try r.int(), paragraph = try r.int(), range = try r.range(), text = try r.string(), start = try r.int()
        self.init(article: article, paragraph: paragraph, range: range, text: text, start: start, end: start + (try r.int()))
    }
}

extension Summary: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(ranked)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(ranked: try r.readArray(SummarySentence.self))
    }
}

extension TextStatistics: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        for n in [articles, paragraphs, words, quotes, directQuotes, partialQuotes, indirectQuotes] { w.write(n) }
    }

    public init(from r: inout BinaryReader) throws {
        self.init()
        articles = try r.int()
        paragraphs = try r.int()
        words = try r.int()
        quotes = try r.int()
        directQuotes = try r.int()
        partialQuotes = try r.int()
        indirectQuotes = try r.int()
    }
}
