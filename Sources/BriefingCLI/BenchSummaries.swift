import ArgumentParser
import Briefing
import Foundation

/// Measures summary quality: ROUGE of the summarizer and of the lead and TextRank baselines.
struct BenchSummaries: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-summaries",
        abstract: "Score summaries against reference summaries with ROUGE, beside lead and TextRank.",
        discussion: """
            References are JSON lines {"id", "split", "reference"}; an article matches the \
            reference with its id (the file name without extension, or the "id" of a JSON-lines \
            article). Prints ROUGE-1, ROUGE-2 and ROUGE-L F1 (x100, no stemming) per system and \
            split. --write DIR also writes each system's summaries as JSON lines, for Google's \
            rouge-score (Benchmarks/rouge/score.py). --tune N tries N weightings of the \
            summarizer on the "dev" split and prints the best, with its "test" scores.

            Example: briefing bench-summaries --references refs.jsonl --articles dev.jsonl web/
            """
    )

    @Option(help: "Reference summaries (JSON lines).", completion: .file())
    var references: String

    @Option(help: "Articles as JSON lines {\"id\", \"text\"} (repeatable).", completion: .file())
    var articles: [String] = []

    @Option(help: "Sentences per summary.")
    var sentences: Int = Summarizer.defaultLength

    @Option(help: "Write each system's summaries to this folder as JSON lines.", completion: .directory)
    var write: String?

    @Option(help: "Search this many weightings on the dev split.")
    var tune: Int = 0

    @Flag(help: "Print the table as JSON.")
    var json = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let references = try Self.readReferences(references)
        var documents = corpus.paths.isEmpty ? [] : try corpus.documents()
        for file in articles {
            for line in try Self.jsonLines(file) {
                guard let id = line["id"] as? String, let text = line["text"] as? String else { continue }
                documents.append(SourceDocument(path: "\(id).txt", bytes: Array(text.utf8)))
            }
        }
        let model = AnalyzedCorpus(CorpusLoader.load(documents: documents))
        let missing = references.keys.filter { id in !model.articles.contains { $0.id == id } }
        if !missing.isEmpty { Diagnostics.warn("\(missing.count) references have no article: \(missing.sorted().prefix(5).joined(separator: ", "))") }
        if tune > 0 { return try runTuning(model, references: references) }
        let summaries = SummaryBenchmark.summaries(model, count: sentences)
        let rows = SummaryBenchmark.evaluate(summaries, references: references)
        if let write { try Self.write(summaries, to: write) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            FileHandle.standardOutput.write(try encoder.encode(rows) + Data("\n".utf8))
        } else {
            print(Self.table(rows))
        }
    }

    static func table(_ rows: [SummaryBenchmark.Row]) -> String {
        var lines = ["system    split  articles  ROUGE-1  ROUGE-2  ROUGE-L  words"]
        for row in rows.sorted(by: { ($0.split, $0.system) < ($1.split, $1.system) }) {
            lines.append(row.system.padding(toLength: 10, withPad: " ", startingAt: 0) + row.split.padding(toLength: 6, withPad: " ", startingAt: 0)
                         + String(format: " %8d %8.2f %8.2f %8.2f %6.1f", row.articles, row.rouge1, row.rouge2, row.rougeL, row.words))
        }
        return lines.joined(separator: "\n")
    }

    /// Random search (fixed seed, so runs repeat) over the weights, scored by the mean of
    /// ROUGE-1 and ROUGE-2 on the dev split.
    func runTuning(_ model: AnalyzedCorpus, references: [String: SummaryBenchmark.Reference]) throws {
        var generator = SeededRandom(seed: 7)
        func objective(_ rows: [SummaryBenchmark.Row], _ split: String) -> Double {
            rows.first { $0.system == "briefing" && $0.split == split }.map { ($0.rouge1 + $0.rouge2) / 2 } ?? 0
        }
        var best = Summarizer.Weights()
        var bestRows = SummaryBenchmark.evaluate(SummaryBenchmark.summaries(model, count: sentences, weights: best), references: references)
        print(Self.table(bestRows))
        for round in 0..<tune {
            var w = best
            // Half the tries move a few weights of the best so far; the others sample afresh.
            let fresh = round % 2 == 0
            func pick(_ current: Double, _ range: ClosedRange<Double>) -> Double {
                if fresh || generator.unit() < 0.3 { return range.lowerBound + generator.unit() * (range.upperBound - range.lowerBound) }
                return current
            }
            w.directed = pick(w.directed, 0...2); w.lexRank = pick(w.lexRank, 0...2); w.position = pick(w.position, 0...3)
            w.decay = pick(w.decay, 0.5...8); w.title = pick(w.title, 0...2); w.figure = pick(w.figure, 0...1)
            w.quoted = pick(w.quoted, 0...2); w.question = pick(w.question, 0...2); w.dangling = pick(w.dangling, 0...1.5); w.short = pick(w.short, 0...1)
            w.long = pick(w.long, 0...1); w.threshold = pick(w.threshold, 0...0.6); w.backward = pick(w.backward, -2...0.5)
            w.relevance = pick(w.relevance, 0.5...1)
            let rows = SummaryBenchmark.evaluate(SummaryBenchmark.summaries(model, count: sentences, weights: w), references: references)
            if objective(rows, "dev") > objective(bestRows, "dev") {
                best = w
                bestRows = rows
                print(String(format: "round %d: dev %.2f test %.2f  %@", round, objective(rows, "dev"), objective(rows, "test"), "\(w)"))
            }
        }
        print(Self.table(bestRows))
        print("best: \(best)")
    }

    static func readReferences(_ path: String) throws -> [String: SummaryBenchmark.Reference] {
        var out: [String: SummaryBenchmark.Reference] = [:]
        for line in try jsonLines(path) {
            guard let id = line["id"] as? String, let text = line["reference"] as? String else { continue }
            out[id] = .init(split: line["split"] as? String ?? "all", text: text)
        }
        return out
    }

    static func jsonLines(_ path: String) throws -> [[String: Any]] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    static func write(_ summaries: [String: [String: [String]]], to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (system, byID) in summaries {
            let lines = try byID.keys.sorted().map { id in
                String(decoding: try JSONSerialization.data(withJSONObject: ["id": id, "summary": byID[id]!], options: [.sortedKeys]), as: UTF8.self)
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: "\(folder)/\(system).jsonl", atomically: true, encoding: .utf8)
        }
    }
}
