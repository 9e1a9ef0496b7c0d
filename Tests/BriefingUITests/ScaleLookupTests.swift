import Briefing
import Testing
@testable import BriefingUI

/// The lookups the reader builds once for a big corpus give what reading the model directly
/// gives: the speaker filter, who said each quote, each speaker's quotes, the briefing of a
/// big story. Checked on the speakers fixture repeated (every copy's names its own, or one
/// set shared by all copies), so ids, names and stories come in many.
@Suite("Lookups at scale")
struct ScaleLookupTests {
    static let distinct = AnalyzedCorpus(repeating: TestCorpus.speakers, copies: 40, sharedNames: false)
    static let shared = AnalyzedCorpus(repeating: TestCorpus.speakers, copies: 40, sharedNames: true)

    /// Speakers whose name or an alias contains `filter`, ignoring case, most quoted first.
    func naive(_ model: AnalyzedCorpus, _ filter: String) -> [Int] {
        let order = model.speakers.indices.sorted { (-model.speakers[$0].quotes.count, $0) < (-model.speakers[$1].quotes.count, $1) }
        guard !filter.isEmpty else { return order }
        return order.filter { s in ([model.speakers[s].name] + model.speakers[s].aliases).contains { $0.lowercased().contains(filter.lowercased()) } }
    }

    @Test("the filter finds what a string search of every name finds, typed letter by letter or at once")
    func filter() {
        for model in [Self.distinct, Self.shared] {
            let index = SpeakerIndex(model)
            for filter in ["a", "ar", "arl", "DUARTE", "mayor i", "berg 1", "berg 12", "qu", "nobody", "3", " "] {
                #expect(index.speakers(matching: filter) == naive(model, filter), "\(filter.debugDescription)")
            }
            var state = ReaderState(model: model)
            state.current.mode = .speakers
            for typed in ["b", "be", "ber", "berg", "berg ", "berg 2", "berg 23", "berg 2", "be", "", "q", "qu"] {
                state.current.speakerFilter = typed
                state.refreshSpeakerMatches()
                #expect(state.filteredSpeakers == naive(model, typed), "\(typed.debugDescription)")
            }
        }
    }

    @Test("the name a speaker matched by, as the list shows it")
    func matchingName() throws {
        let model = Self.distinct
        let index = SpeakerIndex(model)
        let duarte = try #require(model.speakers.firstIndex { $0.name == "Ines Duarte 7" })
        let alias = index.matchingName(of: model.speakers[duarte], index: duarte, filter: "mayor")
        #expect(alias.map { $0.lowercased().contains("mayor") } == true)
        #expect(index.matchingName(of: model.speakers[duarte], index: duarte, filter: "INES") == "Ines Duarte 7")
        #expect(index.matchingName(of: model.speakers[duarte], index: duarte, filter: "nobody") == nil)
    }

    @Test("each speaker's quotes and each quote's speaker agree with the model's quote ids")
    func quotes() {
        for model in [Self.distinct, Self.shared] {
            let index = SpeakerIndex(model)
            var owner: [QuoteRef: Int] = [:]
            for (s, speaker) in model.speakers.enumerated() {
                let refs = Array(index.quotes(of: s))
                #expect(refs.map { model.quotes[$0.article][$0.index].id } == speaker.quotes, "\(speaker.name)")
                for ref in refs where owner[ref] == nil { owner[ref] = s }
                #expect(refs.allSatisfy { index.ref(ofQuote: model.quotes[$0.article][$0.index].id) == $0 })
            }
            for (a, quotes) in model.quotes.enumerated() {
                for i in quotes.indices {
                    let ref = QuoteRef(article: a, index: i)
                    #expect(index.speaker(of: ref) == owner[ref])
                }
            }
            #expect(index.speaker(of: QuoteRef(article: model.articles.count, index: 0)) == nil)
            #expect(index.quotes(of: model.speakers.count).isEmpty && index.quotes(of: -1).isEmpty)
        }
    }

    @Test("a big story's kept outline lays out as a fresh one does")
    func bigStories() throws {
        let model = Self.shared
        let state = ReaderState(model: model)
        let briefing = state.briefing
        #expect(briefing.stories.contains { $0.articles.count > BriefingIndex.bigStory })
        var item = 0
        for (s, story) in briefing.stories.enumerated() {
            let outline = StoryOutline(story, summaryCounts: briefing.summaryCounts, gapAfter: s < briefing.stories.count - 1)
            for local in 0..<outline.itemCount {
                #expect(briefing.item(item) == outline.item(local, story: s))
                item += 1
            }
            let dates = story.articles.compactMap { model.articles[$0].published }
            let range = briefing.dates(ofStory: s, articles: model.articles)
            #expect(range?.first == dates.min() && range?.last == dates.max())
            for article in [story.articles.first!, story.articles.last!, model.articles.count] {
                #expect(briefing.story(s, contains: article) == story.articles.contains(article))
            }
        }
        #expect(item == briefing.itemCount)
    }
}
