import Foundation
import Testing
@testable import BriefingUI

@Suite("Key table")
struct KeyTableTests {
    @Test("the keys the panes promise are bound", arguments: [
        (Key.up, Action.moveUp), (.character("k"), .moveUp), (.down, .moveDown), (.character("j"), .moveDown),
        (.control("p"), .moveUp), (.control("n"), .moveDown),
        (.tab, .focusNext), (.backTab, .focusPrevious), (.enter, .open), (.pageUp, .pageUp), (.pageDown, .pageDown),
        (.character(" "), .pageDown), (.home, .top), (.end, .bottom), (.character("g"), .top), (.character("G"), .bottom),
        (.character("s"), .speakers), (.escape, .back), (.backspace, .back), (.character("q"), .quit),
        (.character("b"), .briefing), (.control("b"), .pageUp), (.control("f"), .pageDown), (.character("v"), .toggleSummary),
    ])
    func boundInPanes(key: Key, action: Action) {
        #expect(KeyTable.action(for: key, in: .panes) == action)
    }

    @Test("in the speaker list letters type, q included; arrows, Ctrl-N/Ctrl-P, Enter and Esc still act", arguments: [
        (Key.character("q"), Action.type("q")), (.character("k"), .type("k")), (.character("s"), .type("s")),
        (.character(" "), .type(" ")), (.character("G"), .type("G")), (.character("é"), .type("é")),
        (.up, .moveUp), (.down, .moveDown), (.control("p"), .moveUp), (.control("n"), .moveDown),
        (.pageDown, .pageDown), (.home, .top), (.end, .bottom), (.enter, .open), (.escape, .back),
        (.backspace, .deleteBackward), (.control("u"), .clearFilter),
        (.character("b"), .type("b")), (.control("b"), .pageUp), (.control("f"), .pageDown),
    ])
    func boundInSpeakerList(key: Key, action: Action) {
        #expect(KeyTable.action(for: key, in: .speakerList) == action)
    }

    @Test("a speaker's quotes read keys as the panes do, without Tab")
    func speakerQuotes() {
        for key: Key in [.character("j"), .character("k"), .character("q"), .character("s"), .enter, .escape, .backspace, .end] {
            #expect(KeyTable.action(for: key, in: .speakerQuotes) == KeyTable.action(for: key, in: .panes), "\(key.label)")
        }
        #expect(KeyTable.action(for: .tab, in: .speakerQuotes) == nil)
        #expect(KeyTable.action(for: .character("x"), in: .speakerQuotes) == nil)
        #expect(KeyTable.action(for: .character("x"), in: .panes) == nil)
    }

