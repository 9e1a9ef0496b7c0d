import Foundation

/// Groups articles into events in one pass, as topic detection and tracking systems do: each
/// article, oldest first, joins the story whose centroid it is most similar to, or starts a new
/// story when no centroid is similar enough.
///
/// Why a centroid and not the nearest article: joining on a single similar article lets stories
/// chain (A is like B, B like C, and A and C have nothing in common). The centroid asks the new
/// article to resemble the story as a whole, so one shared name with one member is not enough to
/// join a story of five.
///
/// No centroid is ever built. A story's centroid is the sum of its members' vectors, so an
/// article's dot product with it is the sum of its dot products with the members, and those come
/// from an inverted index: each feature lists the articles already placed that have it, and the
/// new article adds its weight times theirs to an accumulator per article. The centroid's length
/// is kept up to date from the same sums when an article joins (|c + a|² = |c|² + 2 a·c + |a|²).
/// Only the `postingScan` most recent articles of a feature are walked (the articles are placed
/// oldest first, so those are the nearest in time); with features limited in number and in
/// document frequency (`StoryFeatures`), the cost per article is bounded and the whole pass grows
/// linearly with the corpus.
///
/// A copy of an article (`StoryCopies`) joins its original's story.
///
/// Similarity has two parts, names and words, measured against the centroid separately (see
/// `similarity`). Dates weigh in: articles published more than two weeks apart count as less
/// similar the further apart they are (a follow-up months later is more often a new event).
enum StoryClustering {
    /// The similarity an article needs to join a story.
    static let threshold = 0.18
    /// Articles of one feature walked for each new article: the most recent ones.
    static let postingScan = 256
    /// The share of the similarity that comes from shared names.
    static let nameShare = 0.6
    /// Shared names count for at most this many times the shared words.
    static let nameCap = 2.0

    /// How alike an article and a story are, from the cosine similarities of their names and of
    /// their words. Articles about one event share who and what: the same people and
    /// organisations doing something else (a company's chief executive announcing an order,
    /// then speaking after an accident) share names but few words, so names count for no more
    /// than `nameCap` times the words; different events of one kind (two film festivals) share
    /// words but no names, and get only the words' share. An article that names nobody is
    /// judged on its words alone.
    static func similarity(names: Double, words: Double, hasNames: Bool) -> Double {
        guard hasNames else { return words }
        return (1 - nameShare) * words + nameShare * min(names, nameCap * words)
    }

    /// The factor on the similarity of two articles published `days` apart.
    static func dateFactor(days: Int) -> Double {
        days <= 14 ? 1 : 1 / (1 + Double(days - 14) / 60)
    }

