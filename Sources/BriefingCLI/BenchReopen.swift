import ArgumentParser
import Briefing
import BriefingCache
import Foundation

/// Measures the reopen cache: a first load against a reopen.
struct BenchReopen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-reopen",
        abstract: "Measure the reopen cache: first load against reopening, decode speed, cache size.",
        discussion: """
            Loads the paths once with an empty cache (every file analysed and saved), then \
            reopens them --reopens times (everything read back) and prints the times, the steps \
            of the best reopen, how fast payloads decode, and the cache's size against the \
            corpus's. Uses a cache folder of its own, removed afterwards.

            Example:
              briefing bench-reopen ~/news/
            """
    )

    @Option(help: "Reopens to time; the best is reported.")
    var reopens: Int = 3

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Argument(help: ArgumentHelp("Article files and folders.", valueName: "path"), completion: .file())
    var paths: [String]

    func run() throws {
        let report = ReopenBenchmark.run(paths: paths, reopens: reopens)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            FileHandle.standardOutput.write(try encoder.encode(report) + Data("\n".utf8))
            return
        }
        let mb = { (bytes: Int) in Double(bytes) / 1e6 }
        print(String(format: "%d files, %d articles, %.1f MB of text; cache %.1f MB on disk (%.2f× the text), %.1f MB of payloads",
                     report.files, report.articles, mb(report.corpusBytes), mb(report.databaseBytes),
                     Double(report.databaseBytes) / Double(max(1, report.corpusBytes)), mb(report.payloadBytes)))
        print(String(format: "first load %.3f s, reopen %.3f s (%.0f× faster)", report.coldSeconds, report.warmSeconds,
                     report.coldSeconds / max(report.warmSeconds, 1e-9)))
        print(String(format: "decode %.0f MB/s on %d cores, %.0f MB/s on one", report.decodeMegabytesPerSecond, report.cores,
                     report.decodeMegabytesPerSecondOneCore))
        print("step                 first load   reopen")
        for (i, stage) in report.warmStages.enumerated() {
            let cold = report.coldStages.indices.contains(i) ? report.coldStages[i].seconds : 0
            print(stage.name.padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: " %10.3f %8.3f", cold, stage.seconds))
        }
    }
}
