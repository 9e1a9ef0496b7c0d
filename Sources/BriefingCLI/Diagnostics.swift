import Briefing
import Foundation

/// Messages for standard error, sanitised like everything else that reaches a terminal (a file
/// name can hold escape sequences too).
enum Diagnostics {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("briefing: \(TerminalSafety.sanitize(message))\n".utf8))
    }

    static func report(_ problems: [LoadProblem]) {
        for problem in problems { warn(problem.description) }
    }
}
