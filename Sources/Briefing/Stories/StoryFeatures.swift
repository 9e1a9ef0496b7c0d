import Foundation

/// An article as story grouping compares it: its strongest features in two parts, the names
/// it shares with other articles (people, organisations, places, and passages other outlets
/// quote too) and its distinctive words, each weighted by tf-idf and divided by the length of
/// that part of the article's whole vector (every name or every word, not only these). The dot
/// product of two such vectors over one part is then the part of that cosine similarity their
/// strongest features carry: a lower bound that needs a few dozen numbers per article.
struct StoryVector: Sendable {
    /// Feature ids, ascending: names (`StoryFeatures.nameCount` of them: entities by
    /// `Entity.id`, then shared quotes) first, then words.
    var features: [Int32]
    var weights: [Float]
    /// False when the article names nobody the corpus knows: its words are all there is to
    /// compare.
    var hasNames: Bool

    /// The dot products of two vectors (both sorted by feature) over names and over words.
    func dot(_ other: StoryVector, nameCount: Int) -> (names: Double, words: Double) {
        var i = 0, j = 0, names = 0.0, words = 0.0
        while i < features.count && j < other.features.count {
            let a = features[i], b = other.features[j]
            if a == b {
                let product = Double(weights[i]) * Double(other.weights[j])
                if Int(a) < nameCount { names += product } else { words += product }
                i += 1
                j += 1
            } else if a < b { i += 1 } else { j += 1 }
        }
        return (names, words)
    }
}

/// Turns every article into a `StoryVector`.
///
/// An article's names are the corpus's entities it mentions (weighted by mentions and by kind:
/// a person or organisation two articles name is strong evidence of one event, a place much
/// less, since one city has many events) and the quotes it shares with other articles
/// (`Quote.alsoIn`: two outlets quoting the same words report the same thing). Its words are its
/// distinctive content words (`StoryTerms`; words inside the names are left to the entities, so
/// a name does not count twice). Weights are tf-idf: `1 + ln(count)` times a smoothed inverse
/// document frequency.
///
/// Only features that can link an article to another and do not link it to everything are kept
/// for comparison: at least two articles have them, and no more than `maxDocumentFrequency`. Of
/// those an article keeps its `maxTerms` heaviest words and `maxNames` heaviest names, so the
/// inverted index the clustering walks stays small whatever the corpus size.
///
/// Document frequencies need every article read before any is weighted, so the text is read
/// twice (counting, then weighting), a chunk of articles at a time on every core: holding every
/// article's term counts between the passes would cost more memory than reading again costs time.
struct StoryFeatures: Sendable {
    /// Words kept per article. Fewer is cheaper, but the heaviest words of an article include
    /// rare words it happens to share with unrelated articles, which crowd out the event's own
    /// words as the corpus grows: with 20, two reports of one sinking among a hundred other
    /// articles kept too few words in common to be grouped.
    static let maxTerms = 40
    static let maxNames = 10
    /// Articles read on all cores between two merges into the corpus's counts.
    static let chunk = 4096
    /// A title's words count as this many mentions each: a headline names the event.
    static let titleWeight: Int32 = 2
    /// Weight of a name against the other names of the same rarity.
    static func entityFactor(_ kind: Entity.Kind) -> Double {
        switch kind {
        case .person: 1.5
        case .organization: 1.2
        case .place: 0.6
        }
    }
    /// Weight of a quote other articles repeat, against a name.
    static let sharedQuoteFactor = 1.5

    /// More articles than this share a feature: it says little about which event an article
    /// reports (a country, "police"), and walking its articles would cost the most.
    static func maxDocumentFrequency(articles: Int) -> Int {
        max(20, articles / 10)
    }

    /// Articles assumed on top of the corpus's own when judging how rare a word is. In a corpus
    /// of two, a word both articles use would otherwise weigh less than one only one uses;
    /// against a few dozen articles that do not use it, a word two articles share stays
    /// distinctive. In a big corpus it changes nothing.
    static let pseudoArticles = 20

    static func idf(_ df: Int, articles: Int) -> Double {
        1 + log(Double(articles + pseudoArticles) / Double(df + 1))
    }

    let vectors: [StoryVector]
    let entityCount: Int
    /// Name features: the entities, then one per quote repeated across articles.
    let nameCount: Int
    /// Term hashes by dense id (a term's feature id is `nameCount` + its id).
    let termHashes: [UInt64]
    /// Articles each term hash occurs in (title or body, outside names).
    let documentFrequency: TermCounts
    let articleCount: Int
    /// For each article, the earlier article it is a copy of, or itself (`StoryCopies`).
    let original: [Int]

    var featureCount: Int { nameCount + termHashes.count }

    /// The smoothed inverse document frequency of a feature found in `df` of the articles.
    func idf(_ df: Int) -> Double {
        Self.idf(df, articles: articleCount)
    }

    /// The inverse document frequency of a term hash (one never seen counts as in one article).
    func idf(term: UInt64) -> Double {
        idf(max(1, Int(documentFrequency.count(of: term))))
    }

    /// The term hash of a feature, nil for a name.
    func term(_ feature: Int32) -> UInt64? {
        Int(feature) < nameCount ? nil : termHashes[Int(feature) - nameCount]
    }

