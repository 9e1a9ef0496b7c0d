/// Word wrapping by display width.
///
/// Works on an array of scalars and returns ranges into it, so a caller can style parts of a
/// wrapped line (a highlighted quote) by where they were in the source text.
public enum TextWrap {
    /// Splits `scalars` into lines no wider than `width` columns. Lines break after spaces; a
    /// word wider than the line is broken where it must be. Spaces at a break are dropped.
    public static func wrap(_ scalars: [Unicode.Scalar], width: Int) -> [Range<Int>] {
        guard width > 0 else { return [] }
        var lines: [Range<Int>] = []
        var start = 0
        let count = scalars.count
        while start < count {
            // Skip the spaces a previous break left at the start of the line.
            while start < count, scalars[start] == " " { start += 1 }
            guard start < count else { break }
            var used = 0
            var i = start
            var lastBreak: Int?  // index of a space where the line may end
            while i < count {
                let w = DisplayWidth.of(scalars[i])
                if used + w > width { break }
                if scalars[i] == " " { lastBreak = i }
                used += w
                i += 1
            }
            if i >= count {
                lines.append(start..<count)
                break
            }
            if scalars[i] == " " {
                lines.append(start..<trimEnd(scalars, start, i))
                start = i + 1
            } else if let space = lastBreak, space > start {
                lines.append(start..<trimEnd(scalars, start, space))
                start = space + 1
            } else {
                // One word longer than the line: break it, keeping at least one character so a
                // double-width character in a one-column pane still makes progress.
                let end = max(i, start + 1)
                lines.append(start..<end)
                start = end
            }
        }
        return lines
    }

    public static func wrap(_ text: String, width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return wrap(scalars, width: width).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    private static func trimEnd(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, scalars[end - 1] == " " { end -= 1 }
        return end
    }
}
