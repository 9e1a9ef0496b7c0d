/// A 64-bit hash of bytes, eight at a time: the checksum of every cache payload and the digest
/// of keys and identities.
///
/// Each step mixes one little-endian word into the state with a bijection (xor, multiply by an
/// odd constant, xor-shift), so two inputs that differ in a single word (a flipped byte, a
/// changed size) always hash differently; other differences collide with odds of 2⁻⁶⁴. It is
/// not cryptographic: it guards against damage and stale data, not against an attacker who can
/// already write to the user's cache folder. At several gigabytes a second it adds little to a
/// decode.
public struct Checksum: Sendable {
    private var state: UInt64

    public init(seed: UInt64 = 0) {
        state = seed ^ 0x9E37_79B9_7F4A_7C15
    }

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        // The length goes in too, so trailing zero bytes count.
        mix(tail)
        mix(UInt64(n))
    }

    public mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    public mutating func add(_ string: String) {
        var string = string
        string.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(_ value: UInt64) {
        mix(value)
    }

    public mutating func add(_ value: Int) {
        mix(UInt64(bitPattern: Int64(value)))
    }

    public var value: UInt64 {
        var h = state
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return h
    }

    private mutating func mix(_ word: UInt64) {
        var h = state ^ word
        h = h &* 0x9FB2_1C65_1E98_DF25
        h ^= h >> 29
        state = h
    }

    /// The hash of a whole buffer.
    public static func of(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        var sum = Checksum(seed: seed)
        sum.add(bytes)
        return sum.value
    }
}
