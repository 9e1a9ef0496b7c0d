import Briefing

/// How many terminal columns text takes *as drawn*: 0 for combining marks, 2 for wide
/// characters (CJK, most emoji), 1 otherwise. Text is clipped, wrapped and aligned by this, never
/// by character count.
///
/// "As drawn" matters: `CellGrid.put` replaces controls, bidi and invisible characters by a
/// one-column placeholder (`TerminalSafety`), so they are measured as that placeholder here.
/// Measuring the raw character (zero width) would make lines wider than the space given them.
public enum DisplayWidth {
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        // Below U+0300 every scalar is one column once sanitised: printable Latin, and controls
        // turned into Control Pictures or U+FFFD.
        if v < 0x300 { return 1 }
        if let shown = TerminalSafety.replacement(for: scalar) { return tableWidth(shown) }
        return tableWidth(scalar)
    }

    /// The terminal's width of a printable scalar (glibc `wcwidth` rules, see WidthTable).
    static func tableWidth(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if contains(WidthTable.zeroWidth, v) { return 0 }
        if contains(WidthTable.doubleWidth, v) { return 2 }
        return 1
    }

    public static func of(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if v < ranges[mid].lowerBound {
                high = mid - 1
            } else if v > ranges[mid].upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
