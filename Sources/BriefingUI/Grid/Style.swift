/// What a cell is, not how it looks: the terminal backend (and later a theme) decides the
/// colours and attributes, so views never mention colours and snapshots stay stable.
public enum Style: UInt8, Sendable, Hashable, CaseIterable {
    case normal
    /// Secondary text: bylines, dates, labels.
    case dim
    /// Emphasised text: article titles, section headings, speakers' names.
    case strong
    /// A heading that opens a part of a document: a story's headline in the briefing, the
    /// summary's header in the reader.
    case heading
    case border
    case borderFocused
    case paneTitle
    case paneTitleFocused
    /// The selected row of the focused pane.
    case selection
    /// The selected row of a pane without focus.
    case selectionInactive
    /// A direct quote in the reader (a whole passage in quotation marks), and the word "direct"
    /// in lists, so the lists show what the reader's marks mean.
    case quoteDirect
    /// A quoted fragment inside the writer's sentence.
    case quotePartial
    /// Reported speech without quotation marks.
    case quoteIndirect
    /// The quote the reader jumped to, whatever its kind.
    case quoteHighlighted
    /// The sentence of a passage jumped to (a figure's, a date's, a name's).
    case context
    /// The figure, date or name itself inside that sentence.
    case contextFocus
    /// The part of a name that the typed filter matches.
    case match
    /// Where typed text goes.
    case cursor
    case statusBar
    case statusKey
    case warning
}
