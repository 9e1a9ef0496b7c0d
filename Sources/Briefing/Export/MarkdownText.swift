/// Inline Markdown: article text escaped so that it reads as the same words in any Markdown
/// viewer, plus whatever markup the report itself adds (`**bold**`, `*emphasis*`).
///
/// Keeping escaped text in its own type means a block (`MarkdownDocument`) can only be built
/// from text that went through `text(_:)`: a title with `|`, `*`, `<script>` or an escape
/// sequence cannot change the report's structure or reach a terminal raw.
public struct MarkdownText: Sendable, Hashable {
    /// The Markdown source.
    public private(set) var markup: String

    /// The report's own markup, written by this module; never pass article text here.
    init(markup: String) {
        self.markup = markup
    }

    /// Article text as one line of literal text: line breaks become spaces, control characters,
    /// escape sequences and bidi overrides their visible placeholders (the report often goes to
    /// a terminal), and every character Markdown could read as markup is backslash-escaped.
    public static func text(_ text: some StringProtocol) -> MarkdownText {
        MarkdownText(markup: MarkdownEscaping.escapeInline(MarkdownEscaping.oneLine(text)))
    }

    public static func strong(_ text: some StringProtocol) -> MarkdownText {
        wrapped(text, in: "**")
    }

    public static func emphasis(_ text: some StringProtocol) -> MarkdownText {
        wrapped(text, in: "*")
    }

    /// Emphasis markers hug the text: "* x*" is not emphasis in CommonMark, and "**" alone is two
    /// asterisks, so spaces move outside and empty text stays empty.
    static func wrapped(_ text: some StringProtocol, in marker: String) -> MarkdownText {
        let markup = Self.text(text).markup
        let inner = MarkdownEscaping.trimmingSpaces(markup)
        guard !inner.isEmpty else { return MarkdownText(markup: markup) }
        return MarkdownText(markup: marker + inner + marker)
    }

    /// Pieces joined with a separator of the report's own (" · ", ", ").
    public static func joined(_ parts: [MarkdownText], separator: String) -> MarkdownText {
        MarkdownText(markup: parts.map(\.markup).joined(separator: separator))
    }

    public var isEmpty: Bool { markup.isEmpty }

    public static func + (a: MarkdownText, b: MarkdownText) -> MarkdownText {
        MarkdownText(markup: a.markup + b.markup)
    }
}

extension MarkdownText: ExpressibleByStringLiteral {
    /// A literal in the source is the report's own wording ("Key figures", " · "), not article
    /// text; it is still escaped, so a literal can never smuggle markup in by accident.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

/// The escaping rules, kept apart from the types that use them so they can be read in one place.
enum MarkdownEscaping {
    /// Characters that are markup wherever they stand: emphasis (`*`, `_`), code (`` ` ``),
    /// links and images (`[`, `]`), raw HTML and autolinks (`<`), table cells (`|`),
    /// strikethrough (`~`), and the escape character itself.
    static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", "|", "~"]

    /// Line breaks (which would end a table row or a list item) become spaces, then the text is
    /// sanitised for the terminal. Spaces are kept (a separator may be one); the document trims
    /// each block's ends.
    static func oneLine(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return TerminalSafety.sanitize(String(scalars))
    }

    static func escapeInline(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            if alwaysEscaped.contains(scalar) || (scalar == "&" && startsEntity(scalars, at: i)) {
                out.append("\\")
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// "&amp;" or "&#42;" would be read as a character reference; "AT&T" would not.
    static func startsEntity(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i + 1
        while j < scalars.count, j - i <= 32 {
            let s = scalars[j]
            if s == ";" { return j > i + 1 }
            guard s == "#" || (s.isASCII && s.properties.isAlphabetic) || ("0"..."9").contains(s) else { return false }
            j += 1
        }
        return false
    }

    /// Escaped inline markup placed at the start of a block (a paragraph, a heading, a list item,
    /// a line of a block quote), where a leading `#`, `>`, `-`, `+`, `=` or "1." / "1)" would
    /// open a heading, a quote, a list or a rule instead of being read as text.
    /// Spaces around the block are trimmed first: four leading spaces would make a code block,
    /// two trailing ones a line break.
    static func escapeBlockStart(_ markup: String) -> String {
        let markup = trimmingSpaces(markup)
        guard let first = markup.unicodeScalars.first else { return markup }
        switch first {
        case "#", ">", "-", "+", "=":
            return "\\" + markup
        case "0"..."9":
            let digits = markup.unicodeScalars.prefix { ("0"..."9").contains($0) }
            let rest = markup.unicodeScalars.dropFirst(digits.count)
            guard let marker = rest.first, marker == "." || marker == ")" else { return markup }
            return String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(rest))
        default:
            return markup
        }
    }

    static func trimmingSpaces(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let start = scalars.firstIndex { $0 != " " } ?? scalars.endIndex
        let end = (scalars.lastIndex { $0 != " " }).map { $0 + 1 } ?? start
        return String(String.UnicodeScalarView(scalars[start..<max(start, end)]))
    }
}
