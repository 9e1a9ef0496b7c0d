import ArgumentParser
import Briefing
import Foundation

/// Measures extraction throughput.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure extraction throughput in MB/s, stage by stage, on one core.",
        discussion: """
            Loads the articles into memory, repeats them until the corpus holds at least --megabytes \
            of text, then times decoding, cleaning, sentence splitting, quote extraction, the \
            speaker directory, figures and their ranking, the timeline, entity extraction, the entity merge, summaries and story grouping (best of --rounds runs). "total" is the whole extraction; sentence \
            splitting is also part of quote extraction, so it is shown but not added again. Prints \
            a table, or JSON with --json, to compare commits.

            Example:
              briefing bench --megabytes 30 ~/news/
            """
    )

    @Option(help: "Repeat the articles until the corpus holds at least this many megabytes.")
    var megabytes: Double = 20

    @Option(help: "Runs per stage; the best is reported.")
    var rounds: Int = 3

    @Flag(help: "Print the report as JSON.")
    var json = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let base = try corpus.documents()
        let size = base.reduce(0) { $0 + $1.bytes.count }
        guard size > 0 else { throw ValidationError("no article text to measure") }
        var documents: [SourceDocument] = []
        var copy = 0
        while documents.reduce(0, { $0 + $1.bytes.count }) < Int(megabytes * 1_000_000) || documents.isEmpty {
            documents += base.map { SourceDocument(path: "\(copy)-\($0.path)", bytes: $0.bytes) }
            copy += 1
        }
        let report = ExtractionBenchmark.run(documents, rounds: rounds)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            FileHandle.standardOutput.write(try encoder.encode(report) + Data("\n".utf8))
            return
        }
        print(String(format: "%d documents (%d copies), %.1f MB, %d articles, %d quotes, %d speakers, %d key figures, %d dated events, %d entities, %d stories",
                     report.documents, copy, report.megabytes, report.articles, report.quotes, report.speakers, report.keyFigures,
                     report.events, report.entities, report.stories))
        print("stage                 seconds     MB/s")
        for stage in report.stages {
            // Padded by hand: Foundation's %@ ignores a field width on Linux.
            let name = stage.name.padding(toLength: 16, withPad: " ", startingAt: 0)
            print(name + String(format: " %9.3f %8.1f", stage.seconds, stage.megabytesPerSecond))
        }
    }
}
