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
        var documents: [SourceDocument] = []
        var problems: [LoadProblem] = []
        var pending: [String] = []
        var readStandardInput = false
        func readPending() {
            let (found, failed) = read(pending)
            documents += found
            problems += failed
            pending = []
        }
        for path in paths {
            guard path == standardInputPath, let standardInput else {
                pending.append(path)
                continue
            }
            readPending()
            if !readStandardInput {
                documents.append(SourceDocument(path: standardInputPath, bytes: standardInput()))
                readStandardInput = true
            }
        }
        readPending()
        var corpus = load(documents: documents)
        corpus.problems = problems + corpus.problems
        return corpus
    }

    /// The bytes of every file the paths name, and the paths that could not be read.
    static func read(_ paths: [String]) -> ([SourceDocument], [LoadProblem]) {
        guard !paths.isEmpty else { return ([], []) }
        let found = FileDiscovery.discover(paths)
        var documents: [SourceDocument] = []
        var problems = found.problems
        for path in found.files {
            switch FileReader.read(path) {
            case .success(let bytes): documents.append(SourceDocument(path: path, bytes: bytes))
            case .failure(let problem): problems.append(problem)
            }
        }
        return (documents, problems)
    }

    /// Loads documents already in memory.
    public static func load(documents: [SourceDocument]) -> Corpus {
        var articles: [Article] = []
        var problems: [LoadProblem] = []
        var ids = ArticleIDs()
        for document in documents {
            switch TextDecoding.decode(document.bytes) {
            case .empty:
                problems.append(LoadProblem(path: document.path, reason: .empty))
            case .binary:
                problems.append(LoadProblem(path: document.path, reason: .binary))
            case .text(let text, let note):
                let format = ArticleParser.Format(path: document.path)
                guard var article = ArticleParser.parse(text, id: "", path: document.path, format: format) else {
                    problems.append(LoadProblem(path: document.path, reason: .noArticleText))
                    continue
                }
                article.id = ids.unique(for: document.path)
                articles.append(article)
                if let note { problems.append(LoadProblem(path: document.path, reason: note)) }
            }
        }
        return Corpus(articles: articles, problems: problems)
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
