import Briefing
import Foundation

/// Measures what the cache is for: loading a folder the first time (every file analysed and
/// saved) against reopening it (everything read back), in a cache folder of its own that is
/// removed afterwards. For `briefing bench-reopen`; never for tests.
public enum ReopenBenchmark {
    public struct Report: Sendable, Codable {
        public var files: Int
        public var articles: Int
        /// Bytes of the article files.
        public var corpusBytes: Int
        /// Bytes of the database on disk after the first load (with its WAL).
        public var databaseBytes: Int
        /// Bytes of payloads a reopen reads back and decodes.
        public var payloadBytes: Int
        public var coldSeconds: Double
        /// The steps of the first load ("merges" is the corpus merges, done once).
        public var coldStages: [CacheReport.Stage]
        /// The best of the reopens.
        public var warmSeconds: Double
        /// The steps of the best reopen.
        public var warmStages: [CacheReport.Stage]
        /// Payload megabytes decoded per second on all cores (`decode` stage of the best reopen).
        public var decodeMegabytesPerSecond: Double
        /// The same on one core: every payload decoded in turn.
        public var decodeMegabytesPerSecondOneCore: Double
        public var cores: Int
    }

    /// Loads `paths` once cold and `reopens` times warm.
    public static func run(paths: [String], reopens: Int = 3) -> Report {
        let directory = NSTemporaryDirectory() + "briefing-reopen-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cache = CorpusCache(directory: directory)
        let clock = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

        var start = clock()
        let cold = cache.load(paths: paths)
        let coldSeconds = clock() - start
        let database = cache.databasePath(for: paths)
        let databaseBytes = ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: database + suffix)[.size] as? Int) ?? 0)
        }
        var best: (seconds: Double, report: CacheReport)?
        for _ in 0..<max(1, reopens) {
            start = clock()
            let warm = cache.load(paths: paths)
            let seconds = clock() - start
            if best == nil || seconds < best!.seconds { best = (seconds, warm.report) }
        }
        let warm = best!
        let decodeSeconds = warm.report.stages.first { $0.name == "decode" }?.seconds ?? 0
        let filePayloads = warm.report.payloadBytes
        return Report(
            files: cold.report.analysed + cold.report.reused, articles: cold.model.articles.count,
            corpusBytes: CorpusLoader.sources(paths: paths, standardInput: nil).reduce(0) {
                if case .file(let file) = $1 { return $0 + file.size } else { return $0 }
            },
            databaseBytes: databaseBytes, payloadBytes: filePayloads, coldSeconds: coldSeconds, coldStages: cold.report.stages,
            warmSeconds: warm.seconds,
            warmStages: warm.report.stages, decodeMegabytesPerSecond: Double(filePayloads) / 1e6 / max(decodeSeconds, 1e-9),
            decodeMegabytesPerSecondOneCore: oneCoreDecode(cache: cache, paths: paths), cores: Parallel.cores)
    }

    /// Every file payload of the database decoded on this thread: megabytes a second.
    static func oneCoreDecode(cache: CorpusCache, paths: [String]) -> Double {
        guard let (database, _) = try? CacheDatabase.open(path: cache.databasePath(for: paths), identity: cache.identity, roots: [],
                                                          busyTimeout: cache.busyTimeout),
              let rows = try? database.files() else { return 0 }
        defer { database.close() }
        let start = DispatchTime.now().uptimeNanoseconds
        var bytes = 0
        for (path, row) in rows {
            if (try? FilePayload.decode(row.payload, key: FileKey(path: path, size: row.size, modified: row.modified), identity: cache.identity)) != nil {
                bytes += row.payload.count
            }
        }
        return Double(bytes) / 1e6 / max(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, 1e-9)
    }
}
