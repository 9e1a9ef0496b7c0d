import Briefing
import Foundation

/// Loads and analyses a corpus through the reopen cache: each file's analysis is read back from
/// the cache when the file has not changed since (same path, size and modification time, same
/// build), and only new or changed files are read and analysed; the corpus merges are read back
/// too when the list of files is exactly the same. The model is the one `AnalyzedCorpus`
/// gives without a cache, byte for byte in every export.
///
/// Nothing the cache holds is trusted without checks: a database that is not one, is damaged or
/// of another format is rebuilt; a payload whose checksum, key or identity does not match is
/// analysed again; a database another briefing keeps locked is waited on `busyTimeout` at
/// most, then this run goes on without saving (and says so in `CacheReport.notices`). No
/// failure of the cache stops a corpus from loading: at worst every file is analysed.
///
/// Standard input is never cached (it has no key); nor is anything when no path names a file.
public struct CorpusCache: Sendable {
    /// The folder of the databases.
    public var directory: String
    /// Whose results are trusted: this build's, unless a test says otherwise.
    public var identity: UInt64
    /// The longest wait for a lock another briefing holds.
    public var busyTimeout: Double
    /// Files analysed and then saved in one transaction: a run that is interrupted keeps what
    /// it finished, and no write lock is held for long.
    public var batchSize: Int

    public init(directory: String, identity: UInt64 = AnalyserIdentity.current, busyTimeout: Double = 0.25, batchSize: Int = 512) {
        self.directory = directory
        self.identity = identity
        self.busyTimeout = busyTimeout
        self.batchSize = max(1, batchSize)
    }

    /// The cache in `$XDG_CACHE_HOME/briefing` (`~/.cache/briefing`), if there is a home.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> CorpusCache? {
        CacheLocation.directory(environment: environment).map { CorpusCache(directory: $0) }
    }

    /// The database these paths use.
    public func databasePath(for paths: [String]) -> String {
        CacheLocation.database(for: paths, in: directory)
    }

    /// Loads and analyses the corpus the paths name, as `CorpusLoader.load(paths:standardInput:)`
    /// and `AnalyzedCorpus(_:)` would, through the cache. `progress` is told how many files are
    /// done out of how many (those read back count too), in increasing order, possibly from
    /// worker threads: keep it quick.
    ///
    /// When files have to be analysed, `articlesReady` is given the corpus's articles, not yet
    /// analysed (`AnalyzedCorpus(unanalysed:)`), as soon as every file is parsed, and
    /// `progress` then counts again from the files read back: first files parsed, then files
    /// done.
    public func load(paths: [String], standardInput: (() -> [UInt8])? = nil,
                     progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
                     articlesReady: (@Sendable (AnalyzedCorpus) -> Void)? = nil) -> CachedCorpus {
        let start = DispatchTime.now().uptimeNanoseconds
        let sources = CorpusLoader.sources(paths: paths, standardInput: standardInput)
        var run = CacheRun(cache: self, sources: sources, progress: progress)
        run.articlesReady = articlesReady
        run.time("find files", since: start)
        return run.load(paths: paths)
    }
}

/// A corpus loaded through the cache, and what the cache did.
public struct CachedCorpus: Sendable {
    public var model: AnalyzedCorpus
    public var report: CacheReport
}

/// What the cache did in one load: enough to tell a user why a reopen was slow, and for tests to
/// see which files were analysed.
public struct CacheReport: Sendable, Hashable {
    /// The database used, if any.
    public var database: String?
    /// Files read back from the cache.
    public var reused = 0
    /// Files read and analysed: new, changed, or without a usable row.
    public var analysed = 0
    /// Stored rows that failed their checks (checksum, key, identity, decoding).
    public var rejected = 0
    /// Rows of files that are gone, deleted from the cache.
    public var removed = 0
    /// Whether the corpus merges were read back rather than done.
    public var mergeReused = false
    /// Whether this run's new results were saved.
    public var saved = false
    /// Why the database was started again, if it was.
    public var rebuilt: CacheRebuild?
    /// What a user should be told: the cache was locked, could not be created, was rebuilt.
    public var notices: [String] = []
    /// Bytes of the file payloads read back: what the decode step read.
    public var payloadBytes = 0
    /// Bytes of the kept merges read back, if any.
    public var mergePayloadBytes = 0
    /// Seconds each step took, in order: for benchmarks, never for tests.
    public var stages: [Stage] = []

    public struct Stage: Sendable, Hashable, Codable {
        public var name: String
        public var seconds: Double
    }

    public init() {}
}
