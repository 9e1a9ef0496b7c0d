/// What a cell is, not how it looks: the terminal backend (and later a theme) decides the
/// colours and attributes, so views never mention colours and snapshots stay stable.
public enum Style: UInt8, Sendable, Hashable, CaseIterable {
    case normal
    /// Secondary text: bylines, dates, labels.
    case dim
    /// Emphasised text: article titles, section headings.
    case strong
    case border
    case borderFocused
    case paneTitle
    case paneTitleFocused
    /// The selected row of the focused pane.
    case selection
    /// The selected row of a pane without focus.
    case selectionInactive
    /// Text inside quotation marks in the reader.
    case quoted
    /// The passage the reader jumped to.
    case quotedSelected
    case statusBar
    case statusKey
    case warning
}
