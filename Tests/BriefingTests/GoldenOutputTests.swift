import Foundation
import Testing
@testable import Briefing

/// The Markdown report and the JSON export of the samples, compared byte for byte with the files
/// in Fixtures/Golden/. Any change to either output shows up here as a diff to read.
///
/// To accept a change (the summarizer or the story grouping improved, say), run with
/// `BRIEFING_RECORD_GOLDEN=1`: the files are rewritten and the test fails, saying so, so a
/// recording never passes unnoticed. Read the diff before committing it.
@Suite("Golden outputs of the samples")
struct GoldenOutputTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = root.appendingPathComponent("Tests/BriefingTests/Fixtures/Golden")
    static var recording: Bool { ProcessInfo.processInfo.environment["BRIEFING_RECORD_GOLDEN"] == "1" }

    /// The samples as the binary loads them: every file of seeds/, named `seeds/NAME`, so the
    /// paths in the JSON are the same on every machine and match `briefing export`.
    static func samples() throws -> AnalyzedCorpus {
        let seeds = root.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(!names.isEmpty, "no samples in \(seeds.path)")
        let documents = try names.map { SourceDocument(path: "seeds/\($0)", bytes: [UInt8](try Data(contentsOf: seeds.appendingPathComponent($0)))) }
        return AnalyzedCorpus(CorpusLoader.load(documents: documents))
    }

    @Test("the Markdown report of the samples is Fixtures/Golden/samples.md")
    func markdown() throws {
        try Self.compare(Data(MarkdownReport.render(try Self.samples()).utf8), with: "samples.md")
    }

    @Test("the JSON export of the samples is Fixtures/Golden/samples.json")
    func json() throws {
        // As `briefing export` writes it: the document and a newline.
        try Self.compare(try JSONExport.encode(try Self.samples()) + [0x0A], with: "samples.json")
    }

    static func compare(_ actual: Data, with name: String) throws {
        let file = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file)
            Issue.record("recorded \(file.path) because BRIEFING_RECORD_GOLDEN=1; read the diff, then run again without it")
            return
        }
        guard let expected = FileManager.default.contents(atPath: file.path) else {
            Issue.record("\(file.path) is missing; run with BRIEFING_RECORD_GOLDEN=1 to record it")
            return
        }
        guard actual != expected else { return }
        Issue.record("\(name) differs from the golden file: \(firstDifference(expected, actual)). If the change is intended, run with BRIEFING_RECORD_GOLDEN=1 to record it")
    }

    /// The first line that differs, both ways, so a failure says what changed.
    static func firstDifference(_ expected: Data, _ actual: Data) -> String {
        let a = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let b = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        for i in 0..<max(a.count, b.count) where a.indices.contains(i) != b.indices.contains(i) || (a.indices.contains(i) && a[i] != b[i]) {
            let was = a.indices.contains(i) ? a[i] : "(end of file)", now = b.indices.contains(i) ? b[i] : "(end of file)"
            return "line \(i + 1) was \(was.debugDescription), is \(now.debugDescription)"
        }
        return "the bytes differ"
    }
}
