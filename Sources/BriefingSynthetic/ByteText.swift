/// A growing UTF-8 buffer with the few writes the generator needs. Articles are built as bytes,
/// never as `String`s glued by interpolation, so a hundred thousand of them take seconds.
struct ByteText {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }

    mutating func add(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func add(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    mutating func add(byte: UInt8) {
        bytes.append(byte)
    }

    /// `text` with its first letter in capitals, as at the start of a sentence.
    mutating func addCapitalized(_ text: String) {
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        capitalize(at: start)
    }

    /// Puts the ASCII letter at `index` in capitals (other bytes are left alone).
    mutating func capitalize(at index: Int) {
        guard index < bytes.count, bytes[index] >= UInt8(ascii: "a"), bytes[index] <= UInt8(ascii: "z") else { return }
        bytes[index] -= 32
    }

    mutating func newline(_ count: Int = 1) {
        for _ in 0..<count { bytes.append(0x0A) }
    }

    /// A whole number in digits, without separators ("2024", "7").
    mutating func add(int value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            add(int: -value)
            return
        }
        if value >= 10 { add(int: value / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// A whole number with two digits at least ("07").
    mutating func add(twoDigits value: Int) {
        if value < 10 { bytes.append(UInt8(ascii: "0")) }
        add(int: value)
    }

    /// A whole number with thousands separated by commas ("4,300", "1,480,000").
    mutating func add(grouped value: Int) {
        if value >= 1000 {
            add(grouped: value / 1000)
            bytes.append(UInt8(ascii: ","))
            let rest = value % 1000
            if rest < 100 { bytes.append(UInt8(ascii: "0")) }
            if rest < 10 { bytes.append(UInt8(ascii: "0")) }
            add(int: rest)
        } else {
            add(int: value)
        }
    }

    /// A number given in tenths, with its decimal only when it has one ("3.2", "45").
    mutating func add(tenths value: Int) {
        add(int: value / 10)
        if value % 10 != 0 {
            bytes.append(UInt8(ascii: "."))
            add(int: value % 10)
        }
    }

    /// The bytes from `start` to the end as a string (for the truth record).
    func string(from start: Int, to end: Int? = nil) -> String {
        String(decoding: bytes[start..<(end ?? bytes.count)], as: UTF8.self)
    }
}

/// Typographic marks as UTF-8, written once.
enum Marks {
    static let leftDouble: [UInt8] = Array("\u{201C}".utf8)
    static let rightDouble: [UInt8] = Array("\u{201D}".utf8)
    static let rightSingle: [UInt8] = Array("\u{2019}".utf8)
    static let noBreakSpace: [UInt8] = Array("\u{00A0}".utf8)
    static let enDash: [UInt8] = Array("\u{2013}".utf8)
    static let bullet: [UInt8] = Array("\u{2022}".utf8)
    static let middleDot: [UInt8] = Array("\u{00B7}".utf8)
    static let copyright: [UInt8] = Array("\u{00A9}".utf8)
}
