import Foundation
import Testing
@testable import BriefingUI

@Suite("Key table")
struct KeyTableTests {
    @Test("the keys the reader promises are bound", arguments: [
        (Key.up, Action.moveUp), (.character("k"), .moveUp), (.down, .moveDown), (.character("j"), .moveDown),
        (.tab, .focusNext), (.backTab, .focusPrevious), (.enter, .open), (.pageUp, .pageUp), (.pageDown, .pageDown),
        (.character(" "), .pageDown), (.home, .top), (.end, .bottom), (.character("g"), .top), (.character("G"), .bottom),
        (.character("q"), .quit),
    ])
    func bound(key: Key, action: Action) {
        #expect(KeyTable.action(for: key) == action)
    }

    @Test("every action has a key")
    func everyActionBound() {
        for action in Action.allCases {
            #expect(KeyTable.bindings.contains { $0.action == action }, "\(action) has no key")
        }
    }

    @Test("the README's key table lists every binding of the table")
    func readmeMatches() throws {
        let readme = try String(contentsOf: TestCorpus.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("|") }
        for binding in KeyTable.bindings {
            let row = rows.first { row in binding.keys.allSatisfy { row.contains("`\($0.label)`") } }
            #expect(row != nil, "README has no row listing \(binding.keys.map(\.label)) for \(binding.action)")
        }
    }
}
