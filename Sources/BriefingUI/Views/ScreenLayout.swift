/// Where each pane goes for a terminal size. Three arrangements: wide (list, reader over quotes,
/// statistics side by side), medium (list over statistics beside reader over quotes), narrow
/// (all stacked), and below `minimum` none at all.
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

    public init(size: Size, widths: PaneWidths = .automatic) {
        self.size = size
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        guard size.width >= Self.minimum.width, size.height >= Self.minimum.height else {
            arrangement = .tooSmall
            panes = [:]
            statusLine = Rect(x: 0, y: 0, width: 0, height: 0)
            return
        }
        let (content, status) = screen.splitTop(size.height - 1)
        statusLine = status
        var panes: [PaneID: Rect] = [:]
        if size.width >= 120 {
            arrangement = .wide
            let (listWidth, statsWidth) = widths.wide(width: size.width)
            let (list, rest) = content.splitLeft(listWidth)
            let (middle, stats) = rest.splitLeft(rest.width - statsWidth)
            let (reader, quotes) = middle.splitTop(middle.height - Self.clamp(middle.height * 35 / 100, 6, 16))
            panes = [.articles: list, .reader: reader, .quotes: quotes, .statistics: stats]
        } else if size.width >= 80 {
            arrangement = .medium
            let (left, right) = content.splitLeft(Self.clamp(size.width * 32 / 100, 28, 38))
            let (list, stats) = left.splitTop(left.height - Self.clamp(left.height * 40 / 100, 6, 14))
            let (reader, quotes) = right.splitTop(right.height - Self.clamp(right.height * 36 / 100, 5, 14))
            panes = [.articles: list, .reader: reader, .quotes: quotes, .statistics: stats]
        } else {
            arrangement = .narrow
            // The reader gets what is left after a short list, a one-line statistics summary and
            // a two-line quotes pane.
            let (list, rest) = content.splitTop(Self.clamp(content.height / 4, 4, 8))
            let (middle, stats) = rest.splitTop(rest.height - 3)
            let (reader, quotes) = middle.splitTop(middle.height - 4)
            panes = [.articles: list, .reader: reader, .quotes: quotes, .statistics: stats]
        }
        self.panes = panes
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
