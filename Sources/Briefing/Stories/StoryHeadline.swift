/// Chooses a story's headline: the title that best says what all its articles report.
///
/// A title is central when the other articles use its words: each of its content words (names
/// included) found in another article's title or body counts its inverse document frequency,
/// so a title whose rare words ("Kessler", "paintings") every article shares beats one whose
/// words only its own article uses ("Night guard tied up"). The coverage is averaged over the
/// other articles; counting each word's users once keeps this linear in the story's size. A title of one or two content words covers easily and says little, so it
/// counts for less; an article with no title (its display title is the start of its text) only
/// gets the headline when nothing else fits. Equal scores go to the vector most similar to the
/// rest of the story, then to the oldest article.
enum StoryHeadline {
    /// The index in `members` of the headline's article.
    static func choose(_ members: [Int], articles: [Article], features: StoryFeatures, terms: StoryTerms) -> Int {
        guard members.count > 1 else { return 0 }
        // Each title's content words (names included), as ids into the words of all titles.
        var vocabulary = TermCounts(capacity: 64)
        let titles: [[Int]] = members.map { a in
            var ids: [Int] = []
            terms.forEachTerm(in: articles[a].displayTitle) { h, _ in
                let id = vocabulary.id(of: h)
                if !ids.contains(id) { ids.append(id) }
            }
            return ids
        }
        // Which of those words each article uses anywhere.
        let uses: [[Bool]] = members.map { a in
            var found = [Bool](repeating: false, count: vocabulary.count)
            let article = articles[a]
            for text in [article.title ?? ""] + article.paragraphs.map(\.text) {
                terms.forEachTerm(in: text) { h, _ in
                    if let id = vocabulary.index(of: h) { found[id] = true }
                }
            }
            return found
        }
        // How many articles use each word, and the sum of the articles' vectors: an article's
        // coverage and centrality against the others are then one pass over its own words.
        var users = [Int](repeating: 0, count: vocabulary.count)
        for found in uses { for (id, used) in found.enumerated() where used { users[id] += 1 } }
        var sum: [Int32: Double] = [:]
        for a in members {
            let v = features.vectors[a]
            for (f, w) in zip(v.features, v.weights) { sum[f, default: 0] += Double(w) }
        }
        var best = 0
        var bestScore = -Double.infinity
        var bestCentrality = -Double.infinity
        for (i, a) in members.enumerated() {
            let article = articles[a]
            let title = titles[i]
            var coverage = 0.0
            if !title.isEmpty {
                var found = 0.0, total = 0.0
                for id in title {
                    let w = features.idf(term: vocabulary.keys[id])
                    total += w
                    found += w * Double(users[id] - (uses[i][id] ? 1 : 0))
                }
                coverage = found / total / Double(members.count - 1)
            }
            var score = coverage * min(1, Double(title.count) / 3)
            if (article.title ?? "").isEmpty { score *= 0.5 }
            let v = features.vectors[a]
            var centrality = 0.0
            for (f, w) in zip(v.features, v.weights) { centrality += Double(w) * (sum[f]! - Double(w)) }
            if score > bestScore + 1e-9 || (abs(score - bestScore) <= 1e-9 && centrality > bestCentrality + 1e-9) {
                best = i
                bestScore = score
                bestCentrality = centrality
            }
        }
        return best
    }
}
