import Foundation

/// Where a figure is: its article and its place in that article's figures.
public struct FigureRef: Sendable, Hashable {
    public var article: Int
    public var index: Int

    public init(article: Int, index: Int) {
        self.article = article
        self.index = index
    }
}

/// A figure of the corpus ranking: one number counting one thing, however many times and in
/// however many articles it is reported.
public struct KeyFigure: Sendable, Hashable {
    /// The mention shown for it: the one with the fullest description of what it counts.
    public var representative: FigureRef
    /// Every mention, in corpus order.
    public var mentions: [FigureRef]
    /// Articles it appears in, in corpus order.
    public var articles: [Int]
    /// How much an analyst would want to see it; only the order matters.
    public var score: Double
    /// Other key figures (indices into the ranking) that count the same thing with a number
    /// that cannot be reconciled with this one: "at least 40 deaths" against "32 deaths".
    public var discrepancies: [Int] = []

    public init(representative: FigureRef, mentions: [FigureRef], articles: [Int], score: Double, discrepancies: [Int] = []) {
        self.representative = representative
        self.mentions = mentions
        self.articles = articles
        self.score = score
        self.discrepancies = discrepancies
    }
}

/// Ranks the figures of a corpus by salience, merging repeats and flagging disagreements.
///
/// The score adds generic signals, each of which an analyst would name when asked why a
/// figure matters:
/// - magnitude, measured against what is large for the thing counted (`figure-nouns.tsv`: 40
///   countries is many countries, 40 people is few people);
/// - precision: a number written in digits says more than "dozens of" or "two";
/// - what is counted: a thing analysts watch (deaths, arrests, countries, users) or the
///   article's own topic (the counted noun recurs in the article or its title);
/// - a qualifier ("more than", "at least"), which marks a figure someone stated with care;
/// - attribution: inside reported speech or "according to" a source;
/// - position: in the title, the lead paragraph, the first few paragraphs;
/// - repetition: reported by several articles.
public enum FigureRanking {
    /// Key figures, most salient first, and every article's figures with `rank` set.
    public static func rank(_ figures: [[Figure]], articles: [Article]) -> (ranking: [KeyFigure], figures: [[Figure]]) {
        var figures = figures
        let nouns = Nouns.shared
        // Each article's figures are scored on their own, on every core; only the merge below
        // needs the whole corpus.
        let scored = Parallel.map(figures) { a, list in scores(list, article: articles[a], nouns: nouns) }

        var clusters = merge(figures, scores: scored)
        clusters.sort { ($0.score, -$0.mentions[0].article, -$0.mentions[0].index) > ($1.score, -$1.mentions[0].article, -$1.mentions[0].index) }
        flagDiscrepancies(&clusters, figures)
        for (r, cluster) in clusters.enumerated() {
            for ref in cluster.mentions { figures[ref.article][ref.index].rank = r + 1 }
        }
        return (clusters, figures)
    }

    // MARK: - Score

    /// The salience of each of one article's figures. Topicality reads the words of the
    /// article's title and how often each counted noun recurs in the article.
    static func scores(_ list: [Figure], article: Article, nouns: Nouns) -> [Double] {
        guard !list.isEmpty else { return [] }
        let titleWords = Set(FastCase.lowercaseWords(article.title ?? "", numbers: true).map(stem))
        let titleText = article.title ?? ""
        // Numbers of the headline, however written ("Two arrested", "Floods kill 19").
        let titleValues = Set(NumberReader.mentions(in: titleText).map(\.value))
        var heads: [String: Int] = [:]
        for figure in list { heads[head(of: figure.unit)] = 0 }
        heads[""] = nil
        if !heads.isEmpty {
            for paragraph in article.paragraphs {
                for word in FastCase.lowercaseWords(paragraph.text, numbers: false) {
                    let s = stem(word)
                    if heads[s] != nil { heads[s]! += 1 }
                }
            }
        }
        return list.map { figure in
            let h = head(of: figure.unit)
            // The headline gives the same number: for a small one, with the same counted noun.
            let inTitle = titleText.containsBytes(figure.text)
                || titleValues.contains(figure.value) && (figure.value >= 10 || titleWords.contains(h))
            return score(figure, head: h, nouns: nouns, topical: (heads[h] ?? 0) >= 2 || titleWords.contains(h), inTitle: inTitle)
        }
    }

