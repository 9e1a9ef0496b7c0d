/// Scores the summarizer and its two baselines (lead and TextRank) against reference summaries
/// written by people, with ROUGE, and searches the summarizer's weights on a development split.
public enum SummaryBenchmark {
    /// A reference summary and the split it belongs to ("dev" to tune on, "test" to report).
    public struct Reference: Sendable {
        public var split: String
        public var text: String
        public init(split: String, text: String) {
            self.split = split
            self.text = text
        }
    }

    public struct Row: Sendable, Encodable {
        public var system: String
        public var split: String
        public var articles: Int
        public var rouge1: Double
        public var rouge2: Double
        public var rougeL: Double
        /// Mean words per summary.
        public var words: Double
    }

    public static let systems = ["lead", "textrank", "briefing"]

    /// Each system's summaries of every article that has a reference, as sentences.
    public static func summaries(_ model: AnalyzedCorpus, count: Int, weights: Summarizer.Weights = .init()) -> [String: [String: [String]]] {
        var out: [String: [String: [String]]] = [:]
        for (a, article) in model.articles.enumerated() {
            out["lead", default: [:]][article.id] = SummaryBaselines.lead(article, articleIndex: a, count: count).map(\.text)
            out["textrank", default: [:]][article.id] = SummaryBaselines.textRank(article, articleIndex: a, count: count).map(\.text)
            out["briefing", default: [:]][article.id] = Summarizer.summarize(article, articleIndex: a, quotes: model.quotes[a],
                                                                           figures: model.figures[a], weights: weights)
                .sentences(count).map(\.text)
        }
        return out
    }

    /// ROUGE F1 averaged over the articles of each split (and "all"), for every system.
    public static func evaluate(_ summaries: [String: [String: [String]]], references: [String: Reference]) -> [Row] {
        let splits = Array(Set(references.values.map(\.split))).sorted() + ["all"]
        var rows: [Row] = []
        for system in systems {
            guard let produced = summaries[system] else { continue }
            for split in splits {
                let ids = references.keys.filter { (split == "all" || references[$0]!.split == split) && produced[$0] != nil }.sorted()
                guard !ids.isEmpty else { continue }
                var r1 = 0.0, r2 = 0.0, rl = 0.0, words = 0.0
                for id in ids {
                    let candidate = produced[id]!.joined(separator: "\n"), reference = references[id]!.text
                    r1 += Rouge.n(1, candidate: candidate, reference: reference).f1
                    r2 += Rouge.n(2, candidate: candidate, reference: reference).f1
                    rl += Rouge.l(candidate: candidate, reference: reference).f1
                    words += Double(Rouge.tokens(candidate).count)
                }
                let n = Double(ids.count)
                rows.append(Row(system: system, split: split, articles: ids.count, rouge1: 100 * r1 / n, rouge2: 100 * r2 / n,
                                rougeL: 100 * rl / n, words: words / n))
            }
        }
        return rows
    }
}
