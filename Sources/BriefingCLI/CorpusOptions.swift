import Foundation
import ArgumentParser
import Briefing

/// The article paths every command takes, and loading them.
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
                  "Article files and folders (folders are searched recursively for .txt and .md); - reads one article from standard input. Default: the built-in samples.",
                  valueName: "path"),
              completion: .file())
    var paths: [String] = []

    /// Loads the corpus for a command: when nothing at all can be loaded, says why in one line
    /// on standard error and exits with status 1. Problems with single files are left in the
    /// corpus for the command to report when it suits it (after the reader closes, say).
    func loadOrExit() throws -> Corpus {
        do {
            return try load()
        } catch let failure as LoadFailure {
            Diagnostics.warn(failure.message)
            throw ExitCode(1)
        }
    }

    /// Loads and analyses the corpus for a command that prints its results: files that were
    /// skipped are reported first, so the listing that follows stands on its own.
    func analyzeOrExit() throws -> AnalyzedCorpus {
        let loaded = try loadOrExit()
        Diagnostics.report(loaded.problems)
        return AnalyzedCorpus(loaded)
    }

    /// The raw documents, unparsed: the samples, or every file the paths name (`-` standard
    /// input), for commands that time or split the text themselves.
    func documents() throws -> [SourceDocument] {
        guard !paths.isEmpty else { return SampleCorpus.documents() }
        let corpus = CorpusLoader.load(paths: paths, standardInput: StandardInput.read)
        return corpus.articles.compactMap { article in
            if article.path == CorpusLoader.standardInputPath { return SourceDocument(path: article.path, bytes: StandardInput.read()) }
            return (try? Data(contentsOf: URL(fileURLWithPath: article.path))).map { SourceDocument(path: article.path, bytes: [UInt8]($0)) }
        }
    }

    /// The corpus as `loadOrExit` loads it, telling `progress` how many of the files found have
    /// been read, for the reader's loading screen; an empty corpus (with its problems) instead
    /// of exiting, since the reader's screen is up by then (`nothingLoaded` says why).
    func load(progress: @Sendable (_ done: Int, _ total: Int) -> Void) -> Corpus {
        guard !paths.isEmpty else {
            let documents = SampleCorpus.documents()
            progress(0, documents.count)
            defer { progress(documents.count, documents.count) }
            return CorpusLoader.load(documents: documents)
        }
        return CorpusLoader.load(paths: paths, standardInput: StandardInput.read, progress: progress)
    }

    private func load() throws -> Corpus {
        let corpus = paths.isEmpty ? SampleCorpus.load() : CorpusLoader.load(paths: paths, standardInput: StandardInput.read)
        guard corpus.articles.isEmpty else { return corpus }
        throw LoadFailure(message: Self.nothingLoaded(corpus.problems, paths: paths))
    }

    /// Why nothing loaded, in one line: the one file's problem when there was one file, else
    /// the files counted by reason.
    static func nothingLoaded(_ problems: [LoadProblem], paths: [String]) -> String {
        if problems.count == 1, let only = problems.first { return "\(only.path): \(only.explanation)" }
        if paths.isEmpty { return "no sample articles" }
        guard !problems.isEmpty else {
            return paths.count == 1 ? "\(paths[0]): no .txt or .md files" : "no .txt or .md files in these paths"
        }
        var counts: [String: Int] = [:]
        for problem in problems { counts[problem.explanationKind, default: 0] += 1 }
        let reasons = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.value) \($0.key)" }
        return "no articles could be loaded (\(problems.count) files: \(reasons.joined(separator: "; ")))"
    }
}

/// Standard input, read whole the first time it is asked for: `-` given twice, or the
/// documents and the corpus of one command, see the same bytes.
enum StandardInput {
    nonisolated(unsafe) private static var bytes: [UInt8]?

    static func read() -> [UInt8] {
        if let bytes { return bytes }
        let read = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        bytes = read
        return read
    }
}

/// A load that produced nothing: one line on standard error, exit status 1.
struct LoadFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
