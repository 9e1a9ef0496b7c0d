import Foundation
import ArgumentParser
import Briefing
import BriefingCache

/// The article paths every command takes, and loading them.
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
                  "Article files and folders (folders are searched recursively for .txt and .md); - reads one article from standard input. Default: the built-in samples.",
                  valueName: "path"),
              completion: .file())
    var paths: [String] = []

    @Flag(name: .customLong("no-cache"),
          help: "Analyse every file again, and neither read nor save the reopen cache ($XDG_CACHE_HOME/briefing, else ~/.cache/briefing).")
    var noCache = false

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
        let model = try analyzedOrExit()
        Diagnostics.report(model.corpus.problems)
        return model
    }

    /// Loads and analyses the corpus, through the reopen cache (unless `--no-cache`; the
    /// samples and standard input are never cached): only files new or changed since the last
    /// load of the same paths are analysed. What the cache could not do (a locked or damaged
    /// database) is said on standard error; it never stops the load. When nothing at all can
    /// be loaded, says why in one line and exits with status 1, as `loadOrExit` does; problems
    /// with single files are left in the corpus for the command to report.
    func analyzedOrExit() throws -> AnalyzedCorpus {
        let (model, notices) = analyze(progress: nil)
        for notice in notices { Diagnostics.warn(notice) }
        guard model.articles.isEmpty else { return model }
        Diagnostics.warn(Self.nothingLoaded(model.corpus.problems, paths: paths))
        throw ExitCode(1)
    }

    /// The model, through the cache where it applies, with what the cache had to say (for the
    /// caller to print when it suits it: the reader does after its screen closes). `progress`
    /// hears how many files are done out of how many.
    ///
    /// With `articlesReady`, a load that analyses files shows their articles first: it is
    /// given the articles, unanalysed, once they are parsed, and `progress` then counts the
    /// analysis from the start (see `CorpusCache.load`).
    func analyze(progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?,
                 articlesReady: (@Sendable (AnalyzedCorpus) -> Void)? = nil) -> (AnalyzedCorpus, notices: [String]) {
        if paths.isEmpty {
            let documents = SampleCorpus.documents()
            progress?(0, documents.count)
            defer { progress?(documents.count, documents.count) }
            return (AnalyzedCorpus(CorpusLoader.load(documents: documents)), [])
        }
        // What the analysis freed goes back to the system once the model is built.
        defer { FreedMemory.giveBack() }
        if !noCache, let cache = CorpusCache.standard() {
            let loaded = cache.load(paths: paths, standardInput: StandardInput.read, progress: progress, articlesReady: articlesReady)
            return (loaded.model, loaded.report.notices)
        }
        let corpus = CorpusLoader.load(paths: paths, standardInput: StandardInput.read, progress: progress)
        guard let articlesReady else { return (AnalyzedCorpus(corpus), []) }
        articlesReady(AnalyzedCorpus(unanalysed: corpus))
        return (AnalyzedCorpus(analysing: corpus, progress: progress), [])
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
