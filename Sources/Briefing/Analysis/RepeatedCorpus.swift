/// A big model made cheaply, for benchmarks of what is done with a model (drawing, searching,
/// memory): a small analysed corpus repeated, every index and id moved to its copy, instead of
/// analysing a hundred thousand articles for minutes. Never used to read real articles.
extension AnalyzedCorpus {
    /// `base` repeated `copies` times, copy after copy (article `a` of copy `c` is article
    /// `c * base.articles.count + a`). Ids and titles get the copy's number, so every article,
    /// quote and figure stays distinct.
    ///
    /// - Parameters:
    ///   - sharedNames: true: every copy's quotes go to the same speakers, its mentions to the
    ///     same entities, its figures to the same key figures and its articles to the same
    ///     stories (a few giants: one speaker with 100,000 quotes); false: each copy has its own
    ///     speakers, entities, key figures and stories, named with the copy's number (many of
    ///     everything). Lists ordered by size (entities, key figures, stories) and the timeline
    ///     keep their order by taking each entry's copies one after another.
    ///   - uniqueText: true gives every copy its own text buffers, as articles read from files
    ///     have, so memory is measured for a real corpus; false shares the base's.
    public init(repeating base: AnalyzedCorpus, copies: Int, sharedNames: Bool, uniqueText: Bool = true) {
        let tiler = Tiler(base: base, copies: max(1, copies), shared: sharedNames, unique: uniqueText)
        corpus = Corpus(articles: tiler.articles(), problems: base.corpus.problems)
        quotes = tiler.quotes()
        speakers = tiler.speakers()
        figures = tiler.figures()
        keyFigures = tiler.keyFigures()
        timeline = tiler.timeline()
        entities = tiler.entities()
        summaries = tiler.summaries()
        stories = tiler.stories()
        statistics = tiler.all { _, _, a in base.statistics[a] }
        totals = statistics.reduce(TextStatistics(), +)
    }
}

/// How each part of the model is repeated. Lists in corpus order (articles, quotes, speakers
/// by first appearance) put copy after copy; lists ordered by size put each entry's copies
/// one after another (`spread`).
private struct Tiler {
    let base: AnalyzedCorpus
    let copies: Int
    let shared: Bool
    let unique: Bool
    let m: Int
    let baseIndex: [String: Int]

    init(base: AnalyzedCorpus, copies: Int, shared: Bool, unique: Bool) {
        self.base = base
        self.copies = copies
        self.shared = shared
        self.unique = unique
        m = base.articles.count
        var index: [String: Int] = [:]
        for (a, article) in base.articles.enumerated() { index[article.id] = a }
        baseIndex = index
    }

    /// Copy `c` of base article `a`.
    func article(_ a: Int, _ c: Int) -> Int { c * m + a }

    func articleID(_ a: Int, _ c: Int) -> String {
        c == 0 ? base.articles[a].id : "\(base.articles[a].id)-copy\(c + 1)"
    }

    /// Copy `c` of an id "<article id><mark><n>" (a quote's `#`, a figure's `~`).
    func id(_ id: String, mark: Character, _ c: Int) -> String {
        guard c > 0, let at = id.lastIndex(of: mark), let a = baseIndex[String(id[..<at])] else { return id }
        return articleID(a, c) + id[at...]
    }

    /// A name or title of copy `c`.
    func named(_ name: String, _ c: Int) -> String { c == 0 ? name : "\(name) \(c + 1)" }

