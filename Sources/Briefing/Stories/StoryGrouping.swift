/// Groups the articles of a corpus into stories, articles about the same event, and gives each
/// what an analyst reads first: a headline, its key people with their strongest quotes, its key
/// figures and its dates.
///
/// The steps each have a file: `StoryCopies` finds articles that are copies of another,
/// `StoryFeatures` turns articles into weighted vectors of names and distinctive words
/// (`StoryTerms`, `NameRanges`), `StoryClustering` groups them in one pass over an inverted
/// index, `StoryHeadline` picks the most central title, `StoryPeople` (with `StrongestQuote`)
/// the people. Every step is linear in the corpus (no article is compared with every other), so
/// a hundred thousand articles group in seconds.
///
/// Stories come biggest first: most articles, then most quotes (a story people talk
/// about), then the best-ranked key figure, then the earliest article in the corpus; ids
/// "story-1", "story-2"... follow that order. Nothing depends on dictionary order or on the
/// number of cores, so the same corpus always gives the same stories.
enum StoryGrouping {
    /// Heaviest content words of a story, against which its quotes are judged.
    static let centralTerms = 30

    static func stories(articles: [Article], quotes: [[Quote]], speakers: [Speaker], entities: [Entity],
                        keyFigures: [KeyFigure], timeline: [TimelineEvent]) -> [Story] {
        let n = articles.count
        guard n > 0 else { return [] }
        let features = StoryFeatures(articles: articles, entities: entities, quotes: quotes)
        let days = articles.map { $0.published.flatMap(Self.dayNumber) }
        let groups = StoryClustering.cluster(features, days: days)

        var figuresOf = [[Int]](repeating: [], count: n)
        for (k, figure) in keyFigures.enumerated() { for a in figure.articles where a < n { figuresOf[a].append(k) } }
        var eventsOf = [[Int]](repeating: [], count: n)
        for (i, event) in timeline.enumerated() {
            if event.article < n { eventsOf[event.article].append(i) }
            for a in event.alsoIn where a < n && a != event.article { eventsOf[a].append(i) }
        }
        let people = StoryPeople(speakers: speakers, entities: entities, articleCount: n)
        let terms = StoryTerms.shared
        let figuresByArticle = figuresOf, eventsByArticle = eventsOf

        struct Draft: Sendable {
            var story: Story
            var quotes: Int
            var bestFigure: Int
            var first: Int
        }
        let drafts = Parallel.map(groups) { _, group -> Draft in
            let members = group.sorted { a, b in
                switch (days[a], days[b]) {
                case let (x?, y?): return x != y ? x < y : a < b
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return a < b
                }
            }
            let headline = members[StoryHeadline.choose(members, articles: articles, features: features, terms: terms)]
            let central = Set(Self.centralTerms(members, features: features))
            let figures = Self.union(members.map { figuresByArticle[$0] })
            let story = Story(id: "", headline: articles[headline].displayTitle, headlineArticle: headline, articles: members,
                              people: people.people(members: members, quotes: quotes, centralTerms: central, terms: terms),
                              figures: figures, timeline: Self.union(members.map { eventsByArticle[$0] }))
            return Draft(story: story, quotes: members.reduce(0) { $0 + quotes[$1].count },
                         bestFigure: figures.first ?? Int.max, first: members.min()!)
        }
        let ordered = drafts.sorted {
            (-$0.story.articles.count, -$0.quotes, $0.bestFigure, $0.first) < (-$1.story.articles.count, -$1.quotes, $1.bestFigure, $1.first)
        }
        return ordered.enumerated().map { i, draft in
            var story = draft.story
            story.id = "story-\(i + 1)"
            return story
        }
    }

    /// The story's heaviest content words: its articles' selected terms, weights summed.
    static func centralTerms(_ members: [Int], features: StoryFeatures) -> [UInt64] {
        var weights: [Int32: Double] = [:]
        for a in members {
            let v = features.vectors[a]
            for (f, w) in zip(v.features, v.weights) where Int(f) >= features.nameCount { weights[f, default: 0] += Double(w) }
        }
        return weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(Self.centralTerms).compactMap { features.term($0.key) }
    }

    /// Sorted, without repeats.
    static func union(_ lists: [[Int]]) -> [Int] {
        if lists.count == 1 { return lists[0] }
        return Array(Set(lists.joined())).sorted()
    }

    /// Days since 1970 of an ISO date ("2023-03-10"), nil when it is not one.
    static func dayNumber(_ iso: String) -> Int? {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return CalendarDate(year: y, month: m, day: d)?.dayNumber
    }
}
