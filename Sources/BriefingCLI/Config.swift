import ArgumentParser
import Briefing
import BriefingUI
import Foundation

/// `briefing config`: the reader's configuration file — the default text, where it is read
/// from, and what is wrong in one.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the default configuration, where it is read from, or check a configuration file.",
        discussion: """
            The reader reads $XDG_CONFIG_HOME/briefing/config.toml (else \
            ~/.config/briefing/config.toml): key bindings, colours, pane widths, summary length \
            and the mouse. Anything wrong in it is reported on standard error, one line per \
            problem with its line and key, and falls back to its default; the reader still opens.

            Examples:
              briefing config --default > ~/.config/briefing/config.toml
              briefing config --check
              briefing config --check my-config.toml
            """
    )

    @Flag(name: .customLong("default"), help: "Print the default configuration, commented (valid TOML).")
    var printDefault = false

    @Flag(name: .customLong("path"), help: "Print where the configuration file is looked for.")
    var printPath = false

    @Flag(name: .customLong("check"), help: "Check the configuration file (or FILE): one line per problem; exit status 1 when there are any.")
    var check = false

    @Argument(help: ArgumentHelp("The file to check (with --check); default: the configuration file.", valueName: "file"),
              completion: .file())
    var file: String?

    func validate() throws {
        let chosen = [printDefault, printPath, check].filter { $0 }.count
        guard chosen == 1 else { throw ValidationError("Give one of --default, --path or --check.") }
        if file != nil && !check { throw ValidationError("A file goes with --check only.") }
    }

    func run() throws {
        if printDefault {
            print(ReaderConfig.defaultFile, terminator: "")
            return
        }
        let path = file ?? ReaderConfig.path()
        if printPath {
            print(TerminalSafety.sanitize(path))
            return
        }
        guard FileManager.default.fileExists(atPath: path) else {
            if file != nil {
                Diagnostics.warn("\(path): no such file")
                throw ExitCode(1)
            }
            print("No configuration file at \(TerminalSafety.sanitize(path)): the defaults apply.")
            return
        }
        let (_, problems) = ReaderConfig.load(path: path)
        for problem in problems { Diagnostics.warn(problem.formatted(file: path)) }
        guard problems.isEmpty else { throw ExitCode(1) }
        print("\(TerminalSafety.sanitize(path)): no problems")
    }
}

/// The reader's settings for `Open`: the configuration file's, its problems said on standard
/// error (now, and again when the reader closes, since the full screen hides them).
struct LoadedConfig {
    var settings: ReaderSettings
    var messages: [String]

    static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> LoadedConfig {
        let path = ReaderConfig.path(environment: environment)
        let (settings, problems) = ReaderConfig.load(path: path)
        return LoadedConfig(settings: settings, messages: problems.map { $0.formatted(file: path) })
    }

    /// A few words for the status line.
    var notice: String? {
        messages.isEmpty ? nil
            : "config: \(messages.count) problem\(messages.count == 1 ? "" : "s")"
    }
}
