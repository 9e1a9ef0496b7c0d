import Briefing

extension EntityMention: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(article)
        w.write(paragraph)
        w.write(cleanRange)
        w.write(start)
        w.write(end - start)
    }

    public init(from r: inout BinaryReader) throws {
        let article = try r.int(), paragraph = try r.int(), cleanRange = try r.range(), start = try r.int()
        self.init(article: article, paragraph: paragraph, cleanRange: cleanRange, start: start, end: start + (try r.int()))
    }
}

extension ArticleEntity: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(name)
        w.write(code: kind, of: Codes.entityKinds)
        w.write(aliases)
        w.write(mentions)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(name: try r.string(), kind: try r.code(Codes.entityKinds, "entity kind"), aliases: try r.strings(),
                  mentions: try r.readArray(EntityMention.self))
    }
}

extension ArticleEntities: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(entities)
        w.write(unclassified)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(entities: try r.readArray(ArticleEntity.self), unclassified: try r.readArray(ArticleEntity.self))
    }
}

extension Entity: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(name)
        w.write(code: kind, of: Codes.entityKinds)
        w.write(aliases)
        w.write(mentions)
        w.write(articles)
        w.write(mentionCounts)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(id: try r.int(), name: try r.string(), kind: try r.code(Codes.entityKinds, "entity kind"), aliases: try r.strings(),
                  mentions: try r.readArray(EntityMention.self), articles: try r.ints(), mentionCounts: try r.ints())
    }
}
