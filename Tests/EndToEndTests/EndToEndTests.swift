#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// The real `briefing` binary, driven in tmux like a user would drive it.
///
/// Every test starts its own tmux server (own socket, own temporary directory) running a plain
/// `/bin/sh` with the prompt `PROMPT$ ` in a clean environment (`env -i`, LANG=C.UTF-8,
/// TERM=screen-256color), types the command line that runs briefing, waits for the first screen
/// and only then sends keys. The screen is polled with `capture-pane` about every 20 ms; nothing
/// sleeps for a fixed time. The server is killed and the directory removed in a `defer`.
@Suite(.serialized)
struct EndToEndTests {
    static let prompt = TmuxSession.prompt
    static let firstTitle = "U.S. President Donald Trump Ordered the DOJ to Go after Darknet Markets"
    static let secondTitle = "Huge blow to the criminal underground in the dark web, authorities shut down AlphaBay and Hansa black marketplaces"
    /// Prefixes of the sample titles short enough to show unclipped in the article list at 60
    /// and at 80 columns.
    static let firstTitlePrefix = "U.S. President Donald"
    static let secondTitlePrefix = "Huge blow to the"
    /// Text that only the full-screen reader puts on the screen.
    static let readerMarkers = ["Articles (", "Key figures", "Quotes (", "q quit"] + borderCharacters
    static let borderCharacters = ["┌", "└", "│", "┐", "┘"]

    // MARK: - 1. First screen