    /// The text in a buffer of its own (short strings are stored inline anyway).
    func text(_ s: String, _ c: Int) -> String {
        guard unique, c > 0 else { return s }
        let utf8 = s.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            _ = buffer.initialize(from: utf8)
            return utf8.count
        }
    }

    /// Index of copy `c` of entry `i` in a list whose entries' copies follow each other.
    func spread(_ i: Int, _ c: Int) -> Int { shared ? i : i * copies + c }

    /// One value per article, copy after copy.
    func all<T>(_ make: (_ newIndex: Int, _ c: Int, _ a: Int) -> T) -> [T] {
        var out: [T] = []
        out.reserveCapacity(m * copies)
        for c in 0..<copies { for a in 0..<m { out.append(make(article(a, c), c, a)) } }
        return out
    }

    func articles() -> [Article] {
        all { _, c, a in
            var article = base.articles[a]
            article.id = articleID(a, c)
            if let title = article.title { article.title = named(title, c) }
            article.paragraphs = article.paragraphs.map { p in
                var p = p
                p.text = text(p.text, c)
                return p
            }
            return article
        }
    }

    func quotes() -> [[Quote]] {
        all { index, c, a in
            base.quotes[a].map { q in
                var q = q
                q.id = id(q.id, mark: "#", c)
                q.article = index
                q.text = text(q.text, c)
                q.alsoIn = q.alsoIn.map { id($0, mark: "#", c) }
                return q
            }
        }
    }

    /// Speakers in order of first appearance: one set for all copies, or a set per copy.
    func speakers() -> [Speaker] {
        if shared {
            return base.speakers.map { s in
                var s = s
                s.quotes = (0..<copies).flatMap { c in s.quotes.map { id($0, mark: "#", c) } }
                s.articles = (0..<copies).flatMap { c in s.articles.map { article($0, c) } }
                return s
            }
        }
        let n = base.speakers.count
        return (0..<copies).flatMap { c in
            base.speakers.map { s in
                var s = s
                s.id = c * n + s.id
                s.name = named(s.name, c)
                s.aliases = s.aliases.map { named($0, c) }
                s.quotes = s.quotes.map { id($0, mark: "#", c) }
                s.articles = s.articles.map { article($0, c) }
                return s
            }
        }
    }

    /// A speaker's index in copy `c`.
    func speaker(_ s: Int, _ c: Int) -> Int { shared ? s : c * base.speakers.count + s }

    func figures() -> [[Figure]] {
        all { index, c, a in
            base.figures[a].map { f in
                var f = f
                f.id = id(f.id, mark: "~", c)
                f.article = index
                f.text = text(f.text, c)
                f.sentence = text(f.sentence, c)
                if f.rank > 0 { f.rank = spread(f.rank - 1, c) + 1 }
                return f
            }
        }
    }

    func figureRef(_ ref: FigureRef, _ c: Int) -> FigureRef { FigureRef(article: article(ref.article, c), index: ref.index) }

    func keyFigures() -> [KeyFigure] {
        if shared {
            return base.keyFigures.map { k in
                var k = k
                k.mentions = (0..<copies).flatMap { c in k.mentions.map { figureRef($0, c) } }
                k.articles = (0..<copies).flatMap { c in k.articles.map { article($0, c) } }
                return k
            }
        }
        return base.keyFigures.flatMap { k in
            (0..<copies).map { c in
                var k = k
                k.representative = figureRef(k.representative, c)
                k.mentions = k.mentions.map { figureRef($0, c) }
                k.articles = k.articles.map { article($0, c) }
                k.discrepancies = k.discrepancies.map { spread($0, c) }
                return k
            }
        }
    }

    /// Every event's copies one after another, so the timeline stays in date order.
    func timeline() -> [TimelineEvent] {
        base.timeline.flatMap { e in
            (0..<copies).map { c in
                var e = e
                e.article = article(e.article, c)
                e.alsoIn = e.alsoIn.map { article($0, c) }
                e.event = text(e.event, c)
                return e
            }
        }
    }

    func entities() -> [Entity] {
        if shared {
            return base.entities.map { e in
                var e = e
                e.mentions = (0..<copies).flatMap { c in
                    e.mentions.map { mention in
                        var mention = mention
                        mention.article = article(mention.article, c)
                        return mention
                    }
                }
                e.articles = (0..<copies).flatMap { c in e.articles.map { article($0, c) } }
                e.mentionCounts = Array((0..<copies).map { _ in e.mentionCounts }.joined())
                return e
            }
        }
        return base.entities.flatMap { e in
            (0..<copies).map { c in
                var e = e
                e.id = spread(e.id, c)
                e.name = named(e.name, c)
                e.aliases = e.aliases.map { named($0, c) }
                e.mentions = e.mentions.map { mention in
                    var mention = mention
                    mention.article = article(mention.article, c)
                    return mention
                }
                e.articles = e.articles.map { article($0, c) }
                return e
            }
        }
    }

    func summaries() -> [Summary] {
        all { index, c, a in
            Summary(ranked: base.summaries[a].ranked.map { s in
                var s = s
                s.article = index
                s.text = text(s.text, c)
                return s
            })
        }
    }

    func stories() -> [Story] {
        if shared {
            return base.stories.map { s in
                var s = s
                s.articles = (0..<copies).flatMap { c in s.articles.map { article($0, c) } }
                s.timeline = s.timeline.flatMap { t in (0..<copies).map { t * copies + $0 } }
                return s
            }
        }
        var out: [Story] = []
        out.reserveCapacity(base.stories.count * copies)
        for s in base.stories {
            for c in 0..<copies {
                var s = s
                s.id = "story-\(out.count + 1)"
                s.headline = named(s.headline, c)
                s.headlineArticle = article(s.headlineArticle, c)
                s.articles = s.articles.map { article($0, c) }
                s.people = s.people.map { p in
                    var p = p
                    p.name = named(p.name, c)
                    p.speaker = p.speaker.map { speaker($0, c) }
                    p.entity = p.entity.map { spread($0, c) }
                    p.quote = p.quote.map { id($0, mark: "#", c) }
                    return p
                }
                s.figures = s.figures.map { spread($0, c) }
                s.timeline = s.timeline.map { $0 * copies + c }
                out.append(s)
            }
        }
        return out
    }
}
