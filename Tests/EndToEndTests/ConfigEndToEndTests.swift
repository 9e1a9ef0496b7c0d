import Foundation
import Testing

/// The configuration file, colours, the mouse and the remembered reading position, with the
/// real binary in tmux. Part of the serialized end-to-end suite.
extension EndToEndTests {
    /// Three invented articles, long enough for the reader to scroll.
    static func writeNews(_ session: TmuxSession, into name: String = "news") throws -> String {
        let folder = try session.makeDirectory(name)
        let titles = ["Harbour Lights Return To The Old Pier", "Library Opens A Night Reading Room", "Orchard Growers Try A New Pear"]
        for (i, title) in titles.enumerated() {
            let body = (1...24).map { p in
                "Paragraph \(p) of the story about \(title.lowercased()) goes on for a while, with enough words to wrap on a narrow pane."
            }.joined(separator: "\n\n")
            try session.write("\(title)\n\n\(body)\n", to: folder + "/\(["b", "c", "d"][i])-story.txt")
        }
        return folder
    }

    /// The configuration file in the session's HOME.
    static func writeConfig(_ session: TmuxSession, _ text: String) throws {
        let folder = try session.makeDirectory(".config/briefing")
        try session.write(text, to: folder + "/config.toml")
    }

    /// An SGR mouse report (xterm's 1006 mode) at 0-based cell (x, y): `button` 0 is the first
    /// button, 64 and 65 the wheel. A press, then for the first button its release.
    static func mouse(_ session: TmuxSession, button: Int, x: Int, y: Int) throws {
        try session.type("\u{1B}[<\(button);\(x + 1);\(y + 1)M")
        if button < 64 { try session.type("\u{1B}[<\(button);\(x + 1);\(y + 1)m") }
    }

    // MARK: - Configuration

    @Test func configRebindsKeysAndReportsProblemsByLine() throws {
        let session = try TmuxSession(width: 120, height: 40)
        defer { session.close() }
        try Self.writeConfig(session, """
            [keys]
            quit = ["x"]
            fly = ["z"]
            """)
        try session.run(shellQuote(try BriefingBinary.require()))
        let screen = try session.waitFor("the reader's first screen, x quitting") { screen in
            screen.contains("Articles (2)") && screen.layoutProblems(expectedWidth: 120, expectedHeight: 40, statusHint: "x quit").isEmpty
        }
        let status = screen.lines[screen.height - 1]
        #expect(status.contains("config: 1 problem"), "status line: \(status.debugDescription)")
        #expect(status.contains("x quit") && !status.contains("q quit"), "status line: \(status.debugDescription)")
        // q no longer quits; the notice goes with the first key.
        try session.press("q")
        try session.waitFor("the notice to go") { !$0.lines[$0.height - 1].contains("config:") }
        #expect(try session.capture().contains("Articles (2)"))
        try session.press("x")
        let shell = try waitForShellAfterReader(session)
        #expect(shell.lines.joined().contains("config.toml:3: keys.fly: unknown action name"), "\(shell)")

        // `config --check` says the same, and fails.
        try session.run("\(shellQuote(try BriefingBinary.require())) config --check; echo status=$?")
        let checked = try session.waitFor("the check") { $0.contains("status=0") || $0.contains("status=1") }
        #expect(checked.lines.joined().contains("config.toml:3: keys.fly: unknown action name") && checked.contains("status=1"), "\(checked)")
    }

    // MARK: - Colours

