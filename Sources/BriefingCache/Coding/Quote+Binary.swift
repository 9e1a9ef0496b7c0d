import Briefing

extension SpeakerMention: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(name)
        w.write(code: kind, of: Codes.speakerKinds)
        w.write(surface)
        w.write(role)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(name: try r.string(), kind: try r.code(Codes.speakerKinds, "speaker kind"), surface: try r.string(),
                  role: try r.optionalString())
    }
}

extension Quote: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(article)
        w.write(code: kind, of: Codes.quoteKinds)
        w.write(paragraph)
        w.write(cleanRange)
        w.write(text)
        w.write(start)
        w.write(end - start)
        w.write(speaker)
        w.write(cue)
        w.write(alsoIn)
    }

    public init(from r: inout BinaryReader) throws {
        let id = try r.string(), article = try r.int(), kind = try r.code(Codes.quoteKinds, "quote kind")
        let paragraph = try r.int(), cleanRange = try r.range(), text = try r.string(), start = try r.int()
        let end = start + (try r.int())
        self.init(id: id, article: article, kind: kind, paragraph: paragraph, cleanRange: cleanRange, text: text, start: start,
                  end: end, speaker: try r.readOptional(SpeakerMention.self), cue: try r.optionalString(), alsoIn: try r.strings())
    }
}

extension Speaker: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(name)
        w.write(code: kind, of: Codes.speakerKinds)
        w.write(aliases)
        w.write(role)
        w.write(quotes)
        w.write(articles)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(id: try r.int(), name: try r.string(), kind: try r.code(Codes.speakerKinds, "speaker kind"), aliases: try r.strings(),
                  role: try r.optionalString(), quotes: try r.strings(), articles: try r.ints())
    }
}
