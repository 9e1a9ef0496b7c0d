import Briefing
import BriefingSynthetic
import BriefingUI
import Foundation

/// The articles a benchmark runs on, at any size: synthetic articles (`briefing gen-corpus`'s),
/// or given documents repeated under new names.
struct BenchCorpus: CustomStringConvertible {
    let base: [SourceDocument]
    let generator: CorpusGenerator?
    let description: String

    /// Synthetic articles from `seed`: every article different, as in a real folder.
    init(seed: UInt64) {
        base = []
        generator = CorpusGenerator(seed: seed)
        description = "synthetic articles (gen-corpus --seed \(seed))"
    }

    init(_ base: [SourceDocument], described: String) throws {
        guard !base.isEmpty else { throw LoadFailure(message: "no articles to measure") }
        self.base = base
        generator = nil
        description = described
    }

    /// `count` documents, each with a path of its own so every one is a separate article.
    func documents(count: Int) -> [SourceDocument] {
        if let generator {
            return Parallel.map(Array(0..<count)) { _, n in
                let article = generator.article(n)
                return SourceDocument(path: article.fileName, bytes: article.bytes)
            }
        }
        return (0..<count).map { n in
            let document = base[n % base.count]
            let name = document.path.split(separator: "/").last.map(String.init) ?? "article.txt"
            return SourceDocument(path: String(format: "%04d/%06d-%@", n / 1000, n, name), bytes: document.bytes)
        }
    }

    /// Writes the documents into a temporary folder and opens it in a fresh process.
    static func measureOpen(_ documents: [SourceDocument]) throws -> OpenMeasurement {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-bench-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        for document in documents {
            let file = folder.appendingPathComponent(document.path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(document.bytes).write(to: file)
        }
        let started = ChildProcess.monotonicNanoseconds()
        let output = try ChildProcess.run(["bench-open", "--started", String(started), folder.path])
        return try JSONDecoder().decode(OpenMeasurement.self, from: Data(output))
    }
}
