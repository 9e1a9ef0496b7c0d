import Briefing
import Foundation

/// One load through the cache, step by step: open the database and read every row; decode the
/// rows of unchanged files on all cores; read and analyse the other files on all cores, a
/// batch at a time, each batch saved in one transaction as it finishes (an interrupted run
/// keeps what it finished); drop the rows of files that are gone; put the corpus together in
/// the loader's order; read the merges back, or merge and keep them.
struct CacheRun {
    let cache: CorpusCache
    let sources: [CorpusSource]
    let progress: (@Sendable (Int, Int) -> Void)?
    /// Told the articles, unanalysed, once every file is parsed and before the analysis.
    var articlesReady: (@Sendable (AnalyzedCorpus) -> Void)?
    private var database: CacheDatabase?
    private var databasePath: String?
    private var roots: [String] = []
    /// False once a write failed: the rest of the run saves nothing.
    private var writable = true
    private var report = CacheReport()

    init(cache: CorpusCache, sources: [CorpusSource], progress: (@Sendable (Int, Int) -> Void)?) {
        self.cache = cache
        self.sources = sources
        self.progress = progress
    }

    /// A source to read and analyse: a file (with its key) or a document in memory.
    private enum Work: Sendable {
        case file(source: Int, file: ArticleFile, key: FileKey)
        case document(source: Int, SourceDocument)

        var source: Int {
            switch self {
            case .file(let source, _, _), .document(let source, _): source
            }
        }
    }

    /// What a source gave.
    private enum Outcome: Sendable {
        case unusable(LoadProblem)
        case loaded(CachedOutcome)
    }

    /// The sources' outcomes, with each article's analysis held apart so that it can be taken
    /// out alone and placed in its corpus without a copy.
    private struct Outcomes {
        private var outcomes: [Outcome?]
        private var analyses: [ArticleAnalysis?]

        init(count: Int) {
            outcomes = Array(repeating: nil, count: count)
            analyses = Array(repeating: nil, count: count)
        }

        subscript(source: Int) -> Outcome? {
            get { outcomes[source] }
            set {
                if case .loaded(.article(let analysis, let note)) = newValue {
                    analyses[source] = analysis
                    // A placeholder: the analysis lives in `analyses` only.
                    outcomes[source] = .loaded(.article(.empty, note: note))
                } else {
                    outcomes[source] = newValue
                }
            }
        }

        /// The analysis of the article from `source`, no longer held here.
        mutating func takeAnalysis(_ source: Int) -> ArticleAnalysis? {
            defer { analyses[source] = nil }
            return analyses[source]
        }
    }