    @Test func coloursOnA256ColourTerminalAndNoneWithNoColorOrVT100() throws {
        let session = try TmuxSession(width: 120, height: 40)
        defer { session.close() }
        let binary = shellQuote(try BriefingBinary.require())
        try openReader(session, commandLine: "TERM=xterm-256color \(binary)", articles: 2)
        let coloured = try session.capture(escapes: true).text
        #expect(coloured.contains("\u{1B}[38;5;"), "no 256-colour foreground in:\n\(coloured.prefix(400).debugDescription)")
        try session.press("q")
        try waitForShellAfterReader(session)
        try session.run("clear")
        try session.waitFor("a clear screen") { $0.lastNonBlankLine == Self.prompt && !$0.contains("Articles") }

        for prefix in ["NO_COLOR=1 TERM=xterm-256color", "TERM=vt100"] {
            try openReader(session, commandLine: "\(prefix) \(binary)", articles: 2)
            let plain = try session.capture(escapes: true).text
            #expect(!plain.contains("\u{1B}[38;5;") && !plain.contains(";38;5;"), "\(prefix): colour in:\n\(plain.prefix(400).debugDescription)")
            #expect(plain.range(of: "\u{1B}\\[(\\d+;)*3[0-7]m", options: .regularExpression) == nil, "\(prefix): a basic colour")
            // The meanings stay: bold and reverse are still there.
            #expect(plain.contains("\u{1B}[1m") && plain.contains("7m"), "\(prefix): no attributes in:\n\(plain.prefix(400).debugDescription)")
            try session.press("q")
            // vt100 has no alternate screen: the reader's last frame stays, the prompt below it.
            try session.waitFor("the shell prompt") { $0.lastNonBlankLine?.hasPrefix(Self.prompt) == true }
            try session.run("clear")
            try session.waitFor("a clear screen") { $0.lastNonBlankLine == Self.prompt && !$0.contains("Articles") }
        }
    }

    // MARK: - Mouse

    @Test func clickSelectsDoubleClickOpensWheelScrolls() throws {
        let session = try TmuxSession(width: 120, height: 40)
        defer { session.close() }
        let folder = try Self.writeNews(session)
        let screen = try openReader(session, commandLine: "TERM=xterm-256color \(shellQuote(try BriefingBinary.require())) \(shellQuote(folder))",
                                    articles: 3)
        let row = try #require(screen.lines.firstIndex { $0.contains("Library Opens") }, "\(screen)")
        let column = try #require(screen.lines[row].range(of: "Library")).lowerBound.utf16Offset(in: screen.lines[row])
        try Self.mouse(session, button: 0, x: column, y: row)
        try session.waitFor("the click to select the second article") { $0.lines[$0.height - 1].hasPrefix(" Articles · article 2/3") }
        // A second press soon after on the same cell: a double click opens it.
        try Self.mouse(session, button: 0, x: column, y: row)
        let opened = try session.waitFor("the double click to open it") { $0.contains("Article 2/3") }
        let openedStatus = opened.lines[opened.height - 1]
        #expect(openedStatus.hasPrefix(" Article · article 2/3 · "), "\(opened)")
        let openedTop = opened.lines[1]

        // The wheel over the reader scrolls it (other lines at the top, the same article focused);
        // over the list it does not take the focus away.
        try Self.mouse(session, button: 65, x: 60, y: 10)
        try session.waitFor("the wheel to scroll the reader") {
            $0.lines[$0.height - 1].hasPrefix(" Article · article 2/3 · ") && $0.lines[1] != openedTop
        }
        // A click on the sidebar's border focuses it.
        let sidebar = try #require(opened.lines[0].range(of: "┐┌", options: .backwards)).lowerBound.utf16Offset(in: opened.lines[0]) + 1
        try Self.mouse(session, button: 0, x: sidebar, y: 20)
        try session.waitFor("the click to focus the sidebar") { $0.lines[$0.height - 1].hasPrefix(" Sidebar") }
        try session.press("q")
        try waitForShellAfterReader(session)

        // Off in the configuration: clicks do nothing.
        try Self.writeConfig(session, "mouse = false\n")
        try openReader(session, commandLine: "TERM=xterm-256color \(shellQuote(try BriefingBinary.require())) --no-state \(shellQuote(folder))",
                       articles: 3)
        try Self.mouse(session, button: 0, x: column, y: row)
        try session.press("j")
        let after = try session.waitFor("j to move") { $0.lines[$0.height - 1].hasPrefix(" Articles · article 2/3") }
        #expect(!after.contains("Article 2/3"), "the click did something:\n\(after)")
        try session.press("q")
        try waitForShellAfterReader(session)
    }

    // MARK: - Continuity

