import Briefing

extension ArticleAnalysis: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(article)
        w.write(quotes)
        w.write(figures)
        w.write(events)
        w.write(entities)
        w.write(summary)
        w.write(statistics)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(article: try r.read(Article.self), quotes: try r.readArray(Quote.self), figures: try r.readArray(Figure.self),
                  events: try r.readArray(TimelineEvent.self), entities: try r.read(ArticleEntities.self),
                  summary: try r.read(Summary.self), statistics: try r.read(TextStatistics.self))
    }
}

extension CorpusMerge: BinaryCodable {
    /// Quote links and figure marks are mostly empty and default: written sparsely, as the
    /// places that have one.
    public func write(to w: inout BinaryWriter) {
        w.write(speakers)
        w.write(count: quoteLinks.count)
        for links in quoteLinks {
            let linked = links.indices.filter { !links[$0].isEmpty }
            w.write(count: links.count)
            w.write(count: linked.count)
            for q in linked {
                w.write(count: q)
                w.write(links[q])
            }
        }
        w.write(count: figureMarks.count)
        for marks in figureMarks { w.write(marks) }
        w.write(keyFigures)
        w.write(timeline)
        w.write(entities)
        w.write(stories)
    }

    public init(from r: inout BinaryReader) throws {
        let speakers = try r.readArray(Speaker.self)
        let articles = try r.count()
        var quoteLinks: [[[String]]] = []
        quoteLinks.reserveCapacity(articles)
        for _ in 0..<articles {
            var links = [[String]](repeating: [], count: try r.count(elementSize: 0))
            for _ in 0..<(try r.count()) {
                let q = try r.count(elementSize: 0)
                guard links.indices.contains(q) else { throw BinaryDecodingError.malformed("quote link \(q)") }
                links[q] = try r.strings()
            }
            quoteLinks.append(links)
        }
        let figureMarks = try r.array { try $0.readArray(CorpusMerge.FigureMark.self) }
        guard figureMarks.count == articles else { throw BinaryDecodingError.malformed("figure marks for \(figureMarks.count) articles") }
        self.init(speakers: speakers, quoteLinks: quoteLinks, figureMarks: figureMarks, keyFigures: try r.readArray(KeyFigure.self),
                  timeline: try r.readArray(TimelineEvent.self), entities: try r.readArray(Entity.self), stories: try r.readArray(Story.self))
    }
}

extension LoadProblem.Reason: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        switch self {
        case .notFound: w.write(byte: 0)
        case .unreadable(let why): w.write(byte: 1); w.write(why)
        case .empty: w.write(byte: 2)
        case .binary: w.write(byte: 3)
        case .noArticleText: w.write(byte: 4)
        case .invalidUTF8(let replaced): w.write(byte: 5); w.write(replaced)
        case .decoded(let from): w.write(byte: 6); w.write(from)
        }
    }

    public init(from r: inout BinaryReader) throws {
        switch try r.byte() {
        case 0: self = .notFound
        case 1: self = .unreadable(try r.string())
        case 2: self = .empty
        case 3: self = .binary
        case 4: self = .noArticleText
        case 5: self = .invalidUTF8(replaced: try r.int())
        case 6: self = .decoded(from: try r.string())
        case let b: throw BinaryDecodingError.malformed("load problem code \(b)")
        }
    }
}
