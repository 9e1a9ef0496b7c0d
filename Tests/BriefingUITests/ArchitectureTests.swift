import Foundation
import Testing

/// The layering the guide asks for, checked on the sources themselves: the model knows nothing
/// of terminals, and exactly one UI file talks to ncurses.
@Suite("Architecture")
struct ArchitectureTests {
    func swiftFiles(in folder: String) throws -> [(path: String, text: String)] {
        let root = TestCorpus.packageRoot.appendingPathComponent(folder)
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        return try enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.map {
            ($0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8))
        }
    }

    func imports(_ text: String, _ module: String) -> Bool {
        text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("import \(module)") }
    }

    @Test("the model imports no terminal or UI code")
    func modelIsTerminalFree() throws {
        let files = try swiftFiles(in: "Sources/Briefing")
        #expect(!files.isEmpty)
        for file in files {
            for module in ["CNcurses", "BriefingUI", "ArgumentParser"] {
                #expect(!imports(file.text, module), "\(file.path) imports \(module)")
            }
        }
    }

    @Test("exactly one file of BriefingUI imports ncurses")
    func oneNcursesFile() throws {
        let files = try swiftFiles(in: "Sources/BriefingUI").filter { imports($0.text, "CNcurses") }
        #expect(files.map(\.path) == ["Terminal/NcursesTerminal.swift"])
    }
}
