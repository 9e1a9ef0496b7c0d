import Testing
@testable import Briefing

@Suite("The empty model")
struct EmptyModelTests {
    @Test("AnalyzedCorpus.empty is what analysing no articles gives")
    func emptyIsAnalysedNothing() {
        let analysed = AnalyzedCorpus(Corpus(articles: []))
        let empty = AnalyzedCorpus.empty
        #expect(empty.articles.isEmpty && empty.corpus.problems.isEmpty)
        #expect(empty.statistics == analysed.statistics && empty.totals == analysed.totals)
        #expect(empty.quotes == analysed.quotes && empty.speakers == analysed.speakers)
        #expect(empty.figures == analysed.figures && empty.keyFigures == analysed.keyFigures)
        #expect(empty.timeline == analysed.timeline && empty.entities == analysed.entities)
        #expect(empty.summaries == analysed.summaries && empty.stories == analysed.stories)
    }
}
