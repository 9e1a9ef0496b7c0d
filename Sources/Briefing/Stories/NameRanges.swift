/// Where the entities' mentions are, per article and paragraph: the words story grouping counts
/// as names rather than as content words.
struct NameRanges: Sendable {
    /// One article's mentions, sorted by paragraph, then by start.
    struct Slice: Sendable {
        var paragraphs: ArraySlice<Int32>
        var ranges: ArraySlice<Range<Int>>

        /// The mentions in paragraph `p`, by start.
        func ranges(inParagraph p: Int) -> ArraySlice<Range<Int>> {
            guard let first = paragraphs.firstIndex(where: { $0 >= p }), paragraphs[first] == p else { return [] }
            var end = first
            while end < paragraphs.endIndex && paragraphs[end] == p { end += 1 }
            return ranges[first..<end]
        }
    }

    private let starts: [Int]
    private let paragraphs: [Int32]
    private let ranges: [Range<Int>]

    init(articles: [Article], entities: [Entity]) {
        let n = articles.count
        var starts = [Int](repeating: 0, count: n + 1)
        for entity in entities { for m in entity.mentions where m.article < n { starts[m.article + 1] += 1 } }
        for a in 0..<n { starts[a + 1] += starts[a] }
        var fill = starts
        var mentions = [(Int32, Range<Int>)](repeating: (0, 0..<0), count: starts[n])
        for entity in entities {
            for m in entity.mentions where m.article < n {
                mentions[fill[m.article]] = (Int32(m.paragraph), m.cleanRange)
                fill[m.article] += 1
            }
        }
        for a in 0..<n {
            mentions[starts[a]..<starts[a + 1]].sort { ($0.0, $0.1.lowerBound) < ($1.0, $1.1.lowerBound) }
        }
        self.starts = starts
        paragraphs = mentions.map(\.0)
        ranges = mentions.map(\.1)
    }

    func of(_ a: Int) -> Slice {
        Slice(paragraphs: paragraphs[starts[a]..<starts[a + 1]], ranges: ranges[starts[a]..<starts[a + 1]])
    }
}
