import ArgumentParser
import Briefing

/// The article paths every command takes, and loading them.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files and folders (searched recursively for .txt and .md). Default: the built-in samples.",
              completion: .file())
    var paths: [String] = []

    /// Loads the corpus. Problems with single files go to standard error and loading goes on;
    /// when nothing at all can be loaded, the command fails with exit status 1.
    func load() throws -> Corpus {
        let corpus = paths.isEmpty ? SampleCorpus.load() : CorpusLoader.load(paths: paths)
        if corpus.articles.isEmpty {
            if corpus.problems.count == 1, let only = corpus.problems.first {
                throw LoadFailure(message: only.description)
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
