/// A key press, independent of the terminal library that read it.
public enum Key: Sendable, Hashable {
    case character(Unicode.Scalar)
    /// A letter typed with Ctrl held ("n" for Ctrl-N). Ctrl-H, -I, -J and -M arrive as
    /// Backspace, Tab and Enter, as terminals send them.
    case control(Unicode.Scalar)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace
    case function(Int)

    /// How the help and the README name the key.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + String(c).uppercased()
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
public enum Action: Sendable, Hashable {
    case moveUp, moveDown
    case pageUp, pageDown
    case top, bottom
    case focusNext, focusPrevious
    /// Enter: open what is selected (an article, a quote, a speaker).
    case open
    /// Open the list of speakers.
    case speakers
    /// Open the ranked list of key figures.
    case figures
    /// Open the timeline.
    case timeline
    /// Open the list of people, organisations and places.
    case entities
    /// In the names list, show the next kind of name (people, organisations, places, all).
    case nextKind
    /// Open the briefing: every story top to bottom.
    case briefing
    /// Switch the reader between the open article's full text and its summary.
    case toggleSummary
    /// Return to the view before the last jump; close help; cancel a prompt.
    case back
    /// Open the search prompt on the status line.
    case search
    /// Open the list's filter prompt on the status line.
    case filter
    /// Go to the next or the previous match of the last search.
    case nextMatch, previousMatch
    /// Open help, or close it.
    case help
    /// Add a character to the speaker filter.
    case type(Unicode.Scalar)
    /// Delete the filter's last character, or go back when it is empty.
    case deleteBackward
    case clearFilter
    case quit

    /// One of each action (`type` stands for every character), so tests can check each is bound.
    public static let all: [Action] = [
        .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .focusNext, .focusPrevious, .open, .speakers, .figures, .timeline, .entities, .nextKind, .briefing,
        .toggleSummary, .back, .search, .filter, .nextMatch, .previousMatch, .help,
        .type("a"), .deleteBackward, .clearFilter, .quit,
    ]

    /// True for two actions of the same kind (any two `type`s).
    public func isSameKind(as other: Action) -> Bool {
        switch (self, other) {
        case (.type, .type): true
        default: self == other
        }
    }
}
