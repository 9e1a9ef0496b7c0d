import ArgumentParser
import Briefing
import BriefingUI
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Measures the reader at scale: the articles analysed once, repeated until the model holds
/// --articles of them, then the cost of building the reader's state, of every common key and
/// frame, of searching, and the memory it all takes.
struct BenchScreen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-screen",
        abstract: "Measure the reader's keys and frames, search and memory on a big repeated model.",
        discussion: """
            Analyses the articles (default: the samples), repeats the model until it holds \
            --articles articles (ids, titles and text of each copy its own), and prints: the time \
            to build the reader's state; per view and key, the median and 99th percentile of the \
            state work and of drawing the frame, at 200×60 and 80×24; search times (first 20 \
            results and all of them) for a common word, a rare phrase and a word that is nowhere; \
            and resident memory against the bytes of the articles repeated. --shared-names gives \
            every copy the same speakers, names, figures and stories (a few with very many quotes \
            and mentions); without it every copy has its own (very many of each).

            Example: briefing bench-screen --articles 100000 Tests/BriefingTests/Fixtures/Stories
            """
    )

    @Option(help: "Articles in the repeated model.")
    var articles: Int = 100_000

    @Flag(help: "Every copy shares speakers, names, key figures and stories.")
    var sharedNames = false

    @Option(help: "Presses of each key.")
    var repeats: Int = 50

    @Flag(help: "Print the report as JSON.")
    var json = false

    enum Part: String, ExpressibleByArgument, CaseIterable {
        case state, keys, search, memory
    }

    @Option(help: "Measure only this: state (building the reader's state), keys (and frames) or search.")
    var only: Part?

    func measures(_ part: Part) -> Bool { only == nil || only == part || (only == .memory && part == .state) }

    @OptionGroup var corpus: CorpusOptions

    struct Report: Codable {
        var articles: Int
        var corpusMegabytes: Double
        var buildSeconds: Double
        var residentMegabytesBefore: Double
        var residentMegabytesModel: Double
        var residentMegabytesWithState: Double
        var peakResidentMegabytes: Double
        var stateSeconds: Double
        var timings: [RenderTiming]
        var search: [SearchTiming]
        /// Building the search sieve (all cores) and what it holds.
        var sieveSeconds: Double
        var sieveMegabytes: Double
    }

    func run() throws {
        let documents = try corpus.documents()
        let base = AnalyzedCorpus(CorpusLoader.load(documents: documents))
        guard !base.articles.isEmpty else { throw ValidationError("no articles to repeat") }
        let copies = max(1, (articles + base.articles.count - 1) / base.articles.count)
        let bytes = documents.reduce(0) { $0 + $1.bytes.count } * copies
        let before = Memory.residentMegabytes()
        let clock = ContinuousClock()
        var model: AnalyzedCorpus?
        let build = clock.measure { model = AnalyzedCorpus(repeating: base, copies: copies, sharedNames: sharedNames) }
        let big = model!
        let resident = Memory.residentMegabytes()
        let state = measures(.state) ? RenderBenchmark.stateConstructionSeconds(model: big) : 0
        // The reader's own lookups, kept alive while measured; the time on this thread's clock
        // too, which other programs on a busy machine do not stretch.
        let cpuStart = Memory.threadSeconds()
        let reader = measures(.state) ? RenderBenchmark.state(model: big) : nil
        let stateCPU = Memory.threadSeconds() - cpuStart
        let withState = Memory.residentMegabytes()
        let timings = measures(.keys) ? RenderBenchmark.run(model: big, repeats: repeats) : []
        var search = measures(.search) ? SearchBenchmark.run(model: big) : []
        var sieveSeconds = 0.0, sieveMegabytes = 0.0
        if measures(.search) {
            var sieve: SearchSieve?
            let built = clock.measure { sieve = SearchSieve(model: big) }
            sieveSeconds = Double(built.components.seconds) + Double(built.components.attoseconds) / 1e18
            sieveMegabytes = Double(sieve!.byteCount) / 1e6
            search += SearchBenchmark.run(model: big, sieve: sieve)
        }
        let report = Report(
            articles: big.articles.count, corpusMegabytes: Double(bytes) / 1e6,
            buildSeconds: Double(build.components.seconds) + Double(build.components.attoseconds) / 1e18,
            residentMegabytesBefore: before, residentMegabytesModel: resident, residentMegabytesWithState: withState,
            peakResidentMegabytes: Memory.peakResidentMegabytes(),
            stateSeconds: state, timings: timings, search: search, sieveSeconds: sieveSeconds, sieveMegabytes: sieveMegabytes)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            FileHandle.standardOutput.write(try encoder.encode(report) + Data("\n".utf8))
            return
        }
        print(String(format: "%d articles (%d copies of %d), %.1f MB of articles, %d speakers, %d entities, %d key figures, %d events, %d stories",
                     big.articles.count, copies, base.articles.count, report.corpusMegabytes, big.speakers.count, big.entities.count,
                     big.keyFigures.count, big.timeline.count, big.stories.count))
        print(String(format: "resident memory: %.0f MB before, %.0f MB with the model (%.2f × the articles), peak %.0f MB",
                     before, resident, (resident - before) / max(report.corpusMegabytes, 1e-9), report.peakResidentMegabytes))
        if only == .memory {
            for line in ModelCensus(big).lines { print(line) }
        }
        print(String(format: "reader state built in %.1f ms (%.1f ms of CPU), %.0f MB more resident", state * 1000, stateCPU * 1000,
                     withState - resident))
        withExtendedLifetime(reader) {}
        print("view            key         size      frame µs (median/p99)   key µs (median/p99)")
        for t in timings {
            // Padded by hand: Foundation's %@ ignores a field width on Linux.
            let row = t.view.padding(toLength: 16, withPad: " ", startingAt: 0) + t.key.padding(toLength: 12, withPad: " ", startingAt: 0)
                + t.size.padding(toLength: 8, withPad: " ", startingAt: 0)
            print(row + String(format: " %10.0f %10.0f   %10.0f %10.0f", t.frameMedianMicroseconds, t.frameP99Microseconds,
                               t.keyMedianMicroseconds, t.keyP99Microseconds))
        }
        if measures(.search), only == .search {
            print(String(format: "raw scan, one buffer: %.0f MB/s", SearchBenchmark.rawScanMegabytesPerSecond(model: big)))
        }
        if measures(.search) {
            print(String(format: "search sieve: built in %.0f ms, %.1f MB (%.2f × the articles)", sieveSeconds * 1000, sieveMegabytes,
                         sieveMegabytes / max(report.corpusMegabytes, 1e-9)))
        }
        for s in search {
            print(String(format: "search %@: %d matches, first %d in %.2f ms, all in %.1f ms (%.0f MB/s over %.1f MB)",
                         "\(s.label) “\(s.query.prefix(40))”", s.matches, s.firstPage, s.firstPageMilliseconds, s.allMilliseconds,
                         s.megabytesPerSecond, s.megabytes))
        }
    }
}

/// Resident memory of this process.
enum Memory {
    /// Now, from /proc (0 where there is none).
    static func residentMegabytes() -> Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1e6
    }

    /// CPU time of the calling thread.
    static func threadSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// The most it has been.
    static func peakResidentMegabytes() -> Double {
        Double(ChildProcess.peakResidentBytes()) / 1e6
    }
}
