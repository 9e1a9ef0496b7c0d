/// One place a search found its text.
public struct SearchMatch: Sendable, Hashable {
    /// The text the match is in.
    public enum Place: Sendable, Hashable {
        /// A speaker's name (`alias` nil) or one of their other names (index into
        /// `Speaker.aliases`); `speaker` indexes `AnalyzedCorpus.speakers`.
        case speaker(Int, alias: Int?)
        /// An article's title.
        case title(article: Int)
        /// Paragraph `paragraph` of `Article.paragraphs` (its clean text).
        case paragraph(article: Int, paragraph: Int)
    }

    public var place: Place
    /// The match in the text's UTF-8 bytes.
    public var bytes: Range<Int>
    /// The match in the text's Unicode scalars: the offsets `Passage`, `Quote.cleanRange` and
    /// the reader's highlighting use.
    public var scalars: Range<Int>
    /// For a match in a paragraph, the quote of the article whose text holds it (index into
    /// `AnalyzedCorpus.quotes[article]`), so a result can say who said it.
    public var quote: Int?

    /// The article the match is in; nil for a speaker's name.
    public var article: Int? {
        switch place {
        case .speaker: nil
        case .title(let a), .paragraph(let a, _): a
        }
    }
}

/// Where a search goes on from. Positions are ordered as the search visits the corpus.
public struct SearchPosition: Sendable, Hashable, Comparable {
    /// 0: speakers' names; 1: articles.
    var stage: Int
    /// A speaker or an article.
    var item: Int
    /// In a speaker: 0 the name, k alias k - 1. In an article: 0 the title, p + 1 paragraph p.
    var field: Int
    /// A byte offset in that text.
    var byte: Int

    /// The beginning: a search from here visits everything.
    public static let start = SearchPosition(stage: 0, item: 0, field: 0, byte: 0)

    public static func < (a: SearchPosition, b: SearchPosition) -> Bool {
        (a.stage, a.item, a.field, a.byte) < (b.stage, b.item, b.field, b.byte)
    }
}

/// A page of matches and where the next page starts (nil when the corpus is done).
public struct SearchPage: Sendable {
    public var matches: [SearchMatch]
    public var next: SearchPosition?
}

/// Finds text in a corpus by scanning it, with no index and so no memory beyond the model:
/// speakers' names and other names first (the people a query names), then every article in
/// corpus order, its title and then its paragraphs. Quotes are found in their paragraphs
/// (a quote's text is part of its paragraph's) and say so in `SearchMatch.quote`.
///
/// Matching is `FoldedPattern`'s: a phrase, ASCII letters in any case, everything else exact.
/// A search stops after a page of matches and goes on from where it stopped, so the first
/// page comes back at once and the rest can follow a page at a time; pages joined give exactly
/// what one long run gives.
public struct CorpusSearch: Sendable {
    public let model: AnalyzedCorpus
    public let pattern: FoldedPattern

    public init(model: AnalyzedCorpus, query: String) {
        self.model = model
        pattern = FoldedPattern(query)
    }

    /// Up to `limit` matches from `position`, in order. An empty query matches nothing.
    public func matches(from position: SearchPosition = .start, limit: Int) -> SearchPage {
        var matches: [SearchMatch] = []
        guard !pattern.isEmpty, limit > 0 else { return SearchPage(matches: matches, next: nil) }
        matches.reserveCapacity(min(limit, 256))
        var at = position
        // Each text from `at`; stops in a text when the page is full and says where. Texts are
        // read in place (no copies of articles or speakers: a copy retains every field, which
        // costs more than scanning a short paragraph).
        func visit(_ text: String, place: SearchMatch.Place, paragraph: Int?, quotes: [Quote]) -> SearchPosition? {
            let resume: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes in
                scan(bytes, place: place, paragraph: paragraph, quotes: quotes)
            }
            if let resume { return resume.map { SearchPosition(stage: at.stage, item: at.item, field: at.field, byte: $0) } }
            let copy = Array(text.utf8)
            return copy.withUnsafeBufferPointer { scan($0, place: place, paragraph: paragraph, quotes: quotes) }
                .map { SearchPosition(stage: at.stage, item: at.item, field: at.field, byte: $0) }
        }
        func scan(_ bytes: UnsafeBufferPointer<UInt8>, place: SearchMatch.Place, paragraph: Int?, quotes: [Quote]) -> Int? {
            // Scalars are counted from the last match on, so each byte is counted once.
            var scalar = 0, counted = 0
            return pattern.scan(bytes, from: at.byte) { range in
                scalar += Self.scalarCount(bytes, counted..<range.lowerBound)
                let length = Self.scalarCount(bytes, range)
                counted = range.upperBound
                let scalars = scalar..<(scalar + length)
                scalar += length
                let quote = paragraph.flatMap { p in quotes.firstIndex { $0.paragraph == p && $0.cleanRange.overlaps(scalars) } }
                matches.append(SearchMatch(place: place, bytes: range, scalars: scalars, quote: quote))
                return matches.count < limit
            }
        }
        // Speakers' names.
        if at.stage == 0 {
            let speakers = model.speakers
            while at.item < speakers.count {
                let aliases = speakers[at.item].aliases.count
                while at.field <= aliases {
                    let alias = at.field == 0 ? nil : at.field - 1
                    let name = alias.map { speakers[at.item].aliases[$0] } ?? speakers[at.item].name
                    if let stop = visit(name, place: .speaker(at.item, alias: alias), paragraph: nil, quotes: []) {
                        return SearchPage(matches: matches, next: stop)
                    }
                    at.field += 1
                    at.byte = 0
                }
                at.item += 1
                at.field = 0
            }
            at = SearchPosition(stage: 1, item: 0, field: 0, byte: 0)
        }
        // Articles: the title, then the paragraphs.
        let articles = model.articles, allQuotes = model.quotes
        while at.item < articles.count {
            if at.field == 0 {
                if let title = articles[at.item].title,
                   let stop = visit(title, place: .title(article: at.item), paragraph: nil, quotes: []) {
                    return SearchPage(matches: matches, next: stop)
                }
                at.field = 1
                at.byte = 0
            }
            let paragraphs = articles[at.item].paragraphs
            let quotes = allQuotes.indices.contains(at.item) ? allQuotes[at.item] : []
            while at.field - 1 < paragraphs.count {
                let p = at.field - 1
                if let stop = visit(paragraphs[p].text, place: .paragraph(article: at.item, paragraph: p), paragraph: p, quotes: quotes) {
                    return SearchPage(matches: matches, next: stop)
                }
                at.field += 1
                at.byte = 0
            }
            at.item += 1
            at.field = 0
        }
        return SearchPage(matches: matches, next: nil)
    }

    /// Every match, a page at a time, passed to `found` until it returns false.
    public func forEach(pageSize: Int = 1000, _ found: (SearchMatch) -> Bool) {
        var position: SearchPosition? = .start
        while let from = position {
            let page = matches(from: from, limit: pageSize)
            for match in page.matches where !found(match) { return }
            position = page.next
        }
    }

    /// Unicode scalars in `range` of UTF-8 bytes: every byte that does not continue a scalar.
    @inline(__always)
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var n = 0
        for i in range where bytes[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