    static func score(_ f: Figure, head: String, nouns: Nouns, topical: Bool, inTitle: Bool) -> Double {
        var score = 0.0
        var watched = nouns.reference[head]
        // People counted in a sentence about harm are casualties: 40 people killed is many.
        let casualties = nouns.people.contains(head) && FastCase.lowercaseWords(f.sentence, numbers: false).contains { nouns.harm.contains($0) }
        if casualties { watched = min(watched ?? 1e6, 1e4) }
        switch f.kind {
        case .count, .money:
            let reference = watched ?? (f.kind == .money ? 1e9 : 1e6)
            let magnitude = f.value > 1 ? log10(f.value) / log10(reference) : 0
            score += 3 * min(max(magnitude, 0), 1.2)
        case .percent: score += 1.8
        case .rate: score += 1.5
        case .measure: score += 1.2
        case .duration: score += 0.5
        // A bystander's age ("Ana Ruiz, 58,") describes a person, not the story.
        case .age: score -= 0.5
        }
        // Digits say more than "dozens of" or "two" about a quantity; an age or a span of time
        // is written in digits whatever it matters.
        let digits = f.text.unicodeScalars.contains { CharacterClass.isDigit($0) }
        let precision = f.kind == .age ? 0 : f.kind == .duration ? 0.5 : 1
        if f.approximate { score -= 0.5 } else if digits { score += precision } else if f.value < 13 { score -= 1 }
        if f.qualifier != nil { score += 0.4 }
        if head.isEmpty {
            score -= 1.5
        } else {
            if watched != nil { score += 1 }
            if casualties { score += 0.5 }
            if topical { score += 0.7 }
            // "listings for stolen cards" says what is counted better than "listings".
            if f.unit.utf8.contains(0x20) { score += 0.3 }
        }
        if f.speaker != nil || FastCase.lowercased(f.sentence).containsBytes("according to") { score += 0.8 }
        if inTitle { score += 2 }
        switch f.paragraph {
        case 0: score += 1
        case 1...2: score += 0.7
        case 3...5: score += 0.3
        default: break
        }
        return score
    }

    // MARK: - Merging repeats

