import Foundation
import Testing
@testable import Briefing

/// Inputs that once crashed the extractors, kept so they never do again. Each file in
/// Fixtures/Crashers is loaded and analysed; the test checks the run finishes with quotes whose
/// offsets lie inside their file.
@Suite("Crashers")
struct CrasherTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Crashers")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test("a former crasher loads and yields quotes inside its text", arguments: files)
    func loads(name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let corpus = CorpusLoader.load(paths: [path])
        #expect(corpus.articles.count == 1)
        let analyzed = AnalyzedCorpus(corpus)
        let raw = try String(contentsOfFile: path, encoding: .utf8).unicodeScalars.count
        for quote in analyzed.quotes.flatMap({ $0 }) {
            #expect(quote.start >= 0 && quote.start < quote.end && quote.end <= raw, "\(quote.id)")
        }
    }
}
