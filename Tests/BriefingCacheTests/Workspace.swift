import Briefing
import Foundation
@testable import BriefingCache

/// A temporary folder of articles (copies of the test fixtures: stories told by several
/// outlets, and page layouts with skipped and re-decoded files) and a cache folder beside it.
/// Tests never touch the user's own cache.
struct Workspace {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("BriefingTests/Fixtures")

    let root: String
    var articles: String { root + "/articles" }
    var cacheDirectory: String { root + "/cache" }

    init() throws {
        root = NSTemporaryDirectory() + "briefing-cache-test-" + UUID().uuidString
        let fm = FileManager.default
        try fm.createDirectory(atPath: articles + "/layouts", withIntermediateDirectories: true)
        for folder in ["Stories", "Layouts"] {
            let source = Self.fixtures.appendingPathComponent(folder).path
            let target = folder == "Stories" ? articles : articles + "/layouts"
            for name in try fm.contentsOfDirectory(atPath: source) {
                try fm.copyItem(atPath: source + "/" + name, toPath: target + "/" + name)
            }
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    func cache(identity: UInt64 = 0xB1EF, batchSize: Int = 4) -> CorpusCache {
        CorpusCache(directory: cacheDirectory, identity: identity, busyTimeout: 0.2, batchSize: batchSize)
    }

    /// Every file the folder holds that the loader reads.
    var fileCount: Int {
        CorpusLoader.sources(paths: [articles], standardInput: nil).filter { if case .file = $0 { true } else { false } }.count
    }

    /// The corpus analysed without any cache: what every cached load must equal.
    func uncached() -> AnalyzedCorpus {
        AnalyzedCorpus(CorpusLoader.load(paths: [articles]))
    }

    /// A file of the folder that loads as an article.
    func articleFile(_ name: String = "ferry-2-rescuers.txt") -> String {
        articles + "/" + name
    }

    /// Sets a file's modification time `seconds` later than it is, content unchanged.
    func touch(_ path: String, seconds: TimeInterval = 10) throws {
        let fm = FileManager.default
        let modified = try fm.attributesOfItem(atPath: path)[.modificationDate] as! Date
        try fm.setAttributes([.modificationDate: modified.addingTimeInterval(seconds)], ofItemAtPath: path)
    }
}

/// The whole model as bytes, for comparing: the JSON export and the Markdown report.
func rendered(_ model: AnalyzedCorpus) throws -> [UInt8] {
    try Array(JSONExport.encode(model)) + Array(MarkdownReport.render(model).utf8)
}
