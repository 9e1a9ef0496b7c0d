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
    /// What the scan compares eight bytes at a time, worked out once: the first and last
    /// byte in every lane, with 0x20 to OR in where that byte is a letter.
    private let firstWord: UInt64, lastWord: UInt64, firstFold: UInt64, lastFold: UInt64
    /// Whether both ends are bytes to compare (not the space that stands for any whitespace).
    private let wide: Bool

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
        self.init(folded: out)
    }

    private init(folded: [UInt8]) {
        bytes = folded
        let first = folded.first ?? 0, last = folded.last ?? 0
        let ones: UInt64 = 0x0101_0101_0101_0101
        // OR-ing 0x20 lower-cases an ASCII letter and turns nothing else into a lower-case
        // letter, so it folds exactly where the pattern has a letter; elsewhere bytes must be
        // equal. A space stands for any whitespace byte and is checked in `matches`.
        firstFold = Self.isLetter(first) ? 0x2020_2020_2020_2020 : 0
        lastFold = Self.isLetter(last) ? 0x2020_2020_2020_2020 : 0
        firstWord = UInt64(first) &* ones
        lastWord = UInt64(last) &* ones
        wide = first != 0x20 && last != 0x20
    }

    /// A pattern of `bytes` as they are (ASCII letters lower-cased), spaces and all: for text
    /// matched as typed, such as a filter over names.
    public init(bytes: some Sequence<UInt8>) {
        self.init(folded: bytes.map(Self.fold))
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
        scan(text, from: from, skipping: { found($0) ? $0.upperBound : nil })
    }

    /// The same, with `found` saying where to look next (an offset past the match's start:
    /// its end to go on as `scan` does, further to skip text), or nil to stop. One call can
    /// then find one match per record of a buffer of many (the next record's start), with no
    /// new call, and no setting up again, per record.
    @discardableResult
    public func scan(_ text: UnsafeBufferPointer<UInt8>, from: Int = 0, skipping found: (Range<Int>) -> Int?) -> Int? {
        let n = bytes.count, count = text.count
        guard n > 0, n <= count, from <= count - n, let base = text.baseAddress else { return nil }
        let firstWord = firstWord, lastWord = lastWord, firstFold = firstFold, lastFold = lastFold
        return bytes.withUnsafeBufferPointer { needle -> Int? in
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let raw = UnsafeRawPointer(base)
            var i = from
            // Eight starting places at a time while both ends' words are inside the text.
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
                        // Matches do not overlap: go on after this one, or where told.
                        guard let resume = found(at..<(at + n)) else { return at + n }
                        next = max(resume, at + 1)
                        break
                    }
                }
                i = next
            }
            while i <= count - n {
                if matches(needle, text, i) {
                    guard let resume = found(i..<(i + n)) else { return i + n }
                    i = max(resume, i + 1)
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
