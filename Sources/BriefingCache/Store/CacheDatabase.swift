import Foundation
import GRDB

/// One cache database (SQLite through GRDB): a row per file (its key and payload), one row for
/// the corpus merges, and what made them (schema version, analyser identity, the paths).
///
/// WAL journal: a briefing reading the cache never waits for one writing it, and a write lock
/// is held only for one short transaction at a time. A busy database is waited on for
/// `busyTimeout` at most, never longer: the caller then goes on without saving.
final class CacheDatabase {
    let path: String
    private let queue: DatabaseQueue

    /// How opening went, when it did.
    enum Opened: Equatable {
        case existing
        case created
        /// Deleted and created again, and why.
        case rebuilt(CacheRebuild)
    }

    /// Why the database could not be used at all this run.
    enum Failure: Error, Equatable {
        /// Another process holds a lock longer than the busy timeout.
        case locked
        /// Anything else: a folder that cannot be created, a read-only file system.
        case unavailable(String)
    }

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    // MARK: - Opening

    /// Opens the database at `path`, creating it (and its folder) if needed. A file that is not
    /// a database, is damaged, or has another schema is deleted and created anew; one made by
    /// another analyser is emptied. Fails only when it cannot be used at all.
    static func open(path: String, identity: UInt64, roots: [String], busyTimeout: Double) throws(Failure) -> (CacheDatabase, Opened) {
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .unavailable("cannot create \((path as NSString).deletingLastPathComponent): \(error.localizedDescription)")
        }
        do {
            return try openChecked(path: path, identity: identity, roots: roots, busyTimeout: busyTimeout)
        } catch let error as DatabaseError where isDamage(error) {
            remove(path)
            do {
                let (database, _) = try openChecked(path: path, identity: identity, roots: roots, busyTimeout: busyTimeout)
                return (database, .rebuilt(.damaged))
            } catch {
                throw classify(error)
            }
        } catch let rebuild as Rebuild {
            remove(path)
            do {
                let (database, _) = try openChecked(path: path, identity: identity, roots: roots, busyTimeout: busyTimeout)
                return (database, .rebuilt(rebuild.reason))
            } catch {
                throw classify(error)
            }
        } catch {
            throw classify(error)
        }
    }

    /// A schema this build does not read: start again.
    private struct Rebuild: Error { var reason: CacheRebuild }

    private static func openChecked(path: String, identity: UInt64, roots: [String], busyTimeout: Double) throws -> (CacheDatabase, Opened) {
        var configuration = Configuration()
        configuration.label = "briefing cache"
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            // Large pages: a payload of a few kilobytes fits in one page instead of a chain of
            // overflow pages. Only takes effect on a new, empty database.
            try db.execute(sql: "PRAGMA page_size = 32768")
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            // A crash may lose the last transactions, never corrupt the file: enough for a cache.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Rows read straight from the mapped file, not copied through SQLite's page cache:
            // a reopen reads every payload once.
            _ = try Int.fetchOne(db, sql: "PRAGMA mmap_size = 1073741824")
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let database = CacheDatabase(path: path, queue: queue)
        let (version, storedIdentity) = try queue.read { db in
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let identity = version == CacheFormat.schemaVersion
                ? try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE name = 'identity'") : nil
            return (version, identity)
        }
        let identityBytes = withUnsafeBytes(of: identity.littleEndian) { Data($0) }
        let rootsText = Data(roots.joined(separator: "\n").utf8)
        if version == 0 {
            try queue.inTransaction { db in
                try db.execute(sql: """
                    CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
                    CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified INTEGER NOT NULL, payload BLOB NOT NULL);
                    CREATE TABLE corpus (slot INTEGER PRIMARY KEY CHECK (slot = 0), digest BLOB NOT NULL, payload BLOB NOT NULL);
                    PRAGMA user_version = \(CacheFormat.schemaVersion);
                    """)
                try db.execute(sql: "INSERT INTO meta (name, value) VALUES ('identity', ?), ('roots', ?)", arguments: [identityBytes, rootsText])
                return .commit
            }
            return (database, .created)
        }
        guard version == CacheFormat.schemaVersion else {
            try queue.close()
            throw Rebuild(reason: .otherFormat)
        }
        guard storedIdentity == identityBytes else {
            // Every row was made by another build: none can be trusted.
            try queue.inTransaction { db in
                try db.execute(sql: "DELETE FROM files; DELETE FROM corpus")
                try db.execute(sql: "INSERT OR REPLACE INTO meta (name, value) VALUES ('identity', ?), ('roots', ?)",
                               arguments: [identityBytes, rootsText])
                return .commit
            }
            return (database, .rebuilt(.otherAnalyser))
        }
        return (database, .existing)
    }

    // MARK: - Reading

    /// A stored file row.
    struct StoredFile {
        var size: Int
        var modified: Int64
        var payload: [UInt8]
    }

    /// Every file row, by path.
    func files() throws -> [String: StoredFile] {
        try queue.read { db in
            var rows: [String: StoredFile] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT path, size, modified, payload FROM files")
            while let row = try cursor.next() {
                let path: String = row[0]
                let payload = try row.withUnsafeData(atIndex: 3) { $0.map { [UInt8]($0) } ?? [] }
                rows[path] = StoredFile(size: row[1], modified: row[2], payload: payload)
            }
            return rows
        }
    }

    /// The corpus merge row: the digest it was kept for and its payload.
    func merge() throws -> (digest: [UInt8], payload: [UInt8])? {
        try queue.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT digest, payload FROM corpus WHERE slot = 0") else { return nil }
            let digest: Data = row[0], payload: Data = row[1]
            return ([UInt8](digest), [UInt8](payload))
        }
    }

    /// `PRAGMA quick_check`: whether SQLite finds the file sound (it reads every page, so it is
    /// run only when something already looked wrong).
    func isSound() -> Bool {
        (try? queue.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }) == ["ok"]
    }

    // MARK: - Writing

    /// Stores file rows in one transaction (a row for the same path is replaced).
    func store(_ rows: [(key: FileKey, payload: [UInt8])]) throws {
        guard !rows.isEmpty else { return }
        try queue.inTransaction { db in
            let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO files (path, size, modified, payload) VALUES (?, ?, ?, ?)")
            for row in rows {
                try insert.execute(arguments: [row.key.path, row.key.size, row.key.modified, Data(row.payload)])
            }
            return .commit
        }
    }

    /// Deletes the rows of these paths, in transactions of a few thousand.
    func remove(paths: [String]) throws {
        var start = 0
        while start < paths.count {
            let batch = paths[start..<min(paths.count, start + 4096)]
            try queue.inTransaction { db in
                let delete = try db.cachedStatement(sql: "DELETE FROM files WHERE path = ?")
                for path in batch { try delete.execute(arguments: [path]) }
                return .commit
            }
            start += batch.count
        }
    }

    /// Keeps the merges for one list of files, replacing what was kept before.
    func storeMerge(digest: [UInt8], payload: [UInt8]) throws {
        try queue.inTransaction { db in
            try db.execute(sql: "INSERT OR REPLACE INTO corpus (slot, digest, payload) VALUES (0, ?, ?)",
                           arguments: [Data(digest), Data(payload)])
            return .commit
        }
    }

    func close() {
        try? queue.close()
    }

    // MARK: - Errors

    /// SQLite says the file is not a database, or is damaged.
    static func isDamage(_ error: Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    }

    static func isBusy(_ error: Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    static func classify(_ error: Error) -> Failure {
        if let failure = error as? Failure { return failure }
        if isBusy(error) { return .locked }
        if let error = error as? DatabaseError { return .unavailable(error.message ?? "\(error.resultCode)") }
        return .unavailable("\(error)")
    }

    /// Deletes a database file and its journal files.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}

/// Why a cache database was started again.
public enum CacheRebuild: Sendable, Hashable, CustomStringConvertible {
    /// Not a database, damaged (SQLite's checks or payloads that failed theirs).
    case damaged
    /// Written by a version of briefing with another cache format.
    case otherFormat
    /// Written by another build of the analyser: every result was dropped.
    case otherAnalyser

    public var description: String {
        switch self {
        case .damaged: "the cache database was damaged"
        case .otherFormat: "the cache database was written by another version"
        case .otherAnalyser: "the cached results were made by another build"
        }
    }
}
