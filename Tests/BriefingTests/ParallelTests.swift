import Foundation
import Testing
@testable import Briefing

@Suite("Parallel map")
struct ParallelTests {
    @Test("results come back in input order, the same as a sequential map", arguments: [0, 1, 2, 7, 100, 1_003])
    func sameAsSequential(count: Int) {
        let items = (0..<count).map { "item \($0)" }
        let transform: @Sendable (Int, String) -> String = { index, item in "\(index):\(item.uppercased())" }
        let sequential = items.enumerated().map { transform($0.offset, $0.element) }
        #expect(Parallel.map(items, cores: 4, transform) == sequential)
        #expect(Parallel.map(items, cores: 1, transform) == sequential)
    }

    @Test("a whole corpus analysed in parallel gives the export of one core")
    func corpusExportIsDeterministic() throws {
        let folder = QuoteScoring.fixtures.appendingPathComponent("Layouts").path
        let corpus = CorpusLoader.load(paths: [folder, QuoteScoring.fixtures.appendingPathComponent("Crashers").path])
        #expect(corpus.articles.count > 10)
        let parallel = AnalyzedCorpus(corpus)
        let sequential = corpus.articles.enumerated().map { QuoteExtractor.quotes(in: $0.element, articleIndex: $0.offset) }
        #expect(parallel.quotes.flatMap { $0 }.map(\.text) == sequential.flatMap { $0 }.map(\.text))
    }

    @Test("both: the two results, whatever the number of cores; the whole model the same on one core")
    func both() throws {
        for cores in [1, 2, 4] {
            let (a, b) = Parallel.withCores(cores) { Parallel.both({ (0..<1000).reduce(0, +) }, { String(repeating: "x", count: 3) }) }
            #expect(a == 499_500 && b == "xxx")
        }
        let folder = QuoteScoring.fixtures.appendingPathComponent("Layouts").path
        let corpus = CorpusLoader.load(paths: [folder])
        let many = try JSONExport.encode(AnalyzedCorpus(corpus))
        let one = try Parallel.withCores(1) { try JSONExport.encode(AnalyzedCorpus(corpus)) }
        #expect(many == one)
    }
}