    @Test("every action has a key, and every context a way back or out")
    func everyActionBound() {
        for action in Action.all {
            #expect(KeyTable.bindings.contains { $0.action.isSameKind(as: action) }, "\(action) has no key")
        }
        for context in KeyContext.allCases {
            #expect(KeyTable.action(for: .escape, in: context) == .back || KeyTable.action(for: .character("q"), in: context) == .quit
                || context == .help && KeyTable.action(for: .escape, in: context) == .help, "\(context.name)")
        }
    }

    @Test("status-line hints belong to the view: no q in the speaker list, Esc only with somewhere to go back to")
    func hints() {
        let panes = KeyTable.hints(fitting: 200, in: .panes)
        #expect(panes.contains("q quit") && panes.contains("s speakers") && !panes.contains("Esc back"))
        #expect(KeyTable.hints(fitting: 200, in: .panes, canGoBack: true).contains("Esc back"))
        let list = KeyTable.hints(fitting: 200, in: .speakerList, canGoBack: true)
        #expect(list.contains("Esc back") && list.contains("Enter quotes") && !list.contains("q quit"))
        // Narrow: the lowest ranks survive, in table order; help and quit first, and where Esc
        // leads out, q gives way.
        #expect(KeyTable.hints(fitting: 22, in: .panes) == ["? help", "q quit"])
        #expect(KeyTable.hints(fitting: 24, in: .speakerQuotes, canGoBack: true) == ["Esc back", "? help"])
        #expect(KeyTable.hints(fitting: 40, in: .prompt) == ["Enter done", "Esc cancel", "Ctrl-U clear"])
    }

    @Test("b opens the briefing wherever letters are commands; in the briefing Enter opens and Esc leaves")
    func briefing() {
        for context in KeyContext.allCases where ![.speakerList, .prompt, .help].contains(context) {
            #expect(KeyTable.action(for: .character("b"), in: context) == .briefing, "\(context.name)")
            #expect(KeyTable.action(for: .character(" "), in: context) == .pageDown, "\(context.name)")
        }
        for key: Key in [.enter, .escape, .backspace, .character("j"), .character("G"), .character("q")] {
            #expect(KeyTable.action(for: key, in: .briefing) == KeyTable.action(for: key, in: .passageList), "\(key.label)")
        }
        #expect(KeyTable.action(for: .tab, in: .briefing) == nil)
    }

    @Test("at 80 columns the first screen's hints offer help, search and quit; wider, the briefing and the speakers")
    func hintsAt80() {
        // 80 columns less " Articles · article 1/2 · 22% " and a space at the end.
        let hints = KeyTable.hints(fitting: 80 - 30 - 1, in: .panes)
        #expect(hints.contains("? help") && hints.contains("/ search") && hints.contains("q quit"), "\(hints)")
        let wide = KeyTable.hints(fitting: 120 - 30 - 1, in: .panes)
        #expect(wide.contains("b briefing") && wide.contains("s speakers"), "\(wide)")
        #expect(!KeyTable.hints(fitting: 200, in: .briefing, canGoBack: true).isEmpty)
    }

    @Test("? and F1 open help from every view; in help they, Esc and q close it; in the prompt ? is text and F1 helps")
    func help() {
        for context in KeyContext.allCases where context != .prompt {
            #expect(KeyTable.action(for: .character("?"), in: context) == .help, "\(context.name)")
            #expect(KeyTable.action(for: .function(1), in: context) == .help, "\(context.name)")
        }
        // Esc closes help as it goes back, q as it quits (so rebinding back or quit moves them).
        #expect(KeyTable.action(for: .escape, in: .help) == .back && KeyTable.action(for: .character("q"), in: .help) == .quit)
        #expect(KeyTable.action(for: .character("j"), in: .help) == .moveDown && KeyTable.action(for: .pageDown, in: .help) == .pageDown)
        #expect(KeyTable.action(for: .character("?"), in: .prompt) == .type("?"))
        #expect(KeyTable.action(for: .character("n"), in: .prompt) == .type("n"))
        #expect(KeyTable.action(for: .function(1), in: .prompt) == .help)
        #expect(KeyTable.action(for: .escape, in: .prompt) == .back && KeyTable.action(for: .enter, in: .prompt) == .open)
    }

    @Test("/ searches from the panes, the briefing, a speaker's quotes and the results; in lists it filters")
    func slash() {
        for context: KeyContext in [.panes, .briefing, .speakerQuotes, .searchResults] {
            #expect(KeyTable.action(for: .character("/"), in: context) == .search, "\(context.name)")
        }
        for context: KeyContext in [.passageList, .nameList] {
            #expect(KeyTable.action(for: .character("/"), in: context) == .filter, "\(context.name)")
        }
        #expect(KeyTable.action(for: .character("n"), in: .panes) == .nextMatch)
        #expect(KeyTable.action(for: .character("N"), in: .panes) == .previousMatch)
    }

    @Test("print the README rows", .disabled(if: ProcessInfo.processInfo.environment["BRIEFING_PRINT_KEYS"] == nil))
    func printRows() {
        for b in KeyTable.bindings {
            print("KEYROW| \(b.labels.joined(separator: " ")) | \(b.summary) | \(b.whereText) |")
        }
    }

    /// The README's table has columns Keys | Action | Where.
    @Test("the README's key table lists every binding of the table, with where it applies")
    func readmeMatches() throws {
        let readme = try String(contentsOf: TestCorpus.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("|") }.map { row in
            row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        for binding in KeyTable.bindings {
            let row = rows.first { cells in
                cells.count >= 4 && binding.labels.allSatisfy { cells[1].contains($0) } && cells[3] == binding.whereText
            }
            #expect(row != nil, "README has no row listing \(binding.labels) for \(binding.action) in \(binding.whereText)")
        }
    }
}
