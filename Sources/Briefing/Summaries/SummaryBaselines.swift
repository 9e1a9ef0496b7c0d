import Foundation

/// The two summarizers every extractive method is measured against.
public enum SummaryBaselines {
    /// The first `count` sentences of the body: hard to beat on news, which puts the most
    /// important facts first.
    public static func lead(_ article: Article, articleIndex: Int, count: Int) -> [SummarySentence] {
        let candidates = SummaryCandidates(article, quotes: [], figures: [])
        return candidates.sentences.indices.prefix(count).map { candidates.summarySentence($0, of: article, articleIndex: articleIndex) }
    }

    /// TextRank (Mihalcea and Tarau, 2004) as published: PageRank over sentences linked by
    /// shared content words, |common| / (log|Si| + log|Sj|); the top `count` in article order.
    public static func textRank(_ article: Article, articleIndex: Int, count: Int) -> [SummarySentence] {
        let candidates = SummaryCandidates(article, quotes: [], figures: [])
        let sets = candidates.sentences.prefix(SentenceGraph.maxSentences).map { Set($0.terms) }
        let n = sets.count
        var weights = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) where sets[i].count > 1 && sets[j].count > 1 {
                let common = Double(sets[i].intersection(sets[j]).count)
                let w = common / (log(Double(sets[i].count)) + log(Double(sets[j].count)))
                weights[i][j] = w
                weights[j][i] = w
            }
        }
        let rank = SentenceGraph.pageRank(weights)
        let top = rank.indices.sorted { rank[$0] != rank[$1] ? rank[$0] > rank[$1] : $0 < $1 }.prefix(count).sorted()
        return top.map { candidates.summarySentence($0, of: article, articleIndex: articleIndex) }
    }
}
