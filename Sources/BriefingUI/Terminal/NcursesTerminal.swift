import CNcurses
import Foundation

/// The one file that talks to ncurses: it turns cell grids into screen updates and ncurses key
/// codes into `Key`s, and it restores the terminal however the program ends.
public final class NcursesTerminal: TerminalBackend {
    private let screen: OpaquePointer
    private let input: UnsafeMutablePointer<FILE>?
    private var colorPairs: [Style: Int16] = [:]
    private var attributes: [Style: attr_t] = [:]

    /// Why a full-screen terminal cannot be used; the caller prints plain text instead.
    public enum Unavailable: Error, CustomStringConvertible {
        case notATerminal, dumbTerminal, unknownTerminal(String)

        public var description: String {
            switch self {
            case .notATerminal: "standard output is not a terminal"
            case .dumbTerminal: "TERM is unset or dumb"
            case .unknownTerminal(let term): "unknown terminal type \(term)"
            }
        }
    }

    /// Takes over the terminal. Checks before touching it: output must be a terminal and TERM a
    /// known type; otherwise nothing at all is written and `Unavailable` is thrown.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        setlocale(LC_ALL, "")
        guard isatty(STDOUT_FILENO) == 1 else { throw Unavailable.notATerminal }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else { throw Unavailable.dumbTerminal }
        // Keys come from the terminal even when standard input is a pipe.
        var inputFile: UnsafeMutablePointer<FILE>? = nil
        if isatty(STDIN_FILENO) != 1 {
            inputFile = fopen("/dev/tty", "r")
            guard inputFile != nil else { throw Unavailable.notATerminal }
        }
        bf_install_restore_handlers()
        // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting.
        guard let screen = newterm(term, bf_stdout(), inputFile ?? bf_stdin()) else {
            if let inputFile { fclose(inputFile) }
            throw Unavailable.unknownTerminal(term)
        }
        self.screen = screen
        self.input = inputFile
        bf_set_curses_active(1)
        set_term(screen)
        noecho()
        cbreak()  // Ctrl-C still sends SIGINT, which restores the terminal
        nonl()
        keypad(bf_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        setUpStyles(colors: environment["NO_COLOR"].map(\.isEmpty) ?? true)
    }

    deinit {
        bf_restore_terminal()
        delscreen(screen)
        if let input { fclose(input) }
    }

    /// Leaves full-screen mode now (before printing anything to the normal screen).
    public func close() {
        bf_restore_terminal()
    }

    public var size: Size {
        Size(width: Int(bf_max_x(bf_stdscr())), height: Int(bf_max_y(bf_stdscr())))
    }

    public func draw(_ grid: CellGrid) {
        let window = bf_stdscr()
        let size = self.size
        let width = min(size.width, grid.size.width), height = min(size.height, grid.size.height)
        var chars = [wchar_t](repeating: 0, count: 6)
        for y in 0..<height {
            for x in 0..<width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                let attrs = attributes[cell.style] ?? bf_a_normal()
                let pair = colorPairs[cell.style] ?? 0
                if let line = lineCharacter(cell.text) {
                    _ = bf_put_wacs(window, Int32(y), Int32(x), line, attrs, pair)
                    continue
                }
                var n = 0
                for scalar in cell.text.unicodeScalars.prefix(5) {
                    chars[n] = wchar_t(bitPattern: scalar.value)
                    n += 1
                }
                chars[n] = 0
                // Writing the bottom-right cell reports an error after drawing it; that is fine.
                _ = bf_put_cell(window, Int32(y), Int32(x), chars, attrs, pair)
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Waits for a key with ncurses' own timeout (`wtimeout`) rather than a self-pipe woken by
    /// the loader: ncurses reads ahead into its own buffer (the rest of an escape sequence,
    /// keys typed fast), so a wait on the terminal's descriptor could sleep while a key sits
    /// in that buffer. A timeout is asked for only while the model loads; otherwise the wait
    /// blocks and an idle reader costs nothing.
    public func nextEvent(timeout milliseconds: Int?) -> TerminalEvent {
        let window = bf_stdscr()
        wtimeout(window, Int32(milliseconds ?? -1))
        var code: wint_t = 0
        while true {
            let started = ContinuousClock.now
            errno = 0
            let result = wget_wch(window, &code)
            if result == KEY_CODE_YES {
                if code == KEY_RESIZE { return .resize }
                if let key = Self.functionKey(Int32(code)) { return .key(key) }
                continue
            }
            if result == OK {
                if let key = Self.characterKey(UInt32(code)) { return .key(key) }
                continue
            }
            // ERR: interrupted by a signal we survive (e.g. SIGWINCH) → try again. With a
            // timeout, ERR after waiting is the timeout; ERR at once, like ERR without one,
            // means input is gone (end of file, a hang-up), and looping would spin.
            if errno == EINTR { continue }
            if let milliseconds, ContinuousClock.now - started >= .milliseconds(milliseconds / 2) { return .tick }
            return .end
        }
    }

    // MARK: - Keys

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END, KEY_LL: .end
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case KEY_BACKSPACE: .backspace
        case KEY_F0 + 1...KEY_F0 + 24: .function(Int(code - KEY_F0))
        default: nil
        }
    }

