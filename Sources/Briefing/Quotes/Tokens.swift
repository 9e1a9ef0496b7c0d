/// A word, number or mark of a paragraph, with its place in the paragraph's clean text.
struct Token: Sendable {
    enum Kind: Sendable, Equatable { case word, number, punctuation }

    var kind: Kind
    /// Unicode scalar offsets in the paragraph's clean text.
    var range: Range<Int>
    var text: String
    var lower: String

    var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return CharacterClass.isUppercase(first)
    }

    var isWord: Bool { kind == .word }

    func `is`(_ s: String) -> Bool { lower == s }

    /// An opening quotation mark as it stands in the text (direction is decided by the span
    /// finder, which knows the context).
    var isQuoteMark: Bool {
        kind == .punctuation && ["\"", "'", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{2018}", "\u{2019}", "\u{201A}", "\u{300C}", "\u{300D}"].contains(text)
    }
}

/// Splits a paragraph into tokens: words (letters and digits, with inner apostrophes, hyphens
/// and the dots of initialisms like "U.S."), numbers (with separators, "200,000", "3.5") and
/// single punctuation marks. A possessive "’s" is its own token, as grammar treats it.
enum Tokenizer {
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        func isAlnum(_ k: Int) -> Bool { k < n && (CharacterClass.isLetter(scalars[k]) || CharacterClass.isDigit(scalars[k])) }
        // Most tokens are ASCII: build them, and their lowercase, straight from bytes.
        var bytes: [UInt8] = []
        var lowerBytes: [UInt8] = []
        func emit(_ kind: Token.Kind, _ range: Range<Int>) {
            bytes.removeAll(keepingCapacity: true)
            lowerBytes.removeAll(keepingCapacity: true)
            var ascii = true
            for k in range {
                let v = scalars[k].value
                guard v < 0x80 else { ascii = false; break }
                let byte = UInt8(v)
                bytes.append(byte)
                lowerBytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            if ascii {
                tokens.append(Token(kind: kind, range: range, text: String(decoding: bytes, as: UTF8.self),
                                    lower: String(decoding: lowerBytes, as: UTF8.self)))
            } else {
                let text = String(String.UnicodeScalarView(scalars[range]))
                tokens.append(Token(kind: kind, range: range, text: text, lower: text.lowercased()))
            }
        }
        while i < n {
            let c = scalars[i]
            if CharacterClass.isSpace(c) { i += 1; continue }
            if CharacterClass.isDigit(c) {
                var j = i + 1
                while j < n {
                    if CharacterClass.isDigit(scalars[j]) { j += 1; continue }
                    // 200,000 / 3.5 / 10:30: a separator between digits stays in the number.
                    if (scalars[j] == "," || scalars[j] == "." || scalars[j] == ":"), j + 1 < n, CharacterClass.isDigit(scalars[j + 1]) { j += 2; continue }
                    break
                }
                // "4th", "1990s", "Covid-19" style tails join the number.
                while j < n, CharacterClass.isLetter(scalars[j]) { j += 1 }
                emit(.number, i..<j)
                i = j
                continue
            }
            if CharacterClass.isLetter(c) {
                var j = i + 1
                while j < n {
                    let s = scalars[j]
                    if CharacterClass.isLetter(s) || CharacterClass.isDigit(s) { j += 1; continue }
                    // don't / O’Brien / well-known: an inner apostrophe or hyphen between letters.
                    if (s == "'" || s == "\u{2019}" || s == "-" || s == "\u{2010}" || s == "&"), isAlnum(j + 1) {
                        // A possessive ’s ends the word: "Reuters’s", "ministry's".
                        if (s == "'" || s == "\u{2019}"), j + 1 < n, scalars[j + 1] == "s" || scalars[j + 1] == "S", !isAlnum(j + 2) { break }
                        j += 2
                        continue
                    }
                    // U.S. / e.g. / a.m.: single letters joined by dots keep their dots.
                    if s == ".", j - i == 1 || (j >= 2 && scalars[j - 2] == "."), j + 1 < n, CharacterClass.isLetter(scalars[j + 1]),
                       j + 2 >= n || scalars[j + 2] == "." {
                        j += 2
                        if j < n, scalars[j] == "." { j += 1 }
                        break
                    }
                    break
                }
                emit(.word, i..<j)
                i = j
                // The possessive as its own token.
                if i + 1 < n, scalars[i] == "'" || scalars[i] == "\u{2019}", scalars[i + 1] == "s" || scalars[i + 1] == "S", !isAlnum(i + 2) {
                    emit(.word, i..<(i + 2))
                    i += 2
                }
                continue
            }
            emit(.punctuation, i..<(i + 1))
            i += 1
        }
        return tokens
    }
}
