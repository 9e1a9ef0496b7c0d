/// Groups the articles of a corpus into stories.
/// SCAFFOLDING: one story per article, until the real grouping lands.
enum StoryGrouping {
    static func stories(articles: [Article], quotes: [[Quote]], speakers: [Speaker], entities: [Entity],
                        keyFigures: [KeyFigure], timeline: [TimelineEvent]) -> [Story] {
        articles.indices.map { a in
            Story(id: "story-\(a + 1)", headline: articles[a].displayTitle, headlineArticle: a, articles: [a], people: [],
                  figures: keyFigures.indices.filter { keyFigures[$0].articles.contains(a) },
                  timeline: timeline.indices.filter { timeline[$0].article == a || timeline[$0].alsoIn.contains(a) })
        }
    }
}
