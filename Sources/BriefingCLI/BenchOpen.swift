import ArgumentParser
import Briefing
import BriefingUI
import Foundation

/// The part of `briefing bench` that must run in a fresh process: opening a folder as the
/// reader does, timing the first frame and the full model from the moment the parent started
/// this process, then the peak resident memory. Prints an `OpenMeasurement` as JSON.
struct BenchOpen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-open",
        abstract: "Open a folder as the reader does and print timings and peak memory as JSON (used by bench).",
        shouldDisplay: false
    )

    @Option(help: "The parent's monotonic clock, in nanoseconds, just before it started this process.")
    var started: UInt64?

    @Option(help: "Cores to analyse on (default: all).")
    var cores: Int?

    @Option(help: "Terminal size the frames are drawn at, WIDTHxHEIGHT.")
    var size = "200x60"

    @Flag(help: "Instead, print the memory held after each stage of the analysis.")
    var memory = false

    @Argument(help: "The folder to open.")
    var paths: [String]

    func run() throws {
        let started = started ?? ChildProcess.monotonicNanoseconds()
        func elapsed() -> Double { Double(ChildProcess.monotonicNanoseconds() - started) / 1e6 }
        let size = try Self.parse(size: size)
        if memory {
            let corpus = CorpusLoader.load(paths: paths)
            var last = 0
            for (stage, bytes) in MemoryProfile.run(corpus, resident: ChildProcess.residentBytes) {
                print(String(format: "%-22@ %8.1f MB  +%7.1f MB", stage, Double(bytes) / 1e6, Double(bytes - last) / 1e6))
                last = bytes
            }
            return
        }
        var measurement = OpenMeasurement()
        // The reader's own first frame: drawn before anything is read; the model fills in after.
        _ = Screen.render(ReaderState.loading(LoadingProgress(done: 0, total: 0)), size: size)
        measurement.firstFrameMilliseconds = elapsed()
        let model = Parallel.withCores(cores ?? Parallel.cores) { () -> AnalyzedCorpus in
            let corpus = CorpusLoader.load(paths: paths)
            measurement.articlesMilliseconds = elapsed()
            measurement.corpusResidentBytes = ChildProcess.residentBytes()
            return AnalyzedCorpus(corpus)
        }
        FreedMemory.giveBack()  // as `CorpusOptions.analyze` does
        measurement.modelResidentBytes = ChildProcess.residentBytes()
        measurement.fullModelMilliseconds = elapsed()
        let state = ReaderState.loaded(model: model)
        _ = Screen.render(state, size: size)
        measurement.fullFrameMilliseconds = elapsed()
        measurement.articles = model.articles.count
        measurement.peakResidentBytes = ChildProcess.peakResidentBytes()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        FileHandle.standardOutput.write(try encoder.encode(measurement))
    }

    static func parse(size: String) throws -> Size {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] >= 20, parts[1] >= 5 else { throw ValidationError("--size wants WIDTHxHEIGHT, such as 200x60") }
        return Size(width: parts[0], height: parts[1])
    }
}

/// What `bench-open` measures in its own process.
struct OpenMeasurement: Codable {
    var articles = 0
    /// From the process start to the first frame drawn (the reader before the model).
    var firstFrameMilliseconds = 0.0
    /// From the process start to the articles parsed: when the reader shows them, before
    /// their analysis.
    var articlesMilliseconds = 0.0
    /// From the process start to the full model (files read, parsed and analysed).
    var fullModelMilliseconds = 0.0
    /// From the process start to the first frame drawn with the full model.
    var fullFrameMilliseconds = 0.0
    var peakResidentBytes = 0
    /// Memory held once the articles are parsed, before the analysis.
    var corpusResidentBytes = 0
    /// Memory held once the model is built (what a reader keeps while open).
    var modelResidentBytes = 0
}
