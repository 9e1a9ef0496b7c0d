/// Writes values into a compact byte buffer: unsigned numbers as LEB128 varints (seven bits a
/// byte, so small numbers, the most common in offsets and counts, take one byte), signed ones
/// zigzagged first, strings as their UTF-8 length and bytes, doubles as their IEEE bits.
///
/// The cache writes every model value through it by hand, with `BinaryReader` reading them
/// back in the same order. Foundation's coders on Linux decode tens of megabytes a second; a
/// reopen of a big folder needs hundreds.
public struct BinaryWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// With sharing, the place of every string written so far: a string written again is
    /// written as its place. An article repeats itself (the sentence of each of its figures,
    /// dates and summary lines, a speaker's name on each quote), so a payload is smaller and a
    /// reader makes each string once and shares it.
    private var strings: [String: (place: Int, string: String)]?
    private var sharedCount = 0

    public init(capacity: Int = 0, sharingStrings: Bool = false) {
        bytes.reserveCapacity(capacity)
        if sharingStrings { strings = [:] }
    }

    public mutating func write(byte: UInt8) {
        bytes.append(byte)
    }

    public mutating func write(varint value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// A signed number, zigzagged: -1 is 1, 1 is 2, so small negatives stay one byte.
    public mutating func write(_ value: Int) {
        let v = Int64(value)
        write(varint: UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    /// A count or length: never negative.
    public mutating func write(count: Int) {
        write(varint: UInt64(count))
    }

    public mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    public mutating func write(_ value: Double) {
        write(fixed: value.bitPattern)
    }

    /// Eight bytes, little-endian: hashes and checksums, which varints would only lengthen.
    public mutating func write(fixed value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A string; with sharing, first a varint: 0 before a new string, n for the n-th string
    /// written before.
    public mutating func write(_ value: String) {
        if strings != nil {
            // Swift's == equates canonically equivalent strings ("é" as one scalar or two);
            // only the same bytes may be shared, or offsets into the text would move.
            if let known = strings![value], known.string.utf8.elementsEqual(value.utf8) { return write(varint: UInt64(known.place + 1)) }
            if strings![value] == nil { strings![value] = (sharedCount, value) }
            sharedCount += 1
            write(varint: 0)
        }
        var value = value
        value.withUTF8 { utf8 in
            write(count: utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func write(_ range: Range<Int>) {
        write(range.lowerBound)
        write(count: range.count)
    }

    /// A presence byte, then the value when there is one.
    public mutating func write<T>(optional value: T?, _ body: (inout BinaryWriter, T) -> Void) {
        guard let value else { return write(false) }
        write(true)
        body(&self, value)
    }

    public mutating func write(_ value: String?) {
        write(optional: value) { $0.write($1) }
    }

    public mutating func write(_ value: Int?) {
        write(optional: value) { $0.write($1) }
    }

    public mutating func write(_ value: Double?) {
        write(optional: value) { $0.write($1) }
    }

    /// A count, then each element.
    public mutating func write<T>(array: [T], _ body: (inout BinaryWriter, T) -> Void) {
        write(count: array.count)
        for element in array { body(&self, element) }
    }

    public mutating func write(_ values: [String]) {
        write(array: values) { $0.write($1) }
    }

    public mutating func write(_ values: [Int]) {
        write(array: values) { $0.write($1) }
    }

    public mutating func write(raw: [UInt8]) {
        bytes.append(contentsOf: raw)
    }
}
