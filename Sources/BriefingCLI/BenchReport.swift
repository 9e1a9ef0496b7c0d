import Briefing
import BriefingUI
import Foundation

/// Everything `briefing bench` measured, one entry per corpus size: the JSON kept to compare
/// commits, and the tables printed for people.
struct BenchReport: Codable {
    var machine: Machine
    var sizes: [SizeReport]

    struct Machine: Codable {
        var cores: Int
        var corpus: String
    }

    struct SizeReport: Codable {
        var articles: Int
        var megabytes: Double
        /// Each stage alone on one core, and the whole pipeline on one core and on all.
        var extraction: ExtractionBenchmark.Report
        /// A folder opened in a fresh process as the reader opens it, on every core.
        var open: OpenMeasurement?

        func stage(_ name: String) -> ExtractionBenchmark.Stage? { extraction.stages.first { $0.name == name } }
    }

    /// The tables: per size, stage throughput; then one summary row per size.
    func table() -> String {
        var lines: [String] = ["\(machine.cores) cores; corpus: \(machine.corpus)"]
        for size in sizes {
            let e = size.extraction
            lines.append("")
            let n = NumberText.grouped
            lines.append("\(n(size.articles)) articles, " + String(format: "%.1f MB", size.megabytes)
                         + ": \(n(e.quotes)) quotes, \(n(e.speakers)) speakers, \(n(e.keyFigures)) key figures, "
                         + "\(n(e.events)) dated events, \(n(e.entities)) entities, \(n(e.stories)) stories")
            lines.append("  stage              seconds      MB/s")
            for stage in e.stages {
                lines.append("  " + pad(stage.name, 16) + String(format: " %9.3f %9.1f", stage.seconds, stage.megabytesPerSecond))
            }
        }
        lines.append("")
        lines.append("articles       MB   1 core MB/s  \(machine.cores) cores MB/s  speedup  first frame  articles shown  full model   peak RSS  RSS/corpus")
        for size in sizes {
            let one = size.stage(ExtractionBenchmark.pipelineStageName(cores: 1))
            let all = size.stage(ExtractionBenchmark.pipelineStageName(cores: machine.cores))
            let speedup = (one?.seconds ?? 0) / max(all?.seconds ?? 1, 1e-9)
            var row = pad(NumberText.grouped(size.articles), 9, right: true) + String(format: " %8.1f", size.megabytes)
            row += String(format: " %13.1f %14.1f %8.2fx", one?.megabytesPerSecond ?? 0, all?.megabytesPerSecond ?? 0, speedup)
            if let open = size.open {
                row += String(format: " %9.1f ms %12.0f ms %8.0f ms %8.0f MB %10.2fx", open.firstFrameMilliseconds, open.articlesMilliseconds,
                              open.fullModelMilliseconds,
                              Double(open.peakResidentBytes) / 1e6, Double(open.peakResidentBytes) / max(size.megabytes * 1e6, 1))
            }
            lines.append(row)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Padded by hand: Foundation's %@ ignores a field width on Linux.
    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return right ? gap + text : text + gap
    }
}