    @Test func firstScreenShowsSamplesStatisticsAndStatusLine() throws {
        let session = try TmuxSession()
        defer { session.close() }
        let screen = try openReader(session, [], articles: 2)

        #expect(screen.contains(Self.firstTitlePrefix), "first sample title missing:\n\(screen)")
        #expect(screen.contains(Self.secondTitlePrefix), "second sample title missing:\n\(screen)")
        let titles = screen.frames(rows: 0..<(screen.height - 1)).frames.map(\.title)
        #expect(titles.contains("Articles (2)"), "frame titles: \(titles)")
        #expect(titles.contains { $0.hasPrefix("Article 1/2 · ") }, "frame titles: \(titles)")
        #expect(titles.contains { $0.hasPrefix("Quotes (") }, "frame titles: \(titles)")
        #expect(titles.contains("Key figures"), "frame titles: \(titles)")
        // The reader starts on the first article, its title as the first line.
        let reader = try #require(screen.paneText(titled: "Article 1/2"))
        #expect(reader.first?.trimmingCharacters(in: .whitespaces).hasPrefix("U.S. President Donald Trump") == true,
                "reader pane: \(reader)")
        let status = screen.lines[screen.height - 1]
        #expect(status.hasPrefix(" Articles · article 1/2"), "status line: \(status.debugDescription)")
        #expect(status.contains("q quit"), "status line: \(status.debugDescription)")
    }

    // MARK: - 2. Opening an article

    @Test func downThenEnterOpensTheSecondArticle() throws {
        let session = try TmuxSession()
        defer { session.close() }
        try openReader(session, [], articles: 2)

        // ↓ moves the highlighted selection (the status line counts it); the ▸ marker stays on
        // the article open in the reader until Enter opens the selected one.
        try session.press("Down")
        let moved = try session.waitFor("the selection to move to the second article") {
            $0.lines[$0.height - 1].hasPrefix(" Articles · article 2/2")
        }
        #expect(moved.contains("▸ " + Self.firstTitlePrefix), "the open article changed before Enter:\n\(moved)")
        try session.press("Enter")
        let screen = try waitForPanes(session, "the second article in the reader", showing: ["Article 2/2"])
        #expect(screen.contains("▸ " + Self.secondTitlePrefix), "the list does not mark the second article as open:\n\(screen)")

        let reader = try #require(screen.paneText(titled: "Article 2/2"), "no reader frame titled Article 2/2:\n\(screen)")
        let readerText = reader.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(readerText.hasPrefix("Huge blow to the criminal underground"), "reader pane:\n\(reader.joined(separator: "\n"))")
        #expect(!readerText.contains("U.S. President Donald Trump Ordered"), "first article still in the reader")
        // Enter moves the focus to the reader.
        let status = screen.lines[screen.height - 1]
        #expect(status.hasPrefix(" Article · article 2/2 · "), "status line: \(status.debugDescription)")
    }

    // MARK: - 3. Resizing

    @Test func resizingKeepsTheScreenSane() throws {
        let session = try TmuxSession()
        defer { session.close() }
        try openReader(session, [], articles: 2)

        for (width, height) in [(60, 20), (80, 24)] {
            try session.resize(width: width, height: height)
            let screen = try waitForPanes(session, "a sane \(width)×\(height) screen",
                                          showing: [Self.firstTitlePrefix, Self.secondTitlePrefix])
            #expect(screen.height == height && screen.width == width)
            // Below 80 columns a tab bar names the panes over the one shown.
            #expect(screen.cell(0, width < 80 ? 1 : 0) == "┌", "top-left cell at \(width)×\(height):\n\(screen)")
            #expect(screen.layoutProblems(expectedWidth: width, expectedHeight: height) == [], "\(screen)")
            #expect(screen.lines[height - 1].contains("q quit"), "status line not on the last row:\n\(screen)")
        }

        try session.resize(width: 30, height: 8)
        let small = try session.waitFor("the too-small notice") { $0.height == 8 && $0.contains("Terminal too small") }
        #expect(!Self.borderCharacters.contains { small.text.contains($0) }, "pane borders left on a too-small screen:\n\(small)")

        try session.resize(width: 80, height: 24)
        let restored = try waitForPanes(session, "the panes back at 80×24",
                                        showing: [Self.firstTitlePrefix, Self.secondTitlePrefix, "Key figures"])
        #expect(!restored.contains("Terminal too small"))
        #expect(restored.layoutProblems(expectedWidth: 80, expectedHeight: 24) == [], "\(restored)")
    }

    // MARK: - 4. Quitting

    @Test func quitLeavesACleanShell() throws {
        let session = try TmuxSession()
        defer { session.close() }
        try openReader(session, [], articles: 2)

        try session.press("q")
        let screen = try waitForShellAfterReader(session)
        // The alternate screen was left: the normal screen, with the command line typed before
        // the reader started, is back.
        let commandRow = screen.lines.firstIndex { $0.hasPrefix("\(Self.prompt) ") && $0.contains("briefing") }
        #expect(commandRow != nil, "the command line is not on the restored screen:\n\(screen)")
        try expectCookedTerminal(session)
    }

    // MARK: - 5. Signals

    enum Ending: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case sigterm, sigint, sighup, ctrlC

        var testDescription: String { rawValue }
        /// The signal briefing receives.
        var signal: Int32 {
            switch self {
            case .sigterm: SIGTERM
            case .sigint, .ctrlC: SIGINT
            case .sighup: SIGHUP
            }
        }
    }

    /// The signal is sent to briefing alone: the command line is
    /// `sh -c 'echo $$ > pidfile; exec briefing'`, so the pid in the file is briefing's own, and
    /// kill(2) goes to that pid only; the interactive shell is not touched, not even by SIGHUP
    /// (a real hang-up would take the terminal away, leaving nothing to restore or to check).
    /// Ctrl-C is typed into the pane instead, so the terminal driver sends SIGINT to the
    /// foreground process group, as it does for a user.
    ///
    /// Then, at the returned prompt, `stty -a` is written to a file and parsed. /bin/sh does not
    /// reset terminal modes between commands (and a readline shell would restore the modes it
    /// found, i.e. those briefing left), so the file shows what briefing left behind. Also
    /// checked: the exit status is 128 + signal (the handler re-raises), the reader's screen
    /// is gone (alternate screen left), and typed input echoes and runs.
    @Test(arguments: Ending.allCases)
    func signalsRestoreTheTerminal(_ ending: Ending) throws {
        let session = try TmuxSession()
        defer { session.close() }
        let binary = try BriefingBinary.require()
        let pidFile = session.directory + "/briefing.pid"
        try openReader(session, commandLine: "sh -c 'echo $$ > \(pidFile); exec \(binary)'", articles: 2)

        if ending == .ctrlC {
            try session.press("C-c")
        } else {
            let pid = try readPid(pidFile)
            #expect(kill(pid, ending.signal) == 0, "kill(\(pid), \(ending.signal)): \(Spawn.errnoText())")
        }
        try waitForShellAfterReader(session)

        let sttyFile = session.directory + "/stty.txt"
        try session.run("echo \"status=$?\"; stty -a > \(sttyFile); echo after-$((40+2))")
        let screen = try session.waitFor("stty to run") { $0.lines.contains("after-42") && $0.lastNonBlankLine == Self.prompt }
        #expect(screen.lines.contains("status=\(128 + ending.signal)"),
                "exit status should say briefing died of signal \(ending.signal):\n\(screen)")
        let flags = Set(try String(contentsOfFile: sttyFile, encoding: .utf8)
            .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        for flag in ["icanon", "echo", "isig", "icrnl", "opost"] {
            #expect(flags.contains(flag) && !flags.contains("-" + flag), "terminal left with -\(flag); stty -a: \(flags.sorted())")
        }
        try expectCookedTerminal(session)
    }

    // MARK: - 6. A copied binary

    @Test func copiedBinaryStillOpensTheSamples() throws {
        let session = try TmuxSession()
        defer { session.close() }
        let binary = try BriefingBinary.require()
        let release = try session.makeDirectory("release")
        let elsewhere = try session.makeDirectory("elsewhere")
        let copy = release + "/briefing"
        // Written through a close-on-exec descriptor: a test spawning a process at the same
        // moment must not inherit it, or running the copy fails with "Text file busy".
        let contents = try Data(contentsOf: URL(fileURLWithPath: binary))
        let fd = open(copy, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        #expect(fd >= 0)
        let written = contents.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        #expect(written == contents.count)
        close(fd)
        #expect(chmod(copy, 0o755) == 0)

        try session.run("cd \(shellQuote(elsewhere)) && \(shellQuote(copy))")
        let screen = try waitForPanes(session, "the samples from the copied binary",
                                      showing: ["Articles (2)", Self.firstTitlePrefix, Self.secondTitlePrefix])
        #expect(screen.layoutProblems(expectedWidth: 80, expectedHeight: 24) == [])
        // The samples come from inside the binary, not from the checkout's seeds/ folder.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: copy))
        let seeds = BriefingBinary.packageRoot.appendingPathComponent("seeds").path
        #expect(bytes.range(of: Data(seeds.utf8)) == nil, "the binary names \(seeds)")
        try session.press("q")
        try waitForShellAfterReader(session)
    }

    // MARK: - 7. Not a terminal

    /// Standard output a pipe: the briefing as Markdown, whatever TERM says.
    @Test(arguments: ["xterm", "dumb", nil] as [String?])
    func pipedOutputIsMarkdown(term: String?) throws {
        let binary = try BriefingBinary.require()
        var environment = ["PATH": "/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8"]
        environment["TERM"] = term
        let result = try Spawn.run(binary, [], environment: environment, timeout: .seconds(20))

        #expect(result.exitStatus == 0 && !result.timedOut, "\(result)")
        #expect(result.stdoutText.hasPrefix("# Briefing\n\n"), "stdout: \(result.stdoutText)")
        #expect(result.stdoutText.contains(Self.firstTitle), "stdout: \(result.stdoutText)")
        #expect(result.stdoutText.contains(Self.secondTitle), "stdout: \(result.stdoutText)")
        #expect(!result.stdout.contains(0x1B), "escape sequences in piped output: \(result.stdoutText.debugDescription)")
        #expect(result.stderr.isEmpty, "stderr: \(result.stderrText)")
    }

    /// Many bad files: the first few are named, the rest summarised by reason in one line, so a
    /// large folder cannot flood the terminal; the good article still comes out.
    @Test func manyBadFilesAreSummarised() throws {
        let binary = try BriefingBinary.require()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-e2e-bad-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("A Good Headline For The Test\n\nThe only article in this folder that has any text in it at all.\n".utf8)
            .write(to: folder.appendingPathComponent("good.txt"))
        for i in 1...20 { try Data().write(to: folder.appendingPathComponent(String(format: "empty%02d.txt", i))) }
        for i in 1...5 { try Data([0, 1, 2, 0]).write(to: folder.appendingPathComponent("binary\(i).txt")) }

        let result = try Spawn.run(binary, [folder.path], environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
        #expect(result.exitStatus == 0, "\(result)")
        #expect(result.stdoutText.contains("A Good Headline For The Test"))
        let lines = result.stderrText.split(separator: "\n")
        #expect(lines.count == 13, "stderr: \(result.stderrText)")
        #expect(lines.prefix(12).allSatisfy { $0.contains("skipped") })
        #expect(lines.last == "briefing: 13 more files: 13 skipped, empty file", "stderr: \(result.stderrText)")
    }

    /// A terminal that cannot run the reader (TERM dumb, or a type terminfo does not know):
    /// the plain listing on the terminal, then the prompt.
    @Test(arguments: ["dumb", "no-such-terminal-e2e"])
    func dumbTerminalGetsAPlainListing(term: String) throws {
        let session = try TmuxSession()
        defer { session.close() }
        let binary = try BriefingBinary.require()

        try session.run("TERM=\(term) \(shellQuote(binary)); echo \"exit=$?\"")
        let screen = try session.waitFor("the listing and the prompt", history: true) {
            $0.lines.contains { $0.hasPrefix("exit=") } && $0.lastNonBlankLine == Self.prompt
        }
        #expect(screen.lines.contains("exit=0"), "\(screen)")
        // Titles longer than the screen wrap, so look at the text with line breaks removed.
        let flat = screen.lines.joined()
        #expect(flat.contains(Self.firstTitle), "\(screen)")
        #expect(flat.contains(Self.secondTitle), "\(screen)")
        #expect(!Self.readerMarkers.contains { screen.text.contains($0) }, "reader UI on a \(term) terminal:\n\(screen)")
    }

    /// The scorer the project is judged by, run on the JSON export of the samples: every gold
    /// figure found, no gold non-figure reported, every quote with its speaker.
    @Test func exportOfTheSamplesScoresEveryGoldFigure() throws {
        let binary = try BriefingBinary.require()
        let python = try #require(Spawn.which("python3"), "python3 is needed to run the scorer")
        let gold = BriefingBinary.packageRoot.appendingPathComponent("Tests/BriefingTests/Fixtures/Gold")
        let export = try Spawn.run(binary, ["export", "--format", "json"], environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"],
                                   timeout: .seconds(30))
        #expect(export.exitStatus == 0, "\(export)")
        // The scorer reads the articles from ../seeds beside itself: lay out a copy of the shared
        // folder (eval/score.py, gold/seeds.json, seeds/).
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("briefing-e2e-score-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? fm.removeItem(at: root) }
        try fm.createDirectory(at: root.appendingPathComponent("gold"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("eval"), withIntermediateDirectories: true)
        try fm.copyItem(at: gold.appendingPathComponent("score.py"), to: root.appendingPathComponent("eval/score.py"))
        try fm.copyItem(at: gold.appendingPathComponent("seeds.json"), to: root.appendingPathComponent("gold/seeds.json"))
        try fm.copyItem(at: BriefingBinary.packageRoot.appendingPathComponent("seeds"), to: root.appendingPathComponent("seeds"))
        let file = root.appendingPathComponent("export.json")
        try Data(export.stdout).write(to: file)
        let scored = try Spawn.run(python, [root.appendingPathComponent("eval/score.py").path, "--export", file.path,
                                            "--gold", root.appendingPathComponent("gold/seeds.json").path],
                                   environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"], timeout: .seconds(30))
        let summary = scored.stdoutText.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.contains("figures 8/8, non-figures reported 0"), "\(scored)")
        #expect(summary.contains("F1 100.0") && summary.contains("speaker 100.0%"), "\(scored)")
    }

    // MARK: - 8. Bad files

    @Test func badFilesAreSkippedAndReported() throws {
        let session = try TmuxSession()
        defer { session.close() }
        let binary = try BriefingBinary.require()
        let folder = try session.makeDirectory("bad")
        try session.write("""
            Lighthouse Keepers Return to Granite Point

            By Mara Ellison

            The keepers came back on Tuesday after a decade of automation. "We missed the sea," one said.

            The light will be staffed through winter, the harbour office confirmed.

            """, to: folder + "/good.txt")
        try session.write([], to: folder + "/empty.txt")
        try session.write([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0x00, 0x41, 0x42] + Array(repeating: 0, count: 64),
                          to: folder + "/binary.txt")

        // A relative path keeps the messages short enough not to wrap.
        try session.run("cd \(shellQuote(session.directory)) && \(shellQuote(binary)) bad")
        let screen = try openedReader(session, articles: 1)
        #expect(screen.contains("Article 1/1 · good"), "\(screen)")
        let reader = try #require(screen.paneText(titled: "Article 1/1"))
        #expect(reader.first?.contains("Lighthouse Keepers Return to Granite Point") == true, "reader: \(reader)")
        let status = screen.lines[screen.height - 1]
        #expect(status.contains("2 files skipped"), "status line: \(status.debugDescription)")
        #expect(!screen.contains("briefing:"), "messages written over the reader:\n\(screen)")

        try session.press("q")
        let after = try waitForShellAfterReader(session)
        let commandRow = after.lines.firstIndex { $0.hasPrefix("\(Self.prompt) cd ") } ?? -1
        let emptyRow = after.lines.firstIndex { $0.contains("empty.txt") && $0.contains("skipped") }
        let binaryRow = after.lines.firstIndex { $0.contains("binary.txt") && $0.contains("skipped") }
        #expect(emptyRow.map { $0 > commandRow } == true, "no message about empty.txt after quitting:\n\(after)")
        #expect(binaryRow.map { $0 > commandRow } == true, "no message about binary.txt after quitting:\n\(after)")
        #expect(!after.contains("good.txt"), "the good file was reported:\n\(after)")
    }

    // MARK: - 9. Hostile text

    /// Escape sequences (OSC title, clear screen, colour), a C1 CSI, a bidi override, in the
    /// title and in the body; the file name carries an OSC 2 (window title) as well.
    static let hostileArticle = """
        Alert \u{1B}]0;PWNED\u{07} \u{1B}[2J \u{1B}[31mred \u{9B}1m \u{202E}evil

        Body \u{1B}]0;PWNED\u{07} osc, \u{1B}[2J clear, \u{1B}[31mred\u{1B}[0m colour, \u{9B}31m c1 and \u{202E}bidi.

        Styles \u{1B}[1m\u{1B}[2m\u{1B}[3m\u{1B}[4m\u{1B}[5m\u{1B}[7m\u{1B}[8m\u{1B}[9m then words one two three four five six seven eight nine ten eleven twelve.

        The last paragraph is plain.

        """

    /// `hostileArticle`'s paragraphs as the reader should show them: every control character
    /// replaced by one visible placeholder (Control Pictures for C0, U+FFFD for C1 and bidi).
    static let hostileParagraphsShown = [
        "Alert ␛]0;PWNED␇ ␛[2J ␛[31mred �1m �evil",
        "Body ␛]0;PWNED␇ osc, ␛[2J clear, ␛[31mred␛[0m colour, �31m c1 and �bidi.",
        "Styles ␛[1m␛[2m␛[3m␛[4m␛[5m␛[7m␛[8m␛[9m then words one two three four five six seven eight nine ten eleven twelve.",
        "The last paragraph is plain.",
    ]

    @Test func hostileTextIsShownAsPlaceholders() throws {
        let session = try TmuxSession()
        defer { session.close() }
        let screen = try openHostileArticle(session)

        // The file name is hostile too, and becomes the article id in the reader's frame title.
        #expect(screen.contains("Article 1/1 · hostile␛]2;PWNED␇"), "\(screen)")
        let reader = try #require(screen.paneText(titled: "Article 1/1"))
        #expect(reader.first?.trimmingCharacters(in: .whitespaces) == Self.hostileParagraphsShown[0], "reader title line: \(reader)")
        #expect(screen.text.contains("␛]0;PWNED␇"), "OSC not shown as placeholders:\n\(screen)")
        #expect(screen.text.contains("␛[2J") && screen.text.contains("␛[31m"), "CSI not shown as placeholders:\n\(screen)")
        #expect(screen.text.contains("�1m") && screen.text.contains("�evil"), "C1/bidi not shown as U+FFFD:\n\(screen)")
        #expect(!screen.text.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{9B}" || $0 == "\u{1B}" },
                "raw control characters reached the screen")
        // Nothing was cleared, retitled or recoloured.
        #expect(screen.layoutProblems(expectedWidth: 80, expectedHeight: 24) == [], "\(screen)")
        #expect(screen.lines[23].contains("q quit"), "status line: \(screen.lines[23].debugDescription)")
        let title = try session.display("#{pane_title}")
        #expect(!title.contains("PWNED"), "pane title set by the article: \(title)")
        let windowName = try session.display("#{window_name}")
        #expect(!windowName.contains("PWNED"), "window name set by the article: \(windowName)")
        let coloured = try session.capture(escapes: true)
        #expect(sgrParameters(in: coloured.text).allSatisfy { !$0.contains(31) }, "red from the article reached the screen")

        try session.press("q")
        try waitForShellAfterReader(session)
        #expect(try !session.display("#{pane_title}").contains("PWNED"))
    }

    /// Placeholders take a column each, so the text must be wrapped and truncated by the width
    /// it has on screen; if the control characters are measured as zero-width, lines come out
    /// too long and their ends are cut off at the pane border.
    @Test func hostileTextIsNotCutOff() throws {
        let session = try TmuxSession()
        defer { session.close() }
        let screen = try openHostileArticle(session)

        let reader = try #require(screen.paneText(titled: "Article 1/1"))
        let shown = reader.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        for paragraph in Self.hostileParagraphsShown {
            #expect(shown.contains(paragraph), "paragraph not shown in full: \(paragraph)\nreader:\n\(reader.joined(separator: "\n"))")
        }
        // The list entry is longer than the list is wide: it must end in an ellipsis.
        let list = try #require(screen.paneText(titled: "Articles (1)"))
        #expect(list.first?.hasSuffix("…") == true, "truncated list title without an ellipsis: \(list.first ?? "")")
    }

    // MARK: - 10. Wide and combining characters

    @Test func wideAndCombiningCharactersKeepBordersInLine() throws {
        let session = try TmuxSession()
        defer { session.close() }
        let binary = try BriefingBinary.require()
        let folder = try session.makeDirectory("wide")
        try session.write("""
            漢字のテスト 🙂 Café re\u{301}sume\u{301} 漢字のテスト漢字のテスト

            本文に漢字のテストがあります。 🙂🙂 e\u{301}e\u{301} wide 漢字 text continues here to wrap across lines 漢字のテスト漢字のテスト漢字のテスト.

            Second paragraph 🙂 with more 漢字 and a long run that must wrap: 漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字.

            """, to: folder + "/wide.txt")

        try session.run("\(shellQuote(binary)) \(shellQuote(folder))")
        // 61 columns puts a wide character against an odd edge.
        for (width, height) in [(80, 24), (61, 20)] {
            if width != session.width {
                try session.resize(width: width, height: height)
                // Below 80 columns one pane shows at a time: bring up the reader.
                try session.press("Tab")
            }
            let screen = try waitForPanes(session, "the wide article at \(width)×\(height)", showing: [width < 80 ? "Article 1/1" : "Articles (1)"])
            #expect(screen.layoutProblems(expectedWidth: width, expectedHeight: height) == [], "\(screen)")
            // Every row between the top and bottom border has its right-hand border in the last
            // column, measured in display columns (CJK and emoji count two, accents none).
            for y in 1..<(height - 2) {
                let rightmost = screen.cell(width - 1, y)
                #expect(["│", "┐", "┘"].contains(rightmost), "row \(y) ends with \(rightmost.debugDescription): \(screen.lines[y])")
            }
            let reader = try #require(screen.paneText(titled: "Article 1/1"))
            let shown = reader.joined(separator: "\n")
            #expect(shown.contains("漢字のテスト"), "reader: \(shown)")
            #expect(shown.contains("🙂"), "reader: \(shown)")
            #expect(shown.contains("re\u{301}sume\u{301}"), "reader: \(shown)")
            #expect(shown.contains("e\u{301}e\u{301} wide"), "reader: \(shown)")
        }
        try session.press("q")
        try waitForShellAfterReader(session)
    }

    // MARK: - 11. Who said what

    /// The speaker list narrows as you type (q included: it types, it does not quit), Enter
    /// lists the speaker's quotes from both samples, Enter on one opens its article at the
    /// quote, and Esc returns to the list exactly where it was.
    @Test func speakerFilterQuotesAndJumpBack() throws {
        let session = try TmuxSession()
        defer { session.close() }
        try openReader(session, [], articles: 2)

        try session.press("s")
        let all = try waitForFullView(session, "the speaker list", showing: ["Speakers (", "Filter:"])
        let total = try #require(Self.speakerCounts(all)?.shown, "no speaker count in the title:\n\(all)")

        try session.type("sess")
        let narrowed = try waitForFullView(session, "the list narrowed to “sess”", showing: ["Filter: sess", "Jeff Sessions", " of "])
        let counts = try #require(Self.speakerCounts(narrowed), "\(narrowed)")
        #expect(counts.shown < total && counts.total == total, "the filter did not narrow the list:\n\(narrowed)")
        try session.type("q")
        try waitForFullView(session, "q typed into the filter", showing: ["Filter: sessq", "Speakers (0 of"])
        try session.press("BSpace")
        try waitForFullView(session, "the q deleted", showing: ["Filter: sess", "Jeff Sessions"])

        try session.press("Enter")
        let first = try waitForFullView(session, "Jeff Sessions's quotes", showing: ["Quotes by Jeff Sessions", Self.firstTitlePrefix])
        #expect(first.lines[first.height - 1].hasPrefix(" Jeff Sessions · quote 1/"), "status: \(first.lines[first.height - 1])")
        // His last quote is in the other sample.
        try session.press("End")
        let last = try waitForFullView(session, "his last quote", showing: ["Quotes by Jeff Sessions", Self.secondTitlePrefix])
        let status = last.lines[last.height - 1]
        let position = try #require(status.split(separator: "  ").first.map { $0.trimmingCharacters(in: .whitespaces) })
        let words = try #require(Self.selectedQuoteWords(last), "no quote under the last article title:\n\(last)")
        #expect(words.count >= 4, "quote too short to find again: \(words)")

        try session.press("Enter")
        let reader = try waitForPanes(session, "the second article at the quote", showing: ["Article 2/2"])
        let pane = try #require(reader.paneText(titled: "Article 2/2"))
        let shown = pane.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let wanted = words.prefix(6).joined(separator: " ")
        #expect(shown.contains(wanted), "the quote “\(wanted)” is not in the reader:\n\(pane.joined(separator: "\n"))")
        #expect(reader.lines[reader.height - 1].contains("Esc back"), "no way back hinted:\n\(reader)")

        try session.press("Escape")
        let back = try waitForFullView(session, "the quote list again", showing: ["Quotes by Jeff Sessions", Self.secondTitlePrefix])
        #expect(back.lines[back.height - 1].hasPrefix(" " + position), "not back at the same quote: \(back.lines[back.height - 1])")
        try session.press("Escape")
        try waitForFullView(session, "the filtered list again", showing: ["Filter: sess", "Jeff Sessions"])
        try session.press("Escape")
        try waitForPanes(session, "the panes again", showing: ["Article 1/2", "Articles (2)"])
        try session.press("q")
        try waitForShellAfterReader(session)
    }

    // MARK: - Search and help

    /// `/` opens the prompt on the status line, Enter lists the matches, Enter opens the
    /// selected one in the reader (the status line says which match), `n` goes to the next.
    @Test func searchEnterAndNext() throws {
        let session = try TmuxSession()
        defer { session.close() }
        try openReader(session, [], articles: 2)

        try session.press("/")
        try session.waitFor("the search prompt") { $0.lines[$0.height - 1].hasPrefix(" Search: ") }
        try session.type("alphabay")
        try session.waitFor("the query typed") { $0.lines[$0.height - 1].hasPrefix(" Search: alphabay") }
        try session.press("Enter")
        let results = try waitForFullView(session, "the search results", showing: ["Search “alphabay” (", "match 1/"])
        let title = try #require(results.lines.first, "\(results)")
        #expect(!title.contains("(0 matches)"), "\(results)")

        try session.press("Enter")
        let first = try waitForPanes(session, "the first match in the reader", showing: ["match 1/", "Esc back"])
        let status = first.lines[first.height - 1]
        #expect(status.hasPrefix(" Article · article "), "status line: \(status)")
        let reader = try #require(first.frames(rows: 0..<(first.height - 1)).frames.first { $0.title.hasPrefix("Article ") })
        let text = try #require(first.paneText(titled: reader.title)).joined(separator: " ").lowercased()
        #expect(text.contains("alphabay"), "the match is not in the reader:\n\(first)")

        try session.press("n")
        let second = try waitForPanes(session, "the second match", showing: ["match 2/"])
        #expect(!second.lines[second.height - 1].contains("match 1/"))
        try session.press("N")
        try waitForPanes(session, "back to the first match", showing: ["match 1/"])
        try session.press("Escape")
        try waitForFullView(session, "the results again", showing: ["Search “alphabay” (", "match 1/"])
        try session.press("Escape")
        try waitForPanes(session, "the panes as they were", showing: ["Article 1/2", "Articles (2)"])
        try session.press("q")
        try waitForShellAfterReader(session)
    }

    /// `?` opens help over the screen, PgDn scrolls it, `?` closes it; Esc closes it at once
    /// (ESCDELAY is short), and q closes it without quitting.
    @Test func helpOpensScrollsAndCloses() throws {
        let session = try TmuxSession(width: 50, height: 15)
        defer { session.close() }
        try session.run(shellQuote(try BriefingBinary.require()))
        try session.waitFor("the reader at 50×15") { $0.contains(" Articles ") && $0.contains("Articles (2)") }

        try session.press("?")
        let help = try session.waitFor("help") { $0.contains("Keys · close:") && $0.contains("Here: panes") }
        #expect(help.lines[help.height - 1].hasPrefix(" Help · line 1/"), "\(help)")
        try session.press("PageDown")
        let paged = try session.waitFor("help paged") { !$0.lines[$0.height - 1].hasPrefix(" Help · line 1/") && $0.contains("Keys · close:") }
        #expect(!paged.contains("Here: panes"), "\(paged)")
        try session.press("?")
        try session.waitFor("help closed by ?") { !$0.contains("Keys · close:") && $0.contains("Articles (2)") }

        try session.press("?")
        try session.waitFor("help again") { $0.contains("Keys · close:") }
        let pressed = ContinuousClock.now
        try session.press("Escape")
        try session.waitFor("help closed by Esc") { !$0.contains("Keys · close:") && $0.contains("Articles (2)") }
        // Esc alone is told from an escape sequence after ESCDELAY (25 ms), not ncurses' default
        // second; the wait also spans tmux round trips, so the bound is loose.
        #expect(ContinuousClock.now - pressed < .milliseconds(800), "Esc took \(ContinuousClock.now - pressed)")

        try session.press("?")
        try session.waitFor("help once more") { $0.contains("Keys · close:") }
        try session.press("q")
        try session.waitFor("help closed by q, the reader still running") { !$0.contains("Keys · close:") && $0.contains("Articles (2)") }
        try session.press("q")
        try waitForShellAfterReader(session)
    }

    /// The prompt survives resizes (to the narrow layout and back), keeps what was typed, and
    /// the search then runs as usual.
    @Test func resizeWhileTheSearchPromptIsOpen() throws {
        let session = try TmuxSession()
        defer { session.close() }
        try openReader(session, [], articles: 2)
        try session.press("/")
        try session.type("alpha")
        try session.waitFor("the prompt") { $0.lines[$0.height - 1].hasPrefix(" Search: alpha") }

        try session.resize(width: 50, height: 15)
        let narrow = try session.waitFor("the prompt at 50×15") {
            $0.height == 15 && $0.lines[14].hasPrefix(" Search: alpha") && $0.lines[0].hasPrefix(" Articles ")
        }
        #expect(narrow.layoutProblems(expectedWidth: 50, expectedHeight: 15, statusHint: "Search: alpha") == [], "\(narrow)")
        try session.resize(width: 100, height: 30)
        try session.waitFor("the prompt at 100×30") { $0.height == 30 && $0.lines[29].hasPrefix(" Search: alpha") }
        try session.type("bay")
        try session.press("Enter")
        try waitForFullView(session, "the results after the resizes", showing: ["Search “alphabay” (", "match 1/"])
        try session.press("q")
        // tmux keeps rows drawn before a resize on the normal screen, so only the prompt is
        // checked here (the other tests check the screen is left clean).
        try session.waitFor("the shell prompt") { $0.lastNonBlankLine == Self.prompt }
    }

    // MARK: - 12. Key figures

    /// The sidebar's first figures for the samples are the drug listings and the 37 countries;
    /// Enter on each opens its article with the sentence on screen and highlighted, and Esc
    /// returns to the sidebar.
    @Test func sidebarFiguresOpenTheirSentences() throws {
        let session = try TmuxSession(width: 120, height: 40)
        defer { session.close() }
        let first = try openReader(session, [], articles: 2)
        let sidebar = try #require(first.paneText(titled: "Key figures"), "no sidebar:\n\(first)")
        let figures = sidebar.map { $0.trimmingCharacters(in: .whitespaces) }.prefix { !$0.hasPrefix("Counts") }
        let top = figures.prefix(6).joined(separator: " ")
        #expect(top.contains("250,000") && top.contains("listings"), "sidebar:\n\(sidebar.joined(separator: "\n"))")
        #expect(top.contains("37 countries"), "sidebar:\n\(sidebar.joined(separator: "\n"))")

        for _ in 0..<3 { try session.press("Tab") }
        try session.waitFor("the sidebar focused") { $0.lines[$0.height - 1].hasPrefix(" Sidebar · row 1/") }
        for (row, wanted) in [(1, "250,000 listings for illegal drugs"), (2, "in 37 countries around the world")] {
            if row > 1 {
                try session.press("Down")
                try session.waitFor("row \(row) selected") { $0.lines[$0.height - 1].hasPrefix(" Sidebar · row \(row)/") }
            }
            try session.press("Enter")
            let reader = try waitForPanes(session, "the sentence of figure \(row)", showing: ["Article 2/2"])
            let pane = try #require(reader.paneText(titled: "Article 2/2"))
            let shown = pane.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(shown.contains(wanted), "“\(wanted)” not in the reader:\n\(pane.joined(separator: "\n"))")
            // Highlighted: the line that holds the figure is drawn with reverse video.
            let styled = try session.capture(escapes: true)
            let number = wanted.contains("250,000") ? "250,000" : "37 countries"
            // The reader's line, not the sidebar's: the number left of the sidebar's column.
            let sidebarColumn = try #require(reader.frames(rows: 0..<(reader.height - 1)).frames.first { $0.title == "Key figures" }).left
            let figureLine = try #require(reader.lines.firstIndex { line in
                line.range(of: number).map { line.distance(from: line.startIndex, to: $0.lowerBound) < sidebarColumn } ?? false
            }, "figure not in the reader")
            #expect(sgrParameters(in: styled.lines[figureLine]).contains { $0.contains(7) },
                    "no highlight on the figure's line: \(styled.lines[figureLine].debugDescription)")
            try session.press("Escape")
            try session.waitFor("the sidebar again") { $0.lines[$0.height - 1].hasPrefix(" Sidebar · row \(row)/") }
        }
        try session.press("q")
        try waitForShellAfterReader(session)
    }

    /// `t` lists the samples' dated events with the birth date first; Enter opens its sentence.
    /// `e` lists the names; Enter on the first lists its mentions, Enter opens one.
    @Test func timelineAndNamesOpenTheirSentences() throws {
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.close() }
        try openReader(session, [], articles: 2)

        try session.press("t")
        let timeline = try waitForFullView(session, "the timeline", showing: ["Timeline (", "1991-10-19"])
        let first = try #require(timeline.paneText(titled: "Timeline")?.dropFirst(2).first, "\(timeline)")
        #expect(first.contains("1991-10-19"), "the oldest event is not first:\n\(timeline)")
        try session.press("Enter")
        let reader = try waitForPanes(session, "the birth date's sentence", showing: ["Article 2/2"])
        let pane = try #require(reader.paneText(titled: "Article 2/2")).joined(separator: " ")
        #expect(pane.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("October 19, 1991"), "\(reader)")
        try session.press("Escape")
        try waitForFullView(session, "the timeline again", showing: ["Timeline ("])

        try session.press("e")
        let names = try waitForFullView(session, "the names", showing: ["Names ("])
        let name = try #require(names.paneText(titled: "Names")?.dropFirst(2).first?.trimmingCharacters(in: .whitespaces)
            .components(separatedBy: "  ").first, "\(names)")
        try session.press("Enter")
        let mentions = try waitForFullView(session, "the first name's mentions", showing: ["Mentions of \(name)"])
        #expect(mentions.lines[mentions.height - 1].contains("mention 1/"), "\(mentions)")
        try session.press("Enter")
        let opened = try waitForPanes(session, "a mention in its article", showing: ["Article "])
        #expect(opened.lines[opened.height - 1].contains("Esc back"), "\(opened)")
        try session.press("q")
        try waitForShellAfterReader(session)
    }

    // MARK: - 13. The briefing

    /// `b` opens the briefing over the samples; the cursor goes down to the first key figure
    /// (the line under the first "Key figures" heading, as the screen shows it, drawn in reverse
    /// video when selected); Enter opens the reader with that figure's sentence on screen and
    /// highlighted; Esc returns to the same line of the briefing.
    @Test func briefingFigureOpensItsSentence() throws {
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.close() }
        try openReader(session, [], articles: 2)

        try session.press("b")
        var screen = try waitForFullView(session, "the briefing", showing: ["Briefing (", "Key figures ("])
        var figureRow: Int?
        for _ in 0..<20 {
            let heading = try #require(screen.lines.firstIndex { $0.contains("Key figures (") }, "\(screen)")
            let styled = try session.capture(escapes: true)
            if sgrParameters(in: styled.lines[heading + 1]).contains(where: { $0.contains(7) }) {
                figureRow = heading + 1
                break
            }
            let status = screen.lines[screen.height - 1]
            try session.press("Down")
            screen = try session.waitFor("the cursor to move") { $0.lines[$0.height - 1] != status && $0.contains("Key figures (") }
        }
        let row = try #require(figureRow, "the cursor never reached the first key figure:\n\(screen)")
        let position = try #require(screen.lines[screen.height - 1].components(separatedBy: "  ").first)
        #expect(position.hasPrefix(" Briefing · line "), "status: \(position)")
        // "│   • 37 countries · Someone  │": the figure is the text after the marker, before any speaker.
        let entry = screen.lines[row].trimmingCharacters(in: CharacterSet(charactersIn: "│ "))
        let figure = String(entry.dropFirst(2)).components(separatedBy: " · ").first ?? ""
        let words = figure.split(separator: " ").joined(separator: " ")
        #expect(words.count >= 3, "no figure on the selected line: \(entry)")

        try session.press("Enter")
        let reader = try waitForPanes(session, "the figure's sentence in the reader", showing: ["Article "])
        let frame = try #require(reader.frames(rows: 0..<(reader.height - 1)).frames.first { $0.title.hasPrefix("Article ") })
        let styled = try session.capture(escapes: true)
        let highlighted = ((frame.top + 1)..<frame.bottom).filter { y in
            sgrParameters(in: styled.lines[y]).contains { $0.contains(7) }
        }.map { reader.text(row: $0, columns: (frame.left + 1)..<frame.right) }
        let shown = highlighted.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(shown.contains(words), "“\(words)” is not in the highlighted lines of the reader:\n\(highlighted.joined(separator: "\n"))\n\(reader)")
        #expect(reader.lines[reader.height - 1].contains("Esc back"), "\(reader)")

        try session.press("Escape")
        let back = try waitForFullView(session, "the briefing again", showing: ["Briefing ("])
        #expect(back.lines[back.height - 1].hasPrefix(position), "not back on the same line: \(back.lines[back.height - 1])")
        #expect(back.lines[row] == screen.lines[row], "the briefing moved:\n\(back)")
        try session.press("q")
        try waitForShellAfterReader(session)
    }

    /// (shown, total) from a "Speakers (N)" or "Speakers (N of M)" frame title.
    static func speakerCounts(_ screen: ScreenText) -> (shown: Int, total: Int)? {
        guard let title = screen.frames(rows: 0..<(screen.height - 1)).frames.first?.title,
              let open = title.firstIndex(of: "("), let close = title.firstIndex(of: ")") else { return nil }
        let numbers = title[title.index(after: open)..<close].split(separator: " ").compactMap { Int($0.filter(\.isNumber)) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : numbers.first.map { ($0, $0) }
    }

    /// The words of the quote under the last article title on a speaker's quote list (the
    /// selected one after End): the lines after the kind line, up to the blank line.
    static func selectedQuoteWords(_ screen: ScreenText) -> [String]? {
        guard let rows = screen.paneText(titled: "Quotes by")?.map({ $0.trimmingCharacters(in: .whitespaces) }),
              let titleRow = rows.lastIndex(where: { $0.hasPrefix(secondTitlePrefix) }) else { return nil }
        let text = rows.dropFirst(titleRow + 2).prefix { !$0.isEmpty }.joined(separator: " ")
        let words = text.split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "“”…")) }
        return words.filter { !$0.isEmpty }
    }

    /// Waits for a full-screen view (the speaker list, a speaker's quotes): one closed frame
    /// over the whole screen, the status line offering Esc, and `texts` on screen.
    @discardableResult
    func waitForFullView(_ session: TmuxSession, _ what: String, showing texts: [String]) throws -> ScreenText {
        try session.waitFor(what) { screen in
            texts.allSatisfy(screen.contains)
                && screen.layoutProblems(expectedWidth: session.width, expectedHeight: session.height, paneCount: 1,
                                         statusHint: "Esc back").isEmpty
        }
    }

    // MARK: - Helpers

    /// Types the command line that runs briefing with `arguments` and waits for the reader.
    @discardableResult
    func openReader(_ session: TmuxSession, _ arguments: [String], articles: Int) throws -> ScreenText {
        let binary = try BriefingBinary.require()
        return try openReader(session, commandLine: ([binary] + arguments).map(shellQuote).joined(separator: " "),
                              articles: articles)
    }

    @discardableResult
    func openReader(_ session: TmuxSession, commandLine: String, articles: Int) throws -> ScreenText {
        try session.run(commandLine)
        return try openedReader(session, articles: articles)
    }

    /// Waits for the reader's first complete screen, the model loaded (the articles show
    /// before their analysis: the status line then still says so).
    func openedReader(_ session: TmuxSession, articles: Int) throws -> ScreenText {
        try waitForPanes(session, "the reader's first screen", showing: ["Articles (\(articles))", "Key figures"], loaded: true)
    }

    func openHostileArticle(_ session: TmuxSession) throws -> ScreenText {
        let binary = try BriefingBinary.require()
        let folder = try session.makeDirectory("hostile")
        try session.write(Self.hostileArticle, to: folder + "/hostile\u{1B}]2;PWNED\u{07}.txt")
        try session.run("\(shellQuote(binary)) \(shellQuote(folder))")
        return try openedReader(session, articles: 1)
    }

    /// Waits until the screen is a complete, well-formed set of panes showing `texts`.
    @discardableResult
    func waitForPanes(_ session: TmuxSession, _ what: String, showing texts: [String], loaded: Bool = true) throws -> ScreenText {
        do {
            return try session.waitFor(what) { screen in
                texts.allSatisfy(screen.contains)
                    && (!loaded || !["Loading…", "Analysing…", "Merging "].contains { screen.lines[screen.height - 1].contains($0) })
                    && screen.layoutProblems(expectedWidth: session.width, expectedHeight: session.height).isEmpty
            }
        } catch {
            let screen = try session.capture()
            let problems = screen.layoutProblems(expectedWidth: session.width, expectedHeight: session.height)
            throw TmuxSession.Failure(description: "\(error)\nlayout problems: \(problems)\nmissing text: \(texts.filter { !screen.contains($0) })")
        }
    }

    /// Waits for the shell prompt on a screen without any of the reader's UI left on it.
    @discardableResult
    func waitForShellAfterReader(_ session: TmuxSession) throws -> ScreenText {
        try session.waitFor("the shell prompt with the reader gone") { screen in
            screen.lastNonBlankLine == Self.prompt && !Self.readerMarkers.contains { screen.text.contains($0) }
        }
    }

    /// The terminal is back in cooked mode with echo: a typed command line appears as typed
    /// (echo) and runs when Enter is pressed (canonical input, CR mapped to NL).
    func expectCookedTerminal(_ session: TmuxSession) throws {
        try session.run("echo done-$((1+1))")
        let screen = try session.waitFor("the echo command to run") {
            $0.lines.contains("done-2") && $0.lastNonBlankLine == Self.prompt
        }
        #expect(screen.lines.contains("\(Self.prompt) echo done-$((1+1))"), "typed input was not echoed:\n\(screen)")
    }

    func readPid(_ path: String) throws -> pid_t {
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0 {
                return pid
            }
            usleep(20_000)
        }
        throw TmuxSession.Failure(description: "no pid in \(path)")
    }

    /// The parameter lists of all SGR sequences (ESC [ … m) in `text`.
    func sgrParameters(in text: String) -> [[Int]] {
        var result: [[Int]] = []
        var scalars = text.unicodeScalars[...]
        while let escape = scalars.firstIndex(of: "\u{1B}") {
            scalars = scalars[scalars.index(after: escape)...]
            guard scalars.first == "[" else { continue }
            let body = scalars.dropFirst().prefix { ("0"..."9").contains($0) || $0 == ";" || $0 == ":" }
            let end = body.endIndex
            guard end < scalars.endIndex, scalars[end] == "m" else { continue }
            var parameters: [Int] = []
            var previous: [Int] = []
            for part in String(body).split(separator: ";", omittingEmptySubsequences: false) {
                let value = Int(part) ?? 0
                // 38;5;n and 48;5;n name palette colours, not attributes.
                if previous.suffix(2) == [38, 5] || previous.suffix(2) == [48, 5] { previous.append(value); continue }
                previous.append(value)
                parameters.append(value)
            }
            result.append(parameters)
        }
        return result
    }
}
