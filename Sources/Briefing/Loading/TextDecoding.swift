/// Turns the bytes of a file into text, deciding what they are: UTF-8 (with or without a BOM),
/// UTF-16 with a BOM, Windows-1252/Latin-1, or binary data that is not an article at all.
enum TextDecoding {
    enum Outcome: Equatable {
        case text(String, note: LoadProblem.Reason?)
        case empty
        case binary
    }

    static func decode(_ bytes: [UInt8]) -> Outcome {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        if looksBinary(bytes) { return .binary }
        let outcome: Outcome
        if let text = String(validating: bytes, as: UTF8.self) {
            outcome = .text(text, note: nil)
        } else if hasNoValidMultibyteSequence(bytes) {
            outcome = .text(decodeWindows1252(bytes), note: .decoded(from: "Windows-1252"))
        } else {
            let text = String(decoding: bytes, as: UTF8.self)
            let replaced = text.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count - countEncodedReplacementCharacters(bytes)
            outcome = .text(text, note: .invalidUTF8(replaced: max(replaced, 1)))
        }
        if case .text(let text, _) = outcome, isBlank(text) { return .empty }
        return outcome
    }

    /// NUL bytes never occur in text; many other control bytes mean a binary format.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
                controls += 1
            }
        }
        return !sample.isEmpty && controls * 10 > sample.count
    }

    private static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { CharacterClass.isSpace($0) }
    }

    /// True when no byte ≥ 0x80 starts a well-formed UTF-8 sequence: then the file is in a
    /// single-byte encoding, not UTF-8 with a few damaged bytes.
    private static func hasNoValidMultibyteSequence(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? (b <= 0xEF ? 3 : 0) : b >= 0xC2 && b <= 0xDF ? 2 : 0
            if length > 0, i + length <= bytes.count,
               bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                return false
            }
            i += 1
        }
        return true
    }

    private static func countEncodedReplacementCharacters(_ bytes: [UInt8]) -> Int {
        var count = 0
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD { count += 1; i += 3 } else { i += 1 }
        }
        return count
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> Outcome {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        if units.contains(0) { return .binary }
        let text = String(decoding: units, as: UTF16.self)
        if isBlank(text) { return .empty }
        return .text(text, note: .decoded(from: littleEndian ? "UTF-16LE" : "UTF-16BE"))
    }

    /// Windows-1252 is what "Latin-1" files from the web almost always are; its 0x80–0x9F
    /// printable characters (curly quotes, dashes) matter for quotes.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
