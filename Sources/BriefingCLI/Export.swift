import ArgumentParser
import Briefing
import Foundation

/// Writes the model in a format for scripts.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the articles for scripts.",
        discussion: """
            JSON: {"version": 1, "articles": [{"id", "path", "title", "author", "outlet", "published", \
            "paragraphs": [{"text", "start", "end"}]}]}. Offsets count Unicode scalars in the raw file.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @Option(name: .shortAndLong, help: "Output format.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let loaded = try corpus.loadOrExit()
        Diagnostics.report(loaded.problems)
        var data = try JSONExport.encode(AnalyzedCorpus(loaded))
        data.append(0x0A)
        if let output {
            do {
                try data.write(to: URL(fileURLWithPath: output))
            } catch {
                Diagnostics.warn("cannot write \(output): \(error.localizedDescription)")
                throw ExitCode(1)
            }
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