    init(articles: [Article], entities: [Entity], quotes: [[Quote]]) {
        let n = articles.count
        articleCount = n
        entityCount = entities.count
        let ranges = NameRanges(articles: articles, entities: entities)
        let terms = StoryTerms.shared

        // Pass 1: the articles each term occurs in. A copy of an earlier article counts as
        // that article (`StoryCopies`).
        let original = StoryCopies.originals(articles)
        var df = TermCounts(capacity: 1 << 16)
        for start in stride(from: 0, to: n, by: Self.chunk) {
            let range = (start..<min(n, start + Self.chunk)).filter { original[$0] == $0 }
            let distinct = Parallel.map(range) { _, a in Self.termCounts(articles[a], names: ranges.of(a), terms: terms).keys }
            for keys in distinct { for key in keys { df.add(key) } }
        }
        documentFrequency = df
        self.original = original
        /// Articles among `list` that are not copies of one another.
        func distinctTexts(_ list: [Int]) -> Int {
            list.count < 2 ? list.count : Set(list.map { original[$0] }).count
        }

        // The names of each article with their weights before normalising.
        var perArticle = [[(Int32, Double)]](repeating: [], count: n)
        var nameDF = entities.map { distinctTexts($0.articles) }
        for entity in entities {
            let idf = Self.idf(nameDF[entity.id], articles: n) * Self.entityFactor(entity.kind)
            for (a, count) in zip(entity.articles, entity.mentionCounts) where a < n {
                perArticle[a].append((Int32(entity.id), (1 + log(Double(max(1, count)))) * idf))
            }
        }
        // A quote and its repeats share a feature, keyed by the first of their ids.
        var groupOf: [String: Int] = [:]
        var groupArticles: [[Int]] = []
        for articleQuotes in quotes {
            for quote in articleQuotes where !quote.alsoIn.isEmpty && quote.article < n {
                let key = min(quote.id, quote.alsoIn.min()!)
                let g: Int
                if let found = groupOf[key] { g = found } else {
                    g = groupArticles.count
                    groupOf[key] = g
                    groupArticles.append([])
                }
                if groupArticles[g].last != quote.article { groupArticles[g].append(quote.article) }
            }
        }
        for (g, list) in groupArticles.enumerated() {
            let d = distinctTexts(list)
            nameDF.append(d)
            guard d >= 2 else { continue }
            let w = Self.idf(d, articles: n) * Self.sharedQuoteFactor
            for a in list { perArticle[a].append((Int32(entities.count + g), w)) }
        }
        let nameTotal = entities.count + groupArticles.count
        nameCount = nameTotal
        let names = perArticle, nameDocumentFrequency = nameDF

        // Pass 2: weights, each article's strongest features, and dense ids for their terms.
        let maxDF = Self.maxDocumentFrequency(articles: n)
        let documentFrequency = df
        var ids = TermCounts(capacity: 1 << 12)
        var vectors: [StoryVector] = []
        vectors.reserveCapacity(n)
        for start in stride(from: 0, to: n, by: Self.chunk) {
            let range = start..<min(n, start + Self.chunk)
            let weighted = Parallel.map(Array(range)) { _, a -> (terms: [(UInt64, Float)], names: [(Int32, Float)]) in
                let counts = Self.termCounts(articles[a], names: ranges.of(a), terms: terms)
                var termNorm = 0.0
                var termCandidates: [(UInt64, Double)] = []
                for (key, count) in zip(counts.keys, counts.counts) {
                    let d = Int(documentFrequency.count(of: key))
                    let w = (1 + log(Double(count))) * Self.idf(d, articles: n)
                    termNorm += w * w
                    if d >= 2 && d <= maxDF { termCandidates.append((key, w)) }
                }
                var nameNorm = 0.0
                var nameCandidates: [(Int32, Double)] = []
                for (f, w) in names[a] {
                    nameNorm += w * w
                    let d = nameDocumentFrequency[Int(f)]
                    if d >= 2 && d <= maxDF { nameCandidates.append((f, w)) }
                }
                termCandidates.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                nameCandidates.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                let termScale = termNorm > 0 ? 1 / termNorm.squareRoot() : 0
                let nameScale = nameNorm > 0 ? 1 / nameNorm.squareRoot() : 0
                return (termCandidates.prefix(Self.maxTerms).map { ($0.0, Float($0.1 * termScale)) },
                        nameCandidates.prefix(Self.maxNames).map { ($0.0, Float($0.1 * nameScale)) })
            }
            for (offset, (termWeights, nameWeights)) in weighted.enumerated() {
                var pairs = nameWeights
                for (key, w) in termWeights { pairs.append((Int32(nameTotal + ids.id(of: key)), w)) }
                pairs.sort { $0.0 < $1.0 }
                vectors.append(StoryVector(features: pairs.map(\.0), weights: pairs.map(\.1), hasNames: !names[start + offset].isEmpty))
            }
        }
        self.vectors = vectors
        termHashes = ids.keys
    }

    /// The content words of an article (title and body, outside the names its entities were
    /// read from), with counts; a title word that is part of a name in the body is a name too.
    static func termCounts(_ article: Article, names: NameRanges.Slice, terms: StoryTerms) -> TermCounts {
        var counts = TermCounts()
        var nameWords = TermCounts(capacity: 16)
        for (p, paragraph) in article.paragraphs.enumerated() {
            terms.forEachTerm(in: paragraph.text, skipping: names.ranges(inParagraph: p)) { h, skipped in
                if skipped { nameWords.add(h) } else { counts.add(h) }
            }
        }
        if let title = article.title {
            terms.forEachTerm(in: title) { h, _ in
                if nameWords.count(of: h) == 0 { counts.add(h, by: titleWeight) }
            }
        }
        return counts
    }
}
