import Foundation

/// Chooses the sentences of an article worth reading when there is no time for the rest.
///
/// Extractive and unsupervised. Each sentence that can stand alone (see
/// `SummaryWords.canStandAlone`: no furniture, captions or fragments) is scored by
///
/// - centrality: how much of the article it anticipates (PACSUM's directed degree) and how
///   central it is overall (LexRank);
/// - position: news is written top-down, so the lead earns a prior that decays with position;
/// - the title: overlap with the headline, which names what the story is about;
/// - figures: a sentence that states a figure carries facts;
/// - quotes: a sentence that is mostly someone's quoted words reports colour, not the news;
///   questions ask rather than tell; a sentence that opens on a pronoun or a connective leans
///   on the one before it;
/// - length: very short sentences say little and very long ones crowd out others.
///
/// Sentences are then picked by maximal marginal relevance (Carbonell and Goldstein, 1998): each
/// next pick trades its score against its similarity to what is already picked, so the summary
/// does not say one thing three times. The picks are shown in article order.
public enum Summarizer {
    /// Sentences in a summary unless the user asks for another length.
    public static let defaultLength = 3
    /// Sentences kept in `Summary.ranked`: the longest summary anyone can ask for.
    public static let maxSentences = 10

    /// How much each signal counts. The defaults come from a random search (`briefing
    /// bench-summaries --tune 600`) on the development split of
    /// `Tests/BriefingTests/Fixtures/Summaries`, rounded; the test split was not used to choose
    /// them. Only their ratios matter.
    public struct Weights: Sendable, Hashable {
        public var directed = 0.75
        public var lexRank = 1.2
        public var position = 1.5
        /// Position prior: 1 / (1 + sentence index / decay).
        public var decay = 1.4
        public var title = 0.2
        public var figure = 0.2
        public var quoted = 1.6
        public var question = 1.4
        public var dangling = 0.25
        public var short = 0.35
        public var long = 0.3
        /// PACSUM's edge threshold and direction weights.
        public var threshold = 0.15
        public var forward = 1.0
        public var backward = -0.9
        /// MMR: share of the score against redundancy.
        public var relevance = 0.9

        public init() {}
    }

    public static func summarize(_ article: Article, articleIndex: Int, quotes: [Quote], figures: [Figure],
                                 weights: Weights = Weights()) -> Summary {
        summarize(article, articleIndex: articleIndex, quotes: quotes, figures: figures, reading: nil, weights: weights)
    }

    /// `reading`: the article as the quote extractor read it, so it is not tokenised again.
    static func summarize(_ article: Article, articleIndex: Int, quotes: [Quote], figures: [Figure],
                          reading: ArticleReading?, weights: Weights = Weights()) -> Summary {
        let candidates = SummaryCandidates(article, quotes: quotes, figures: figures, reading: reading)
        let graph = SentenceGraph(terms: candidates.sentences.map(\.terms), vocabulary: candidates.vocabulary)
        let scores = score(candidates, graph: graph, weights: weights)
        let picks = pickByRelevance(scores: scores, graph: graph, eligible: candidates.sentences.prefix(graph.count).map(\.eligible),
                                    relevance: weights.relevance)
        return Summary(ranked: picks.map { candidates.summarySentence($0, of: article, articleIndex: articleIndex) })
    }

    static func score(_ candidates: SummaryCandidates, graph: SentenceGraph, weights w: Weights) -> [Double] {
        let directed = normalised(graph.directedCentrality(threshold: w.threshold, forward: w.forward, backward: w.backward))
        let lexRank = normalised(graph.pageRank())
        return (0..<graph.count).map { i in
            let s = candidates.sentences[i]
            var score = w.directed * directed[i] + w.lexRank * lexRank[i]
            score += w.position / (1 + Double(s.position) / w.decay)
            score += w.title * graph.similarity(of: i, to: candidates.titleTerms)
            score += w.figure * Double(min(1, s.figures))
            score -= w.quoted * s.quoted
            if s.isQuestion { score -= w.question }
            if s.dangles { score -= w.dangling }
            if s.words < 10 { score -= w.short * Double(10 - s.words) / 5 }
            if s.words > 40 { score -= w.long * min(1, Double(s.words - 40) / 30) }
            return score
        }
    }

    /// Cosine above which two sentences say the same thing (a lead restated lower down).
    static let nearRepeat = 0.5

    /// Greedy maximal marginal relevance over the eligible sentences, up to `maxSentences`.
    static func pickByRelevance(scores: [Double], graph: SentenceGraph, eligible: [Bool], relevance: Double) -> [Int] {
        let normal = normalised(scores)
        var picked: [Int] = []
        var left = scores.indices.filter { eligible[$0] }
        while picked.count < maxSentences, !left.isEmpty {
            var best = 0
            var bestValue = -Double.infinity
            for (k, i) in left.enumerated() {
                let redundancy = picked.map { graph.similarity[i][$0] }.max() ?? 0
                // A near repeat of a sentence already picked says nothing new at any score.
                if redundancy > nearRepeat { continue }
                let value = relevance * normal[i] - (1 - relevance) * redundancy
                if value > bestValue { bestValue = value; best = k }
            }
            guard bestValue > -Double.infinity else { break }
            picked.append(left.remove(at: best))
        }
        return picked
    }

    /// Scales to 0...1 (all zeros when every value is the same).
    static func normalised(_ values: [Double]) -> [Double] {
        guard let low = values.min(), let high = values.max(), high > low else { return values.map { _ in 0 } }
        return values.map { ($0 - low) / (high - low) }
    }
}
