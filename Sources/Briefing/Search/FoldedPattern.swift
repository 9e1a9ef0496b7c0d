/// A search pattern matched on UTF-8 bytes, ignoring ASCII case: `Bomb` finds "bomb" and
/// "BOMB". Bytes outside ASCII match exactly, so a query with accented or other non-ASCII
/// letters finds exactly what it says (`Müller` finds "Müller" and "müller", not "MÜLLER").
/// A space in the pattern stands for one whitespace byte (space, tab, line break), so a phrase
/// matches across a line break in a title.
///
/// The scan reads the text eight bytes at a time and looks for the pattern's first and last
/// byte at the right distance (the SWAR form of the "generic SIMD" substring search), so most
/// bytes cost a few instructions and only places where both ends fit are compared in full. A
/// match never starts inside a multi-byte scalar: the pattern starts with a whole scalar, and
/// UTF-8 never repeats a lead byte inside a sequence.
public struct FoldedPattern: Sendable, Hashable {
    /// The pattern's bytes, ASCII letters lower-cased.
    public let bytes: [UInt8]

    /// The pattern for `text`: trimmed, with each run of whitespace one space. Empty when the
    /// text is only whitespace.
    public init(_ text: String) {
        var out: [UInt8] = []
        var pendingSpace = false
        for b in text.utf8 {
            if Self.isSpace(b) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(Self.fold(b))
        }
        bytes = out
    }

    /// A pattern of `bytes` as they are (ASCII letters lower-cased), spaces and all: for text
    /// matched as typed, such as a filter over names.
    public init(bytes: some Sequence<UInt8>) {
        self.bytes = bytes.map(Self.fold)
    }

    public var isEmpty: Bool { bytes.isEmpty }

    @inline(__always)
    static func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B }

    @inline(__always)
    static func isLetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

    /// Byte offsets of the matches in `text` at or after `from`, in order and not overlapping,
    /// passed to `found`, which returns false to stop. Returns where to go on from: past the
    /// last match reported when `found` stopped the scan, else nil (the text is done).
    @discardableResult
    public func scan(_ text: UnsafeBufferPointer<UInt8>, from: Int = 0, _ found: (Range<Int>) -> Bool) -> Int? {
        let n = bytes.count, count = text.count
        guard n > 0, n <= count, from <= count - n, let base = text.baseAddress else { return nil }
        return bytes.withUnsafeBufferPointer { needle -> Int? in
            let first = needle[0], last = needle[n - 1]
            // OR-ing 0x20 lower-cases an ASCII letter and turns nothing else into a lower-case
            // letter, so it folds exactly where the pattern has a letter; elsewhere bytes must
            // be equal. A space stands for any whitespace byte and is checked in `matches`.
            let firstFold: UInt64 = Self.isLetter(first) ? 0x2020_2020_2020_2020 : 0
            let lastFold: UInt64 = Self.isLetter(last) ? 0x2020_2020_2020_2020 : 0
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let firstWord = UInt64(first) &* ones, lastWord = UInt64(last) &* ones
            let raw = UnsafeRawPointer(base)
            var i = from
            // Eight starting places at a time while both ends' words are inside the text, when
            // the ends are bytes to compare (not the space that stands for any whitespace).
            let wide = first != 0x20 && last != 0x20
            while wide, i + n - 1 + 8 <= count {
                let a = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian | firstFold
                let b = raw.loadUnaligned(fromByteOffset: i + n - 1, as: UInt64.self).littleEndian | lastFold
                let v = (a ^ firstWord) | (b ^ lastWord)
                // A high bit for each zero byte of v (a borrow can add false ones above a true
                // zero, never miss one): both ends fit there.
                var candidates = (v &- ones) & ~v & highs
                var next = i + 8
                while candidates != 0 {
                    let at = i + candidates.trailingZeroBitCount / 8
                    candidates &= candidates &- 1
                    if matches(needle, text, at) {
                        guard found(at..<(at + n)) else { return at + n }
                        // Matches do not overlap: go on after this one.
                        next = at + n
                        break
                    }
                }
                i = next
            }
            while i <= count - n {
                if matches(needle, text, i) {
                    guard found(i..<(i + n)) else { return i + n }
                    i += n
                } else {
                    i += 1
                }
            }
            return nil
        }
    }

    /// Whether the pattern is at `at`: ASCII letters in any case, a space as any whitespace
    /// byte, anything else exactly.
    @inline(__always)
    func matches(_ needle: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        var k = 0
        let n = needle.count
        while k < n {
            let p = needle[k], t = text[at + k]
            if p == 0x20 {
                if !Self.isSpace(t) { return false }
            } else if Self.fold(t) != p {
                return false
            }
            k += 1
        }
        return true
    }
}
