import SnapshotTesting
import Testing
@testable import BriefingUI

@Suite("Themes")
struct ThemeTests {
    /// What the reader's text can hold at once: the three kinds of quote, the quote jumped to,
    /// a passage's sentence and its figure or date.
    static let meaningful: [Style] = [.quoteDirect, .quotePartial, .quoteIndirect, .quoteHighlighted, .context, .contextFocus]

    @Test("256 colours: the rich palette; 8 colours: the basic one; the attributes are the same")
    func colourDepths() {
        let rich = Theme().looks(for: TerminalCapabilities(colors: 256))
        let basic = Theme().looks(for: TerminalCapabilities(colors: 8))
        #expect(rich[.quoteDirect]?.foreground == .index(114))
        #expect(basic[.quoteDirect]?.foreground == .index(2))
        #expect(basic[.quoteIndirect]?.foreground == .index(5))
        for style in Style.allCases {
            #expect(rich[style]?.attributes == basic[style]?.attributes, "\(style)")
            if case .index(let n)? = basic[style]?.foreground { #expect(n < 8, "\(style)") }
        }
    }

    @Test("no colours (none, fewer than 8, NO_COLOR as 0, or the mono theme): attributes only")
    func mono() {
        for looks in [Theme().looks(for: TerminalCapabilities(colors: 0)), Theme().looks(for: TerminalCapabilities(colors: 2)),
                      Theme(base: .mono).looks(for: TerminalCapabilities(colors: 256)),
                      Theme(base: .mono, colors: [.quoteDirect: .index(3)]).looks(for: TerminalCapabilities(colors: 256))] {
            #expect(looks.values.allSatisfy { $0.foreground == nil })
            #expect(looks[.quoteDirect]?.attributes == .bold)
        }
    }

    @Test("every meaning survives without colour: quotes, a passage's sentence and its focus all differ", arguments: [
        TerminalCapabilities(colors: 0, italic: true, dim: true), TerminalCapabilities(colors: 0, italic: false, dim: true),
        TerminalCapabilities(colors: 0, italic: false, dim: false),
    ])
    func distinguishable(terminal: TerminalCapabilities) {
        let looks = Theme().looks(for: terminal)
        let attributes = Self.meaningful.map { looks[$0]!.attributes }
        #expect(Set(attributes.map(\.rawValue)).count == attributes.count, "\(attributes)")
        #expect(!attributes.contains([]))
        #expect(looks[.normal]?.attributes == [])
    }

    @Test("italic falls back to dim, then to bold underlined")
    func italicFallback() {
        #expect(Theme().looks(for: TerminalCapabilities(colors: 0, italic: true))[.quoteIndirect]?.attributes == .italic)
        #expect(Theme().looks(for: TerminalCapabilities(colors: 0, italic: false, dim: true))[.quoteIndirect]?.attributes == .dim)
        #expect(Theme().looks(for: TerminalCapabilities(colors: 0, italic: false, dim: false))[.quoteIndirect]?.attributes == [.bold, .underline])
    }

    @Test("a configured colour replaces the theme's, reduced to eight colours where needed")
    func configured() {
        let theme = Theme(colors: [.quoteDirect: .index(214), .warning: .terminalDefault, .normal: .index(12)])
        let rich = theme.looks(for: TerminalCapabilities(colors: 256))
        #expect(rich[.quoteDirect]?.foreground == .index(214))
        #expect(rich[.warning]?.foreground == nil)
        let basic = theme.looks(for: TerminalCapabilities(colors: 8))
        #expect(basic[.quoteDirect]?.foreground == .index(3))  // orange → yellow
        #expect(basic[.normal]?.foreground == .index(4))  // bright blue → blue
        #expect(ThemeColor.index(244).reduced(to: 8) == .index(7))
        #expect(ThemeColor.index(233).reduced(to: 8) == .index(0))
        #expect(ThemeColor(name: "bright-cyan") == .index(14))
        #expect(ThemeColor(name: "Yellow") == .index(3))
        #expect(ThemeColor(name: "chartreuse") == nil)
    }

    @Test("style names come from the styles")
    func styleNames() {
        #expect(Theme.configName(of: .quoteDirect) == "quote_direct")
        #expect(Theme.configName(of: .contextFocus) == "context_focus")
        for style in Style.allCases { #expect(Theme.style(named: Theme.configName(of: style)) == style) }
    }

    /// The theme as a table: each style's attributes and colour on a 256-colour terminal, an
    /// eight-colour one, and one without colours or italics.
    static func table() -> String {
        let terminals = [("256", TerminalCapabilities(colors: 256)), ("8", TerminalCapabilities(colors: 8)),
                         ("mono", TerminalCapabilities(colors: 0, italic: false, dim: true))]
        let looks = terminals.map { Theme().looks(for: $0.1) }
        func describe(_ look: StyleLook) -> String {
            let names: [(TextAttributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.underline, "underline"), (.reverse, "reverse"),
                                                     (.italic, "italic")]
            var parts = names.filter { look.attributes.contains($0.0) }.map(\.1)
            if case .index(let n)? = look.foreground { parts.append("fg \(n)") }
            return parts.isEmpty ? "-" : parts.joined(separator: "+")
        }
        var lines = ["style | " + terminals.map(\.0).joined(separator: " | ")]
        for style in Style.allCases {
            lines.append(Theme.configName(of: style) + " | " + looks.map { describe($0[style]!) }.joined(separator: " | "))
        }
        return lines.joined(separator: "\n")
    }

    @Test("the theme on 256, 8 and no colours, as a table read by a person")
    func snapshot() {
        assertSnapshot(of: Self.table(), as: .lines, named: "looks")
    }
}
