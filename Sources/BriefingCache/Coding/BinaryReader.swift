/// Reads back what `BinaryWriter` wrote, in the same order, from bytes it does not own (a
/// payload borrowed for the time of one decode). Every read checks the bounds and the shape
/// and throws rather than trap: a cache payload is untrusted input.
public struct BinaryReader {
    private let base: UnsafeRawPointer?
    public let count: Int
    public private(set) var offset = 0
    /// The strings read so far, when the writer shared them.
    private var shared: [String]?

    public init(_ buffer: UnsafeRawBufferPointer, sharingStrings: Bool = false) {
        base = buffer.baseAddress
        count = buffer.count
        if sharingStrings { shared = [] }
    }

    public var isAtEnd: Bool { offset == count }

    public mutating func byte() throws -> UInt8 {
        guard offset < count, let base else { throw BinaryDecodingError.truncated }
        defer { offset += 1 }
        return base.load(fromByteOffset: offset, as: UInt8.self)
    }

    public mutating func varint() throws -> UInt64 {
        guard let base else { throw BinaryDecodingError.truncated }
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while offset < count {
            let b = base.load(fromByteOffset: offset, as: UInt8.self)
            offset += 1
            if shift == 63 && b > 1 { throw BinaryDecodingError.malformed("varint overflows") }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
            if shift > 63 { throw BinaryDecodingError.malformed("varint too long") }
        }
        throw BinaryDecodingError.truncated
    }

    public mutating func int() throws -> Int {
        let z = try varint()
        let v = Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
        guard let int = Int(exactly: v) else { throw BinaryDecodingError.malformed("integer out of range") }
        return int
    }

    /// A count or length. Elements of `elementSize` bytes or more must fit in what is left, so a
    /// damaged length never makes a reader allocate gigabytes; with `elementSize` 0 (a range's
    /// length, things that take no bytes when empty) it is only kept under 2³².
    public mutating func count(elementSize: Int = 1) throws -> Int {
        let n = try varint()
        let limit = elementSize > 0 ? UInt64(count - offset) / UInt64(elementSize) : 1 << 32
        guard n <= limit else { throw BinaryDecodingError.malformed("count \(n) past the end") }
        return Int(n)
    }

    public mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        case let b: throw BinaryDecodingError.malformed("boolean byte \(b)")
        }
    }

    public mutating func double() throws -> Double {
        Double(bitPattern: try fixed())
    }

    public mutating func fixed() throws -> UInt64 {
        guard count - offset >= 8, let base else { throw BinaryDecodingError.truncated }
        defer { offset += 8 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    public mutating func string() throws -> String {
        if shared != nil {
            let place = try varint()
            if place > 0 {
                guard place <= shared!.count else { throw BinaryDecodingError.malformed("string \(place) not yet read") }
                return shared![Int(place - 1)]
            }
        }
        let n = try count()
        guard let base else { return "" }
        let string = String(decoding: UnsafeRawBufferPointer(start: base + offset, count: n), as: UTF8.self)
        offset += n
        shared?.append(string)
        return string
    }

    public mutating func range() throws -> Range<Int> {
        let lower = try int()
        let length = try count(elementSize: 0)
        let (upper, overflow) = lower.addingReportingOverflow(length)
        guard !overflow else { throw BinaryDecodingError.malformed("range overflows") }
        return lower..<upper
    }

    public mutating func optional<T>(_ body: (inout BinaryReader) throws -> T) throws -> T? {
        try bool() ? try body(&self) : nil
    }

    public mutating func optionalString() throws -> String? {
        try optional { try $0.string() }
    }

    public mutating func optionalInt() throws -> Int? {
        try optional { try $0.int() }
    }

    public mutating func optionalDouble() throws -> Double? {
        try optional { try $0.double() }
    }

    /// A count, then each element; every element takes at least a byte, which bounds the count.
    public mutating func array<T>(_ body: (inout BinaryReader) throws -> T) throws -> [T] {
        let n = try count()
        var result: [T] = []
        result.reserveCapacity(n)
        for _ in 0..<n { result.append(try body(&self)) }
        return result
    }

    public mutating func strings() throws -> [String] {
        try array { try $0.string() }
    }

    public mutating func ints() throws -> [Int] {
        try array { try $0.int() }
    }

    /// The enum case with this code, or an error naming the type.
    public mutating func code<T>(_ cases: [T], _ type: String) throws -> T {
        let b = Int(try byte())
        guard b < cases.count else { throw BinaryDecodingError.malformed("\(type) code \(b)") }
        return cases[b]
    }

    /// Skips `n` bytes.
    public mutating func skip(_ n: Int) throws {
        guard n >= 0, count - offset >= n else { throw BinaryDecodingError.truncated }
        offset += n
    }
}

/// Why a payload could not be read back.
public enum BinaryDecodingError: Error, Equatable, CustomStringConvertible {
    case truncated
    case malformed(String)

    public var description: String {
        switch self {
        case .truncated: "payload ends early"
        case .malformed(let what): "malformed payload: \(what)"
        }
    }
}
