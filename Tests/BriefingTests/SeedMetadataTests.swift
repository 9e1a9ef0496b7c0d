import Foundation
import Testing
@testable import Briefing

/// The two sample articles in seeds/ against the hand-made annotation in the shared gold file,
/// read at test time. Without the gold file only the checks that need no annotation run.
@Suite("Sample articles against the gold annotation")
struct SeedMetadataTests {
    static func seedsFolder(filePath: String = #filePath) -> String {
        URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()  // BriefingTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("seeds").path
    }

    /// The gold file: `BRIEFING_GOLD_SEEDS` if set, else the shared workspace's copy.
    static func goldFile(filePath: String = #filePath) -> String? {
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates: [String?] = [
            ProcessInfo.processInfo.environment["BRIEFING_GOLD_SEEDS"],
            "/work/shared/gold/seeds.json",
            root.deletingLastPathComponent().appendingPathComponent("shared/gold/seeds.json").path,
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }
    }

    static func goldArticles() throws -> [[String: Any]]? {
        guard let path = goldFile() else { return nil }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(json["articles"] as? [[String: Any]])
    }

    @Test("every sample loads as an article with a title, paragraphs and sound offsets")
    func seedsLoad() throws {
        let corpus = CorpusLoader.load(paths: [Self.seedsFolder()])
        #expect(corpus.problems.isEmpty, "\(corpus.problems)")
        #expect(corpus.articles.count >= 2)
        for article in corpus.articles {
            #expect(article.title?.isEmpty == false, "\(article.id) has no title")
            #expect(!article.paragraphs.isEmpty)
            CleaningLayoutTests.checkInvariants(article, raw: try CleaningLayoutTests.rawText(article.path))
        }
    }

    @Test("title, author, outlet and date match the gold; boilerplate the gold lists is gone")
    func matchesGold() throws {
        guard let gold = try Self.goldArticles() else { return }  // no annotation here: nothing to compare
        let corpus = CorpusLoader.load(paths: [Self.seedsFolder()])
        for entry in gold {
            let file = try #require(entry["file"] as? String)
            guard let article = corpus.articles.first(where: { $0.path.hasSuffix("/" + file) }) else {
                Issue.record("gold names \(file), which did not load from seeds/")
                continue
            }
            // A key the gold leaves out is not asserted: the annotation only records what it checked.
            if let title = entry["title"] as? String { #expect(article.title == title, "\(file)") }
            if let author = entry["author"] as? String { #expect(article.author == author, "\(file)") }
            if let source = entry["source"] as? String { #expect(article.outlet == source, "\(file)") }
            if let published = entry["published"] as? String { #expect(article.published == published, "\(file)") }

            let raw = String(String.UnicodeScalarView(try CleaningLayoutTests.rawText(article.path)))
            let texts = article.paragraphs.map(\.text)
            var literals = 0
            for item in entry["boilerplate_removed"] as? [String] ?? [] {
                for candidate in Self.literalCandidates(item) {
                    // Only text that really is in the file can be checked for; an item that
                    // describes whitespace ("tabs around the title") is covered by the invariants.
                    guard raw.contains(candidate) || raw.collapsingSpaces.contains(candidate) else { continue }
                    literals += 1
                    for text in texts where text.contains(candidate.collapsingSpaces) {
                        Issue.record("\(file): boilerplate \(candidate.debugDescription) survived in: \(text)")
                    }
                }
            }
            if !(entry["boilerplate_removed"] as? [String] ?? []).isEmpty {
                #expect(literals > 0, "\(file): no boilerplate item of the gold could be found in the file")
            }
            CleaningLayoutTests.checkInvariants(article, raw: Array(raw.unicodeScalars))
        }
    }

    /// The literal texts one `boilerplate_removed` item names: the parts in single quotes when it
    /// quotes any ("the byline block 'A' / 'B' at the end"), else the item without a trailing
    /// note in brackets ("Last Updated … PM (the repeated line)").
    static func literalCandidates(_ item: String) -> [String] {
        var quoted: [String] = []
        var current: String?
        var previous: Character = " "
        let chars = Array(item)
        for (i, c) in chars.enumerated() {
            let next: Character = i + 1 < chars.count ? chars[i + 1] : " "
            if c == "'", current == nil, previous == " " || previous == "(" {
                current = ""
            } else if c == "'", let text = current, !(next.isLetter || next.isNumber) {
                if !text.isEmpty { quoted.append(text) }
                current = nil
            } else if current != nil {
                current!.append(c)
            }
            previous = c
        }
        if !quoted.isEmpty { return quoted }
        var plain = Substring(item).trimmingSpaces
        if plain.hasSuffix(")"), let open = plain.range(of: " (", options: .backwards) {
            plain = plain[..<open.lowerBound].trimmingSpaces
        }
        return plain.isEmpty ? [] : [String(plain)]
    }

    @Test("the gold's boilerplate descriptions are read as the literal text they name")
    func readsBoilerplateItems() {
        #expect(Self.literalCandidates("Home / Archive /") == ["Home / Archive /"])
        #expect(Self.literalCandidates("A line at the top (the repeated one)") == ["A line at the top"])
        #expect(Self.literalCandidates("the block 'Ann Example' / '(Outlet – tag, tag)' at the end") == ["Ann Example", "(Outlet – tag, tag)"])
        #expect(Self.literalCandidates("the writer's note 'Don't miss' stays out") == ["Don't miss"])
    }
}
