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
    public static func load(paths: [String], standardInput: (() -> [UInt8])?) -> Corpus {
        var sources: [Source] = []
        var problems: [LoadProblem] = []
        var pending: [String] = []
        var readStandardInput = false
        func discoverPending() {
            guard !pending.isEmpty else { return }
            let found = FileDiscovery.discover(pending)
            sources += found.files.map(Source.file)
            problems += found.problems
            pending = []
        }
        for path in paths {
            guard path == standardInputPath, let standardInput else {
                pending.append(path)
                continue
            }
            discoverPending()
            if !readStandardInput {
                sources.append(.memory(SourceDocument(path: standardInputPath, bytes: standardInput())))
                readStandardInput = true
            }
        }
        discoverPending()
        var corpus = load(sources)
        corpus.problems = problems + corpus.problems
        return corpus
    }

    /// Loads documents already in memory.
    public static func load(documents: [SourceDocument]) -> Corpus {
        load(documents.map(Source.memory))
    }

    /// Where one article's bytes come from.
    enum Source: Sendable {
        case file(String)
        case memory(SourceDocument)

        var path: String {
            switch self {
            case .file(let path): path
            case .memory(let document): document.path
            }
        }
    }

    /// What became of one source: an article (perhaps with a note on how it was decoded), or
    /// the reason it was skipped.
    enum Outcome: Sendable {
        case article(Article, note: LoadProblem.Reason?)
        case skipped(LoadProblem)
    }

    /// Reads, decodes and parses every source on all cores (each file's bytes are dropped as
    /// soon as its article is parsed, so the whole corpus is never held twice), then gives ids
    /// and records problems in input order: the same corpus whatever the number of cores.
    static func load(_ sources: [Source]) -> Corpus {
        let outcomes = Parallel.map(sources) { _, source in parse(source) }
        var articles: [Article] = []
        var problems: [LoadProblem] = []
        articles.reserveCapacity(outcomes.count)
        var ids = ArticleIDs()
        for outcome in outcomes {
            switch outcome {
            case .skipped(let problem):
                problems.append(problem)
            case .article(var article, let note):
                article.id = ids.unique(for: article.path)
                articles.append(article)
                if let note { problems.append(LoadProblem(path: article.path, reason: note)) }
            }
        }
        return Corpus(articles: articles, problems: problems)
    }

    /// One source, read if it is a file, decoded and parsed.
    static func parse(_ source: Source) -> Outcome {
        let bytes: [UInt8]
        switch source {
        case .memory(let document):
            bytes = document.bytes
        case .file(let path):
            switch FileReader.read(path) {
            case .success(let read): bytes = read
            case .failure(let problem): return .skipped(problem)
            }
        }
        let path = source.path
        switch TextDecoding.decode(bytes) {
        case .empty:
            return .skipped(LoadProblem(path: path, reason: .empty))
        case .binary:
            return .skipped(LoadProblem(path: path, reason: .binary))
        case .text(let text, let note):
            guard let article = ArticleParser.parse(text, id: "", path: path, format: ArticleParser.Format(path: path)) else {
                return .skipped(LoadProblem(path: path, reason: .noArticleText))
            }
            return .article(article, note: note)
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
