/// Finds articles that are copies of an earlier one: the same wire story run by several outlets
/// with their own headline, byline or closing line, or a file loaded twice.
///
/// Why it matters: document frequencies count a copied text once per copy, so every word of a
/// much-copied article looks shared and crowds out of its strongest features the words it shares
/// with other reports of the event; and a copy belongs with its original whatever else it
/// resembles. A copy is recognised by its paragraphs: most of its long paragraphs (`minLength`
/// bytes or more) appeared first in one earlier article, at least two of them or all of them
/// with the same title. Each paragraph is hashed once, so the check is one dictionary lookup per
/// paragraph.
enum StoryCopies {
    /// Paragraphs shorter than this ("Share this article", a dateline) prove nothing.
    static let minLength = 60
    /// The share of an article's long paragraphs that must come from its original.
    static let minShare = 0.6

    /// For each article, the article it is a copy of, or itself. An original always comes before
    /// its copies and is never a copy itself.
    static func originals(_ articles: [Article]) -> [Int] {
        let hashes = Parallel.map(articles) { _, article -> (title: UInt64, paragraphs: [UInt64]) in
            (hash(article.title ?? ""), article.paragraphs.filter { $0.text.utf8.count >= minLength }.map { hash($0.text) })
        }
        var original = Array(articles.indices)
        var firstWith: [UInt64: Int] = [:]
        var tally: [Int: Int] = [:]
        for (a, (title, paragraphs)) in hashes.enumerated() {
            tally.removeAll(keepingCapacity: true)
            for p in paragraphs { if let first = firstWith[p] { tally[first, default: 0] += 1 } }
            // The earlier article most of them come from (the first of equals).
            var best = -1, shared = 0
            for (candidate, count) in tally where count > shared || (count == shared && candidate < best) {
                best = candidate
                shared = count
            }
            if best >= 0, Double(shared) >= minShare * Double(paragraphs.count),
               shared >= 2 || (shared == paragraphs.count && hashes[best].title == title) {
                original[a] = best
                continue
            }
            for p in paragraphs where firstWith[p] == nil { firstWith[p] = a }
        }
        return original
    }

    private static func hash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
