import Foundation
import ArgumentParser
import Briefing

/// The article paths every command takes, and loading them.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files and folders (searched recursively for .txt and .md). Default: the built-in samples.",
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

    /// The raw documents, unparsed: the samples, or every file the paths name.
    func documents() throws -> [SourceDocument] {
        guard !paths.isEmpty else { return SampleCorpus.documents() }
        let corpus = CorpusLoader.load(paths: paths)
        return corpus.articles.compactMap { article in
            (try? Data(contentsOf: URL(fileURLWithPath: article.path))).map { SourceDocument(path: article.path, bytes: [UInt8]($0)) }
        }
    }

    private func load() throws -> Corpus {
        let corpus = paths.isEmpty ? SampleCorpus.load() : CorpusLoader.load(paths: paths)
        if corpus.articles.isEmpty {
            if corpus.problems.count == 1, let only = corpus.problems.first {
                throw LoadFailure(message: "\(only.path): \(only.explanation)")
            }
            for problem in corpus.problems { Diagnostics.warn(problem.description) }
            throw LoadFailure(message: paths.isEmpty ? "no sample articles" : "no articles could be loaded")
        }
        return corpus
    }
}

/// A load that produced nothing: one line on standard error, exit status 1.
struct LoadFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
