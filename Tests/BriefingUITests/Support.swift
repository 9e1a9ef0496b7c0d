import Briefing
import Foundation
@testable import BriefingUI

/// Test corpora: the sample articles read from seeds/ on disk, and small hand-made ones.
enum TestCorpus {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var samples: AnalyzedCorpus {
        AnalyzedCorpus(CorpusLoader.load(paths: [packageRoot.appendingPathComponent("seeds").path]))
    }

    static func make(_ texts: [(name: String, text: String)]) -> AnalyzedCorpus {
        AnalyzedCorpus(CorpusLoader.load(documents: texts.map { SourceDocument(path: $0.name, bytes: Array($0.text.utf8)) }))
    }

    /// Twelve articles with long bodies and several quotes each, for scrolling.
    static var long: AnalyzedCorpus {
        make((1...12).map { n in
            let body = (1...20).map { p in
                "Paragraph \(p) of story \(n) says that “quote \(p) of story \(n) is here” and then goes on for a while with more words to wrap."
            }.joined(separator: "\n\n")
            return (name: "story\(n).txt", text: "Story Number \(n) Has A Headline\n\n\(body)\n")
        })
    }
}

/// A terminal that replays scripted events and records every frame, so the key loop runs in a
/// test exactly as it runs on a terminal.
final class ScriptedTerminal: TerminalBackend {
    var size: Size
    var events: [TerminalEvent]
    var frames: [CellGrid] = []

    init(size: Size, events: [TerminalEvent]) {
        self.size = size
        self.events = events
    }

    func draw(_ grid: CellGrid) { frames.append(grid) }

    func nextEvent() -> TerminalEvent {
        guard !events.isEmpty else { return .end }
        let event = events.removeFirst()
        if case .key(.function(let n)) = event, n >= 100 {
            // F100+ is test-only shorthand for "resize to (n - 100) columns".
            size = Size(width: n - 100, height: size.height)
            return .resize
        }
        return event
    }
}

extension CellGrid {
    /// One letter per cell for its style, to snapshot what is highlighted.
    var styleMask: String {
        let letters: [Style: Character] = [
            .normal: ".", .dim: "d", .strong: "S", .border: "b", .borderFocused: "B", .paneTitle: "t",
            .paneTitleFocused: "T", .selection: "#", .selectionInactive: "_", .quoted: "q", .quotedSelected: "Q",
            .statusBar: "=", .statusKey: "K", .warning: "!",
        ]
        return (0..<size.height).map { y in
            String((0..<size.width).map { x in letters[self[x, y].style] ?? "?" })
        }.joined(separator: "\n")
    }
}
