#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// The `briefing` command line as scripts see it: exit statuses, what goes to standard output
/// and what to standard error, standard input, output files and shell completion. The binary is
/// run with its output in pipes (never a terminal), so no tmux is needed.
@Suite(.serialized)
struct CommandLineTests {
    /// The reopen cache goes to a folder of the suite's own, never to a user's ~/.cache.
    static let cacheHome = (try? TemporaryDirectory.make()) ?? "/tmp/briefing-e2e-cache"
    static let environment = ["PATH": "/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8", "TERM": "xterm-256color",
                              "XDG_CACHE_HOME": cacheHome]
    static let subcommands = ["open", "summary", "export", "quotes", "figures", "timeline", "entities", "sentences", "bench", "gen-corpus", "completions"]
    static let article = "A Headline For The Pipe\n\nBy Jane Example\n\nThe council approved 40 new homes on Monday, the mayor said.\n"

    func run(_ arguments: [String], standardInput: String = "/dev/null", environment: [String: String] = environment) throws -> Spawn.Result {
        try Spawn.run(try BriefingBinary.require(), arguments, environment: environment, standardInput: standardInput,
                      timeout: .seconds(30))
    }

    /// A fresh folder for a test's files, removed by the caller's `defer`.
    func folder() throws -> String { try TemporaryDirectory.make() }

    // MARK: - Help and usage errors

