/// Character classes the cleaner and the analysers share, defined once on Unicode scalars.
public enum CharacterClass {
    /// Whitespace as it occurs in web page dumps: ASCII spaces and line breaks, tabs, no-break
    /// and other Unicode spaces, and the invisible characters scrapers leave behind (byte order
    /// mark, zero-width space) which are never content on their own.
    @inline(__always)
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x85, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            true
        default:
            false
        }
    }

    /// Invisible characters dropped from clean text: soft hyphens and joiners carry no meaning a
    /// reader needs and would only misalign a terminal.
    @inline(__always)
    public static func isDroppedInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAD, 0x200C, 0x200D, 0x2060: true
        default: false
        }
    }

    @inline(__always)
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return scalar.properties.isAlphabetic
    }

    @inline(__always)
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    @inline(__always)
    public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase
    }

    @inline(__always)
    public static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x61 && scalar.value <= 0x7A }
        return scalar.properties.isLowercase
    }

    /// Letters and digits, plus the apostrophes and hyphens that join the parts of one word.
    public static func isWordInterior(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "\u{2019}", "-", "\u{2010}", "\u{2011}": true
        default: false
        }
    }

    /// Marks that end a sentence.
    public static func isSentenceFinal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}": true
        default: false
        }
    }

    /// Closing quotation marks and brackets that may follow a sentence's final mark.
    public static func isClosingWrapper(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", "\u{201C}", ")", "]", "*", "_": true
        default: false
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing `CharacterClass.isSpace` characters.
    public var trimmingSpaces: Substring {
        let whole = Substring(self)
        let scalars = whole.unicodeScalars
        guard let first = scalars.firstIndex(where: { !CharacterClass.isSpace($0) }) else {
            return Substring()
        }
        let last = scalars.lastIndex(where: { !CharacterClass.isSpace($0) })!
        return whole[first...last]
    }

    /// Runs of spaces (as `CharacterClass.isSpace` understands them) collapsed into one ASCII
    /// space, and the ends trimmed: the form used to compare lines.
    public var collapsingSpaces: String {
        // Most lines are collapsed already (single inner spaces, nothing to drop): one pass over
        // the bytes finds that, and the text is returned as it is without being rebuilt.
        if utf8.withContiguousStorageIfAvailable({ isCollapsed($0) }) == true { return String(self) }
        // Built as bytes: appending scalars to a String one by one cost more than the rules
        // that read the result. ASCII, most of every line, skips scalar decoding altogether.
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        var unchanged = true
        let scalars = unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if CharacterClass.isSpace(scalar) {
                if scalar != " " || pendingSpace || out.isEmpty { unchanged = false }
                pendingSpace = !out.isEmpty
            } else if CharacterClass.isDroppedInvisible(scalar) {
                unchanged = false
            } else {
                if pendingSpace { out.append(UInt8(ascii: " ")); pendingSpace = false }
                if scalar.isASCII {
                    out.append(UInt8(truncatingIfNeeded: scalar.value))
                } else {
                    UTF8.encode(scalar) { out.append($0) }
                }
            }
        }
        if pendingSpace { unchanged = false }
        if unchanged { return String(self) }
        return String(decoding: out, as: UTF8.self)
    }
}

/// True when `collapsingSpaces` would return the text unchanged: no space but single ASCII
/// spaces between other characters, and no invisible character to drop.
private func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last else { return true }
    if first == 0x20 || last == 0x20 { return false }
    var previousSpace = false
    var i = 0
    while i < bytes.count {
        let b = bytes[i]
        if b < 0x80 {
            if b == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else if b >= 0x09 && b <= 0x0D {
                return false
            } else {
                previousSpace = false
            }
            i += 1
            continue
        }
        guard let scalar = Unicode.Scalar(FastCase.scalar(bytes, at: i)),
              !CharacterClass.isSpace(scalar), !CharacterClass.isDroppedInvisible(scalar) else { return false }
        previousSpace = false
        i += b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }
    return true
}

extension StringProtocol {
    /// `hasPrefix` on UTF-8 bytes: exact, and much cheaper than comparing characters, for the
    /// ASCII word lists the rules use.
    @inline(__always)
    public func startsWithBytes(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// `hasSuffix` on UTF-8 bytes.
    @inline(__always)
    public func endsWithBytes(_ suffix: String) -> Bool {
        let bytes = utf8, tail = suffix.utf8
        guard bytes.count >= tail.count else { return false }
        return bytes.suffix(tail.count).elementsEqual(tail)
    }
}
