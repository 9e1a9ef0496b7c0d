extension JSONExport {
    /// A story for scripts, by reference into the rest of the export: `articles` are article
    /// ids, `quotes` the ids of its people's strongest quotes, `figures` the ids of the
    /// representative mentions of its key figures (best first), and `timeline` indices into the
    /// top-level `timeline` array (oldest first).
    struct StoryRecord: Encodable {
        var id: String
        var headline: String
        var articles: [String]
        var people: [PersonRecord]
        var quotes: [String]
        var figures: [String]
        var timeline: [Int]

        init(_ story: Story, model: AnalyzedCorpus) {
            id = story.id
            headline = story.headline
            articles = story.articles.filter(model.articles.indices.contains).map { model.articles[$0].id }
            people = story.people.map(PersonRecord.init)
            var seen = Set<String>()
            quotes = story.people.compactMap(\.quote).filter { seen.insert($0).inserted }
            figures = story.figures.filter(model.keyFigures.indices.contains).map { model.figure(model.keyFigures[$0].representative).id }
            timeline = story.timeline.filter(model.timeline.indices.contains)
        }
    }

    /// A key person of a story: `quote` is the id of their strongest quote in it, or null.
    struct PersonRecord: Encodable {
        var name: String
        var role: String?
        var quote: String?

        init(_ person: StoryPerson) {
            name = person.name
            role = person.role
            quote = person.quote
        }

        enum CodingKeys: String, CodingKey { case name, role, quote }

        // Written by hand so that a missing role or quote is null, not absent.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(role, forKey: .role)
            try c.encode(quote, forKey: .quote)
        }
    }
}
