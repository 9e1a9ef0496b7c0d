/// How long a search over a model takes: the first page of results, and all of them.
public struct SearchTiming: Sendable, Codable, Equatable {
    /// What the query stands for ("common word", "rare phrase", "no match").
    public var label: String
    public var query: String
    /// Matches in the whole corpus.
    public var matches: Int
    /// Milliseconds to the first `firstPage` matches (or to the end, with fewer matches).
    public var firstPage: Int
    public var firstPageMilliseconds: Double
    /// Milliseconds to find every match, a page at a time.
    public var allMilliseconds: Double
    /// Text scanned (titles, paragraphs, speakers' names), and how fast a whole scan went.
    public var megabytes: Double
    public var megabytesPerSecond: Double
}

/// Times `CorpusSearch` over a model, for `briefing bench`; never used by tests (timings on a
/// shared machine are for reading, not for asserting).
public enum SearchBenchmark {
    /// The queries measured unless told otherwise: a word in nearly every article, the title
    /// of the article in the middle of the corpus (rare, and half the corpus to read before
    /// it), and a word that is nowhere (the whole corpus read for nothing).
    public static func defaultQueries(model: AnalyzedCorpus) -> [(label: String, query: String)] {
        let middle = model.articles.isEmpty ? "" : model.articles[model.articles.count / 2].displayTitle
        return [("common word", "the"), ("rare phrase", middle), ("no match", "qzxvjwk")]
    }

    /// Each query's first `firstPage` matches and all its matches, the best of `rounds` runs;
    /// with `sieve`, reading only the articles it lets through (labels say "sieved").
    public static func run(model: AnalyzedCorpus, sieve: SearchSieve? = nil, queries: [(label: String, query: String)]? = nil,
                           firstPage: Int = 20, rounds: Int = 3) -> [SearchTiming] {
        let bytes = textBytes(model)
        return (queries ?? defaultQueries(model: model)).map { label, query in
            let label = sieve == nil ? label : label + ", sieved"
            let search = CorpusSearch(model: model, query: query, sieve: sieve)
            var first = Double.infinity, all = Double.infinity, count = 0
            for _ in 0..<max(1, rounds) {
                first = min(first, milliseconds { _ = search.matches(limit: firstPage) })
                all = min(all, milliseconds {
                    count = 0
                    search.forEach { _ in
                        count += 1
                        return true
                    }
                })
            }
            return SearchTiming(label: label, query: query, matches: count, firstPage: firstPage, firstPageMilliseconds: first,
                                allMilliseconds: all, megabytes: Double(bytes) / 1e6,
                                megabytesPerSecond: Double(bytes) / 1e6 / max(all / 1000, 1e-9))
        }
    }

    /// How fast the byte scan alone goes: every title and paragraph copied into one buffer and
    /// scanned for `query` in one call, the best of `rounds`; against `run`'s figures, what
    /// visiting text by text costs.
    public static func rawScanMegabytesPerSecond(model: AnalyzedCorpus, query: String = "qzxvjwk", rounds: Int = 3) -> Double {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(textBytes(model))
        for article in model.articles {
            buffer += (article.title ?? "").utf8
            buffer.append(0x0A)
            for paragraph in article.paragraphs {
                buffer += paragraph.text.utf8
                buffer.append(0x0A)
            }
        }
        let pattern = FoldedPattern(query)
        var best = Double.infinity
        for _ in 0..<max(1, rounds) {
            best = min(best, milliseconds {
                var count = 0
                buffer.withUnsafeBufferPointer { bytes in pattern.scan(bytes) { _ in count += 1; return true } }
                withExtendedLifetime(count) {}
            })
        }
        return Double(buffer.count) / 1e6 / max(best / 1000, 1e-9)
    }

    /// UTF-8 bytes a search reads.
    public static func textBytes(_ model: AnalyzedCorpus) -> Int {
        var total = 0
        for speaker in model.speakers { total += speaker.name.utf8.count + speaker.aliases.reduce(0) { $0 + $1.utf8.count } }
        for article in model.articles {
            total += article.title?.utf8.count ?? 0
            for paragraph in article.paragraphs { total += paragraph.text.utf8.count }
        }
        return total
    }

    private static func milliseconds(_ work: () -> Void) -> Double {
        let elapsed = ContinuousClock().measure(work)
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) * 1000
    }
}
