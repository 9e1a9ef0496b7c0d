/// A document to load from memory rather than from disk: the built-in samples, standard input.
public struct SourceDocument: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Loads a corpus: finds the files, decodes them, parses each into an article, and records every
/// file it could not use and why. One bad file never stops the rest from loading.
public enum CorpusLoader {
    /// The path that stands for standard input on a command line, as with most tools. Its
    /// article's id is `stdin`.
    public static let standardInputPath = "-"

    /// Loads files and folders (recursively, `.txt` and `.md`) in the order given.
    public static func load(paths: [String]) -> Corpus {
        load(paths: paths, standardInput: nil)
    }

    /// Loads files and folders in the order given, where `-` stands for one document read from
    /// `standardInput` (called once, however many times `-` is given). With no reader, `-` is an
    /// ordinary path.
    ///
    /// `progress`, when given, hears how many files have been read and parsed out of how many,
    /// from the worker threads, in increasing order: the reader's loading screen shows it.
    public static func load(paths: [String], standardInput: (() -> [UInt8])?,
                            progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) -> Corpus {
        // Files are read, decoded and parsed on every core (each file's bytes dropped as soon
        // as its article is parsed, so the corpus is never held twice); the assembler then
        // gives ids and orders problems in corpus order, whatever the number of cores.
        enum Outcome: Sendable {
            case unusable(LoadProblem)
            case loaded(DocumentLoad, path: String)
        }
        let outcomes = Parallel.map(sources(paths: paths, standardInput: standardInput), progress: progress) { _, source -> Outcome in
            switch source {
            case .unusable(let problem):
                return .unusable(problem)
            case .file(let file):
                switch FileReader.read(file.path) {
                case .success(let bytes): return .loaded(parse(SourceDocument(path: file.path, bytes: bytes)), path: file.path)
                case .failure(let problem): return .unusable(problem)
                }
            case .document(let document):
                return .loaded(parse(document), path: document.path)
            }
        }
        var assembler = CorpusAssembler()
        var articles: [Article] = []
        articles.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            switch outcome {
            case .unusable(let problem): assembler.unusable(problem)
            case .loaded(let load, let path): if let article = assembler.add(load, path: path) { articles.append(article) }
            }
        }
        return Corpus(articles: articles, problems: assembler.problems)
    }

    /// What the paths name, in corpus order: each folder's article files (found and `stat`ed,
    /// not read), each file, standard input for `-` (read once, however many times it is given)
    /// and, before the files of each path, the paths that gave nothing to read.
    public static func sources(paths: [String], standardInput: (() -> [UInt8])?) -> [CorpusSource] {
        var sources: [CorpusSource] = []
        var pending: [String] = []
        var readStandardInput = false
        func discoverPending() {
            guard !pending.isEmpty else { return }
            let found = FileDiscovery.discover(pending)
            sources += found.problems.map { .unusable($0) } + found.files.map { .file($0) }
            pending = []
        }
        for path in paths {
            guard path == standardInputPath, let standardInput else {
                pending.append(path)
                continue
            }
            discoverPending()
            if !readStandardInput {
                sources.append(.document(SourceDocument(path: standardInputPath, bytes: standardInput())))
                readStandardInput = true
            }
        }
        discoverPending()
        return sources
    }

    /// Loads documents already in memory.
    public static func load(documents: [SourceDocument]) -> Corpus {
        var assembler = CorpusAssembler()
        let loads = Parallel.map(documents) { _, document in parse(document) }
        let articles = zip(documents, loads).compactMap { assembler.add($1, path: $0.path) }
        return Corpus(articles: articles, problems: assembler.problems)
    }

    /// Decodes and cleans one document into an article, or says why it cannot be one. The
    /// article's id is left empty: ids depend on the other files (`CorpusAssembler` gives them).
    public static func parse(_ document: SourceDocument) -> DocumentLoad {
        switch TextDecoding.decode(document.bytes) {
        case .empty:
            return .skipped(.empty)
        case .binary:
            return .skipped(.binary)
        case .text(let text, let note):
            let format = ArticleParser.Format(path: document.path)
            guard let article = ArticleParser.parse(text, id: "", path: document.path, format: format) else { return .skipped(.noArticleText) }
            return .article(article, note: note)
        }
    }
}

/// Where the articles of a corpus come from, in corpus order.
public enum CorpusSource: Sendable {
    /// A path that gave nothing to read (missing, an unreadable folder): reported, not loaded.
    case unusable(LoadProblem)
    /// An article file, to be read.
    case file(ArticleFile)
    /// A document already in memory (standard input).
    case document(SourceDocument)
}

/// What one document gave: an article (with a caveat about its decoding, if any), or the reason
/// it gave none.
public enum DocumentLoad: Sendable, Hashable {
    case article(Article, note: LoadProblem.Reason?)
    case skipped(LoadProblem.Reason)
}

/// Puts a corpus together from its sources' outcomes, taken in corpus order: gives each
/// article its index and id and keeps the problems in the order a load reports them (paths that
/// gave nothing and files that could not be read first, then documents skipped or decoded with
/// a caveat). Every way of loading a corpus goes through it, so they agree exactly.
public struct CorpusAssembler: Sendable {
    private var ids = ArticleIDs()
    private var unreadable: [LoadProblem] = []
    private var documentProblems: [LoadProblem] = []
    /// Articles placed so far: the index the next one gets.
    public private(set) var articleCount = 0

    public init() {}

    /// Every problem so far, in the order a load reports them.
    public var problems: [LoadProblem] { unreadable + documentProblems }

    /// A path that gave nothing, or a file that could not be read.
    public mutating func unusable(_ problem: LoadProblem) {
        unreadable.append(problem)
    }

    /// A document that gave no article.
    public mutating func skipped(path: String, reason: LoadProblem.Reason) {
        documentProblems.append(LoadProblem(path: path, reason: reason))
    }

    /// An article from `path`: its index in the corpus and its id.
    public mutating func article(path: String, note: LoadProblem.Reason?) -> (index: Int, id: String) {
        defer { articleCount += 1 }
        if let note { documentProblems.append(LoadProblem(path: path, reason: note)) }
        return (articleCount, ids.unique(for: path))
    }

    /// A document's outcome: its article, placed, if it gave one.
    public mutating func add(_ load: DocumentLoad, path: String) -> Article? {
        switch load {
        case .skipped(let reason):
            skipped(path: path, reason: reason)
            return nil
        case .article(var loaded, let note):
            loaded.id = article(path: path, note: note).id
            return loaded
        }
    }
}

/// Article ids are file names without their extension; when two folders hold the same name the
/// later ones get "-2", "-3"... so ids stay unique and stable for a given input order.
struct ArticleIDs {
    private var used: [String: Int] = [:]

    mutating func unique(for path: String) -> String {
        let base = Self.baseName(path)
        guard let count = used[base] else {
            used[base] = 1
            return base
        }
        var n = count + 1
        while used["\(base)-\(n)"] != nil { n += 1 }
        used[base] = n
        used["\(base)-\(n)"] = 1
        return "\(base)-\(n)"
    }

    static func baseName(_ path: String) -> String {
        if path == CorpusLoader.standardInputPath { return "stdin" }
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
