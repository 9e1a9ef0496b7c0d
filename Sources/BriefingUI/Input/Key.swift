/// A key press, independent of the terminal library that read it.
public enum Key: Sendable, Hashable {
    case character(Unicode.Scalar)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace
    case function(Int)

    /// How the help and the README name the key.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .function(let n): "F\(n)"
        }
    }
}

/// Something the reader can do; keys map to actions in `KeyTable` and nowhere else.
public enum Action: Sendable, Hashable, CaseIterable {
    case moveUp, moveDown
    case pageUp, pageDown
    case top, bottom
    case focusNext, focusPrevious
    case open
    case quit
}