    /// Stories as lists of article indices, each in the order its articles were placed.
    /// `days` is each article's publication day (`CalendarDate.dayNumber`), nil when undated;
    /// articles are placed oldest first, undated ones after in corpus order.
    static func cluster(_ features: StoryFeatures, days: [Int?]) -> [[Int]] {
        let vectors = features.vectors
        let featureCount = features.featureCount
        let nameCount = Int32(features.nameCount)
        let n = vectors.count
        let order = (0..<n).sorted { a, b in
            switch (days[a], days[b]) {
            case let (x?, y?): return x != y ? x < y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }

        // Inverted index, entries in placement order: a feature's articles so far are the first
        // `placed[f]` entries of its list.
        var starts = [Int](repeating: 0, count: featureCount + 1)
        for v in vectors { for f in v.features { starts[Int(f) + 1] += 1 } }
        for f in 0..<featureCount { starts[f + 1] += starts[f] }
        var postingArticle = [Int32](repeating: 0, count: starts[featureCount])
        var postingWeight = [Float](repeating: 0, count: starts[featureCount])
        var placed = [Int](repeating: 0, count: featureCount)
        for a in order {
            for (f, w) in zip(vectors[a].features, vectors[a].weights) {
                let slot = starts[Int(f)] + placed[Int(f)]
                postingArticle[slot] = Int32(a)
                postingWeight[slot] = w
                placed[Int(f)] += 1
            }
        }
        for f in 0..<featureCount { placed[f] = 0 }
        // Each article's squared length over names and over words: 1 for each part it has, as
        // both parts are normalised over all the article's features, kept or not.
        let selfDot = vectors.map { (names: $0.hasNames ? 1.0 : 0.0, words: 1.0) }

        var storyOf = [Int32](repeating: -1, count: n)
        var members: [[Int]] = []
        // Squared lengths of each story's centroid, names and words.
        var nameNorm: [Double] = [], wordNorm: [Double] = []
        // Per article placed: dot products with the article being placed.
        var nameAcc = [Float](repeating: 0, count: n), wordAcc = [Float](repeating: 0, count: n)
        var touched: [Int32] = []
        var seen = [Bool](repeating: false, count: n)
        // Per story: the sums of those dot products, with and without the date factor.
        var nameDot: [Double] = [], wordDot: [Double] = []
        var nameRaw: [Double] = [], wordRaw: [Double] = []
        var storySeen: [Bool] = []
        var touchedStories: [Int32] = []

        for a in order {
            let vector = vectors[a]
            for (f, w) in zip(vector.features, vector.weights) {
                let start = starts[Int(f)]
                let end = start + placed[Int(f)]
                let isName = f < nameCount
                for slot in max(start, end - postingScan)..<end {
                    let b = Int(postingArticle[slot])
                    if !seen[b] { seen[b] = true; touched.append(Int32(b)) }
                    if isName { nameAcc[b] += w * postingWeight[slot] } else { wordAcc[b] += w * postingWeight[slot] }
                }
            }
            for b32 in touched {
                let b = Int(b32)
                let names = Double(nameAcc[b]), words = Double(wordAcc[b])
                nameAcc[b] = 0
                wordAcc[b] = 0
                seen[b] = false
                let s = Int(storyOf[b])
                if !storySeen[s] { storySeen[s] = true; touchedStories.append(Int32(s)) }
                var factor = 1.0
                if let da = days[a], let db = days[b] { factor = dateFactor(days: abs(da - db)) }
                nameDot[s] += names * factor
                wordDot[s] += words * factor
                nameRaw[s] += names
                wordRaw[s] += words
            }
            touched.removeAll(keepingCapacity: true)

            var best = -1
            var bestScore = threshold
            for s32 in touchedStories {
                let s = Int(s32)
                let names = nameNorm[s] > 0 ? nameDot[s] / nameNorm[s].squareRoot() : 0
                let words = wordNorm[s] > 0 ? wordDot[s] / wordNorm[s].squareRoot() : 0
                let score = similarity(names: names, words: words, hasNames: vector.hasNames)
                if score > bestScore || (score == bestScore && best >= 0 && s < best) {
                    best = s
                    bestScore = score
                }
            }
            // A copy goes where its original went, however little either shares with the rest.
            let original = features.original[a]
            if original != a && storyOf[original] >= 0 { best = Int(storyOf[original]) }
            let own = selfDot[a]
            if best >= 0 {
                nameNorm[best] += 2 * nameRaw[best] + own.0
                wordNorm[best] += 2 * wordRaw[best] + own.1
                members[best].append(a)
                storyOf[a] = Int32(best)
            } else {
                storyOf[a] = Int32(members.count)
                members.append([a])
                nameNorm.append(own.0)
                wordNorm.append(own.1)
                nameDot.append(0)
                wordDot.append(0)
                nameRaw.append(0)
                wordRaw.append(0)
                storySeen.append(false)
            }
            for s32 in touchedStories {
                let s = Int(s32)
                nameDot[s] = 0
                wordDot[s] = 0
                nameRaw[s] = 0
                wordRaw[s] = 0
                storySeen[s] = false
            }
            touchedStories.removeAll(keepingCapacity: true)
            for f in vector.features { placed[Int(f)] += 1 }
        }
        return members
    }
}
