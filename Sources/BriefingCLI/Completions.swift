import ArgumentParser

/// `briefing completions SHELL`: the completion script ArgumentParser generates for
/// `--generate-completion-script`, under a name `--help` lists, so users can find it.
struct Completions: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the shell completion script for bash, zsh or fish.",
        discussion: """
            Completes commands, options, formats and paths. The script is the same as \
            `briefing --generate-completion-script SHELL` prints. To install it:

              bash:  briefing completions bash \\
                       > ~/.local/share/bash-completion/completions/briefing
              zsh:   briefing completions zsh > ~/.zfunc/_briefing
                     (with `fpath+=~/.zfunc; autoload -U compinit; compinit` in ~/.zshrc)
              fish:  briefing completions fish > ~/.config/fish/completions/briefing.fish

            Then open a new shell.
            """
    )

    enum Shell: String, ExpressibleByArgument, CaseIterable {
        case bash, zsh, fish

        var completionShell: CompletionShell {
            switch self {
            case .bash: .bash
            case .zsh: .zsh
            case .fish: .fish
            }
        }
    }

    @Argument(help: "The shell: bash, zsh or fish.")
    var shell: Shell

    func run() {
        // print's newline matches what --generate-completion-script writes, byte for byte.
        print(BriefingCommand.completionScript(for: shell.completionShell))
    }
}
