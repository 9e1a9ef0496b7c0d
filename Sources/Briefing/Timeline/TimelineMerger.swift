/// Merges the articles' timelines into one, sorted chronologically (`TimelineEvent.<`).
///
/// Two events from different articles are one when their dates can be the same (equal, or
/// equal but for a year one of them does not know: "XXXX-07-04" and "2017-07-04") and their
/// sentences share most content words: at least half of the shorter one's, and at least three
/// (or all of them, when it has only two). Words are compared in lowercase without function
/// words and without the date words themselves. The merged event keeps the best-dated report
/// (a known year, certain, the first article) and lists the other articles in `alsoIn`.
public enum TimelineMerger {
    public static func merge(_ perArticle: [[TimelineEvent]]) -> [TimelineEvent] {
        let all = perArticle.joined().sorted()
        var numbers = SpeakerDirectory.WordNumbers()
        let words = all.map { contentWords($0.event, &numbers) }

        struct GroupKey: Hashable {
            var kind: TimelineEvent.Kind
            var precision: TimelineDate.Precision
            var month: Int?, day: Int?, week: Int?
            /// Only for years and weeks: days and months may merge across a missing year.
            var year: Int?
        }
        struct Cluster { var members: [Int]; var articles: Set<Int> }
        var clusters: [Cluster] = []
        var postings: [GroupKey: [Int: [Int]]] = [:]  // word → clusters of the group holding it

        for (e, event) in all.enumerated() {
            let when = event.when
            let key = GroupKey(kind: event.kind, precision: when.precision, month: when.month, day: when.day, week: when.week,
                               year: when.precision == .day || when.precision == .month ? nil : when.year)
            var shared: [Int: Int] = [:]
            if let group = postings[key] {
                for word in words[e] {
                    // A word in very many events of one date says nothing about which event.
                    guard let list = group[word], list.count <= maxPosting else { continue }
                    for c in list { shared[c, default: 0] += 1 }
                }
            }
            var best: (cluster: Int, shared: Int)?
            for (c, count) in shared where count > (best?.shared ?? 0) {
                let head = all[clusters[c].members[0]]
                guard !clusters[c].articles.contains(event.article), head.when.isCompatible(with: when),
                      isSameEvent(shared: count, words[clusters[c].members[0]].count, words[e].count) else { continue }
                best = (c, count)
            }
            if let best {
                clusters[best.cluster].members.append(e)
                clusters[best.cluster].articles.insert(event.article)
            } else {
                let c = clusters.count
                clusters.append(Cluster(members: [e], articles: [event.article]))
                for word in words[e] { postings[key, default: [:]][word, default: []].append(c) }
            }
        }

        var merged: [TimelineEvent] = []
        merged.reserveCapacity(clusters.count)
        for cluster in clusters {
            // Members are in sorted order: the first with a known year and certain, else the first.
            let primary = cluster.members.first { all[$0].when.year != nil && all[$0].certain }
                ?? cluster.members.first { all[$0].when.year != nil } ?? cluster.members[0]
            var event = all[primary]
            let others = Set(cluster.members.map { all[$0].article }).subtracting([event.article])
            event.alsoIn = Array(others.sorted().prefix(SpeakerDirectory.maxAlsoIn))
            merged.append(event)
        }
        return merged.sorted()
    }

    /// A word in more clusters of one date than this is not used to match events.
    static let maxPosting = 2000

    static func isSameEvent(shared: Int, _ a: Int, _ b: Int) -> Bool {
        let shorter = min(a, b)
        guard shorter >= 2 else { return false }
        return 2 * shared >= shorter && (shared >= 3 || shared == shorter)
    }

    /// The sentence's words that say what happened: lowercase, three letters or more, not
    /// function words and not the words dates are written with.
    static func contentWords(_ text: String, _ numbers: inout SpeakerDirectory.WordNumbers) -> Set<Int> {
        let function = Lexicon.shared.functionWords
        let dates = TimelineLexicon.shared.index
        var found = Set<Int>()
        for word in FastCase.lowercaseWords(text, numbers: false) where word.utf8.count >= 3 {
            if function.contains(word) || dates[WordKey.make(word)] != nil { continue }
            found.insert(numbers.number(of: word))
        }
        return found
    }
}
