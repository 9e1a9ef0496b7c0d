import ArgumentParser
import Briefing
import BriefingUI
import Foundation

/// Measures the whole product at several corpus sizes, so a change can be compared with the
/// commit before it.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure throughput, first frame, full model and memory at several corpus sizes.",
        discussion: """
            For each size in --articles, builds a corpus of that many articles (synthetic ones, as \
            `briefing gen-corpus` writes them, or the articles given as paths repeated under new \
            names), then:
              - times each extraction stage on one core (decoding, cleaning, sentence splitting, \
            quotes, speakers, figures and their ranking, timeline, entities, summaries, stories; \
            sentence splitting is part of quote extraction too, so it is not added to the sum);
              - times the whole pipeline (parsing, analysis, merges) on one core and on every core;
              - writes the corpus to a temporary folder and opens it in a fresh `briefing` process \
            as the reader does: time to the first frame, to the full model, and peak resident memory.
            Prints tables, or JSON with --json (or into --output), to compare commits. Timings on \
            a shared machine vary from run to run: compare ratios from one run.

            Example:
              briefing bench --articles 1000,10000 --json --output bench.json ~/news/
            """
    )

    @Option(help: ArgumentHelp("Corpus sizes in articles, comma-separated.", valueName: "n,n,..."))
    var articles = "1000,10000"

    @Option(help: "Seed of the synthetic articles measured when no path is given.")
    var seed: UInt64 = 1

    @Option(help: "Runs per stage; the best is reported.")
    var rounds = 1

    @Flag(help: "Skip opening the corpus in a fresh process (first frame, full model, memory).")
    var noOpen = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(help: "Also write the JSON report to this file.")
    var output: String?

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let sizes = articles.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else { throw ValidationError("--articles wants sizes such as 1000,10000") }
        let source = corpus.paths.isEmpty ? BenchCorpus(seed: seed)
            : try BenchCorpus(corpus.documents(), described: "\(corpus.paths.joined(separator: " ")), repeated")
        var report = BenchReport(machine: .init(cores: Parallel.cores, corpus: source.description), sizes: [])
        for size in sizes {
            let documents = source.documents(count: size)
            Diagnostics.warn("bench: \(NumberText.grouped(size)) articles: extraction stages…")
            let extraction = ExtractionBenchmark.run(documents, rounds: rounds)
            var entry = BenchReport.SizeReport(articles: size, megabytes: extraction.megabytes, extraction: extraction)
            if !noOpen {
                Diagnostics.warn("bench: \(NumberText.grouped(size)) articles: opening in a fresh process…")
                entry.open = try BenchCorpus.measureOpen(documents)
            }
            report.sizes.append(entry)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(report) + Data("\n".utf8)
        if let output { try data.write(to: URL(fileURLWithPath: output)) }
        if json {
            FileHandle.standardOutput.write(data)
        } else {
            print(report.table(), terminator: "")
        }
    }
}
