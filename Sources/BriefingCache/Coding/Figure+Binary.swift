import Briefing

extension Figure: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(article)
        w.write(paragraph)
        w.write(value)
        w.write(upper)
        w.write(approximate)
        w.write(qualifier)
        w.write(unit)
        w.write(code: kind, of: Codes.figureKinds)
        w.write(text)
        w.write(sentence)
        w.write(sentenceRange)
        w.write(speaker)
        w.write(rank)
        w.write(cleanRange)
        w.write(start)
        w.write(end - start)
    }

    public init(from r: inout BinaryReader) throws {
        let id = try r.string(), article = try r.int(), paragraph = try r.int(), value = try r.double()
        let upper = try r.optionalDouble(), approximate = try r.bool(), qualifier = try r.optionalString(), unit = try r.string()
        let kind = try r.code(Codes.figureKinds, "figure kind"), text = try r.string(), sentence = try r.string()
        let sentenceRange = try r.range(), speaker = try r.optionalString(), rank = try r.int(), cleanRange = try r.range()
        let start = try r.int()
        self.init(id: id, article: article, paragraph: paragraph, value: value, upper: upper, approximate: approximate,
                  qualifier: qualifier, unit: unit, kind: kind, text: text, sentence: sentence, sentenceRange: sentenceRange,
                  speaker: speaker, rank: rank, cleanRange: cleanRange, start: start, end: start + (try r.int()))
    }
}

extension FigureRef: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(article)
        w.write(index)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(article: try r.int(), index: try r.int())
    }
}

extension KeyFigure: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(representative)
        w.write(mentions)
        w.write(articles)
        w.write(score)
        w.write(discrepancies)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(representative: try r.read(FigureRef.self), mentions: try r.readArray(FigureRef.self), articles: try r.ints(),
                  score: try r.double(), discrepancies: try r.ints())
    }
}

extension CorpusMerge.FigureMark: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(rank)
        w.write(speaker)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(rank: try r.int(), speaker: try r.optionalString())
    }
}
