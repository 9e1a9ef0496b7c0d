/// Byte-level shortcuts for `lowercased()` and for splitting text into letter-and-number words,
/// giving exactly the standard library's results.
///
/// `String.lowercased()` takes its ASCII fast path only when the whole string is ASCII; one curly
/// quote or dash (in most lines of news text) sends it through a Unicode table lookup for every
/// scalar, and `Character.isLetter` looks up Unicode properties even for ASCII. Here ASCII is
/// handled by bytes, and so are the few non-ASCII punctuation marks news text is full of
/// (`FastCase.isCaselessMark`), which have no case, are neither letters nor numbers and always
/// stand alone as a character. Any other non-ASCII scalar sends the whole text to the standard
/// library, so accented names and other scripts are treated exactly as before.
enum FastCase {
    /// The UTF-8 length of a caseless mark starting at `bytes[i]` (a byte >= 0x80), or 0 when
    /// the scalar there is anything else: U+00A0 no-break space, U+00AB and U+00BB guillemets,
    /// and U+2010...U+2027 (hyphens, dashes, curly quotes, bullets, ellipsis).
    @inline(__always)
    static func caselessMarkLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let lead = bytes[i]
        if lead == 0xC2, i + 1 < bytes.count {
            let b = bytes[i + 1]
            return b == 0xA0 || b == 0xAB || b == 0xBB ? 2 : 0
        }
        if lead == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
            let b = bytes[i + 2]
            return b >= 0x90 && b <= 0xA7 ? 3 : 0
        }
        return 0
    }

    /// The scalars `caselessMarkLength` accepts, for tests.
    static func isCaselessMark(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0xA0 || v == 0xAB || v == 0xBB || (v >= 0x2010 && v <= 0x2027)
    }

    /// `String(text).lowercased()`. The standard library lowercases scalar by scalar, each to
    /// its `lowercaseMapping` (no context rules: a test checks this against every scalar), so
    /// ASCII and caseless marks are handled as bytes and only other scalars are looked up.
    static func lowercased(_ text: some StringProtocol) -> String {
        let fast: String? = text.utf8.withContiguousStorageIfAvailable { bytes -> String in
            var upper = false
            var simple = true
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if b >= 0x41 && b <= 0x5A { upper = true }
                    i += 1
                    continue
                }
                let length = caselessMarkLength(bytes, at: i)
                if length == 0 { simple = false; break }
                i += length
            }
            if simple {
                if !upper { return String(text) }
                return String(unsafeUninitializedCapacity: bytes.count) { out in
                    for k in 0..<bytes.count {
                        let b = bytes[k]
                        out[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    }
                    return bytes.count
                }
            }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                    i += 1
                    continue
                }
                let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                if caselessMarkLength(bytes, at: i) == 0, let scalar = Unicode.Scalar(Self.scalar(bytes, at: i)) {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<min(i + length, bytes.count)]))
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        }
        return fast ?? String(text).lowercased()
    }

    /// `String(text).lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)`:
    /// the lowercase words of letters and digits; with `numbers: false`,
    /// `split { !$0.isLetter }`: words of letters only.
    static func lowercaseWords(_ text: some StringProtocol, numbers: Bool = true) -> [String] {
        let fast: [String]?? = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var words: [String] = []
            var start = -1
            var upper = false
            func flush(_ end: Int) {
                guard start >= 0 else { return }
                let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if upper {
                    words.append(String(unsafeUninitializedCapacity: piece.count) { out in
                        for k in 0..<piece.count {
                            let b = piece[k]
                            out[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                        }
                        return piece.count
                    })
                } else {
                    words.append(String(decoding: piece, as: UTF8.self))
                }
                start = -1
                upper = false
            }
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    let lower = b | 0x20
                    let isUpper = b >= 0x41 && b <= 0x5A
                    if (lower >= 0x61 && lower <= 0x7A) || (numbers && b >= 0x30 && b <= 0x39) {
                        if start < 0 { start = i }
                        if isUpper { upper = true }
                    } else {
                        flush(i)
                    }
                    i += 1
                    continue
                }
                let length = caselessMarkLength(bytes, at: i)
                if length == 0 { return nil }
                flush(i)
                i += length
            }
            flush(bytes.count)
            return words
        }
        if let fast = fast ?? nil { return fast }
        if !numbers { return String(text).lowercased().split { !$0.isLetter }.map(String.init) }
        return String(text).lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// True when the scalar `v` always stands alone beside a space as a character: below
    /// U+0300 (where combining marks start) no scalar extends or prepends to its neighbour, and
    /// the caseless marks are ordinary punctuation.
    @inline(__always)
    private static func standsAlone(_ v: UInt32) -> Bool {
        v < 0x300 || (v >= 0x2010 && v <= 0x2027)
    }

    /// The scalar whose UTF-8 encoding starts at `bytes[i]`.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return lead }
        func next(_ k: Int) -> UInt32 { i + k < bytes.count ? UInt32(bytes[i + k] & 0x3F) : 0 }
        if lead < 0xE0 { return (lead & 0x1F) << 6 | next(1) }
        if lead < 0xF0 { return (lead & 0x0F) << 12 | next(1) << 6 | next(2) }
        return (lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3)
    }

    /// True when the ASCII byte at `i` is a character of its own: the scalars on both sides
    /// stand alone (an ASCII neighbour always does).
    @inline(__always)
    private static func isOwnCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        if i + 1 < bytes.count, bytes[i + 1] >= 0x80, !standsAlone(scalar(bytes, at: i + 1)) { return false }
        if i > 0, bytes[i - 1] >= 0x80 {
            var lead = i - 1
            while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            if !standsAlone(scalar(bytes, at: lead)) { return false }
        }
        return true
    }

    /// `text.split(separator: " ").count`, counted on bytes. A space is a separator only as a
    /// character of its own (not under a combining mark); when one is not, the standard
    /// library counts.
    static func wordCount(_ text: some StringProtocol) -> Int {
        let fast: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var words = 0
            var inWord = false
            for i in 0..<bytes.count {
                if bytes[i] == 0x20 {
                    if !isOwnCharacter(bytes, at: i) { return nil }
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            return words
        }
        if let fast = fast ?? nil { return fast }
        return text.split(separator: " ").count
    }

    /// `text.firstIndex(of: character)` for an ASCII character, found by bytes; when the byte
    /// found is part of a larger character, the standard library searches.
    static func firstIndex(ofASCII character: Character, in text: Substring) -> String.Index? {
        guard let ascii = character.asciiValue else { return text.firstIndex(of: character) }
        let fast: String.Index?? = text.utf8.withContiguousStorageIfAvailable { bytes -> String.Index?? in
            guard let i = bytes.firstIndex(of: ascii) else { return .some(nil) }
            guard isOwnCharacter(bytes, at: i) else { return nil }
            return .some(text.utf8.index(text.utf8.startIndex, offsetBy: i))
        } ?? nil
        if let fast { return fast }
        return text.firstIndex(of: character)
    }

    /// `text.split(separator: " ")`, cut on bytes when every space is a character of its own.
    static func spaceSeparatedWords(_ text: String) -> [Substring] {
        let cuts: [Range<Int>]? = text.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            var cuts: [Range<Int>] = []
            var start = -1
            for i in 0..<bytes.count {
                if bytes[i] == 0x20 {
                    if !isOwnCharacter(bytes, at: i) { return nil }
                    if start >= 0 { cuts.append(start..<i); start = -1 }
                } else if start < 0 {
                    start = i
                }
            }
            if start >= 0 { cuts.append(start..<bytes.count) }
            return cuts
        } ?? nil
        guard let cuts else { return text.split(separator: " ") }
        let utf8 = text.utf8
        return cuts.map { cut in
            text[utf8.index(utf8.startIndex, offsetBy: cut.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: cut.upperBound)]
        }
    }

    /// True when `text` is all ASCII: there a byte search answers what Foundation's
    /// `contains(_:)` would, and callers keep Foundation's search for other text.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The words `lowercaseWords(text)` gives, each passed to `body` as lowercase ASCII bytes,
    /// without making strings of them; false (and `body` never called) when the text needs the
    /// standard library, as `lowercaseWords` would then fall back.
    static func forEachLowercaseWord(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            while i < bytes.count {  // first only check: nothing is passed on unless all is plain
                if bytes[i] < 0x80 { i += 1; continue }
                let length = caselessMarkLength(bytes, at: i)
                if length == 0 { return false }
                i += length
            }
            // The whole text lowercased once into scratch space; words are slices of it.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { lowered -> Bool in
                var start = -1
                i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    let lower = b | 0x20
                    if b < 0x80 && ((lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39)) {
                        lowered[i] = b >= 0x41 && b <= 0x5A ? lower : b
                        if start < 0 { start = i }
                        i += 1
                        continue
                    }
                    if start >= 0 {
                        body(UnsafeBufferPointer(rebasing: lowered[start..<i]))
                        start = -1
                    }
                    i += b < 0x80 ? 1 : caselessMarkLength(bytes, at: i)
                }
                if start >= 0 { body(UnsafeBufferPointer(rebasing: lowered[start..<bytes.count])) }
                return true
            }
        } ?? false
    }
}
