import Foundation

/// The sentences of one article as a graph weighted by how much they share, and the centrality
/// measures computed on it.
///
/// Similarity is the idf-weighted cosine of LexRank (Erkan and Radev, 2004), with idf taken over
/// the article's own sentences so that an article needs no outside statistics. Centrality comes
/// in two flavours: LexRank's PageRank over the undirected graph, and the position-aware
/// directed degree of PACSUM (Zheng and Lapata, 2019), in which a sentence gains from sentences
/// after it that repeat it (the lead that the rest of a news story elaborates) and loses from
/// sentences before it that it merely repeats.
struct SentenceGraph {
    /// Sentences beyond this are left out of the graph: a summary of a news article comes from
    /// its first pages, and the graph costs the square of its size.
    static let maxSentences = 160

    /// Each sentence as a sparse tf-idf vector, unit length: (term, weight) sorted by term.
    let vectors: [[(Int32, Double)]]
    /// `similarity[i][j]`, symmetric, 0 on the diagonal.
    let similarity: [[Double]]

    init(terms: [[Int32]], vocabulary: Int) {
        let n = min(terms.count, Self.maxSentences)
        var df = [Int](repeating: 0, count: vocabulary)
        for i in 0..<n {
            for t in Set(terms[i]) { df[Int(t)] += 1 }
        }
        var vectors: [[(Int32, Double)]] = []
        vectors.reserveCapacity(n)
        for i in 0..<n {
            var tf: [Int32: Double] = [:]
            for t in terms[i] { tf[t, default: 0] += 1 }
            var v = tf.map { t, f in (t, f * (log(Double(n + 1) / Double(df[Int(t)])) + 1)) }.sorted { $0.0 < $1.0 }
            let norm = sqrt(v.reduce(0) { $0 + $1.1 * $1.1 })
            if norm > 0 { for k in v.indices { v[k].1 /= norm } }
            vectors.append(v)
        }
        var similarity = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                let s = Self.cosine(vectors[i], vectors[j])
                similarity[i][j] = s
                similarity[j][i] = s
            }
        }
        self.vectors = vectors
        self.similarity = similarity
    }

    var count: Int { vectors.count }

    static func cosine(_ a: [(Int32, Double)], _ b: [(Int32, Double)]) -> Double {
        var i = 0, j = 0, sum = 0.0
        while i < a.count, j < b.count {
            if a[i].0 == b[j].0 {
                sum += a[i].1 * b[j].1
                i += 1
                j += 1
            } else if a[i].0 < b[j].0 {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// The cosine of a sentence with any bag of terms (the title), weighted like the graph.
    func similarity(of i: Int, to terms: [Int32]) -> Double {
        guard !terms.isEmpty, i < vectors.count else { return 0 }
        let set = Set(terms)
        let dot = vectors[i].reduce(0) { set.contains($1.0) ? $0 + $1.1 : $0 }
        return dot / sqrt(Double(set.count))
    }

    /// PageRank over the similarity graph (damping 0.85): LexRank's continuous centrality.
    func pageRank() -> [Double] { Self.pageRank(similarity) }

    /// PageRank over any weighted graph given as a matrix. Stops early once no rank moves by
    /// more than a billionth (most articles settle in well under the 40 rounds allowed); the
    /// matrix is read once into one flat buffer of rows, so each round is a tight loop.
    static func pageRank(_ w: [[Double]], damping: Double = 0.85, iterations: Int = 40) -> [Double] {
        let n = w.count
        guard n > 0 else { return [] }
        let flat = w.flatMap { $0 }
        let out = w.map { $0.reduce(0, +) }
        let sinks = (0..<n).filter { out[$0] == 0 }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        flat.withUnsafeBufferPointer { m in
            for _ in 0..<iterations {
                for i in 0..<n { next[i] = (1 - damping) / Double(n) }
                for j in 0..<n where out[j] > 0 {
                    let share = damping * rank[j] / out[j]
                    let row = j * n
                    for i in 0..<n {
                        let weight = m[row + i]
                        if weight > 0 { next[i] += share * weight }
                    }
                }
                // Sentences with no edges spread their rank evenly, so rank keeps summing to 1.
                let lost = damping * sinks.reduce(0) { $0 + rank[$1] } / Double(n)
                var moved = 0.0
                for i in 0..<n {
                    next[i] += lost
                    moved = max(moved, abs(next[i] - rank[i]))
                }
                swap(&rank, &next)
                if moved < 1e-9 { break }
            }
        }
        return rank
    }

    /// PACSUM's directed degree: edges below a threshold relative to the article's range of
    /// similarities are dropped; similarity to later sentences counts `forward`, to earlier
    /// ones `backward` (negative: repeating what came before is not news).
    func directedCentrality(threshold beta: Double, forward: Double, backward: Double) -> [Double] {
        let n = count
        guard n > 1 else { return [Double](repeating: 0, count: n) }
        var low = Double.infinity, high = -Double.infinity
        for i in 0..<n { for j in 0..<n where i != j { low = min(low, similarity[i][j]); high = max(high, similarity[i][j]) } }
        let cut = low + beta * (high - low)
        return (0..<n).map { i in
            var c = 0.0
            for j in 0..<n where j != i {
                let e = max(0, similarity[i][j] - cut)
                c += (j > i ? forward : backward) * e
            }
            return c
        }
    }
}
