import Foundation
import Testing
@testable import Briefing

/// The analysis split in two: what each article gives on its own (`ArticleAnalysis`) and the
/// corpus merges (`AnalyzedCorpus(analyses:)`, `CorpusMerge`). A cache keeps the first per file
/// and the second per corpus, so both must give back exactly what analysing the corpus gives.
@Suite("Article analyses and the corpus merge")
struct ArticleAnalysisTests {
    /// Story articles (several outlets on one event: quotes, figures and dates merge across
    /// them) and page layouts (skipped files, decoding notes, odd layouts).
    static func corpus() -> Corpus {
        CorpusLoader.load(paths: [QuoteScoring.fixtures.appendingPathComponent("Stories").path,
                                  QuoteScoring.fixtures.appendingPathComponent("Layouts").path])
    }

    @Test("merging the articles' analyses gives the export of the corpus analysed at once")
    func mergeOfAnalysesIsTheCorpus() throws {
        let corpus = Self.corpus()
        let analyses = corpus.articles.enumerated().map { ArticleAnalysis(analysing: $0.element, at: $0.offset) }
        let merged = AnalyzedCorpus(analyses: analyses, problems: corpus.problems)
        #expect(try JSONExport.encode(merged) == JSONExport.encode(AnalyzedCorpus(corpus)))
        #expect(merged.corpus.problems == corpus.problems)
    }

    @Test("an article analysed anywhere and placed gives what analysing it in its place gives")
    func placingIsAnalysingInPlace() {
        let corpus = Self.corpus()
        #expect(corpus.articles.count > 10)
        for (index, article) in corpus.articles.enumerated() {
            var unplaced = article
            unplaced.id = ""
            unplaced.path = "elsewhere.txt"
            let placed = ArticleAnalysis(analysing: unplaced, at: 0).placed(at: index, id: article.id, path: article.path)
            #expect(placed == ArticleAnalysis(analysing: article, at: index), "\(article.path)")
        }
    }

    @Test("a kept merge applied to the same analyses gives the same corpus, and one that does not fit is ignored")
    func keptMergeIsReapplied() throws {
        let corpus = Self.corpus()
        let analyses = ArticleAnalysis.analyze(corpus.articles)
        let fresh = AnalyzedCorpus(analyses: analyses, problems: corpus.problems)
        let again = AnalyzedCorpus(analyses: analyses, problems: corpus.problems, merge: fresh.merge)
        #expect(try JSONExport.encode(again) == JSONExport.encode(fresh))
        #expect(again.merge == fresh.merge)
        #expect(again.statistics == fresh.statistics && again.totals == fresh.totals)

        var wrong = fresh.merge
        wrong.figureMarks.removeLast()
        #expect(!wrong.fits(analyses))
        #expect(try JSONExport.encode(AnalyzedCorpus(analyses: analyses, problems: corpus.problems, merge: wrong)) == JSONExport.encode(fresh))
    }

    @Test("progress counts every article once, in increasing order, and ends at the total")
    func progressReachesTheTotal() {
        let corpus = Self.corpus()
        let seen = Seen()
        _ = AnalyzedCorpus(analysing: corpus) { done, total in seen.add(done, total) }
        let reports = seen.reports
        #expect(reports.last?.0 == corpus.articles.count)
        #expect(reports.allSatisfy { $0.1 == corpus.articles.count })
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.0 < $1.0 })
    }

    @Test("the loader's sources, parsed and assembled, give the corpus the loader gives")
    func sourcesAssembleToTheCorpus() {
        let paths = [QuoteScoring.fixtures.appendingPathComponent("Layouts").path, "/no/such/folder", "-",
                     QuoteScoring.fixtures.appendingPathComponent("Stories").path]
        let input: () -> [UInt8] = { Array("A Headline\n\nThe mayor said the bridge would reopen in May.\n".utf8) }
        let corpus = CorpusLoader.load(paths: paths, standardInput: input)
        var assembler = CorpusAssembler()
        var articles: [Article] = []
        for source in CorpusLoader.sources(paths: paths, standardInput: input) {
            switch source {
            case .unusable(let problem): assembler.unusable(problem)
            case .file(let file):
                #expect(file.size > 0 || file.path.hasSuffix("empty.txt"))
                #expect(file.modified > 0)
                let bytes = (try? FileReader.read(file.path).get()) ?? []
                if let article = assembler.add(CorpusLoader.parse(SourceDocument(path: file.path, bytes: bytes)), path: file.path) { articles.append(article) }
            case .document(let document):
                if let article = assembler.add(CorpusLoader.parse(document), path: document.path) { articles.append(article) }
            }
        }
        #expect(articles == corpus.articles)
        #expect(assembler.problems == corpus.problems)
        #expect(corpus.problems.first?.path == "/no/such/folder")
    }
}

/// Progress reports, collected from the worker threads.
private final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [(Int, Int)] = []

    func add(_ done: Int, _ total: Int) {
        lock.lock()
        list.append((done, total))
        lock.unlock()
    }

    var reports: [(Int, Int)] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
