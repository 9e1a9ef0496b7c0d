#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// The reader's screen comes before its model. Standard input is a FIFO the shell opens for
/// reading and writing (`<>`), so it never ends and loading never finishes: the reader stays
/// on its loading screen for as long as the test needs, and nothing is left running after it
/// (the FIFO closes with the process).
extension EndToEndTests {
    /// Starts briefing reading a never-ending standard input and waits for its loading screen.
    @discardableResult
    func openLoadingReader(_ session: TmuxSession) throws -> ScreenText {
        let binary = try BriefingBinary.require()
        let fifo = session.directory + "/never"
        #expect(mkfifo(fifo, 0o600) == 0, "mkfifo: \(Spawn.errnoText())")
        try session.run("\(shellQuote(binary)) - <> \(shellQuote(fifo))")
        return try waitForPanes(session, "the loading screen", showing: ["Loading…", "q quit"], loaded: false)
    }

    @Test func theScreenComesBeforeTheModelAndQQuitsWhileLoading() throws {
        let session = try TmuxSession()
        defer { session.close() }
        let screen = try openLoadingReader(session)
        #expect(screen.lines[screen.height - 1].hasPrefix(" Loading…"), "status line: \(screen.lines[screen.height - 1])")
        #expect(!screen.contains("No articles"), "\(screen)")

        try session.resize(width: 60, height: 20)
        try waitForPanes(session, "the loading screen at 60×20", showing: ["Loading…"], loaded: false)

        try session.press("q")
        try waitForShellAfterReader(session)
        try session.run("echo \"status=$?\"")
        try session.waitFor("the exit status") { $0.lines.contains("status=0") }
        try expectCookedTerminal(session)
    }

    @Test func ctrlCWhileLoadingRestoresTheTerminal() throws {
        let session = try TmuxSession()
        defer { session.close() }
        try openLoadingReader(session)

        try session.press("C-c")
        try waitForShellAfterReader(session)
        let sttyFile = session.directory + "/stty.txt"
        try session.run("echo \"status=$?\"; stty -a > \(sttyFile); echo after-$((40+2))")
        let screen = try session.waitFor("stty to run") { $0.lines.contains("after-42") && $0.lastNonBlankLine == Self.prompt }
        #expect(screen.lines.contains("status=\(128 + SIGINT)"), "\(screen)")
        let flags = Set(try String(contentsOfFile: sttyFile, encoding: .utf8)
            .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        for flag in ["icanon", "echo", "isig", "icrnl", "opost"] {
            #expect(flags.contains(flag) && !flags.contains("-" + flag), "terminal left with -\(flag); stty -a: \(flags.sorted())")
        }
        try expectCookedTerminal(session)
    }
}
