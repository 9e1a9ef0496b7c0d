import Testing
@testable import Briefing

@Suite("Terminal safety")
struct TerminalSafetyTests {
    @Test("every C0 and C1 control, DEL, bidi control and invisible character is replaced, one for one")
    func everyDangerousScalarIsReplaced() {
        var dangerous: [UInt32] = Array(0x00..<0x20) + [0x7F] + Array(0x80...0x9F)
        dangerous += [0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF, 0xE0041]
        dangerous += Array(0x202A...0x202E) + Array(0x2066...0x2069)
        for value in dangerous {
            let scalar = Unicode.Scalar(value)!
            let out = TerminalSafety.sanitize("a\(scalar)b")
            #expect(out.unicodeScalars.count == 3, "U+\(String(value, radix: 16)) changed the length")
            #expect(!out.unicodeScalars.contains(scalar), "U+\(String(value, radix: 16)) passed through")
        }
    }

    @Test("escape sequences become visible text")
    func escapeSequencesVisible() {
        #expect(TerminalSafety.sanitize("\u{1B}[31mred\u{1B}[0m") == "␛[31mred␛[0m")
        #expect(TerminalSafety.sanitize("bell\u{07}") == "bell␇")
        #expect(TerminalSafety.sanitize("tab\there") == "tab here")
    }

    @Test("ordinary text of any script is left alone")
    func ordinaryText() {
        let text = "Zoë’s café — “quoted” 漢字 🙂 e\u{301} العربية"
        #expect(TerminalSafety.sanitize(text) == text)
    }
}
