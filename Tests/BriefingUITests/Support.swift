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

    /// Three short articles with plainly attributed quotes of every kind, two speakers quoted in
    /// two articles, one organisation and one unattributed quote: for the speaker views. The
    /// sentences are the textbook forms of attribution, so the extractor's view of them should
    /// not change as it improves on harder ones.
    static var speakers: AnalyzedCorpus {
        make([
            (name: "harbour-wall.md", text: """
                ---
                title: Harbour Council Approves New Sea Wall
                author: Lena Marsh
                date: 2024-03-03
                source: Coastal Times
                ---

                The harbour council voted on Tuesday to build a new sea wall along the eastern front.

                “The wall will protect every home on the front,” said Mayor Ines Duarte after the vote.

                Duarte said the work would start in May and last two years.

                Karl Berg, who leads the opposition, described the plan as “a very expensive gamble” and voted against it.

                “We asked for a study and got a press release,” Berg said.

                """),
            (name: "wall-costs.md", text: """
                ---
                title: Sea Wall Costs Questioned
                author: Omar Reyes
                date: 2024-03-10
                source: Harbour Herald
                ---

                A week after the vote, questions about the cost of the sea wall are growing.

                Mayor Ines Duarte said the costs were under control.

                “Every figure has been checked twice,” Duarte told reporters on Monday.

                Karl Berg said he would ask the regional auditor to review the contract.

                The Port Authority said in a statement that shipping would not be affected by the works.

                """),
            (name: "fishing-season.md", text: """
                ---
                title: Fishing Season Opens Early
                date: 2024-04-02
                source: Coastal Times
                ---

                The fishing season opened a week early this year after a mild winter.

                “It is the best start we have had in a decade,” said Marta Quinn, who chairs the fishermen’s association.

                Quinn added that prices at the market were already falling.

                A sign on the harbour gate read “No landing before dawn”.

                """),
        ])
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
    /// The timeout each wait asked for.
    var timeouts: [Int?] = []

    init(size: Size, events: [TerminalEvent]) {
        self.size = size
        self.events = events
    }

    func draw(_ grid: CellGrid) { frames.append(grid) }

    func nextEvent(timeout milliseconds: Int?) -> TerminalEvent {
        timeouts.append(milliseconds)
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
            .normal: ".", .dim: "d", .strong: "S", .heading: "H", .border: "b", .borderFocused: "B", .paneTitle: "t",
            .paneTitleFocused: "T", .selection: "#", .selectionInactive: "_", .quoteDirect: "q", .quotePartial: "p",
            .quoteIndirect: "i", .quoteHighlighted: "Q", .context: "x", .contextFocus: "X", .match: "m", .cursor: "c", .statusBar: "=", .statusKey: "K",
            .warning: "!",
        ]
        return (0..<size.height).map { y in
            String((0..<size.width).map { x in letters[self[x, y].style] ?? "?" })
        }.joined(separator: "\n")
    }
}
