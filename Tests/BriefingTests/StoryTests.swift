import Foundation
import Testing
@testable import Briefing

/// Story grouping against invented corpora whose grouping is known.
///
/// Fixtures/Stories holds four invented events, each told by two or three invented outlets in
/// their own words (the file name's first word names the event: a ferry sinking, a central bank's
/// rate rise, a miners' strike, a museum theft), and five single articles ("single-"), each
/// about the same place, organisation or person as an event but about something else: a jazz
/// festival in the museum's city, the mining company's profits, a rail line in the central
/// bank's country and capital, the ferry operator's order for new ships (same chief executive),
/// and a new frog species. The 94 articles of Fixtures/Quotes*/ are each about a different
/// event. The samples in seeds/ are two outlets' reports of one event.
@Suite("Stories")
struct StoryTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func storiesFixture() -> AnalyzedCorpus {
        AnalyzedCorpus(CorpusLoader.load(paths: [fixtures.appendingPathComponent("Stories").path]))
    }

    static func seeds() -> AnalyzedCorpus {
        AnalyzedCorpus(CorpusLoader.load(paths: [SeedMetadataTests.seedsFolder()]))
    }

    /// The 94 articles of the quote fixtures, each loaded as `<id>.txt`.
    static func quoteFixtureCorpus() throws -> AnalyzedCorpus {
        AnalyzedCorpus(CorpusLoader.load(documents: try quoteFixtureDocuments()))
    }

    static func quoteFixtureDocuments() throws -> [SourceDocument] {
        let files = ["Quotes/dev-articles.jsonl", "Quotes2/dev2-articles.jsonl", "Quotes3/dev3-articles.jsonl", "QuotesTest/test-articles.jsonl"]
        var documents: [SourceDocument] = []
        for file in files {
            for line in try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8).split(separator: "\n") {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let id = object["id"] as? String, let text = object["text"] as? String else { continue }
                documents.append(SourceDocument(path: "\(id).txt", bytes: Array(text.utf8)))
            }
        }
        return documents
    }

    /// The event a fixture article belongs to: its file name's first word, or its id for a
    /// single article.
    static func event(of article: Article) -> String {
        let prefix = String(article.id.prefix { $0 != "-" })
        return prefix == "single" ? article.id : prefix
    }

    struct PairScore {
        var precision: Double
        var recall: Double
        /// Pairs put in one story that are different events.
        var merged: [(Int, Int)]
        /// Pairs of one event in different stories.
        var split: [(Int, Int)]
    }

    /// Pairwise precision and recall of a grouping against the true events: of the pairs of
    /// articles put in one story, how many are one event; of the pairs that are one event, how
    /// many share a story.
    static func pairwise(_ stories: [Story], truth: [String]) -> PairScore {
        var storyOf = [Int](repeating: -1, count: truth.count)
        for (s, story) in stories.enumerated() { for a in story.articles { storyOf[a] = s } }
        var together = 0, right = 0, same = 0
        var score = PairScore(precision: 1, recall: 1, merged: [], split: [])
        for a in truth.indices {
            for b in truth.indices where b > a {
                let grouped = storyOf[a] == storyOf[b], event = truth[a] == truth[b]
                if grouped { together += 1 }
                if event { same += 1 }
                if grouped && event { right += 1 }
                if grouped && !event { score.merged.append((a, b)) }
                if event && !grouped { score.split.append((a, b)) }
            }
        }
        if together > 0 { score.precision = Double(right) / Double(together) }
        if same > 0 { score.recall = Double(right) / Double(same) }
        return score
    }

    static func describe(_ model: AnalyzedCorpus) -> String {
        model.stories.map { story in
            "\(story.id) [\(story.articles.map { model.articles[$0].id }.joined(separator: ", "))] \(story.headline)\n"
                + story.people.map { person in
                    let quote = person.quote.flatMap { model.quote(id: $0) }.map { "\($0.kind.rawValue): \($0.text)" } ?? "-"
                    return "    \(person.name) (\(person.role ?? "")) \(quote)"
                }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    // MARK: - Grouping

    @Test("the fixture's events each form one story, and nothing else joins them")
    func fixtureGrouping() throws {
        let model = Self.storiesFixture()
        #expect(model.articles.count == 15)
        let truth = model.articles.map(Self.event(of:))
        let score = Self.pairwise(model.stories, truth: truth)
        print(String(format: "Stories fixture: pairwise precision %.3f, recall %.3f, %d stories for %d events", score.precision, score.recall,
                     model.stories.count, Set(truth).count))
        #expect(score.merged.isEmpty, "merged: \(score.merged.map { "\(model.articles[$0.0].id) + \(model.articles[$0.1].id)" })\n\(Self.describe(model))")
        #expect(score.split.isEmpty, "split: \(score.split.map { "\(model.articles[$0.0].id) / \(model.articles[$0.1].id)" })\n\(Self.describe(model))")
        #expect(model.stories.count == Set(truth).count)
        // Every article is in exactly one story.
        #expect(model.stories.flatMap(\.articles).sorted() == Array(model.articles.indices))
    }

    @Test("94 articles about 94 different events stay (nearly) apart")
    func differentEventsStayApart() throws {
        let model = try Self.quoteFixtureCorpus()
        #expect(model.articles.count == 94)
        let score = Self.pairwise(model.stories, truth: model.articles.map(\.id))
        let merges = score.merged.map { "\(model.articles[$0.0].displayTitle) + \(model.articles[$0.1].displayTitle)" }
        print("94 different events: \(model.stories.count) stories, \(score.merged.count) false merges" + merges.map { "\n  merged: \($0)" }.joined())
        #expect(score.merged.count <= 2, "\(merges)")
        #expect(model.stories.count >= 92)
    }

    @Test("the fixture's events hold together among 94 other events of the same kinds")
    func fixtureAmongOthers() throws {
        var documents = try Self.quoteFixtureDocuments()
        let others = documents.count
        let folder = Self.fixtures.appendingPathComponent("Stories")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".txt") || file.hasSuffix(".md") {
            documents.append(SourceDocument(path: file, bytes: Array(try Data(contentsOf: folder.appendingPathComponent(file)))))
        }
        let model = AnalyzedCorpus(CorpusLoader.load(documents: documents))
        #expect(model.articles.count == others + 15)
        // The quote fixtures' ids start "dev" or "test"; each is its own event.
        let truth = model.articles.map { $0.id.hasPrefix("dev") || $0.id.hasPrefix("test") ? $0.id : Self.event(of: $0) }
        let score = Self.pairwise(model.stories, truth: truth)
        let merges = score.merged.map { "\(model.articles[$0.0].id) + \(model.articles[$0.1].id)" }
        let splits = score.split.map { "\(model.articles[$0.0].id) / \(model.articles[$0.1].id)" }
        print(String(format: "Fixture among the 94: pairwise precision %.3f, recall %.3f, %d stories", score.precision, score.recall, model.stories.count)
              + merges.map { "\n  merged: \($0)" }.joined() + splits.map { "\n  split: \($0)" }.joined())
        #expect(score.merged.isEmpty, "\(merges)")
        #expect(score.split.isEmpty, "\(splits)")
    }

    @Test("the two samples are one story, headed by one of their titles, with people who are quoted")
    func samplesAreOneStory() throws {
        let model = Self.seeds()
        try #require(model.articles.count == 2)
        #expect(model.stories.count == 1, "\(Self.describe(model))")
        let story = try #require(model.stories.first)
        #expect(story.id == "story-1")
        #expect(Set(story.articles) == [0, 1])
        #expect(model.articles.map(\.displayTitle).contains(story.headline))
        #expect(model.articles[story.headlineArticle].displayTitle == story.headline)
        let quoted = story.people.filter { $0.quote != nil }
        #expect(quoted.count >= 2, "\(Self.describe(model))")
        for person in quoted {
            let quote = try #require(model.quote(id: person.quote!))
            #expect(story.articles.contains(quote.article))
            #expect(person.speaker != nil)
        }
        // The first is a person the corpus quotes, with a direct quote of substance.
        let first = try #require(story.people.first)
        let firstQuote = try #require(first.quote.flatMap { model.quote(id: $0) })
        #expect(first.speaker.map { model.speakers[$0].kind } == .person)
        #expect(firstQuote.kind == .direct && FastCase.wordCount(firstQuote.text) >= 8, "\(firstQuote.text)")
        print(Self.describe(model))
    }

    @Test("copies of the articles with their own closing lines join the stories of their originals")
    func copiesJoinTheirStories() throws {
        let folder = Self.fixtures.appendingPathComponent("Stories")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        var documents: [SourceDocument] = []
        let desks = ["Ana Ruiz", "Kofi Mensah", "Lars Ek"]
        for copy in 0..<3 {
            for file in files {
                let parts = file.split(separator: ".")
                let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(file)))
                    + Array("\n\nReporting by \(desks[copy]) for the wire desk, edition \(copy).\n".utf8)
                documents.append(SourceDocument(path: "\(parts[0])-copy\(copy).\(parts[1])", bytes: bytes))
            }
        }
        let model = AnalyzedCorpus(CorpusLoader.load(documents: documents))
        let truth = model.articles.map { article in
            var original = article
            original.id = String(article.id[..<article.id.range(of: "-copy")!.lowerBound])
            return Self.event(of: original)
        }
        let score = Self.pairwise(model.stories, truth: truth)
        #expect(score.merged.isEmpty && score.split.isEmpty, "\(Self.describe(model))")
        #expect(model.stories.count == 9)
        #expect(model.stories.map(\.articles.count).prefix(4) == [9, 9, 6, 6])
    }

    @Test("a copy is an article most of whose paragraphs an earlier one has")
    func copies() {
        let p = (0..<4).map { "Paragraph \($0) of the wire story, long enough to count as evidence of copying." }
        func article(_ title: String, _ paragraphs: [String]) -> Article {
            Article(id: title, path: title, title: title, paragraphs: paragraphs.map { Paragraph(text: $0, start: 0, end: $0.unicodeScalars.count) })
        }
        let articles = [
            article("Original", p),
            article("Other outlet's headline", p + ["A closing line this outlet adds to every story it runs."]),
            article("Quotes one paragraph", [p[0], "Its own words about the event, long enough to be a paragraph.", "More of its own words, also long enough to be a paragraph."]),
            article("Copy of a copy", p + ["A closing line this outlet adds to every story it runs."]),
            article("Short", ["Short."]),
            article("Short", ["Short."]),
        ]
        #expect(StoryCopies.originals(articles) == [0, 0, 2, 0, 4, 5])
    }

    @Test("the grouping does not depend on the order the files come in")
    func orderIndependent() throws {
        let folder = Self.fixtures.appendingPathComponent("Stories")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        func grouping(_ names: [String]) -> Set<Set<String>> {
            let model = AnalyzedCorpus(CorpusLoader.load(paths: names.map { folder.appendingPathComponent($0).path }))
            return Set(model.stories.map { Set($0.articles.map { model.articles[$0].id }) })
        }
        #expect(grouping(files) == grouping(files.reversed()))
    }

    @Test("no articles, no stories")
    func emptyCorpus() {
        #expect(AnalyzedCorpus(Corpus(articles: [])).stories.isEmpty)
    }

    // MARK: - What a story shows

    @Test("stories come biggest first, numbered in that order, the same every time")
    func orderAndIDs() throws {
        let model = Self.storiesFixture()
        #expect(model.stories.map(\.id) == model.stories.indices.map { "story-\($0 + 1)" })
        let sizes = model.stories.map(\.articles.count)
        #expect(sizes == sizes.sorted(by: >))
        #expect(sizes.prefix(4) == [3, 3, 2, 2])
        // Equal sizes: more quotes first.
        for (a, b) in zip(model.stories, model.stories.dropFirst()) where a.articles.count == b.articles.count {
            let qa = a.articles.reduce(0) { $0 + model.quotes[$1].count }, qb = b.articles.reduce(0) { $0 + model.quotes[$1].count }
            #expect(qa >= qb, "\(a.id) \(qa) quotes before \(b.id) \(qb)")
        }
        #expect(Self.storiesFixture().stories == model.stories)
    }

    @Test("a story's articles are oldest first, undated ones after")
    func articlesOldestFirst() throws {
        let model = Self.storiesFixture()
        let museum = try #require(model.stories.first { $0.articles.contains { model.articles[$0].id.hasPrefix("museum") } })
        // In the folder the undated article comes first and the oldest last.
        #expect(museum.articles.map { model.articles[$0].id } == ["museum-c-stolen", "museum-b-guard", "museum-a-dealers"])
        for story in model.stories {
            let dates = story.articles.map { model.articles[$0].published }
            let dated = dates.prefix { $0 != nil }.map { $0! }
            #expect(dated == dated.sorted())
            #expect(dates.dropFirst(dated.count).allSatisfy { $0 == nil })
            let undated = story.articles.dropFirst(dated.count)
            #expect(Array(undated) == undated.sorted())
        }
    }

    @Test("the headline is the title the other articles share most words with")
    func headline() throws {
        let model = Self.storiesFixture()
        let museum = try #require(model.stories.first { $0.articles.contains { model.articles[$0].id.hasPrefix("museum") } })
        #expect(museum.headline == "Three paintings stolen from Kessler Museum in Rotterdam")
        #expect(model.articles[museum.headlineArticle].id == "museum-c-stolen")
        let ferry = try #require(model.stories.first { $0.articles.contains { model.articles[$0].id.hasPrefix("ferry") } })
        #expect(ferry.headline == "Ferry capsizes in Orrin Strait, at least 14 dead")
        for story in model.stories {
            #expect(story.articles.contains(story.headlineArticle))
            #expect(story.headline == model.articles[story.headlineArticle].displayTitle)
            if story.articles.count == 1 { #expect(story.headlineArticle == story.articles[0]) }
        }
    }

    @Test("key people are the quoted and the named, each with their strongest quote in the story")
    func people() throws {
        let model = Self.storiesFixture()
        for story in model.stories {
            #expect(story.people.count <= StoryPeople.maxPeople)
            #expect(Set(story.people.map(\.name)).count == story.people.count, "\(story.people.map(\.name))")
            // Persons before organisations.
            let kinds = story.people.map { p in p.speaker.map { model.speakers[$0].kind == .person } ?? (model.entities[p.entity!].kind == .person) }
            #expect(kinds == kinds.sorted { $0 && !$1 }, "\(story.people.map(\.name))")
            for person in story.people {
                if let e = person.entity { #expect(model.entities[e].kind != .place) }
                guard let id = person.quote else { continue }
                let quote = try #require(model.quote(id: id))
                #expect(story.articles.contains(quote.article))
                let speaker = try #require(person.speaker)
                #expect(model.speakers[speaker].quotes.contains(id))
                #expect(model.speakers[speaker].name == person.name)
            }
        }
        let ferry = try #require(model.stories.first { $0.articles.contains { model.articles[$0].id.hasPrefix("ferry") } })
        let first = try #require(ferry.people.first)
        #expect(first.name == "Ilse Voronen")
        #expect(first.entity.map { model.entities[$0].name } == "Ilse Voronen")
        // She is quoted in all three articles, once only as "a tragedy"; her strongest quote is a
        // whole statement.
        let quote = try #require(first.quote.flatMap { model.quote(id: $0) })
        #expect(quote.kind == .direct)
        #expect(FastCase.wordCount(quote.text) >= 8, "\(quote.text)")
        // The chief executive quoted in the ferry story is quoted there, not from his other article.
        let executive = try #require(ferry.people.first { $0.name == "Harald Brenner" })
        #expect(executive.quote.map { $0.hasPrefix("ferry-") } == true)
        // Someone only named (the painter) is a key person without a quote.
        let museum = try #require(model.stories.first { $0.articles.contains { model.articles[$0].id.hasPrefix("museum") } })
        #expect(museum.people.contains { $0.name == "Johanna Verweij" && $0.quote == nil && $0.speaker == nil })
    }

    @Test("a direct quote of substance beats a short partial one and a long paraphrase")
    func strongestQuote() {
        func quote(_ kind: Quote.Kind, _ text: String) -> Quote {
            Quote(id: "a#1", article: 0, kind: kind, paragraph: 0, cleanRange: 0..<text.unicodeScalars.count, text: text, start: 0,
                  end: text.unicodeScalars.count, speaker: SpeakerMention(name: "Ana Ruiz", kind: .person, surface: "Ruiz"), cue: "said")
        }
        let terms = StoryTerms.shared
        let central = Set(terms.terms(in: "flood river levee"))
        func score(_ q: Quote) -> Double { StrongestQuote.score(q, centralTerms: central, terms: terms) }
        let direct = quote(.direct, "We will rebuild the levee before the next flood season, whatever it costs the region.")
        let partial = quote(.partial, "a disgrace")
        let indirect = quote(.indirect, "the levee would be rebuilt before the next flood season and that the region would pay for it")
        let fragment = quote(.direct, "rebuild the levee before the next flood season, whatever it costs the region.")
        let offTopic = quote(.direct, "My grandchildren visit every summer and we always go fishing at the lake together.")
        #expect(score(direct) > score(partial))
        #expect(score(direct) > score(indirect))
        #expect(score(direct) > score(fragment))
        #expect(score(direct) > score(offTopic))
        #expect(score(indirect) > score(partial))
    }

    @Test("figures and dates are indices into the corpus's lists, in rank and date order, from the story's articles")
    func figuresAndTimeline() throws {
        for model in [Self.storiesFixture(), Self.seeds()] {
            var allFigures: [Int] = [], allEvents: [Int] = []
            for story in model.stories {
                #expect(story.figures == story.figures.sorted() && Set(story.figures).count == story.figures.count)
                #expect(story.timeline == story.timeline.sorted() && Set(story.timeline).count == story.timeline.count)
                for k in story.figures {
                    try #require(model.keyFigures.indices.contains(k))
                    #expect(!Set(model.keyFigures[k].articles).isDisjoint(with: story.articles))
                }
                for i in story.timeline {
                    try #require(model.timeline.indices.contains(i))
                    let event = model.timeline[i]
                    #expect(!Set([event.article] + event.alsoIn).isDisjoint(with: story.articles))
                }
                let events = story.timeline.map { model.timeline[$0] }
                #expect(zip(events, events.dropFirst()).allSatisfy { !($1 < $0) })
                // Every key figure and dated event of its articles is there.
                let members = Set(story.articles)
                #expect(story.figures == model.keyFigures.indices.filter { !Set(model.keyFigures[$0].articles).isDisjoint(with: members) })
                #expect(story.timeline == model.timeline.indices.filter { members.contains(model.timeline[$0].article) || !Set(model.timeline[$0].alsoIn).isDisjoint(with: members) })
                allFigures += story.figures
                allEvents += story.timeline
            }
            // The stories' articles are disjoint, but a figure or event reported by two stories'
            // articles belongs to both; every one belongs to at least one.
            #expect(Set(allFigures) == Set(model.keyFigures.indices))
            #expect(Set(allEvents) == Set(model.timeline.indices))
        }
        let ferry = try #require(Self.storiesFixture().stories.first)
        #expect(!ferry.figures.isEmpty && !ferry.timeline.isEmpty)
    }

    // MARK: - Parts

    @Test("content words: no function words, reporting verbs, numbers or dates; plurals folded; names skipped on request")
    func contentWords() {
        let terms = StoryTerms.shared
        func words(_ text: String) -> [UInt64] { terms.terms(in: text) }
        #expect(words("He said that on Tuesday in March the 2,000 and 14-hour") == [])
        #expect(words("ferries") == words("ferry"))
        #expect(words("Paintings") == words("painting"))
        #expect(words("glass") != words("glas"))
        #expect(words("Café") == words("café"))
        #expect(words("The thieves stole paintings").count == 3)
        var kept: [UInt64] = [], skipped: [UInt64] = []
        // "Anouk Brevers" is scalars 11..<24.
        terms.forEachTerm(in: "Spokeswoman Anouk Brevers praised “détectives”", skipping: [11..<24]) { h, skip in
            if skip { skipped.append(h) } else { kept.append(h) }
        }
        #expect(skipped == words("Anouk Brevers"))
        #expect(kept == words("praised détectives"))
    }

    @Test("term counts: counting, growing, ids in first-seen order")
    func termCounts() {
        var counts = TermCounts(capacity: 2)
        for k in 1...1000 { counts.add(UInt64(k * 7919)) }
        counts.add(7919, by: 4)
        #expect(counts.count == 1000)
        #expect(counts.count(of: 7919) == 5)
        #expect(counts.count(of: 3) == 0)
        #expect(counts.id(of: 7919 * 2) == 1)
        #expect(counts.id(of: 42) == 1000)
        #expect(counts.index(of: 42) == 1000 && counts.index(of: 43) == nil)
        #expect(counts.keys.prefix(2) == [7919, 7919 * 2])
    }

    @Test("similarity needs shared words: shared names alone count for at most twice the words")
    func similarityNeedsBoth() {
        #expect(StoryClustering.similarity(names: 0.7, words: 0.1, hasNames: true) < StoryClustering.threshold)
        #expect(StoryClustering.similarity(names: 0, words: 0.3, hasNames: true) < StoryClustering.threshold)
        #expect(StoryClustering.similarity(names: 0.3, words: 0.3, hasNames: true) > StoryClustering.threshold)
        #expect(StoryClustering.similarity(names: 0, words: 0.3, hasNames: false) > StoryClustering.threshold)
        #expect(StoryClustering.dateFactor(days: 3) == 1)
        #expect(StoryClustering.dateFactor(days: 200) < 0.5)
    }
}
