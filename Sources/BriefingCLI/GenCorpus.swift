import ArgumentParser
import Briefing
import BriefingSynthetic
import Foundation

/// Writes a synthetic corpus for benchmarks: the same seed always gives the same files.
struct GenCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gen-corpus",
        abstract: "Write a deterministic synthetic corpus of news page dumps, for benchmarks.",
        discussion: """
            Each article is a page saved as text from an invented news site (ten layouts: archive \
            pages, blog exports, news sites with banners and share rows, agency copy, Markdown with \
            front matter, e-mail digests, ...), on one of seven topics, with direct, partial and \
            indirect quotes, figures and dates planted from templates; no real text is used. About \
            2.5 KB an article on average (0.9 to 9 KB), a folder per thousand articles. Article n \
            depends only on the seed and n, so the same command gives the same bytes on any machine.

            --truth also writes DIR/truth.jsonl, one line per article: {"file", "layout", "topic", \
            "title", "author", "outlet", "published", "paragraphs", "quotes": [{"kind", "form", \
            "speaker", "speaker_kind", "text", "paragraph"}], "figures": [{"kind", "text", \
            "value"}], "dates": [{"kind", "text", "resolved"}], "scare_quotes"}, to score the \
            extractors against.

            Examples:
              briefing gen-corpus --articles 10000 --seed 7 /tmp/corpus-10k
              briefing gen-corpus --articles 200 --seed 1 --truth /tmp/sample
              briefing bench --megabytes 50 /tmp/corpus-10k
            """
    )

    @Option(help: "How many articles to write.")
    var articles: Int

    @Option(help: "The seed: the same seed always gives the same articles.")
    var seed: UInt64

    @Flag(help: "Also write DIR/truth.jsonl with what was planted in each article.")
    var truth = false

    @Flag(help: "Write into DIR even if it is not empty (files of the same name are replaced).")
    var force = false

    @Argument(help: ArgumentHelp("The folder to write into; created if missing.", valueName: "dir"), completion: .directory)
    var directory: String

    func validate() throws {
        guard articles > 0 else { throw ValidationError("--articles must be at least 1") }
    }

    func run() throws {
        let started = ContinuousClock.now
        try prepare()
        let generator = CorpusGenerator(seed: seed)
        let root = URL(fileURLWithPath: directory)
        for folder in 0...((articles - 1) / CorpusGenerator.filesPerFolder) {
            let name = String(repeating: "0", count: max(0, 4 - String(folder).count)) + String(folder)
            try FileManager.default.createDirectory(at: root.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        var truthFile: UnsafeMutablePointer<FILE>?
        if truth {
            guard let file = fopen(root.appendingPathComponent("truth.jsonl").path, "wb") else {
                return try fail("cannot write \(directory)/truth.jsonl: \(String(cString: strerror(errno)))")
            }
            truthFile = file
        }
        defer { if let truthFile { fclose(truthFile) } }

        // Batches bound the memory the truth lines take; within a batch, lanes write their own
        // files and keep their truth lines, which are then appended in article order.
        let batch = 4096, lanes = 64
        var written = 0
        var failure: String?
        for batchStart in stride(from: 0, to: articles, by: batch) {
            let batchEnd = min(batchStart + batch, articles)
            let laneSize = (batchEnd - batchStart + lanes - 1) / lanes
            let results = LaneResults(count: lanes)
            DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                let start = batchStart + lane * laneSize
                let end = min(start + laneSize, batchEnd)
                guard start < end else { return }
                var bytes = 0
                var lines: [UInt8] = []
                var error: String?
                for n in start..<end {
                    let article = generator.article(n)
                    let path = root.appendingPathComponent(article.fileName).path
                    if let problem = Self.save(article.bytes, to: path) {
                        error = problem
                        break
                    }
                    bytes += article.bytes.count
                    if truth { lines += article.truthJSONLine() }
                }
                results.store(lane, bytes: bytes, truth: lines, error: error)
            }
            for lane in 0..<lanes {
                let result = results.get(lane)
                written += result.bytes
                if let error = result.error { failure = failure ?? error }
                if let truthFile, !result.truth.isEmpty {
                    _ = result.truth.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, truthFile) }
                }
            }
            if let failure { return try fail(failure) }
        }
        let elapsed = (ContinuousClock.now - started).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        Diagnostics.warn("wrote \(articles) articles, " + String(format: "%.1f MB", Double(written) / 1_000_000) + ", to \(directory) in "
                         + String(format: "%.2f s", seconds) + (truth ? " (with truth.jsonl)" : ""))
    }

    /// Creates the folder, or checks that the one there may be written into.
    private func prepare() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { return try fail("\(directory) exists and is not a folder") }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            if !entries.isEmpty && !force {
                return try fail("\(directory) is not empty; use --force to write into it anyway")
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                return try fail("cannot create \(directory): \(error.localizedDescription)")
            }
        }
    }

    private func fail(_ message: String) throws {
        Diagnostics.warn(message)
        throw ExitCode(1)
    }

    /// Writes a whole file with plain POSIX calls; returns what went wrong, if anything.
    private static func save(_ bytes: [UInt8], to path: String) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return "cannot write \(path): \(String(cString: strerror(errno)))" }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { return "cannot write \(path): \(String(cString: strerror(errno)))" }
            offset += count
        }
        return nil
    }
}

/// What each lane of a batch produced. Every lane writes only its own slot, and the slots are
/// read after `concurrentPerform` returns, so the lock only makes that visible to the checker.
private final class LaneResults: @unchecked Sendable {
    struct Result {
        var bytes = 0
        var truth: [UInt8] = []
        var error: String?
    }

    private var results: [Result]
    private let lock = NSLock()

    init(count: Int) {
        results = Array(repeating: Result(), count: count)
    }

    func store(_ lane: Int, bytes: Int, truth: [UInt8], error: String?) {
        lock.lock()
        results[lane] = Result(bytes: bytes, truth: truth, error: error)
        lock.unlock()
    }

    func get(_ lane: Int) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return results[lane]
    }
}
