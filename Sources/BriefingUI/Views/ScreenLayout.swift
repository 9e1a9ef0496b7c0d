/// Where each pane goes for a terminal size. Three arrangements: wide (list, reader over quotes,
/// statistics side by side), medium (the list beside the reader, quotes and statistics side by
/// side under the reader), narrow (one pane at a time under a one-line tab bar naming the
/// panes), and below `minimum` none at all.
public struct ScreenLayout: Sendable, Equatable {
    public enum Arrangement: Sendable, Equatable {
        case wide, medium, narrow, tooSmall
    }

    /// Below this the panes cannot show anything useful.
    public static let minimum = Size(width: 40, height: 12)

    public let size: Size
    public let arrangement: Arrangement
    /// Outer rectangles of the panes, borders included.
    public let panes: [PaneID: Rect]
    public let statusLine: Rect
    /// The narrow arrangement's tab bar (every pane then has the whole area under it and only
    /// the focused one is drawn).
    public let tabBar: Rect?

    public init(size: Size, widths: PaneWidths = .automatic) {
        self.size = size
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        guard size.width >= Self.minimum.width, size.height >= Self.minimum.height else {
            arrangement = .tooSmall
            panes = [:]
            statusLine = Rect(x: 0, y: 0, width: 0, height: 0)
            tabBar = nil
            return
        }
        let (content, status) = screen.splitTop(size.height - 1)
        statusLine = status
        var panes: [PaneID: Rect] = [:]
        var tabBar: Rect?
        if size.width >= 120 {
            arrangement = .wide
            let (listWidth, statsWidth) = widths.wide(width: size.width)
            let (list, rest) = content.splitLeft(listWidth)
            let (middle, stats) = rest.splitLeft(rest.width - statsWidth)
            let (reader, quotes) = middle.splitTop(middle.height - Self.clamp(middle.height * 35 / 100, 6, 16))
            panes = [.articles: list, .reader: reader, .quotes: quotes, .statistics: stats]
        } else if size.width >= 80 {
            arrangement = .medium
            // The list takes the left column; the statistics fold under the reader, beside the
            // quotes.
            let (list, right) = content.splitLeft(Self.clamp(size.width * 32 / 100, 28, 38))
            let (reader, bottom) = right.splitTop(right.height - Self.clamp(right.height * 36 / 100, 6, 14))
            let (quotes, stats) = bottom.splitLeft(bottom.width * 55 / 100)
            panes = [.articles: list, .reader: reader, .quotes: quotes, .statistics: stats]
        } else {
            arrangement = .narrow
            // One pane at a time, all the room under the tab bar.
            let (bar, area) = content.splitTop(1)
            tabBar = bar
            panes = [.articles: area, .reader: area, .quotes: area, .statistics: area]
        }
        self.panes = panes
        self.tabBar = tabBar
    }

    /// The one frame of a full-screen view (the speaker list, a speaker's quotes): everything
    /// above the status line.
    public var fullFrame: Rect {
        arrangement == .tooSmall ? Rect(x: 0, y: 0, width: 0, height: 0)
            : Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
    }

    /// Where a full-screen view's content goes: inside its frame, a column of margin each side.
    public var fullContent: Rect {
        let inner = fullFrame.inset(by: 1)
        guard inner.width > 20 else { return inner }
        return Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    }

    /// The area inside a pane's border.
    public func inner(_ pane: PaneID) -> Rect {
        (panes[pane] ?? Rect(x: 0, y: 0, width: 0, height: 0)).inset(by: 1)
    }

    /// Where a pane's content goes: inside the border, with a column of margin on each side for
    /// text panes. The article list keeps the full width so its selection bar meets the border.
    public func content(_ pane: PaneID) -> Rect {
        let inner = inner(pane)
        guard pane != .articles, inner.width > 20 else { return inner }
        return Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    }

    static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
        min(max(value, low), high)
    }
}
