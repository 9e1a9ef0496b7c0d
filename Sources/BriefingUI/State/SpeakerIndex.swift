import Briefing

/// Where a quote is: its article and its place in that article's quotes.
public struct QuoteRef: Sendable, Hashable {
    public var article: Int
    public var index: Int
}

/// What the speaker views look up many times, computed once from the model: the list order of
/// speakers, their names for matching, where each quote is and who said it.
///
/// Built for a corpus of any size in one pass over the quotes and one over the speakers'
/// quote ids, into flat arrays of small integers: no dictionary keyed by a million quote ids
/// (which cost most of a second and a hundred megabytes at 100,000 articles), and no list
/// of each speaker's quotes but their positions.
public struct SpeakerIndex: Sendable {
    /// Indices into `model.speakers`: most quoted first, then in order of first appearance.
    public let order: [Int]
    /// The names of the speakers, for the filter.
    let names: SpeakerNames
    /// Each article's first quote in a numbering of every quote of the corpus (article by
    /// article); one more at the end, the number of quotes.
    let quoteBase: [Int32]
    /// For each quote (in that numbering), the speaker it belongs to; -1 for none.
    let speakerOfQuote: [Int32]
    /// Each speaker's quotes (in that numbering), in corpus order: speaker `s` has
    /// `speakerQuotes[speakerQuoteStart[s]..<speakerQuoteStart[s + 1]]`.
    let speakerQuoteStart: [Int32]
    let speakerQuotes: [Int32]
    /// Articles by id, to find a quote from its id ("<article id>#<n>").
    let articleOfID: [String: Int]
    /// Number of speakers quoted in each article.
    public let speakersPerArticle: [Int]

    init(_ model: AnalyzedCorpus) {
        let speakers = model.speakers
        let counts = speakers.map(\.quotes.count)
        order = speakers.indices.sorted { (-counts[$0], $0) < (-counts[$1], $1) }
        names = SpeakerNames(speakers, order: order)

        var base: [Int32] = [0]
        base.reserveCapacity(model.quotes.count + 1)
        for quotes in model.quotes { base.append(base[base.count - 1] + Int32(quotes.count)) }
        quoteBase = base
        var ids: [String: Int] = [:]
        ids.reserveCapacity(model.articles.count)
        for (a, article) in model.articles.enumerated() where ids[article.id] == nil { ids[article.id] = a }
        articleOfID = ids

        var owner = [Int32](repeating: -1, count: Int(base[base.count - 1]))
        var starts: [Int32] = [0]
        starts.reserveCapacity(speakers.count + 1)
        var list: [Int32] = []
        list.reserveCapacity(counts.reduce(0, +))
        var perArticle = Array(repeating: 0, count: model.articles.count)
        let allArticles = model.articles
        for (s, speaker) in speakers.enumerated() {
            var resolver = QuoteIDResolver(corpus: allArticles, articles: speaker.articles, articleOfID: ids)
            for id in speaker.quotes {
                // Ids that no longer resolve are skipped.
                guard let ref = resolver.resolve(id), model.quotes[ref.article].indices.contains(ref.index) else { continue }
                let global = base[ref.article] + Int32(ref.index)
                if owner[Int(global)] < 0 { owner[Int(global)] = Int32(s) }
                list.append(global)
            }
            starts.append(Int32(list.count))
            // `Speaker.articles` lists each article once.
            for article in speaker.articles where perArticle.indices.contains(article) { perArticle[article] += 1 }
        }
        speakerOfQuote = owner
        speakerQuoteStart = starts
        speakerQuotes = list
        speakersPerArticle = perArticle
    }

    /// Speakers whose name or an alias contains `filter`, ignoring case, in list order.
    public func speakers(matching filter: String) -> [Int] {
        guard !filter.isEmpty else { return order }
        return names.speakers(matching: filter, order: order)
    }

    /// The same among `candidates` (in list order), the speakers a shorter filter let
    /// through: typing one more letter narrows the list without reading every name again.
    public func speakers(matching filter: String, among candidates: [Int]) -> [Int] {
        guard !filter.isEmpty else { return order }
        return names.speakers(matching: filter, among: candidates)
    }

