import Briefing

/// The width of a side pane in the wide layout: the built-in rule, a number of columns, or a
/// share of the terminal's width.
public enum PaneWidth: Sendable, Equatable {
    case automatic
    case columns(Int)
    case percent(Int)

    /// "auto", "30" or 30, "25%".
    public init?(configValue text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if t == "auto" {
            self = .automatic
        } else if t.hasSuffix("%"), let p = Int(t.dropLast().trimmingCharacters(in: .whitespaces)), (1...90).contains(p) {
            self = .percent(p)
        } else if let n = Int(t), n >= 1 {
            self = .columns(n)
        } else {
            return nil
        }
    }

    public var configValue: String {
        switch self {
        case .automatic: "\"auto\""
        case .columns(let n): String(n)
        case .percent(let p): "\"\(p)%\""
        }
    }
}

/// The list's and the sidebar's widths in the wide layout.
public struct PaneWidths: Sendable, Equatable {
    public var list: PaneWidth
    public var sidebar: PaneWidth

    public init(list: PaneWidth = .automatic, sidebar: PaneWidth = .automatic) {
        self.list = list
        self.sidebar = sidebar
    }

    public static let automatic = PaneWidths()

    /// Narrowest a side pane gets, and the least the reader keeps between them.
    static let minimumSide = 16
    static let minimumMiddle = 40

    /// Columns of the list and of the sidebar at terminal width `width` (120 or more). The
    /// built-in rule is a quarter and a fifth of the width within bounds; chosen widths are
    /// kept to at least 16 columns, leaving the reader at least 40.
    func wide(width: Int) -> (list: Int, sidebar: Int) {
        func resolve(_ w: PaneWidth, automatic: Int) -> Int {
            switch w {
            case .automatic: automatic
            case .columns(let n): max(Self.minimumSide, n)
            case .percent(let p): max(Self.minimumSide, width * p / 100)
            }
        }
        var list = resolve(self.list, automatic: ScreenLayout.clamp(width * 26 / 100, 30, 44))
        var sidebar = resolve(self.sidebar, automatic: ScreenLayout.clamp(width / 5, 26, 36))
        let room = width - Self.minimumMiddle
        if list + sidebar > room {
            // Share what there is in proportion.
            let total = list + sidebar
            list = max(Self.minimumSide, room * list / total)
            sidebar = max(Self.minimumSide, room - list)
        }
        return (list, sidebar)
    }
}

/// Everything the configuration file sets for the reader. `ReaderSettings.default` is the
/// program without a configuration file.
public struct ReaderSettings: Sendable {
    public var keys: KeyMap
    public var theme: Theme
    public var paneWidths: PaneWidths
    /// Sentences of an article's summary in the reader (`v`) and the briefing.
    public var summarySentences: Int
    /// Clicks select and focus, a double click opens, the wheel scrolls.
    public var mouse: Bool

    public init(keys: KeyMap = .default, theme: Theme = Theme(), paneWidths: PaneWidths = .automatic,
                summarySentences: Int = Summarizer.defaultLength, mouse: Bool = true) {
        self.keys = keys
        self.theme = theme
        self.paneWidths = paneWidths
        self.summarySentences = summarySentences
        self.mouse = mouse
    }

    public static let `default` = ReaderSettings()

    /// Summary lengths the configuration accepts.
    public static let summaryRange = 1...20
}
