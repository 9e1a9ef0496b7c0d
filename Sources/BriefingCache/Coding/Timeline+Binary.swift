import Briefing

extension TimelineDate: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(year)
        w.write(month)
        w.write(day)
        w.write(week)
        w.write(code: precision, of: Codes.precisions)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(year: try r.optionalInt(), month: try r.optionalInt(), day: try r.optionalInt(), week: try r.optionalInt(),
                  precision: try r.code(Codes.precisions, "date precision"))
    }
}

extension TimelineEvent: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(when)
        w.write(dateText)
        w.write(certain)
        w.write(event)
        w.write(article)
        w.write(paragraph)
        w.write(cleanRange)
        w.write(sentenceRange)
        w.write(start)
        w.write(end - start)
        w.write(alsoIn)
        w.write(code: kind, of: Codes.eventKinds)
    }

    public init(from r: inout BinaryReader) throws {
        let when = try r.read(TimelineDate.self), dateText = try r.string(), certain = try r.bool(), event = try r.string()
        let article = try r.int(), paragraph = try r.int(), cleanRange = try r.range(), sentenceRange = try r.range()
        let start = try r.int(), end = start + (try r.int())
        self.init(when: when, dateText: dateText, certain: certain, event: event, article: article, paragraph: paragraph,
                  cleanRange: cleanRange, sentenceRange: sentenceRange, start: start, end: end, alsoIn: try r.ints(),
                  kind: try r.code(Codes.eventKinds, "event kind"))
    }
}
