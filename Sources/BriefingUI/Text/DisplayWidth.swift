/// How many terminal columns text takes: 0 for combining and invisible characters, 2 for wide
/// (CJK, most emoji), 1 otherwise. Text is clipped and aligned by this, never by character count.
public enum DisplayWidth {
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }  // fast path; controls never reach here sanitised
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
