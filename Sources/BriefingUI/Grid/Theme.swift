/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1)
    public static let dim = TextAttributes(rawValue: 2)
    public static let underline = TextAttributes(rawValue: 4)
    public static let reverse = TextAttributes(rawValue: 8)
    public static let italic = TextAttributes(rawValue: 16)
}

/// A colour of the 256-colour palette (0–7 the basic colours, 8–15 their bright forms), or the
/// terminal's own.
public enum ThemeColor: Sendable, Hashable {
    case terminalDefault
    case index(Int)

    /// The basic colours by name, in palette order.
    public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// "yellow", "bright-yellow", "default", or a palette number as text.
    public init?(name raw: String) {
        let name = raw.lowercased().replacingOccurrences(of: "_", with: "-")
        if name == "default" || name == "none" {
            self = .terminalDefault
        } else if let i = Self.names.firstIndex(of: name) {
            self = .index(i)
        } else if name.hasPrefix("bright-"), let i = Self.names.firstIndex(of: String(name.dropFirst(7))) {
            self = .index(i + 8)
        } else if let n = Int(name), (0...255).contains(n) {
            self = .index(n)
        } else {
            return nil
        }
    }

    /// How the configuration file writes it: a name for the sixteen named colours, else the
    /// number.
    public var configValue: String {
        switch self {
        case .terminalDefault: return "\"default\""
        case .index(let n) where n < 8: return "\"\(Self.names[n])\""
        case .index(let n) where n < 16: return "\"bright-\(Self.names[n - 8])\""
        case .index(let n): return String(n)
        }
    }

    /// The nearest colour a terminal with `colors` colours has: the colour itself with 256,
    /// one of the eight basic colours with fewer (bright forms lose their brightness, the colour
    /// cube keeps the channels at half strength or more, greys go to black or white).
    public func reduced(to colors: Int) -> ThemeColor {
        guard case .index(let n) = self, colors < 256 else { return self }
        switch n {
        case 0..<8: return self
        case 8..<16: return .index(n - 8)
        case 16..<232:
            let cube = n - 16
            let r = cube / 36, g = cube / 6 % 6, b = cube % 6
            return .index((r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0))
        default:
            return .index(n - 232 < 12 ? 0 : 7)
        }
    }
}

/// How one style looks on a given terminal: attributes always, colours where there are any.
public struct StyleLook: Sendable, Equatable {
    public var attributes: TextAttributes
    public var foreground: ThemeColor?

    public init(attributes: TextAttributes, foreground: ThemeColor? = nil) {
        self.attributes = attributes
        self.foreground = foreground
    }
}

/// What the terminal can show, as the backend finds it.
public struct TerminalCapabilities: Sendable, Equatable {
    /// Colours available: 0 for none (no colour support, `NO_COLOR`, or fewer than eight).
    public var colors: Int
    public var italic: Bool
    public var dim: Bool

    public init(colors: Int, italic: Bool = true, dim: Bool = true) {
        self.colors = colors < 8 ? 0 : colors
        self.italic = italic
        self.dim = dim
    }
}

/// Styles to attributes and colours: pure data, resolved for a terminal by `looks(for:)`, applied
/// by the backend. Attributes carry every meaning (the three kinds of quote, a passage's
/// sentence and its figure or date), so a monochrome terminal loses nothing; colour only adds.
public struct Theme: Sendable, Equatable {
    public enum Base: String, Sendable, CaseIterable {
        /// Colours where the terminal has them (256, or the eight basic ones).
        case `default`
        /// Attributes only, whatever the terminal.
        case mono
    }

    public var base: Base
    /// Foreground colours chosen in the configuration, by style; they replace the theme's own.
    public var colors: [Style: ThemeColor]

    public init(base: Base = .default, colors: [Style: ThemeColor] = [:]) {
        self.base = base
        self.colors = colors
    }

    /// The attributes of each style, on every terminal. Direct quotes bold, partial
    /// underlined, indirect italic; the sentence of a passage reversed, its focus reversed,
    /// bold and underlined.
    public static let attributes: [Style: TextAttributes] = [
        .dim: .dim, .strong: .bold, .heading: [.bold, .underline], .borderFocused: .bold, .paneTitle: .bold,
        .paneTitleFocused: [.bold, .reverse],
        .selection: [.reverse, .bold], .selectionInactive: .underline,
        .quoteDirect: .bold, .quotePartial: .underline, .quoteIndirect: .italic, .quoteHighlighted: [.reverse, .bold],
        .context: .reverse, .contextFocus: [.reverse, .bold, .underline],
        .match: [.bold, .underline], .cursor: .reverse,
        .statusBar: .reverse, .statusKey: [.reverse, .bold], .warning: .bold,
    ]

    /// Colours on a 256-colour terminal.
    public static let colors256: [Style: ThemeColor] = [
        .heading: .index(111),
        .borderFocused: .index(74), .paneTitleFocused: .index(74),
        .quoteDirect: .index(114), .quotePartial: .index(80), .quoteIndirect: .index(176), .quoteHighlighted: .index(114),
        .contextFocus: .index(221), .match: .index(221),
        .selection: .index(74),
        .warning: .index(214),
    ]

    /// Colours on an eight-colour terminal.
    public static let colors8: [Style: ThemeColor] = [
        .borderFocused: .index(6), .paneTitleFocused: .index(6),
        .quoteDirect: .index(2), .quotePartial: .index(6), .quoteIndirect: .index(5), .quoteHighlighted: .index(2),
        .contextFocus: .index(3), .match: .index(3),
        .selection: .index(6),
        .warning: .index(3),
    ]

    /// Every style's look on `terminal`. Italic falls back to dim, then to bold underlined;
    /// dim falls back to nothing (secondary text is still text). Without colours (none, or
    /// the mono theme) only attributes remain.
    public func looks(for terminal: TerminalCapabilities) -> [Style: StyleLook] {
        let colorCount = base == .mono ? 0 : terminal.colors
        let palette = colorCount >= 256 ? Self.colors256 : colorCount >= 8 ? Self.colors8 : [:]
        var looks: [Style: StyleLook] = [:]
        for style in Style.allCases {
            var attributes = Self.attributes[style] ?? []
            if attributes.contains(.italic) && !terminal.italic {
                attributes.remove(.italic)
                attributes.formUnion(terminal.dim ? .dim : [.bold, .underline])
            }
            if !terminal.dim { attributes.remove(.dim) }
            var color: ThemeColor? = nil
            if colorCount > 0 {
                color = (colors[style] ?? palette[style])?.reduced(to: colorCount)
                if color == .terminalDefault { color = nil }
            }
            looks[style] = StyleLook(attributes: attributes, foreground: color)
        }
        return looks
    }

    /// The name of a style in the configuration file: its case in snake case.
    public static func configName(of style: Style) -> String {
        snakeCased(String(describing: style))
    }

    public static func style(named name: String) -> Style? {
        Style.allCases.first { configName(of: $0) == name }
    }
}
