import ArgumentParser
import Foundation

/// `briefing`: read a folder of news articles as an analyst's briefing.
@main
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Read a folder of news articles as an analyst's briefing.",
        usage: """
            briefing [<path> ...]
            briefing <subcommand> [<options>] [<path> ...]
            """,
        discussion: """
            With no path, uses the sample articles built into the program. A folder is searched \
            recursively for .txt and .md files; `-` reads one article from standard input. In a \
            terminal, `briefing` opens the reader; when its output is a pipe or a file it prints \
            the briefing as Markdown.

            Examples:
              briefing ~/news/                          open a folder in the reader
              briefing ~/news/ > briefing.md            the briefing as Markdown
              briefing summary --sentences 2 ~/news/    two sentences per article
              briefing quotes - < story.txt             who said what in one article

            Shell completion: `briefing completions bash|zsh|fish` prints the script (as does \
            --generate-completion-script); see `briefing completions --help` to install it.

            Exit status: 0 on success, 1 when the input cannot be used (no such file, nothing \
            loadable, an output file that cannot be written), 2 on a usage error.
            """,
        subcommands: [
            Open.self, SummaryCommand.self, Export.self, Quotes.self, Figures.self, Timeline.self, Entities.self,
            Sentences.self, Bench.self, BenchOpen.self, BenchSummaries.self, BenchReopen.self, BenchScreen.self, GenCorpus.self,
            Completions.self, ConfigCommand.self,
        ],
        defaultSubcommand: Open.self
    )

    /// Status for a command line that is wrong (unknown option, bad value, missing argument), as
    /// most Unix tools use; ArgumentParser's own is 64 (EX_USAGE).
    static let usageErrorStatus: Int32 = 2

    /// Parses and runs like ArgumentParser's `main()`, except that usage errors exit 2 with
    /// ArgumentParser's message and usage on standard error. Help exits 0, and an `ExitCode` a
    /// command throws (1 for bad input, already reported in one line) is kept as it is.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            exit(withError: code)
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(usageErrorStatus)
        }
    }
}