    private static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        // Ctrl-A … Ctrl-Z (those above are Tab, Enter and Backspace).
        case 1...26: return Unicode.Scalar(value + 96).map(Key.control)
        case 0..<32: return nil
        default: return Unicode.Scalar(value).map(Key.character)
        }
    }

    // MARK: - Styles

    private func lineCharacter(_ text: String) -> UnsafePointer<cchar_t>? {
        switch text {
        case "─": bf_wacs_hline()
        case "│": bf_wacs_vline()
        case "┌": bf_wacs_ulcorner()
        case "┐": bf_wacs_urcorner()
        case "└": bf_wacs_llcorner()
        case "┘": bf_wacs_lrcorner()
        default: nil
        }
    }

    /// Attributes carry the meaning on every terminal; colour, where there is any, adds to it.
    /// The three kinds of quote differ without colour: direct bold, partial underlined,
    /// indirect italic (dim where the terminal has no italics, bold underlined where it has
    /// neither).
    private func setUpStyles(colors wanted: Bool) {
        let bold = bf_a_bold(), dim = bf_a_dim(), reverse = bf_a_reverse(), underline = bf_a_underline()
        let supported = term_attrs()
        let indirect: attr_t = supported & bf_a_italic() != 0 ? bf_a_italic()
            : supported & dim != 0 ? dim : bold | underline
        attributes = [
            .dim: dim, .strong: bold, .heading: bold | underline, .borderFocused: bold, .paneTitle: bold, .paneTitleFocused: bold | reverse,
            .selection: reverse | bold, .selectionInactive: underline,
            .quoteDirect: bold, .quotePartial: underline, .quoteIndirect: indirect, .quoteHighlighted: reverse | bold,
            .context: reverse, .contextFocus: reverse | bold | underline,
            .match: bold | underline, .cursor: reverse,
            .statusBar: reverse, .statusKey: reverse | bold, .warning: bold,
        ]
        guard wanted, has_colors(), start_color() == OK else { return }
        use_default_colors()
        let palette: [(Style, Int16, Int16)] = [
            (.borderFocused, Int16(COLOR_CYAN), -1),
            (.paneTitleFocused, Int16(COLOR_CYAN), -1),
            (.quoteDirect, Int16(COLOR_GREEN), -1),
            (.quotePartial, Int16(COLOR_CYAN), -1),
            (.quoteIndirect, Int16(COLOR_MAGENTA), -1),
            (.quoteHighlighted, Int16(COLOR_GREEN), -1),
            (.contextFocus, Int16(COLOR_YELLOW), -1),
            (.match, Int16(COLOR_YELLOW), -1),
            (.selection, Int16(COLOR_CYAN), -1),
            (.warning, Int16(COLOR_YELLOW), -1),
        ]
        for (i, entry) in palette.enumerated() where i + 1 < Int(bf_color_pairs()) {
            let pair = Int16(i + 1)
            if init_pair(pair, entry.1, entry.2) == OK { colorPairs[entry.0] = pair }
        }
    }
}
