import Testing
@testable import Briefing

@Suite("Byte-level lowercasing and word splitting")
struct FastCaseTests {
    static let samples = [
        "", "a", "A", "Hello, World!", "“We will win,” she said — again…", "Don’t STOP 4th-quarter\r\nnow",
        "Ünïcödé NAMES: José, Zoë, ΟΔΟΣ, İstanbul", "« Bonjour » a dit M. Dupont", "no\u{A0}break\u{2011}hyphen",
        "e\u{301}clair e\u{0301}", "x\u{2010}\u{301}y", "tab\there", "emoji 👍🏽 ok", "ＦＵＬＬ width", "2,000 3.5% 10:30",
        "[brackets] (parens) {braces} @at `tick` ~tilde ^caret _under", "\u{2028}line\u{2029}para\u{200B}zw\u{200D}j",
    ]

    @Test("lowercased matches the standard library")
    func lowercasedMatches() {
        for text in Self.samples {
            #expect(FastCase.lowercased(text) == text.lowercased(), "\(text)")
            #expect(Array(FastCase.lowercased(text).utf8) == Array(text.lowercased().utf8), "\(text)")
            let sub = text.dropFirst()
            #expect(FastCase.lowercased(sub) == String(sub).lowercased(), "\(text)")
        }
    }

    @Test("lowercased matches the standard library for every scalar")
    func lowercasedEveryScalar() {
        var text = ""
        var mismatches: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let one = String(scalar)
            if FastCase.lowercased(one) != one.lowercased() { mismatches.append(v) }
            text.unicodeScalars.append(scalar)
            if text.unicodeScalars.count == 64 {
                if Array(FastCase.lowercased(text).utf8) != Array(text.lowercased().utf8) { mismatches.append(v) }
                text = "A "
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test("words match the standard library split")
    func wordsMatch() {
        for text in Self.samples {
            let expected = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
            #expect(FastCase.lowercaseWords(text) == expected, "\(text)")
            let letters = text.lowercased().split { !$0.isLetter }.map(String.init)
            #expect(FastCase.lowercaseWords(text, numbers: false) == letters, "\(text)")
        }
    }

    @Test("caseless marks have no case, are no letters or numbers, and stand alone")
    func caselessMarks() {
        for v in UInt32(0x80)...0x3000 {
            guard let scalar = Unicode.Scalar(v), FastCase.isCaselessMark(scalar) else { continue }
            #expect(!scalar.properties.isAlphabetic && scalar.properties.numericType == nil)
            #expect(scalar.properties.lowercaseMapping == String(scalar))
            let character = Character(scalar)
            #expect(!character.isLetter && !character.isNumber)
            for neighbour in ["a", "1", " ", "\r", "\n", "\u{2019}", "\u{A0}"] {
                #expect("\(neighbour)\(scalar)\(neighbour)".count == 3, "\(v)")
            }
            for text in ["A\(scalar)B", "\(scalar)x", "x\(scalar)"] {
                #expect(FastCase.lowercased(text) == text.lowercased())
                #expect(FastCase.lowercaseWords(text) == text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init))
            }
        }
    }

    static let spaced = samples + [
        " lead", "trail ", "two  spaces", "a \u{301}b", "\u{600} x", "x \u{200D}y", "tab\tin", "nb\u{A0}sp", "soft\u{AD}hyphen",
        "(x) (y)", "a(\u{301}b) c)", "\u{600}(z)", "\u{FEFF}bom", "A B C D E F", "",
    ]

    @Test("word counts match split(separator:)")
    func wordCounts() {
        for text in Self.spaced {
            #expect(FastCase.wordCount(text) == text.split(separator: " ").count, "\(text)")
            #expect(FastCase.wordCount(text.dropFirst()) == text.dropFirst().split(separator: " ").count, "\(text)")
        }
    }

    @Test("words passed as bytes are the words split as strings")
    func wordBytes() {
        for text in Self.spaced {
            var words: [String] = []
            if FastCase.forEachLowercaseWord(text, { words.append(String(decoding: $0, as: UTF8.self)) }) {
                #expect(words == FastCase.lowercaseWords(text), "\(text)")
            } else {
                #expect(words.isEmpty)
            }
        }
    }

    @Test("space-separated words match split(separator:)")
    func spaceSeparated() {
        for text in Self.spaced {
            #expect(FastCase.spaceSeparatedWords(text) == text.split(separator: " "), "\(text)")
        }
    }

    @Test("ASCII character search matches firstIndex(of:)")
    func firstIndex() {
        for text in Self.spaced {
            for c: Character in ["(", ")", " ", "x"] {
                #expect(FastCase.firstIndex(ofASCII: c, in: text[...]) == text.firstIndex(of: c), "\(text)")
                let tail = text.dropFirst(2)
                #expect(FastCase.firstIndex(ofASCII: c, in: tail) == tail.firstIndex(of: c), "\(text)")
            }
        }
    }
}
