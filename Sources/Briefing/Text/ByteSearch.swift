/// Substring search on UTF-8 bytes. Foundation's `range(of:)` and `components(separatedBy:)`
/// go through NSString and UTF-16 on Linux and dominated the cleaning profile; the rules only
/// look for exact ASCII or UTF-8 phrases, which a byte comparison finds exactly (UTF-8 is
/// self-synchronising, so a match always starts on a scalar boundary).
extension StringProtocol {
    /// The first (or, with `backwards`, the last) range where `needle` occurs.
    public func byteRange(of needle: String, backwards: Bool = false) -> Range<Index>? {
        let view = utf8
        guard let offset = Self.byteOffset(of: needle, in: view, backwards: backwards) else { return nil }
        let lower = view.index(view.startIndex, offsetBy: offset)
        let upper = view.index(lower, offsetBy: needle.utf8.count)
        return lower..<upper
    }

    /// True when `needle` occurs in the text.
    @inline(__always)
    public func containsBytes(_ needle: String) -> Bool {
        Self.byteOffset(of: needle, in: utf8, backwards: false) != nil
    }

    /// The pieces between occurrences of `separator`, empty pieces kept, as
    /// `components(separatedBy:)` returns them.
    public func splitBytes(_ separator: String) -> [SubSequence] {
        var pieces: [SubSequence] = []
        var rest = self[...]
        while let range = rest.byteRange(of: separator) {
            pieces.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        pieces.append(rest)
        return pieces
    }

    private static func byteOffset(of needle: String, in view: UTF8View, backwards: Bool) -> Int? {
        // The needle's bytes in place (the rules' needles are literals): no array per search.
        var needle = needle
        return needle.withUTF8 { needleBytes in
            guard let first = needleBytes.first else { return 0 }
            let found = view.withContiguousStorageIfAvailable { search(needleBytes, first: first, in: $0, backwards: backwards) }
            if let found { return found }
            return Array(view).withUnsafeBufferPointer { search(needleBytes, first: first, in: $0, backwards: backwards) }
        }
    }

    private static func search(_ needle: UnsafeBufferPointer<UInt8>, first: UInt8, in bytes: UnsafeBufferPointer<UInt8>,
                               backwards: Bool) -> Int? {
        let count = bytes.count, length = needle.count
        guard length <= count else { return nil }
        let starts = 0...(count - length)
        func matches(at i: Int) -> Bool {
            guard bytes[i] == first else { return false }
            var k = 1
            while k < length, bytes[i + k] == needle[k] { k += 1 }
            return k == length
        }
        if backwards {
            for i in starts.reversed() where matches(at: i) { return i }
        } else {
            for i in starts where matches(at: i) { return i }
        }
        return nil
    }
}