    /// Mentions of the same value counting the same thing become one key figure: always within
    /// an article (even without a counted noun), and across articles when their sentences share
    /// at least two content words besides the counted thing, four when no noun is counted (two
    /// unrelated stories can both count 12 countries, or both cost £5m).
    static func merge(_ figures: [[Figure]], scores: [[Double]]) -> [KeyFigure] {
        struct Key: Hashable { var kind: Figure.Kind; var value: Double; var upper: Double?; var head: String }
        var clusters: [KeyFigure] = []
        var words: [Set<String>] = []  // content words of each cluster's first mention
        var byKey: [Key: [Int]] = [:]
        /// Clusters compared with a new mention: the most recent ones of its key, so a value
        /// repeated across a huge corpus costs a bounded number of comparisons each.
        let comparisons = 16
        for (a, list) in figures.enumerated() {
            for (i, figure) in list.enumerated() {
                let ref = FigureRef(article: a, index: i)
                let h = head(of: figure.unit)
                let key = Key(kind: figure.kind, value: figure.value, upper: figure.upper, head: h)
                var target: Int?
                if let candidates = byKey[key] {
                    var context: Set<String>?
                    for c in candidates.suffix(comparisons).reversed() {
                        // Within an article the same value of the same kind is the same figure,
                        // "£1.3 million" as much as "40 people"; across articles shared context
                        // says so, more of it when nothing names the counted thing.
                        if clusters[c].articles.last == a { target = c; break }
                        if context == nil { context = contentWords(figure) }
                        if words[c].intersection(context!).count >= (h.isEmpty ? 4 : 2) { target = c; break }
                    }
                }
                let s = scores[a][i]
                if let c = target {
                    clusters[c].mentions.append(ref)
                    if clusters[c].articles.last != a { clusters[c].articles.append(a) }
                    let shown = clusters[c].representative
                    if figure.unit.count > figures[shown.article][shown.index].unit.count { clusters[c].representative = ref }
                    clusters[c].score = max(clusters[c].score, s)
                } else {
                    byKey[key, default: []].append(clusters.count)
                    clusters.append(KeyFigure(representative: ref, mentions: [ref], articles: [a], score: s))
                    words.append(contentWords(figure))
                }
            }
        }
        // A headline's figure is the body's figure with the same value, however the headline
        // words it ("Floods kill 19" and "at least 19 people died"): it joins that key figure.
        var absorbed = Set<Int>()
        var bodyByValue: [FigureKey: Int] = [:]
        for (c, cluster) in clusters.enumerated() {
            let f = figures[cluster.representative.article][cluster.representative.index]
            guard f.paragraph != FigureExtractor.titleParagraph else { continue }
            for a in cluster.articles where bodyByValue[FigureKey(article: a, kind: f.kind, value: f.value)] == nil {
                bodyByValue[FigureKey(article: a, kind: f.kind, value: f.value)] = c
            }
        }
        for (c, cluster) in clusters.enumerated() where cluster.mentions.allSatisfy({ figures[$0.article][$0.index].paragraph == FigureExtractor.titleParagraph }) {
            let f = figures[cluster.representative.article][cluster.representative.index]
            guard let body = bodyByValue[FigureKey(article: cluster.articles[0], kind: f.kind, value: f.value)] else { continue }
            clusters[body].mentions = (cluster.mentions + clusters[body].mentions)
            clusters[body].score = max(clusters[body].score, cluster.score)
            absorbed.insert(c)
        }
        if !absorbed.isEmpty { clusters = clusters.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element) }
        // Repetition: reported by more articles, mentioned more often.
        for c in clusters.indices {
            let articles = Double(clusters[c].articles.count)
            clusters[c].score += log2(articles) + 0.3 * Double(min(clusters[c].mentions.count - clusters[c].articles.count, 3))
        }
        return clusters
    }

    struct FigureKey: Hashable { var article: Int; var kind: Figure.Kind; var value: Double }

    // MARK: - Discrepancies

    /// Key figures from different articles that count the same thing (same counted noun, two
    /// content words of context in common) with values no reading of their qualifiers can
    /// reconcile. Only the 32 best of each counted thing are compared, which keeps a corpus
    /// with thousands of "people" figures linear.
    static func flagDiscrepancies(_ clusters: inout [KeyFigure], _ figures: [[Figure]]) {
        struct Key: Hashable { var kind: Figure.Kind; var head: String }
        var groups: [Key: [Int]] = [:]
        for (c, cluster) in clusters.enumerated() {
            let f = figures[cluster.representative.article][cluster.representative.index]
            let h = head(of: f.unit)
            guard !h.isEmpty, f.kind == .count || f.kind == .money || f.kind == .percent else { continue }
            let key = Key(kind: f.kind, head: h)
            if groups[key, default: []].count < 32 { groups[key, default: []].append(c) }
        }
        for members in groups.values where members.count > 1 {
            let context = members.map { c -> Set<String> in
                let r = clusters[c].representative
                return contentWords(figures[r.article][r.index])
            }
            for x in members.indices {
                for y in members.indices where y > x {
                    let a = clusters[members[x]], b = clusters[members[y]]
                    guard Set(a.articles).isDisjoint(with: b.articles) else { continue }
                    guard context[x].intersection(context[y]).count >= 2 else { continue }
                    let fa = figures[a.representative.article][a.representative.index]
                    let fb = figures[b.representative.article][b.representative.index]
                    guard !compatible(fa, fb) else { continue }
                    clusters[members[x]].discrepancies.append(members[y])
                    clusters[members[y]].discrepancies.append(members[x])
                }
            }
        }
        for c in clusters.indices { clusters[c].discrepancies.sort() }
    }

    /// True when some quantity satisfies both figures as written: "more than 200" and "250"
    /// agree; "about 1,000" and "1,050" agree; "32" and "40" do not.
    static func compatible(_ a: Figure, _ b: Figure) -> Bool {
        let x = interval(a), y = interval(b)
        return x.lowerBound <= y.upperBound * 1.01 && y.lowerBound <= x.upperBound * 1.01
    }

    static let atLeast: Set<String> = ["more than", "over", "above", "at least", "upwards of", "in excess of", "just over", "as many as", "as much as"]
    static let atMost: Set<String> = ["less than", "fewer than", "under", "below", "up to", "at most", "nearly", "almost", "just under", "close to"]

    static func interval(_ f: Figure) -> ClosedRange<Double> {
        if let upper = f.upper, upper >= f.value { return f.value...upper }
        if f.approximate { return f.value...(f.value * 10) }
        guard let q = f.qualifier else { return f.value...f.value }
        if atLeast.contains(q) { return f.value...Double.greatestFiniteMagnitude }
        if atMost.contains(q) { return (q == "nearly" || q == "almost" || q == "close to" ? f.value * 0.85 : 0)...f.value }
        if q == "only" || q == "just" { return f.value...f.value }
        return (f.value * 0.85)...(f.value * 1.15)  // about, around, roughly, some
    }

    // MARK: - Words

    /// The noun a unit counts, singular: "listings for stolen cards" → "listing".
    static func head(of unit: String) -> String {
        var last = ""
        for word in FastCase.lowercaseWords(unit, numbers: false) {
            if Nouns.shared.prepositions.contains(word) { break }
            last = word
        }
        return stem(last)
    }

    /// A crude singular, enough to match "listing" with "listings" and "country" with
    /// "countries".
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        return String(word.dropLast())
    }

    /// The words of a figure's sentence that carry meaning, less the counted thing itself.
    static func contentWords(_ f: Figure) -> Set<String> {
        let unit = Set(FastCase.lowercaseWords(f.unit, numbers: false))
        let function = Lexicon.shared.functionWords
        return Set(FastCase.lowercaseWords(f.sentence, numbers: false).filter {
            $0.count >= 4 && !unit.contains($0) && !function.contains($0)
        })
    }

    /// `figure-nouns.tsv`, keyed by singular.
    final class Nouns: Sendable {
        /// The size at which a count of each watched thing is large.
        let reference: [String: Double]
        let prepositions: Set<String> = ["of", "for", "in", "on", "at", "from", "with", "to", "across", "around", "worth", "per"]
        /// Words for people in general, whose counts become casualty counts near a harm word.
        let people: Set<String> = ["people", "person", "civilian", "child", "children", "resident", "passenger", "worker",
                                   "student", "migrant", "refugee", "soldier", "troop", "officer", "protester", "protestor",
                                   "villager", "tourist", "patient", "adult", "men", "women", "man", "woman", "miner", "crew"]
        /// `harm-words.txt`.
        let harm = WordList.set("harm-words.txt")

        static let shared = Nouns()

        private init() {
            var reference: [String: Double] = [:]
            for row in WordList.rows("figure-nouns.tsv") {
                guard let noun = row.first?.lowercased() else { continue }
                let size = row.count > 1 ? Double(row[1]) ?? 1e6 : 1e6
                reference[FigureRanking.stem(FastCase.lowercaseWords(noun, numbers: false).last ?? noun)] = size
            }
            self.reference = reference
        }
    }
}
