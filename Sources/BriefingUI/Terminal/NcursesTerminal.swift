import CNcurses
import Foundation

/// The one file that talks to ncurses: it turns cell grids into screen updates and ncurses key
/// codes into `Key`s, and it restores the terminal however the program ends.
public final class NcursesTerminal: TerminalBackend {
    private let screen: OpaquePointer
    private let input: UnsafeMutablePointer<FILE>?
    private var colorPairs: [Style: Int16] = [:]
    private var attributes: [Style: attr_t] = [:]
    /// What the theme resolved to on this terminal (for tests and diagnostics).
    public private(set) var capabilities = TerminalCapabilities(colors: 0)
    private var clicks = ClickTracker()
    private let started = ContinuousClock.now

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
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, theme: Theme = Theme(),
                mouse: Bool = true) throws {
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
        setUpStyles(theme, colors: environment["NO_COLOR"].map(\.isEmpty) ?? true)
        if mouse { _ = bf_enable_mouse(1) }
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
                if Int32(code) == bf_key_mouse() {
                    if let event = readMouse() { return .mouse(event) }
                    continue
                }
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

    private func readMouse() -> MouseEvent? {
        var x: Int32 = 0, y: Int32 = 0, kind: Int32 = 0
        guard bf_get_mouse(&x, &y, &kind) != 0 else { return nil }
        switch kind {
        case 1:
            let elapsed = ContinuousClock.now - started
            let ms = Int(elapsed.components.seconds) * 1000 + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
            return MouseEvent(clicks.press(x: Int(x), y: Int(y), at: ms), x: Int(x), y: Int(y))
        case 4:
            clicks = ClickTracker()
            return MouseEvent(.doubleClick, x: Int(x), y: Int(y))
        case 2: return MouseEvent(.wheelUp, x: Int(x), y: Int(y))
        case 3: return MouseEvent(.wheelDown, x: Int(x), y: Int(y))
        default: return nil
        }
    }

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

    /// Applies the theme as resolved for this terminal (`Theme.looks(for:)`): attributes always,
    /// colours when the terminal has at least eight, the theme is not mono and `NO_COLOR` is
    /// unset. One colour pair per foreground colour, on the terminal's own background.
    private func setUpStyles(_ theme: Theme, colors wanted: Bool) {
        let supported = term_attrs()
        var colors = 0
        if wanted, theme.base != .mono, has_colors(), start_color() == OK, bf_colors() >= 8 {
            use_default_colors()
            colors = Int(bf_colors())
        }
        capabilities = TerminalCapabilities(colors: colors, italic: supported & bf_a_italic() != 0, dim: supported & bf_a_dim() != 0)
        var pairs: [Int: Int16] = [:]
        for (style, look) in theme.looks(for: capabilities) {
            var attrs = bf_a_normal()
            if look.attributes.contains(.bold) { attrs |= bf_a_bold() }
            if look.attributes.contains(.dim) { attrs |= bf_a_dim() }
            if look.attributes.contains(.underline) { attrs |= bf_a_underline() }
            if look.attributes.contains(.reverse) { attrs |= bf_a_reverse() }
            if look.attributes.contains(.italic) { attrs |= bf_a_italic() }
            attributes[style] = attrs
            guard case .index(let color)? = look.foreground else { continue }
            if let pair = pairs[color] {
                colorPairs[style] = pair
                continue
            }
            let pair = Int16(pairs.count + 1)
            guard Int(pair) < Int(bf_color_pairs()), init_pair(pair, Int16(color), -1) == OK else { continue }
            pairs[color] = pair
            colorPairs[style] = pair
        }
    }
}
