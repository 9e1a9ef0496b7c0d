import Briefing
import Foundation
import GRDB
import Testing
@testable import BriefingCache

/// The reopen cache as a user meets it: the same model with the cache cold, warm or off; only
/// changed files analysed again; damaged, foreign and locked databases never trusted and never
/// in the way. Files analysed are counted by the cache's report, not timed.
@Suite("Reopen cache")
struct CorpusCacheTests {
    @Test("the model is the same with the cache cold, warm and off")
    func coldWarmAndOffAgree() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let expected = ws.uncached()
        let cache = ws.cache()

        let cold = cache.load(paths: [ws.articles])
        #expect(cold.report.analysed == ws.fileCount && cold.report.reused == 0)
        #expect(cold.report.saved && !cold.report.mergeReused && cold.report.notices.isEmpty)
        let warm = cache.load(paths: [ws.articles])
        #expect(warm.report.reused == ws.fileCount && warm.report.analysed == 0 && warm.report.rejected == 0)
        #expect(warm.report.mergeReused)

        for loaded in [cold, warm] {
            #expect(try rendered(loaded.model) == rendered(expected))
            #expect(loaded.model.corpus.problems == expected.corpus.problems)
            #expect(loaded.model.articles == expected.articles)
            #expect(loaded.model.statistics == expected.statistics && loaded.model.totals == expected.totals)
            #expect(loaded.model.merge == expected.merge)
        }
        // Skipped files (empty, binary) and decoding notes come back from the cache too.
        #expect(expected.corpus.problems.contains { $0.isSkipped })
        #expect(expected.corpus.problems.contains { !$0.isSkipped })
    }

    @Test("files to analyse show their articles first: the corpus's articles, same ids and order, nothing extracted")
    func articlesBeforeAnalysis() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let expected = ws.uncached()
        let cache = ws.cache()
        let shown = Box()
        let progress = Box()
        let cold = cache.load(paths: [ws.articles], progress: { done, total in progress.append("\(done)/\(total)") }) { articles in
            shown.models.append(articles)
        }
        #expect(shown.models.count == 1)
        let articles = try #require(shown.models.first)
        #expect(articles.articles == expected.articles)
        #expect(articles.corpus.problems == expected.corpus.problems)
        #expect(articles.quotes.count == expected.articles.count && articles.quotes.allSatisfy(\.isEmpty))
        #expect(articles.speakers.isEmpty && articles.keyFigures.isEmpty && articles.timeline.isEmpty)
        #expect(cold.model.articles == expected.articles)
        // Files parsed are counted to the end, then files done from the start again.
        let counts = progress.lines
        let full = "\(ws.fileCount)/\(ws.fileCount)"
        #expect(counts.filter { $0 == full }.count == 2, "\(counts)")
        #expect(counts.last == full)

        // Nothing to analyse: the model comes back whole, with no articles-only stage.
        let warm = cache.load(paths: [ws.articles], articlesReady: { shown.models.append($0) })
        #expect(warm.report.analysed == 0 && shown.models.count == 1)
    }

    /// Collects what a loader's callbacks give, from any thread.
    final class Box: @unchecked Sendable {
        private let lock = NSLock()
        private var _models: [AnalyzedCorpus] = []
        private var _lines: [String] = []
        var models: [AnalyzedCorpus] {
            get { lock.withLock { _models } }
            set { lock.withLock { _models = newValue } }
        }
        var lines: [String] { lock.withLock { _lines } }
        func append(_ line: String) { lock.withLock { _lines.append(line) } }
    }

    @Test("the same folder named another way uses the same cache and the paths as given")
    func relativePathsShareTheCache() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let cache = ws.cache()
        _ = cache.load(paths: [ws.articles])
        let other = ws.articles + "/./layouts/.."
        let again = cache.load(paths: [other])
        #expect(again.report.reused == ws.fileCount && again.report.analysed == 0)
        let expected = AnalyzedCorpus(CorpusLoader.load(paths: [other]))
        #expect(try rendered(again.model) == rendered(expected))
        #expect(again.model.articles.allSatisfy { $0.path.hasPrefix(other) })
    }

    @Test("only a touched or edited file is analysed again")
    func onlyChangedFilesAreAnalysed() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let cache = ws.cache()
        _ = cache.load(paths: [ws.articles])

        try ws.touch(ws.articleFile())
        let touched = cache.load(paths: [ws.articles])
        #expect(touched.report.analysed == 1 && touched.report.reused == ws.fileCount - 1)
        #expect(!touched.report.mergeReused)
        #expect(try rendered(touched.model) == rendered(ws.uncached()))

        let handle = try #require(FileHandle(forWritingAtPath: ws.articleFile("strike-2-third-day.txt")))
        handle.seekToEndOfFile()
        handle.write(Data("\n\nThe union said on Friday that 4,000 more workers would join the strike next week.\n".utf8))
        try handle.close()
        let edited = cache.load(paths: [ws.articles])
        #expect(edited.report.analysed == 1 && edited.report.reused == ws.fileCount - 1)
        #expect(try rendered(edited.model) == rendered(ws.uncached()))
        #expect(edited.model.quotes.joined().contains { $0.text.contains("4,000 more workers") })

        let again = cache.load(paths: [ws.articles])
        #expect(again.report.analysed == 0 && again.report.mergeReused)
    }

    @Test("a deleted file disappears from the corpus and from the cache; a new one is analysed")
    func deletedFilesAreDropped() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let cache = ws.cache()
        let before = cache.load(paths: [ws.articles])
        try FileManager.default.removeItem(atPath: ws.articleFile())
        try FileManager.default.copyItem(atPath: ws.articleFile("museum-b-guard.md"), toPath: ws.articles + "/museum-b-copy.md")

        let after = cache.load(paths: [ws.articles])
        #expect(after.report.removed == 1 && after.report.analysed == 1 && after.report.reused == ws.fileCount - 1)
        #expect(!after.model.articles.contains { $0.path == ws.articleFile() })
        #expect(after.model.articles.count == before.model.articles.count)
        #expect(try rendered(after.model) == rendered(ws.uncached()))
        let rows = try DatabaseQueue(path: try #require(after.report.database)).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM files") }
        #expect(rows == ws.fileCount)
    }

    @Test("a database file that is garbage or cut short is detected and rebuilt", arguments: ["garbage", "truncated"])
    func damagedDatabaseIsRebuilt(damage: String) throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let cache = ws.cache()
        let cold = cache.load(paths: [ws.articles])
        let path = try #require(cold.report.database)
        if damage == "garbage" {
            try Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: URL(fileURLWithPath: path))
        } else {
            let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
            #expect(size > 3 * 32768)
            try #require(truncate(path, off_t(size / 2)) == 0)
        }
        let reopened = cache.load(paths: [ws.articles])
        #expect(reopened.report.rebuilt == .damaged)
        #expect(reopened.report.notices.contains { $0.contains("damaged") })
        #expect(reopened.report.analysed + reopened.report.reused == ws.fileCount)
        #expect(try rendered(reopened.model) == rendered(ws.uncached()))

        let healthy = cache.load(paths: [ws.articles])
        #expect(healthy.report.reused == ws.fileCount && healthy.report.rebuilt == nil && healthy.report.mergeReused)
    }

    @Test("a database of another schema version is rebuilt, not read")
    func otherSchemaIsRebuilt() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let cache = ws.cache()
        let path = try #require(cache.load(paths: [ws.articles]).report.database)
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 99") }
        let reopened = cache.load(paths: [ws.articles])
        #expect(reopened.report.rebuilt == .otherFormat && reopened.report.reused == 0 && reopened.report.analysed == ws.fileCount)
        #expect(try rendered(reopened.model) == rendered(ws.uncached()))
        let version = try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
        #expect(version == CacheFormat.schemaVersion)
    }

    @Test("a payload with a flipped byte is rejected and its file analysed again")
    func flippedPayloadIsRejected() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let cache = ws.cache()
        let path = try #require(cache.load(paths: [ws.articles]).report.database)
        let key = CacheLocation.absolute(ws.articles) + "/ferry-2-rescuers.txt"
        try DatabaseQueue(path: path).write { db in
            var payload = [UInt8](try #require(try Data.fetchOne(db, sql: "SELECT payload FROM files WHERE path = ?", arguments: [key])))
            payload[payload.count / 2] ^= 0x10
            try db.execute(sql: "UPDATE files SET payload = ? WHERE path = ?", arguments: [Data(payload), key])
        }
        let seen = Reports()
        let reopened = cache.load(paths: [ws.articles], progress: { seen.add($0, $1) })
        #expect(seen.list.last.map { $0 == (ws.fileCount, ws.fileCount) } == true)
        #expect(reopened.report.rejected == 1 && reopened.report.analysed == 1 && reopened.report.reused == ws.fileCount - 1)
        #expect(reopened.report.rebuilt == nil)
        #expect(try rendered(reopened.model) == rendered(ws.uncached()))
        #expect(cache.load(paths: [ws.articles]).report.reused == ws.fileCount)
    }

    @Test("results of another analyser identity are not trusted")
    func otherIdentityIsNotTrusted() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        _ = ws.cache(identity: 1).load(paths: [ws.articles])
        let other = ws.cache(identity: 2).load(paths: [ws.articles])
        #expect(other.report.reused == 0 && other.report.analysed == ws.fileCount)
        #expect(other.report.rebuilt == .otherAnalyser && !other.report.mergeReused)
        #expect(try rendered(other.model) == rendered(ws.uncached()))
        #expect(ws.cache(identity: 2).load(paths: [ws.articles]).report.reused == ws.fileCount)
    }

    @Test("a database another process keeps locked for writing is read, not waited on, and not written")
    func writeLockedDatabaseDoesNotHang() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let cache = ws.cache()
        let path = try #require(cache.load(paths: [ws.articles]).report.database)
        try ws.touch(ws.articleFile())
        let holder = try DatabaseQueue(path: path)
        let locked = try holder.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE; DELETE FROM corpus")
            defer { try? db.execute(sql: "ROLLBACK") }
            return cache.load(paths: [ws.articles])
        }
        #expect(locked.report.analysed == 1 && locked.report.reused == ws.fileCount - 1)
        #expect(!locked.report.saved && locked.report.notices.contains { $0.contains("locked") })
        #expect(try rendered(locked.model) == rendered(ws.uncached()))
        // Nothing was saved: the touched file is analysed again once the lock is gone.
        #expect(cache.load(paths: [ws.articles]).report.analysed == 1)
    }

    @Test("a database another process holds exclusively is skipped, and the corpus still loads")
    func exclusivelyLockedDatabaseIsSkipped() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let cache = ws.cache()
        let path = try #require(cache.load(paths: [ws.articles]).report.database)
        let holder = try DatabaseQueue(path: path)
        let skipped = try holder.inDatabase { db in
            try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; DELETE FROM corpus")
            defer { try? db.execute(sql: "ROLLBACK") }
            return cache.load(paths: [ws.articles])
        }
        #expect(skipped.report.analysed == ws.fileCount)
        #expect(skipped.report.notices.contains { $0.contains("locked") })
        #expect(try rendered(skipped.model) == rendered(ws.uncached()))
    }

    @Test("standard input is analysed and never cached; paths that name nothing open no database")
    func standardInputIsNotCached() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let cache = ws.cache()
        let text = Array("A Headline\n\nThe mayor said the bridge would reopen in May.\n".utf8)
        let loaded = cache.load(paths: ["-"], standardInput: { text })
        #expect(loaded.report.database == nil && loaded.report.analysed == 1)
        #expect(try rendered(loaded.model) == rendered(AnalyzedCorpus(CorpusLoader.load(paths: ["-"], standardInput: { text }))))
        let missing = cache.load(paths: [ws.root + "/nothing-here"])
        #expect(missing.report.database == nil && missing.model.corpus.problems.count == 1)
        #expect(!FileManager.default.fileExists(atPath: ws.cacheDirectory))

        // Mixed with a folder: the folder's files are cached, the merges are not.
        let mixed = [ws.articles, "-"]
        _ = cache.load(paths: mixed, standardInput: { text })
        let again = cache.load(paths: mixed, standardInput: { text })
        #expect(again.report.reused == ws.fileCount && again.report.analysed == 1 && !again.report.mergeReused)
        #expect(try rendered(again.model) == rendered(AnalyzedCorpus(CorpusLoader.load(paths: mixed, standardInput: { text }))))
    }

    @Test("progress counts every file, read back or analysed, up to the total")
    func progressCountsEveryFile() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let cache = ws.cache()
        for _ in 0..<2 {
            let seen = Reports()
            _ = cache.load(paths: [ws.articles], progress: { done, total in seen.add(done, total) })
            #expect(seen.list.last.map { $0 == (ws.fileCount, ws.fileCount) } == true)
            #expect(zip(seen.list, seen.list.dropFirst()).allSatisfy { $0.0 < $1.0 })
        }
    }

    @Test("the cache folder is $XDG_CACHE_HOME/briefing, else ~/.cache/briefing")
    func location() {
        #expect(CacheLocation.directory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"]) == "/x/cache/briefing")
        #expect(CacheLocation.directory(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/a"]) == "/home/a/.cache/briefing")
        #expect(CacheLocation.directory(environment: ["XDG_CACHE_HOME": "", "HOME": "/home/a/"]) == "/home/a/.cache/briefing")
        #expect(CacheLocation.directory(environment: [:]) == nil)
        let one = CacheLocation.database(for: ["/a", "/b"], in: "/c")
        #expect(one == CacheLocation.database(for: ["/b", "-", "/a"], in: "/c"))
        #expect(one != CacheLocation.database(for: ["/a"], in: "/c"))
        #expect(one.hasPrefix("/c/corpus-") && one.hasSuffix(".sqlite"))
    }
}

/// Progress reports, collected from any thread.
final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [(Int, Int)] = []

    func add(_ done: Int, _ total: Int) {
        lock.lock()
        reports.append((done, total))
        lock.unlock()
    }

    var list: [(Int, Int)] {
        lock.lock()
        defer { lock.unlock() }
        return reports
    }
}
