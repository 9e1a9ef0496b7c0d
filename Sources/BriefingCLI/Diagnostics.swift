import Briefing
import Foundation

/// Messages for standard error, sanitised like everything else that reaches a terminal (a file
/// name can hold escape sequences too).
enum Diagnostics {
    /// Beyond this many files, the rest is summarised by reason instead of listed one a line.
    static let maxListedProblems = 12

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("briefing: \(TerminalSafety.sanitize(message))\n".utf8))
    }

    /// Reports the files that were skipped or lost text in decoding. Files merely decoded from
    /// another encoding loaded whole and are not worth a line each.
    static func report(_ problems: [LoadProblem]) {
        let worth = problems.filter {
            if case .decoded = $0.reason { return false }
            return true
        }
        for problem in worth.prefix(maxListedProblems) { warn(problem.description) }
        guard worth.count > maxListedProblems else { return }
        let rest = worth.dropFirst(maxListedProblems)
        var counts: [String: Int] = [:]
        for problem in rest { counts[problem.isSkipped ? "skipped, \(problem.explanationKind)" : problem.explanationKind, default: 0] += 1 }
        let summary = counts.sorted { $0.value > $1.value }.map { "\($0.value) \($0.key)" }.joined(separator: "; ")
        warn("\(rest.count) more files: \(summary)")
    }
}

extension LoadProblem {
    /// The reason without per-file details, for counting files by reason.
    var explanationKind: String {
        switch reason {
        case .unreadable: "cannot be read"
        case .invalidUTF8: "invalid UTF-8 replaced"
        default: explanation
        }
    }
}

extension Diagnostics {
    /// Says on standard error, where it does not mix with the output, that a listing is empty,
    /// so a new user is not left with silence; the status stays 0, since nothing was wrong.
    static func note(_ message: String) {
        warn(message)
    }
}
