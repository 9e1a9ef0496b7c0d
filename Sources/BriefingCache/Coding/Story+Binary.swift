import Briefing

extension StoryPerson: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(name)
        w.write(role)
        w.write(speaker)
        w.write(entity)
        w.write(quote)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(name: try r.string(), role: try r.optionalString(), speaker: try r.optionalInt(), entity: try r.optionalInt(),
                  quote: try r.optionalString())
    }
}

extension Story: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(headline)
        w.write(headlineArticle)
        w.write(articles)
        w.write(people)
        w.write(figures)
        w.write(timeline)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(id: try r.string(), headline: try r.string(), headlineArticle: try r.int(), articles: try r.ints(),
                  people: try r.readArray(StoryPerson.self), figures: try r.ints(), timeline: try r.ints())
    }
}
