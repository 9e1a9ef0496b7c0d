/// Loading with progress, for a reader that shows how far loading has got. Gives exactly the
/// corpus `load(paths:standardInput:)` gives (a test checks it); it finds every file first,
/// so the total is known before the first one is read.
extension CorpusLoader {
    /// `load(paths:standardInput:)`, telling `progress` how many of the files found have been
    /// read (standard input counts as one file): once with 0 when the files are found, then
    /// after each file.
    public static func load(paths: [String], standardInput: (() -> [UInt8])?,
                            progress: (_ done: Int, _ total: Int) -> Void) -> Corpus {
        // The paths between `-`s, each run found up front; standard input where `-` first is.
        enum Part {
            case files(FileDiscovery.Result)
            case standardInput(() -> [UInt8])
        }
        var parts: [Part] = []
        var pending: [String] = []
        var readStandardInput = false
        for path in paths {
            guard path == standardInputPath, let standardInput else {
                pending.append(path)
                continue
            }
            if !pending.isEmpty { parts.append(.files(FileDiscovery.discover(pending))) }
            pending = []
            if !readStandardInput {
                parts.append(.standardInput(standardInput))
                readStandardInput = true
            }
        }
        if !pending.isEmpty { parts.append(.files(FileDiscovery.discover(pending))) }

        let total = parts.reduce(0) { count, part in
            if case .files(let found) = part { return count + found.files.count }
            return count + 1
        }
        var done = 0
        progress(done, total)
        var documents: [SourceDocument] = []
        var problems: [LoadProblem] = []
        for part in parts {
            switch part {
            case .files(let found):
                problems += found.problems
                for path in found.files {
                    switch FileReader.read(path) {
                    case .success(let bytes): documents.append(SourceDocument(path: path, bytes: bytes))
                    case .failure(let problem): problems.append(problem)
                    }
                    done += 1
                    progress(done, total)
                }
            case .standardInput(let read):
                documents.append(SourceDocument(path: standardInputPath, bytes: read()))
                done += 1
                progress(done, total)
            }
        }
        var corpus = load(documents: documents)
        corpus.problems = problems + corpus.problems
        return corpus
    }
}
