import Testing
@testable import Briefing

@Suite("Decoding file bytes")
struct TextDecodingTests {
    @Test func plainUTF8() {
        #expect(TextDecoding.decode(Array("Hello “world”".utf8)) == .text("Hello “world”", note: nil))
    }

    @Test("a UTF-8 byte order mark is kept, so offsets count it like the raw file does")
    func utf8BOM() {
        guard case .text(let text, nil) = TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Hi there".utf8)) else {
            Issue.record("not decoded")
            return
        }
        #expect(text.unicodeScalars.first == "\u{FEFF}")
        #expect(text.unicodeScalars.count == 9)
    }

    @Test func utf16WithBOM() {
        let le: [UInt8] = [0xFF, 0xFE] + Array("Zoë".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + Array("Zoë".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(TextDecoding.decode(le) == .text("\u{FEFF}Zoë", note: .decoded(from: "UTF-16LE")))
        #expect(TextDecoding.decode(be) == .text("\u{FEFF}Zoë", note: .decoded(from: "UTF-16BE")))
    }

    @Test("single-byte files are read as Windows-1252, curly quotes included")
    func windows1252() {
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x20, 0x93] + Array("quoted".utf8) + [0x94, 0x20, 0x96, 0x20] + Array("end".utf8)
        #expect(TextDecoding.decode(bytes) == .text("Café “quoted” – end", note: .decoded(from: "Windows-1252")))
    }

    @Test("damaged UTF-8 is decoded with replacement characters and flagged")
    func damagedUTF8() {
        let bytes = Array("naïve ".utf8) + [0xFF] + Array(" text".utf8)
        guard case .text(let text, .invalidUTF8(let replaced)) = TextDecoding.decode(bytes) else {
            Issue.record("not flagged")
            return
        }
        #expect(text == "naïve \u{FFFD} text")
        #expect(replaced == 1)
    }

    @Test func emptyAndBlank() {
        #expect(TextDecoding.decode([]) == .empty)
        #expect(TextDecoding.decode(Array(" \n\t\u{A0}\r\n".utf8)) == .empty)
    }

    @Test func binary() {
        #expect(TextDecoding.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]) == .binary)
        #expect(TextDecoding.decode(Array(repeating: 0x01, count: 100) + Array("text".utf8)) == .binary)
    }
}
