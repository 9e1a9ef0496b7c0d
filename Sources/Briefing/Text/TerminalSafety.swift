/// The one gate between article text and a terminal. Everything drawn on screen or printed as
/// plain text passes through `sanitize`, so no byte from an article can move the cursor, change
/// colours, set the window title, reorder text (bidi overrides) or hide text (invisible
/// characters). Offending characters are replaced by a visible placeholder, never dropped, so
/// a reader sees that something was there.
public enum TerminalSafety {
    /// Shown for C1 controls, bidi controls, invisible and unassigned characters.
    public static let placeholder: Unicode.Scalar = "\u{FFFD}"

    /// `text` as one line that is safe to write to a terminal: tabs become spaces, other C0
    /// controls (line breaks, ESC, BEL, backspace...) their visible Control Pictures (␛, ␇),
    /// and anything else that could act on the terminal the placeholder.
    public static func sanitize(_ text: some StringProtocol) -> String {
        // Fast path: most text is printable ASCII, which needs no change.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return String(text) }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            out.append(replacement(for: scalar) ?? scalar)
        }
        return String(out)
    }

    /// The scalar to show instead of `scalar`, or nil when it is safe as it is.
    public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x20..<0x7F:
            return nil
        case 0x09:
            return " "
        case 0x00..<0x20:
            return Unicode.Scalar(0x2400 + v)  // ␀ … ␟, e.g. ␛ for ESC
        case 0x7F:
            return "\u{2421}"  // ␡
        case 0x80...0x9F:      // C1 controls, including CSI (0x9B), OSC (0x9D), DCS (0x90)
            return placeholder
        case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0xFFF9...0xFFFB,
             0xE0000...0xE007F:
            // Soft hyphen, bidi marks, overrides and isolates, zero-width and invisible
            // operators, line/paragraph separators, BOM, interlinear annotations, tag characters.
            return placeholder
        default:
            if v < 0x80 { return nil }
            switch scalar.properties.generalCategory {
            case .unassigned, .surrogate, .control: return placeholder
            default: return nil
            }
        }
    }
}