    /// Records how long a step took, from `start` to now (for `CacheReport.stages`).
    mutating func time(_ name: String, since start: UInt64) {
        report.stages.append(.init(name: name, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
    }

    private func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    mutating func load(paths: [String]) -> CachedCorpus {
        defer { database?.close() }
        var clock = now()
        var outcomes = Outcomes(count: sources.count)
        let (work, fileKeys) = keyedWork(&outcomes)
        let counter = progress.map { ProgressCounter(total: work.count, report: $0) }
        if fileKeys.contains(where: { $0 != nil }) { open(paths: paths) }
        time("open cache", since: clock)
        clock = now()

        var matched = matchRows(work)
        time("read rows", since: clock)
        clock = now()
        let rejected = decode(matched.hits, into: &outcomes, counter: counter)
        matched.hits = []  // the payloads are not needed any more
        time("decode", since: clock)
        clock = now()
        analyse((matched.misses + rejected).sorted { $0.source < $1.source }, into: &outcomes, fileKeys: fileKeys, total: work.count)
        removeRows(matched.gone)
        time("analyse and save", since: clock)
        clock = now()

        let (analyses, problems, digest) = assemble(&outcomes, fileKeys: fileKeys)
        time("assemble", since: clock)
        clock = now()
        let model = merged(consume analyses, problems: problems, digest: digest,
                           cacheable: !sources.contains { if case .document = $0 { true } else { false } })
        time(report.mergeReused ? "merges read back" : "merges", since: clock)
        report.database = database?.path ?? databasePath
        return CachedCorpus(model: model, report: report)
    }

    // MARK: - Steps

    /// What is to be read back or analysed, a file's with its key; paths that gave nothing are
    /// outcomes already.
    private func keyedWork(_ outcomes: inout Outcomes) -> (work: [Work], keys: [FileKey?]) {
        var keyPaths = KeyPaths()
        var keys = [FileKey?](repeating: nil, count: sources.count)
        var work: [Work] = []
        for (i, source) in sources.enumerated() {
            switch source {
            case .unusable(let problem):
                outcomes[i] = .unusable(problem)
            case .file(let file):
                let key = FileKey(path: keyPaths.key(for: file.path), size: file.size, modified: file.modified)
                keys[i] = key
                work.append(.file(source: i, file: file, key: key))
            case .document(let document):
                work.append(.document(source: i, document))
            }
        }
        return (work, keys)
    }

    /// The stored rows matched to the work: files whose row has their key (with the payload),
    /// files to analyse, and paths stored for files that are gone.
    private mutating func matchRows(_ work: [Work]) -> (hits: [(Work, [UInt8])], misses: [Work], gone: [String]) {
        let stored = readRows()
        var current = Set<String>()
        var hits: [(Work, [UInt8])] = []
        var misses: [Work] = []
        for item in work {
            guard case .file(_, _, let key) = item else {
                misses.append(item)
                continue
            }
            current.insert(key.path)
            if let row = stored[key.path], row.size == key.size, row.modified == key.modified {
                hits.append((item, row.payload))
            } else {
                misses.append(item)
            }
        }
        report.payloadBytes = hits.reduce(0) { $0 + $1.1.count }
        return (hits, misses, stored.keys.filter { !current.contains($0) })
    }

    /// Checks and decodes the stored payloads on all cores; returns the files whose payload was
    /// refused, to analyse again. When any was refused and SQLite finds the file damaged too,
    /// the database is rebuilt with the payloads that passed.
    private mutating func decode(_ hits: [(Work, [UInt8])], into outcomes: inout Outcomes, counter: ProgressCounter?) -> [Work] {
        let identity = cache.identity
        let decoded = Parallel.map(hits) { _, hit -> CachedOutcome? in
            guard case .file(_, _, let key) = hit.0, let outcome = try? FilePayload.decode(hit.1, key: key, identity: identity) else {
                return nil  // analysed later, and counted then
            }
            counter?.advance()
            return outcome
        }
        var rejected: [Work] = []
        var verified: [(key: FileKey, payload: [UInt8])] = []
        for ((item, payload), outcome) in zip(hits, decoded) {
            guard let outcome, case .file(let source, _, let key) = item else {
                rejected.append(item)
                continue
            }
            outcomes[source] = .loaded(outcome)
            verified.append((key, payload))
        }
        report.rejected = rejected.count
        report.reused = hits.count - rejected.count
        if !rejected.isEmpty, let database, !database.isSound() {
            rebuild(.damaged)
            store(verified)
        }
        return rejected
    }

    /// Reads and parses new and changed files on all cores, shows their articles (with those
    /// read back) to `articlesReady`, then analyses them on all cores, a batch at a time, each
    /// batch saved in one transaction as it finishes. `progress` counts files done (read back
    /// or analysed); with `articlesReady`, files parsed before that.
    private mutating func analyse(_ misses: [Work], into outcomes: inout Outcomes, fileKeys: [FileKey?], total: Int) {
        guard !misses.isEmpty else { return }
        let done = total - misses.count
        // Parsing is counted only when its end shows something (the articles): otherwise the
        // count would run to the end twice.
        let parsing = articlesReady == nil ? nil : progress.map { ProgressCounter(total: total, done: done, report: $0) }
        var parsed = Parallel.map(misses) { _, item -> Parsed in
            defer { parsing?.advance() }
            return Self.parse(item)
        }
        if let articlesReady { articlesReady(articlesOnly(misses, parsed, outcomes, fileKeys: fileKeys)) }

        let analysing = progress.map { ProgressCounter(total: total, done: done, report: $0) }
        let identity = cache.identity
        var start = 0
        while start < misses.count {
            let batch = start..<min(misses.count, start + cache.batchSize)
            start = batch.upperBound
            let inputs = Array(parsed[batch])
            for i in batch { parsed[i] = Parsed(outcome: parsed[i].outcome) }  // the articles live in `inputs` only
            let results = Parallel.map(inputs) { _, input -> (Outcome, [UInt8]?) in
                defer { analysing?.advance() }
                return Self.analyse(input, identity: identity)
            }
            var rows: [(key: FileKey, payload: [UInt8])] = []
            for (item, result) in zip(misses[batch], results) {
                outcomes[item.source] = result.0
                if case .file(_, _, let key) = item, let payload = result.1 { rows.append((key, payload)) }
            }
            report.analysed += batch.count
            store(rows)
        }
    }

    /// A source read and parsed, not analysed yet.
    private struct Parsed: Sendable {
        /// What the source gave: final for a file that could not be read or held no article;
        /// for an article, its note (the analysis comes later).
        var outcome: Outcome
        var article: Article?
        /// The key to save the outcome under: the file was read whole at the size it was keyed
        /// with (a file that changed while it was read is not saved).
        var key: FileKey?
    }

    /// Reads and parses one source.
    private static func parse(_ item: Work) -> Parsed {
        let document: SourceDocument
        var key: FileKey?
        switch item {
        case .document(_, let given):
            document = given
        case .file(_, let file, let fileKey):
            switch FileReader.read(file.path) {
            case .failure(let problem): return Parsed(outcome: .unusable(problem))
            case .success(let bytes): document = SourceDocument(path: file.path, bytes: bytes)
            }
            if document.bytes.count == fileKey.size { key = fileKey }
        }
        switch CorpusLoader.parse(document) {
        case .skipped(let reason): return Parsed(outcome: .loaded(.skipped(reason)), key: key)
        case .article(let article, let note): return Parsed(outcome: .loaded(.article(.empty, note: note)), article: article, key: key)
        }
    }

    /// Analyses a parsed source; with its key, also the payload to save.
    private static func analyse(_ input: Parsed, identity: UInt64) -> (Outcome, [UInt8]?) {
        var outcome = input.outcome
        if let article = input.article, case .loaded(.article(_, let note)) = outcome {
            outcome = .loaded(.article(ArticleAnalysis(analysing: article, at: 0), note: note))
        }
        guard case .loaded(let loaded) = outcome else { return (outcome, nil) }
        return (outcome, input.key.map { FilePayload.encode(loaded, key: $0, identity: identity) })
    }

    /// The corpus as it will be, articles unanalysed: the parsed ones and those read back, in
    /// the loader's order, with the same ids.
    private func articlesOnly(_ misses: [Work], _ parsed: [Parsed], _ outcomes: Outcomes, fileKeys: [FileKey?]) -> AnalyzedCorpus {
        var all = outcomes
        for (item, input) in zip(misses, parsed) {
            if let article = input.article, case .loaded(.article(_, let note)) = input.outcome {
                var unanalysed = ArticleAnalysis.empty
                unanalysed.article = article
                all[item.source] = .loaded(.article(unanalysed, note: note))
            } else {
                all[item.source] = input.outcome
            }
        }
        let (analyses, problems, _) = assemble(&all, fileKeys: fileKeys)
        return AnalyzedCorpus(unanalysed: Corpus(articles: analyses.map(\.article), problems: problems))
    }

    /// Drops the rows of files that are gone.
    private mutating func removeRows(_ gone: [String]) {
        guard !gone.isEmpty, writable, let database else { return }
        do {
            try database.remove(paths: gone)
            report.removed = gone.count
        } catch {
            failedWrite(error)
        }
    }

    /// The corpus in the loader's order: every analysis placed (index, id, path), the problems,
    /// and the digest a kept merge must match.
    private func assemble(_ outcomes: inout Outcomes, fileKeys: [FileKey?]) -> ([ArticleAnalysis], [LoadProblem], [UInt8]) {
        var assembler = CorpusAssembler()
        var analyses: [ArticleAnalysis] = []
        var digest = MergeDigest(identity: cache.identity)
        for (i, source) in sources.enumerated() {
            switch outcomes[i] {
            case .unusable(let problem):
                assembler.unusable(problem)
            case .loaded(.skipped(let reason)):
                assembler.skipped(path: Self.path(of: source), reason: reason)
            case .loaded(.article(_, let note)):
                let path = Self.path(of: source)
                let (index, id) = assembler.article(path: path, note: note)
                guard var analysis = outcomes.takeAnalysis(i) else { continue }
                analysis.place(at: index, id: id, path: path)
                analyses.append(analysis)
                digest.add(id: id, key: fileKeys[i])
            case nil:
                assertionFailure("source \(i) has no outcome")
            }
        }
        return (analyses, assembler.problems, digest.bytes)
    }

    private static func path(of source: CorpusSource) -> String {
        switch source {
        case .unusable(let problem): problem.path
        case .file(let file): file.path
        case .document(let document): document.path
        }
    }

    // MARK: - Merges

    /// The merged corpus: the kept merges when they were kept for exactly these files, else
    /// merged here and kept. A corpus with standard input in it is merged every time.
    private mutating func merged(_ analyses: consuming [ArticleAnalysis], problems: [LoadProblem], digest: [UInt8], cacheable: Bool) -> AnalyzedCorpus {
        guard cacheable, let database else { return AnalyzedCorpus(analyses: analyses, problems: problems) }
        let row = try? database.merge()
        report.mergePayloadBytes = row?.payload.count ?? 0
        if let row, row.digest == digest,
           let merge = try? MergePayload.decode(row.payload, digest: digest, identity: cache.identity), merge.fits(analyses) {
            report.mergeReused = true
            return AnalyzedCorpus(analyses: consume analyses, problems: problems, merge: merge)
        }
        let model = AnalyzedCorpus(analyses: analyses, problems: problems)
        if writable {
            do {
                try database.storeMerge(digest: digest, payload: MergePayload.encode(model.merge, digest: digest, identity: cache.identity))
            } catch {
                failedWrite(error)
            }
        }
        return model
    }

    // MARK: - The database

    private mutating func open(paths: [String]) {
        roots = Set(paths.filter { $0 != CorpusLoader.standardInputPath }.map(CacheLocation.absolute)).sorted()
        let path = CacheLocation.database(for: paths, in: cache.directory)
        databasePath = path
        do throws(CacheDatabase.Failure) {
            let (opened, how) = try CacheDatabase.open(path: path, identity: cache.identity, roots: roots, busyTimeout: cache.busyTimeout)
            database = opened
            if case .rebuilt(let reason) = how { noteRebuild(reason) }
        } catch {
            switch error {
            case .locked: report.notices.append("the cache is locked by another briefing; analysing without it")
            case .unavailable(let why): report.notices.append("cache unavailable (\(why)); analysing without it")
            }
        }
    }

    /// Every stored row; none when the database cannot be read (it is rebuilt if damaged).
    private mutating func readRows() -> [String: CacheDatabase.StoredFile] {
        guard let database else { return [:] }
        do {
            return try database.files()
        } catch {
            if CacheDatabase.isDamage(error) || (!CacheDatabase.isBusy(error) && !database.isSound()) {
                rebuild(.damaged)
            } else if CacheDatabase.isBusy(error) {
                report.notices.append("the cache is locked by another briefing; analysing without it")
                self.database = nil
            } else {
                report.notices.append("cache unreadable (\(CacheDatabase.classify(error))); analysing without it")
                self.database = nil
            }
            return [:]
        }
    }

    /// Deletes the database and creates it again, empty.
    private mutating func rebuild(_ reason: CacheRebuild) {
        guard let old = database else { return }
        old.close()
        database = nil
        CacheDatabase.remove(old.path)
        do {
            (database, _) = try CacheDatabase.open(path: old.path, identity: cache.identity, roots: roots, busyTimeout: cache.busyTimeout)
            noteRebuild(reason)
        } catch {
            report.notices.append("the cache database was damaged and could not be rebuilt (\(error)); analysing without it")
        }
    }

    private mutating func noteRebuild(_ reason: CacheRebuild) {
        report.rebuilt = reason
        if reason == .damaged { report.notices.append("\(reason); rebuilt it") }
    }

    private mutating func store(_ rows: [(key: FileKey, payload: [UInt8])]) {
        guard writable, let database, !rows.isEmpty else { return }
        do {
            try database.store(rows)
            report.saved = true
        } catch {
            failedWrite(error)
        }
    }

    private mutating func failedWrite(_ error: Error) {
        writable = false
        report.saved = false
        report.notices.append(CacheDatabase.isBusy(error)
            ? "the cache is locked by another briefing; this run's results are not saved"
            : "could not save to the cache (\(CacheDatabase.classify(error))); this run's results are not saved")
    }
}

/// The digest a kept merge is valid for: the identity and every article's id and file key, in
/// corpus order. Two 64-bit checksums with different seeds, so a false match is 2⁻¹²⁸.
struct MergeDigest {
    private var a: Checksum
    private var b: Checksum

    init(identity: UInt64) {
        a = Checksum(seed: 0x6D65_7267_6561)
        b = Checksum(seed: 0x6D65_7267_6562)
        a.add(identity)
        b.add(identity)
    }

    mutating func add(id: String, key: FileKey?) {
        for i in 0..<2 {
            var sum = i == 0 ? a : b
            sum.add(id)
            sum.add(key?.path ?? "")
            sum.add(key?.size ?? -1)
            sum.add(Int(key?.modified ?? -1))
            if i == 0 { a = sum } else { b = sum }
        }
    }

    var bytes: [UInt8] {
        withUnsafeBytes(of: (a.value.littleEndian, b.value.littleEndian)) { Array($0) }
    }
}