    @Test func reopeningAFolderReturnsToTheSameArticleAndLine() throws {
        let session = try TmuxSession(width: 120, height: 40)
        defer { session.close() }
        let folder = try Self.writeNews(session)
        let binary = shellQuote(try BriefingBinary.require())
        try openReader(session, commandLine: "\(binary) \(shellQuote(folder))", articles: 3)
        try session.press("j")
        try session.press("j")
        try session.press("Enter")
        let opened = try session.waitFor("the third article") { $0.contains("Article 3/3") }
        try session.press("j")
        try session.press("j")
        let scrolled = try session.waitFor("the reader to scroll") { $0.lines[$0.height - 1].hasPrefix(" Article · article 3/3 · ") && $0.lines[1] != opened.lines[1] }
        let scrolledStatus = scrolled.lines[scrolled.height - 1]
        try session.press("q")
        try waitForShellAfterReader(session)

        // Reopened: the same article, line and pane.
        try session.run("\(binary) \(shellQuote(folder))")
        var screen = try waitForPanes(session, "the reader back where it was", showing: ["Article 3/3"])
        #expect(screen.lines[screen.height - 1] == scrolledStatus, "\(screen)")
        #expect(screen.lines[1] == scrolled.lines[1], "the reader shows the same lines:\n\(screen)")
        #expect(screen.contains("Orchard Growers"), "\(screen)")
        try session.press("q")
        try waitForShellAfterReader(session)

        // A file added in front: the same article (by path), now the fourth.
        try session.write("An Added Story About Boats\n\nIt says little about boats.\n", to: folder + "/a-added.txt")
        try session.run("\(binary) \(shellQuote(folder))")
        screen = try waitForPanes(session, "the same article after a file was added", showing: ["Articles (4)"])
        #expect(screen.contains("Article 4/4") && screen.lines[screen.height - 1].hasPrefix(" Article · article 4/4 · "), "\(screen)")
        // The reader's lines are those it showed before the file was added (the list beside it moved).
        let readerColumns = try #require(scrolled.lines[1].range(of: "││"))
        let readerText = String(scrolled.lines[1][readerColumns.upperBound...].prefix(40))
        #expect(screen.lines[1].contains(readerText), "\(screen)")
        try session.press("q")
        try waitForShellAfterReader(session)

        // --no-state starts at the top; a corrupt state file is ignored.
        try session.run("\(binary) --no-state \(shellQuote(folder))")
        screen = try waitForPanes(session, "the first screen without state", showing: ["Articles (4)", "Article 1/4"])
        try session.press("q")
        try waitForShellAfterReader(session)
        let states = session.directory + "/.local/state/briefing/positions"
        for file in try FileManager.default.contentsOfDirectory(atPath: states) {
            try session.write("{ not json", to: states + "/" + file)
        }
        try session.run("\(binary) \(shellQuote(folder))")
        try waitForPanes(session, "the first screen over a corrupt state file", showing: ["Articles (4)", "Article 1/4"])
        try session.press("q")
        try waitForShellAfterReader(session)
    }
}

extension CommandLineTests {
    @Test func configCommandPrintsChecksAndLocates() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let environment = Self.environment.merging(["XDG_CONFIG_HOME": dir + "/cfg"]) { $1 }

        let path = try run(["config", "--path"], environment: environment)
        #expect(path.succeeded && path.stdoutText == dir + "/cfg/briefing/config.toml\n", "\(path)")
        // No file: the defaults, and saying so is not an error.
        let none = try run(["config", "--check"], environment: environment)
        #expect(none.succeeded && none.stdoutText.contains("the defaults apply"), "\(none)")

        let defaults = try run(["config", "--default"], environment: environment)
        #expect(defaults.succeeded && defaults.stdoutText.contains("\nquit = [\"q\"]\n"), "\(defaults)")
        try FileManager.default.createDirectory(atPath: dir + "/cfg/briefing", withIntermediateDirectories: true)
        try Data(defaults.stdout).write(to: URL(fileURLWithPath: dir + "/cfg/briefing/config.toml"))
        let clean = try run(["config", "--check"], environment: environment)
        #expect(clean.succeeded && clean.stdoutText.hasSuffix("config.toml: no problems\n") && clean.stderr.isEmpty, "\(clean)")

        let bad = dir + "/bad.toml"
        try Data("mouse = 1\n\n[keys]\nquit = [\"Ctl-x\"]\n".utf8).write(to: URL(fileURLWithPath: bad))
        let checked = try run(["config", "--check", bad], environment: environment)
        #expect(checked.exitStatus == 1 && checked.stdout.isEmpty, "\(checked)")
        #expect(checked.stderrText == """
            briefing: \(bad):1: mouse: expected true or false, not a number
            briefing: \(bad):4: keys.quit: unknown key name "Ctl-x"

            """, "\(checked)")
        // Usage: exactly one of the three.
        #expect(try run(["config"], environment: environment).exitStatus == 2)
        #expect(try run(["config", "--default", "--path"], environment: environment).exitStatus == 2)
    }
}