    /// The first of `speaker`'s names (the name first, then aliases) that contains `filter`,
    /// ignoring case; nil when none does or the filter is empty.
    public func matchingName(of speaker: Speaker, index s: Int, filter: String) -> String? {
        guard !filter.isEmpty, let n = names.firstName(of: s, matching: filter) else { return nil }
        let all = [speaker.name] + speaker.aliases
        return all.indices.contains(n) ? all[n] : nil
    }

    /// Where the speaker's quotes are, in corpus order; ids that do not resolve are left out.
    public func quotes(of speaker: Int) -> SpeakerQuoteList {
        guard speaker >= 0, speaker + 1 < speakerQuoteStart.count else { return SpeakerQuoteList(index: self, range: 0..<0) }
        return SpeakerQuoteList(index: self, range: Int(speakerQuoteStart[speaker])..<Int(speakerQuoteStart[speaker + 1]))
    }

    /// Where the quote with this id is, if any (a lookup, unlike the model's `quote(id:)`,
    /// which searches the articles).
    public func ref(ofQuote id: String) -> QuoteRef? {
        guard let hash = id.utf8.lastIndex(of: UInt8(ascii: "#")), let n = Int(id[id.index(after: hash)...]),
              let a = articleOfID[String(id[..<hash])] else { return nil }
        return QuoteRef(article: a, index: n - 1)
    }

    /// The corpus-wide speaker of a quote, if it has one.
    public func speaker(of ref: QuoteRef) -> Int? {
        guard quoteBase.indices.contains(ref.article + 1), ref.index >= 0 else { return nil }
        let global = Int(quoteBase[ref.article]) + ref.index
        guard global < Int(quoteBase[ref.article + 1]) else { return nil }
        let s = speakerOfQuote[global]
        return s < 0 ? nil : Int(s)
    }

    /// Quote number `global` (in the numbering of every quote) as article and place.
    func ref(global: Int) -> QuoteRef {
        let a = Search.last(in: quoteBase.count - 1) { Int(quoteBase[$0]) <= global }
        return QuoteRef(article: a, index: global - Int(quoteBase[a]))
    }
}

/// One speaker's quotes in corpus order, found one at a time: a speaker quoted 100,000 times
/// costs nothing until a screenful of them is shown.
public struct SpeakerQuoteList: RandomAccessCollection, Sendable {
    let index: SpeakerIndex
    let range: Range<Int>

    public var startIndex: Int { 0 }
    public var endIndex: Int { range.count }

    public subscript(i: Int) -> QuoteRef {
        index.ref(global: Int(index.speakerQuotes[range.lowerBound + i]))
    }
}

/// Finds quotes from their ids ("<article id>#<n>"). A speaker's quote ids come in corpus
/// order and their articles are `Speaker.articles`, in the same order, so the article is
/// found by comparing the id's start with the speaker's next articles' ids, without hashing;
/// an id that does not fit is looked up by its article id.
struct QuoteIDResolver {
    /// The corpus's articles, and the speaker's (indices into them).
    let corpus: [Article]
    let articles: [Int]
    let articleOfID: [String: Int]
    var next = 0

    mutating func resolve(_ id: String) -> QuoteRef? {
        var id = id
        return id.withUTF8 { bytes -> QuoteRef? in
            guard let hash = bytes.lastIndex(of: UInt8(ascii: "#")) else { return nil }
            var n = 0
            for b in bytes[(hash + 1)...] {
                guard b >= 0x30, b <= 0x39, n < Int(Int32.max) else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            let prefix = UnsafeBufferPointer(rebasing: bytes[..<hash])
            // This article or the speaker's next one.
            for k in next..<min(next + 2, articles.count) where corpus.indices.contains(articles[k]) {
                var articleID = corpus[articles[k]].id
                if articleID.withUTF8({ $0.elementsEqual(prefix) }) {
                    next = k
                    return QuoteRef(article: articles[k], index: n - 1)
                }
            }
            guard let a = articleOfID[String(decoding: prefix, as: UTF8.self)] else { return nil }
            return QuoteRef(article: a, index: n - 1)
        }
    }
}