    @Test(arguments: [[]] + subcommands.map { [$0] })
    func helpExitsZero(_ command: [String]) throws {
        let result = try run(command + ["--help"])
        #expect(result.exitStatus == 0, "\(result)")
        #expect(result.stdoutText.contains("USAGE: briefing"), "\(result)")
        #expect(result.stdoutText.contains("OVERVIEW: "), "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test func rootHelpListsEveryCommandAndCompletion() throws {
        let help = try run(["--help"]).stdoutText
        for command in Self.subcommands { #expect(help.contains("  \(command) "), "\(command) missing from --help") }
        #expect(help.contains("briefing completions"), "\(help)")
        #expect(help.contains("Exit status"), "\(help)")
    }

    @Test(arguments: [["--no-such-option"], ["export", "--format", "yaml"], ["summary", "--sentences"], ["summary", "--sentences", "0"],
                      ["figures", "--limit", "many"], ["completions"], ["completions", "tcsh"]])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.exitStatus == 2, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderrText.hasPrefix("Error: "), "\(result)")
        #expect(result.stderrText.contains("Usage: briefing"), "\(result)")
    }

    // MARK: - Bad input

    @Test(arguments: [[], ["summary"], ["export"], ["export", "--format", "markdown"], ["quotes"]])
    func missingPathIsOneLineAndExitOne(_ command: [String]) throws {
        let missing = "/nonexistent-briefing-e2e/story.txt"
        let result = try run(command + [missing])
        #expect(result.exitStatus == 1, "\(result)")
        #expect(result.stderrText == "briefing: \(missing): no such file or folder\n", "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }

    @Test func nothingLoadableIsOneLine() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["a.txt", "b.txt", "c.txt"] { try Data().write(to: URL(fileURLWithPath: dir + "/" + name)) }
        let result = try run(["summary", dir])
        #expect(result.exitStatus == 1, "\(result)")
        #expect(result.stderrText == "briefing: no articles could be loaded (3 files: 3 empty file)\n", "\(result)")
    }

    @Test func unwritableOutputIsOneLine() throws {
        let target = "/nonexistent-briefing-e2e/report.md"
        let result = try run(["export", "--format", "markdown", "--output", target])
        #expect(result.exitStatus == 1, "\(result)")
        #expect(result.stderrText.hasPrefix("briefing: \(target): cannot write ("), "\(result)")
        #expect(result.stderrText.filter { $0 == "\n" }.count == 1, "\(result)")
    }

    // MARK: - Standard input

    @Test func dashReadsStandardInput() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let input = dir + "/input.txt"
        try Data(Self.article.utf8).write(to: URL(fileURLWithPath: input))
        let other = dir + "/other.txt"
        try Data("Another Headline Entirely\n\nA second article with a sentence of its own.\n".utf8).write(to: URL(fileURLWithPath: other))

        let export = try run(["export", "-"], standardInput: input)
        #expect(export.exitStatus == 0, "\(export)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout)) as? [String: Any])
        let articles = try #require(json["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["stdin"])
        #expect(articles.first?["path"] as? String == "-")
        #expect(articles.first?["title"] as? String == "A Headline For The Pipe")

        // Combined with a file, in the order given.
        let summary = try run(["summary", other, "-"], standardInput: input)
        #expect(summary.exitStatus == 0, "\(summary)")
        let titles = summary.stdoutText.components(separatedBy: "\n\n").map { $0.prefix { $0 != "\n" } }
        #expect(titles == ["Another Headline Entirely", "A Headline For The Pipe"], "\(summary)")
    }

    // MARK: - The reopen cache

    @Test func cacheColdWarmAndOffGiveTheSameExport() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/news", withIntermediateDirectories: true)
        try Data(Self.article.utf8).write(to: URL(fileURLWithPath: dir + "/news/one.txt"))
        try Data("Another Headline Entirely\n\nThe minister said 12 schools would close.\n".utf8).write(to: URL(fileURLWithPath: dir + "/news/two.txt"))
        var environment = Self.environment
        environment["XDG_CACHE_HOME"] = dir + "/cache"
        let databases = { (try? FileManager.default.contentsOfDirectory(atPath: dir + "/cache/briefing"))?.filter { $0.hasSuffix(".sqlite") } ?? [] }

        let off = try run(["export", "--no-cache", dir + "/news"], environment: environment)
        #expect(off.exitStatus == 0 && off.stderr.isEmpty, "\(off)")
        #expect(databases().isEmpty, "--no-cache wrote a cache")
        let cold = try run(["export", dir + "/news"], environment: environment)
        #expect(databases().count == 1)
        let warm = try run(["export", dir + "/news"], environment: environment)
        for result in [cold, warm] {
            #expect(result.exitStatus == 0 && result.stderr.isEmpty, "\(result)")
            #expect(result.stdout == off.stdout)
        }

        // A damaged cache is said once on standard error, rebuilt, and changes nothing else.
        let database = dir + "/cache/briefing/" + (databases().first ?? "")
        try Data(repeating: 0x5A, count: 100_000).write(to: URL(fileURLWithPath: database))
        let damaged = try run(["export", dir + "/news"], environment: environment)
        #expect(damaged.exitStatus == 0, "\(damaged)")
        #expect(damaged.stdout == off.stdout)
        #expect(damaged.stderrText.contains("damaged"), "\(damaged)")
    }

    // MARK: - Markdown into a pipe

    @Test func pathIntoAPipeIsMarkdownWithoutEscapes() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/hostile.txt"
        try Data("Red \u{1B}[31mAlert\u{1B}[0m | *Now*\n\nBy Jane Example\n\nThe \u{1B}]0;owned\u{07} council approved 40 new homes, the mayor said.\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        let result = try run([file])
        #expect(result.exitStatus == 0, "\(result)")
        #expect(result.stdoutText.hasPrefix("# Briefing\n\n"), "\(result)")
        #expect(result.stdoutText.contains("## Red ␛\\[31mAlert␛\\[0m \\| \\*Now\\*"), "\(result)")
        #expect(!result.stdout.contains(0x1B) && !result.stdout.contains(0x07), "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test func summaryFormats() throws {
        let text = try run(["summary", "--sentences", "1"])
        #expect(text.exitStatus == 0, "\(text)")
        let json = try run(["summary", "--format", "json", "-n", "2"])
        let articles = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])?["articles"] as? [[String: Any]])
        #expect(!articles.isEmpty && articles.allSatisfy { ($0["summary"] as? [String])?.count ?? 0 <= 2 })
        // One sentence a line under each title and byline.
        for block in text.stdoutText.components(separatedBy: "\n\n") {
            #expect(block.split(separator: "\n").filter { $0.hasPrefix("  ") }.count <= 1, "\(block)")
        }
        let markdown = try run(["summary", "--format", "markdown"])
        #expect(markdown.stdoutText.hasPrefix("# Summaries\n\n## "), "\(markdown)")
    }

    // MARK: - Export

    @Test func exportMarkdownWritesTheFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/briefing.md"
        let result = try run(["export", "--format", "markdown", "--output", target])
        #expect(result.exitStatus == 0, "\(result)")
        #expect(result.stdout.isEmpty && result.stderr.isEmpty, "\(result)")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("# Briefing\n\n"))
        #expect(written.hasSuffix("\n"))
    }

    /// The binary writes exactly the golden files the model tests keep: what the lead records is
    /// what users get.
    @Test(arguments: [("markdown", "samples.md"), ("json", "samples.json")])
    func exportOfTheSamplesIsTheGoldenFile(_ format: String, _ golden: String) throws {
        let result = try run(["export", "--format", format])
        #expect(result.exitStatus == 0, "\(result)")
        let file = BriefingBinary.packageRoot.appendingPathComponent("Tests/BriefingTests/Fixtures/Golden/\(golden)")
        let expected = try [UInt8](Data(contentsOf: file))
        #expect(result.stdout == expected, "briefing export --format \(format) differs from \(golden)")
    }

    // MARK: - Completion

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsPrintTheGeneratedScript(_ shell: String) throws {
        let result = try run(["completions", shell])
        #expect(result.exitStatus == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        let generated = try run(["--generate-completion-script", shell])
        #expect(generated.exitStatus == 0, "\(generated)")
        #expect(result.stdout == generated.stdout)
        // The script knows the subcommands and the export formats.
        #expect(result.stdoutText.contains("summary") && result.stdoutText.contains("completions"), "\(result.stdoutText.prefix(400))")
        #expect(result.stdoutText.contains("markdown"))
    }

    @Test func bashCompletionScriptIsValidBash() throws {
        let bash = try #require(Spawn.which("bash"), "bash is needed to check the completion script")
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let script = dir + "/briefing.bash"
        try Data(try run(["completions", "bash"]).stdout).write(to: URL(fileURLWithPath: script))
        let checked = try Spawn.run(bash, ["-n", script], environment: Self.environment)
        #expect(checked.exitStatus == 0, "\(checked)")
        let loaded = try Spawn.run(bash, ["-c", "source \(shellQuote(script)) && complete -p briefing"], environment: Self.environment)
        #expect(loaded.exitStatus == 0 && loaded.stdoutText.contains("briefing"), "\(loaded)")
    }

    // MARK: - Benchmarks and the synthetic corpus

    @Test func genCorpusWritesTheArticlesAndRefusesAFullFolder() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/corpus"
        let first = try run(["gen-corpus", "--articles", "12", "--seed", "7", target])
        #expect(first.exitStatus == 0, "\(first)")
        let files = FileManager.default.enumerator(atPath: target)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") } ?? []
        #expect(files.count == 12, "\(files)")
        // The folder opens as twelve articles.
        let listed = try run(["export", "--format", "json", target])
        #expect(listed.exitStatus == 0, "\(listed)")
        let json = try JSONSerialization.jsonObject(with: Data(listed.stdout)) as? [String: Any]
        #expect((json?["articles"] as? [Any])?.count == 12)
        // Writing into a folder that holds files needs --force.
        let again = try run(["gen-corpus", "--articles", "3", "--seed", "8", target])
        #expect(again.exitStatus == 1, "\(again)")
    }

    @Test func benchPrintsEveryStageBothCoreCountsAndTheOpenMeasurement() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try Spawn.run(try BriefingBinary.require(), ["bench", "--articles", "6,12", "--json"],
                                   environment: Self.environment.merging(["TMPDIR": dir, "XDG_CACHE_HOME": dir + "/cache"]) { $1 },
                                   timeout: .seconds(120))
        #expect(result.exitStatus == 0, "\(result)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let sizes = try #require(report["sizes"] as? [[String: Any]])
        #expect(sizes.compactMap { $0["articles"] as? Int } == [6, 12])
        for size in sizes {
            let stages = ((size["extraction"] as? [String: Any])?["stages"] as? [[String: Any]]) ?? []
            let names = stages.compactMap { $0["name"] as? String }
            for stage in ["clean", "quotes", "figures", "summaries", "stories", "total, 1 core"] { #expect(names.contains(stage), "\(names)") }
            #expect(stages.allSatisfy { ($0["megabytesPerSecond"] as? Double ?? 0) > 0 }, "\(stages)")
            let open = try #require(size["open"] as? [String: Any])
            #expect(open["articles"] as? Int == size["articles"] as? Int)
            // The first frame comes before the articles, they before the full model, and memory was read.
            let first = open["firstFrameMilliseconds"] as? Double ?? .infinity
            let articles = open["articlesMilliseconds"] as? Double ?? .infinity
            #expect(first <= articles && articles <= (open["fullModelMilliseconds"] as? Double ?? 0), "\(open)")
            #expect((open["peakResidentBytes"] as? Int ?? 0) > 0)
        }
    }
}
