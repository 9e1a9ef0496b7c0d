/// A mouse event, independent of the terminal library that read it. Cells are 0-based.
public struct MouseEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The first button pressed.
        case press
        /// A second press of the first button on the same cell soon after the first.
        case doubleClick
        case wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// Tells a double click from two clicks by time and place, so the terminal can report every
/// press at once (ncurses' own click detection waits to see whether another press follows).
public struct ClickTracker: Sendable {
    /// Most a double click's presses are apart, in milliseconds.
    public static let interval = 400
    private var last: (x: Int, y: Int, time: Int)?

    public init() {}

    /// The kind of a press at (`x`, `y`) at `time` milliseconds: `.doubleClick` when it follows
    /// a press on the same cell within `interval` (a third press starts again).
    public mutating func press(x: Int, y: Int, at time: Int) -> MouseEvent.Kind {
        if let last, last.x == x, last.y == y, time - last.time >= 0, time - last.time <= Self.interval {
            self.last = nil
            return .doubleClick
        }
        last = (x, y, time)
        return .press
    }
}

/// What is under the pointer: a pane of the four (and the row's entry where it shows a list),
/// or an entry of a full-screen list.
public enum MouseTarget: Sendable, Equatable {
    /// A pane; `entry` is the article, quote or selectable sidebar row under the pointer.
    case pane(PaneID, entry: Int?)
    /// The full-screen view; `entry` is the list entry under the pointer.
    case list(entry: Int?)
}
