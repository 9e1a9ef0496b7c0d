#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A private tmux server (its own socket in its own temporary directory) running one plain
/// shell with a known prompt, in a clean environment. Each test makes one and closes it in a
/// `defer`, which kills the server and removes the directory even when an expectation failed.
final class TmuxSession {
    static let prompt = "PROMPT$"
    /// What the shell inside the pane runs in: a terminal type every ncurses install knows.
    static let term = "screen-256color"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The session's temporary directory: holds the socket, is the shell's HOME, and is where
    /// tests put their article files.
    let directory: String
    private let socket: String
    private let tmuxPath: String
    private let target = "e2e"
    private(set) var width: Int
    private(set) var height: Int
    private var closed = false

    /// Starts the server and waits for the shell's first prompt.
    init(width: Int = 80, height: Int = 24) throws {
        guard let tmuxPath = Spawn.which("tmux") else {
            throw Failure(description: "tmux is required for the end-to-end tests (apt-get install tmux)")
        }
        self.tmuxPath = tmuxPath
        self.width = width
        self.height = height
        directory = try TemporaryDirectory.make()
        socket = directory + "/sock"
        do {
            let shell = "env -i HOME=\(shellQuote(directory)) PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 "
                + "TERM=\(Self.term) PS1='\(Self.prompt) ' /bin/sh"
            let started = try tmux(["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", shell])
            guard started.succeeded else { throw Failure(description: "tmux new-session failed: \(started)") }
            try waitFor("the shell prompt") { $0.lastNonBlankLine == Self.prompt }
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    /// Kills the server (and with it the shell and anything it runs) and removes the directory.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? tmux(["kill-server"], timeout: .seconds(5))
        try? FileManager.default.removeItem(atPath: directory)
    }

    // MARK: - Driving the pane

    @discardableResult
    func tmux(_ arguments: [String], timeout: Duration = .seconds(10)) throws -> Spawn.Result {
        let environment = [
            "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": directory, "LANG": "C.UTF-8", "SHELL": "/bin/sh",
            "TERM": "xterm-256color",
        ]
        return try Spawn.run(tmuxPath, ["-u", "-f", "/dev/null", "-S", socket] + arguments,
                             environment: environment, timeout: timeout)
    }

    /// Sends key names as tmux knows them ("Enter", "Down", "C-c", "q").
    func press(_ keys: String...) throws {
        let result = try tmux(["send-keys", "-t", target] + keys)
        guard result.succeeded else { throw Failure(description: "send-keys \(keys) failed: \(result)") }
    }

    /// Types text literally (no key-name lookup).
    func type(_ text: String) throws {
        let result = try tmux(["send-keys", "-t", target, "-l", text])
        guard result.succeeded else { throw Failure(description: "send-keys -l failed: \(result)") }
    }

    /// Types a command line at the shell prompt and presses Enter.
    func run(_ commandLine: String) throws {
        try type(commandLine)
        try press("Enter")
    }

    func resize(width: Int, height: Int) throws {
        let result = try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
        guard result.succeeded else { throw Failure(description: "resize-window failed: \(result)") }
        self.width = width
        self.height = height
    }

    /// A tmux format evaluated for the pane, e.g. "#{pane_title}".
    func display(_ format: String) throws -> String {
        let result = try tmux(["display-message", "-p", "-t", target, format])
        guard result.succeeded else { throw Failure(description: "display-message failed: \(result)") }
        return result.stdoutText.trimmingCharacters(in: .newlines)
    }

    /// The visible screen, or with `history` everything since the pane started.
    func capture(history: Bool = false, escapes: Bool = false) throws -> ScreenText {
        var arguments = ["capture-pane", "-p", "-t", target]
        if history { arguments += ["-S", "-"] }
        if escapes { arguments.append("-e") }
        let result = try tmux(arguments)
        guard result.succeeded else { throw Failure(description: "capture-pane failed: \(result)") }
        return ScreenText(result.stdoutText, width: width, height: history ? 0 : height)
    }

    /// Polls the screen about every 20 ms until `condition` holds, and returns that screen.
    /// Throws, with the last screen in the message, when it does not hold within `timeout`.
    @discardableResult
    func waitFor(
        _ what: String, timeout: Duration = .seconds(10), history: Bool = false,
        _ condition: (ScreenText) -> Bool
    ) throws -> ScreenText {
        let deadline = ContinuousClock.now + timeout
        var previous: String?
        while true {
            let screen = try capture(history: history)
            // A capture can land while the program is half-way through redrawing (the top rows
            // new, the rest old). Accept a screen only when the next capture, 20 ms later, is the
            // same: then the redraw is over.
            if condition(screen) {
                if previous == screen.text { return screen }
                previous = screen.text
            } else {
                previous = nil
            }
            if ContinuousClock.now > deadline {
                throw Failure(description: "timed out after \(timeout) waiting for \(what); the screen was:\n\(screen)")
            }
            usleep(20_000)
        }
    }

    // MARK: - Files

    /// Creates a directory inside the session's directory and returns its path.
    func makeDirectory(_ name: String) throws -> String {
        let path = directory + "/" + name
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }
}

enum TemporaryDirectory {
    /// A new directory under /tmp with a short name: the tmux socket path must fit in sun_path.
    static func make() throws -> String {
        var template = Array("/tmp/briefing-e2e-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw TmuxSession.Failure(description: "mkdtemp: \(Spawn.errnoText())")
        }
        return String(cString: made)
    }
}

/// `text` quoted for sh.
func shellQuote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
