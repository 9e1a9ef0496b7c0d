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
    /// 0: articles; 1: speakers' names.
    var stage: Int
    /// An article or a speaker.
    var item: Int
    /// In an article: 0 the title, p + 1 paragraph p. In a speaker: 0 the name, k alias k - 1.
    var field: Int
    /// A byte offset in that text.
    var byte: Int

    /// The beginning: a search from here visits everything.
    public static let start = SearchPosition(stage: 0, item: 0, field: 0, byte: 0)

    public static func < (a: SearchPosition, b: SearchPosition) -> Bool {
        (a.stage, a.item, a.field, a.byte) < (b.stage, b.item, b.field, b.byte)
    }
}

/// A page of matches and where the next page starts (nil when the corpus is done; a page
/// can come back empty only as the last).
public struct SearchPage: Sendable {
    public var matches: [SearchMatch]
    public var next: SearchPosition?
}

/// Finds text in a corpus by scanning it (with a `SearchSieve`, only the articles that may hold
/// the text; without one, no memory beyond the model):
/// every article in corpus order, its title and then its paragraphs, then the speakers' names
/// and other names (what a query names that no article spells out: a surname as the speaker
/// of "he said"). Quotes are found in their paragraphs (a quote's text is part of its
/// paragraph's) and say so in `SearchMatch.quote`. Articles come first so the first page of a
/// common word comes back after reading a few articles, whatever the number of speakers.
///
/// Matching is `FoldedPattern`'s: a phrase, ASCII letters in any case, everything else exact.
/// A search stops after a page of matches and goes on from where it stopped, so the first
/// page comes back at once and the rest can follow a page at a time; pages joined give exactly
/// what one long run gives.
public struct CorpusSearch: Sendable {
    public let model: AnalyzedCorpus
    public let pattern: FoldedPattern
    /// Articles that cannot hold the pattern are skipped without reading them.
    private let sieve: SearchSieve?
    private let sieveKey: SearchSieve.Key

    /// A search of `model` for `query`; with `sieve` (made from this model) only the articles
    /// it lets through are read, which finds the same matches.
    public init(model: AnalyzedCorpus, query: String, sieve: SearchSieve? = nil) {
        self.model = model
        pattern = FoldedPattern(query)
        sieveKey = SearchSieve.Key(pattern)
        self.sieve = sieveKey.passesEverything ? nil : sieve
    }

    /// Up to `limit` matches from `position`, in order. An empty query matches nothing.
    public func matches(from position: SearchPosition = .start, limit: Int) -> SearchPage {
        guard !pattern.isEmpty, limit > 0 else { return SearchPage(matches: [], next: nil) }
        var page = PageScan(pattern: pattern, limit: limit, at: position)
        // Articles: the title, then the paragraphs. Texts are read in place: copying an
        // article or a speaker retains every field, which costs more than scanning a line.
        if page.at.stage == 0 {
            let articles = model.articles, allQuotes = model.quotes
            while page.at.item < articles.count {
                if let sieve, !sieve.mayContain(article: page.at.item, sieveKey) {
                    page.nextItem()
                    continue
                }
                if page.at.field == 0 {
                    if let title = articles[page.at.item].title, page.visit(title, .title(article: page.at.item)) { return page.result }
                    page.next()
                }
                let paragraphs = articles[page.at.item].paragraphs
                let quotes = allQuotes.indices.contains(page.at.item) ? allQuotes[page.at.item] : []
                while page.at.field - 1 < paragraphs.count {
                    let p = page.at.field - 1
                    if page.visit(paragraphs[p].text, .paragraph(article: page.at.item, paragraph: p), quotes: quotes) {
                        return page.result
                    }
                    page.next()
                }
                page.nextItem()
            }
            page.at = SearchPosition(stage: 1, item: 0, field: 0, byte: 0)
        }
        // Speakers' names.
        let speakers = model.speakers
        while page.at.item < speakers.count {
            if let sieve, page.at.field == 0, case (false, let groupEnd) = sieve.mayContain(speaker: page.at.item, sieveKey) {
                page.at.item = groupEnd
                continue
            }
            let aliases = speakers[page.at.item].aliases
            while page.at.field <= aliases.count {
                let alias = page.at.field == 0 ? nil : page.at.field - 1
                let name = alias.map { aliases[$0] } ?? speakers[page.at.item].name
                if page.visit(name, .speaker(page.at.item, alias: alias)) { return page.result }
                page.next()
            }
            page.nextItem()
        }
        return SearchPage(matches: page.matches, next: nil)
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

}

/// One page of a search being collected: where the search is, the matches so far.
private struct PageScan {
    let pattern: FoldedPattern
    let limit: Int
    var at: SearchPosition
    var matches: [SearchMatch] = []
    /// Where the next page starts, once this one is full.
    var stop: SearchPosition?

    init(pattern: FoldedPattern, limit: Int, at: SearchPosition) {
        self.pattern = pattern
        self.limit = limit
        self.at = at
        matches.reserveCapacity(min(limit, 256))
    }

    var result: SearchPage { SearchPage(matches: matches, next: stop) }

    /// The next field of the same item, from its start.
    mutating func next() {
        at.field += 1
        at.byte = 0
    }

    mutating func nextItem() {
        at.item += 1
        at.field = 0
        at.byte = 0
    }

    /// Scans one text from `at.byte`; true when the page filled up in it (`stop` says where to
    /// go on from).
    mutating func visit(_ text: String, _ place: SearchMatch.Place, quotes: [Quote] = []) -> Bool {
        // Most texts are scanned for nothing: one too short for the pattern is not looked at.
        guard text.utf8.count - at.byte >= pattern.bytes.count else { return false }
        let full: Bool? = text.utf8.withContiguousStorageIfAvailable { scan($0, place, quotes) }
        if let full { return full }
        return Array(text.utf8).withUnsafeBufferPointer { scan($0, place, quotes) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ place: SearchMatch.Place, _ quotes: [Quote]) -> Bool {
        let paragraph: Int? = if case .paragraph(_, let p) = place { p } else { nil }
        // Scalars are counted from the last match on, so each byte is counted once.
        var scalar = 0, counted = 0
        let pattern = self.pattern, limit = self.limit
        let resume = pattern.scan(bytes, from: at.byte) { range in
            scalar += Self.scalarCount(bytes, counted..<range.lowerBound)
            let length = Self.scalarCount(bytes, range)
            counted = range.upperBound
            let scalars = scalar..<(scalar + length)
            scalar += length
            let quote = paragraph.flatMap { p in quotes.firstIndex { $0.paragraph == p && $0.cleanRange.overlaps(scalars) } }
            matches.append(SearchMatch(place: place, bytes: range, scalars: scalars, quote: quote))
            return matches.count < limit
        }
        guard let resume else { return false }
        stop = SearchPosition(stage: at.stage, item: at.item, field: at.field, byte: resume)
        return true
    }

    /// Unicode scalars in `range` of UTF-8 bytes: every byte that does not continue a scalar.
    @inline(__always)
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var n = 0
        for i in range where bytes[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
