/// A word, number or mark of a paragraph, with its place in the paragraph's clean text.
struct Token: Sendable {
    enum Kind: Sendable, Equatable { case word, number, punctuation }

    var kind: Kind
    /// Unicode scalar offsets in the paragraph's clean text.
    var range: Range<Int>
    var text: String
    var lower: String
    /// A word whose first letter is a capital. Stored, not computed: the phrase rules ask it of
    /// every token several times.
    let isCapitalized: Bool
    /// An opening quotation mark as it stands in the text (direction is decided by the span
    /// finder, which knows the context). Stored for the same reason.
    let isQuoteMark: Bool

    init(kind: Kind, range: Range<Int>, text: String, lower: String) {
        self.kind = kind
        self.range = range
        self.text = text
        self.lower = lower
        isCapitalized = kind == .word && text.unicodeScalars.first.map(CharacterClass.isUppercase) ?? false
        // A punctuation token is one scalar (no other scalar normalises to these marks).
        var scalars = text.unicodeScalars.makeIterator()
        if kind == .punctuation, let only = scalars.next(), scalars.next() == nil {
            switch only.value {
            case 0x22, 0x27, 0x201C, 0x201D, 0x201E, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x300C, 0x300D: isQuoteMark = true
            default: isQuoteMark = false
            }
        } else {
            isQuoteMark = false
        }
    }

    /// A token whose flags the tokenizer worked out from its scalars.
    fileprivate init(kind: Kind, range: Range<Int>, text: String, lower: String, first: Unicode.Scalar) {
        self.kind = kind
        self.range = range
        self.text = text
        self.lower = lower
        isCapitalized = kind == .word && CharacterClass.isUppercase(first)
        if kind == .punctuation {  // always a single scalar
            switch first.value {
            case 0x22, 0x27, 0x201C, 0x201D, 0x201E, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x300C, 0x300D: isQuoteMark = true
            default: isQuoteMark = false
            }
        } else {
            isQuoteMark = false
        }
    }

    var isWord: Bool { kind == .word }

    func `is`(_ s: String) -> Bool { lower == s }
}

/// Splits a paragraph into tokens: words (letters and digits, with inner apostrophes, hyphens
/// and the dots of initialisms like "U.S."), numbers (with separators, "200,000", "3.5") and
/// single punctuation marks. A possessive "’s" is its own token, as grammar treats it.
enum Tokenizer {
    /// The one-character string of each ASCII scalar.
    static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        func isAlnum(_ k: Int) -> Bool { k < n && (CharacterClass.isLetter(scalars[k]) || CharacterClass.isDigit(scalars[k])) }
        // Most tokens are ASCII: build them, and their lowercase, straight from the scalar
        // values; a token without capitals shares its text as its lowercase.
        func emit(_ kind: Token.Kind, _ range: Range<Int>) {
            var ascii = true
            var upper = false
            for k in range {
                let v = scalars[k].value
                if v >= 0x80 { ascii = false; break }
                if v >= 0x41 && v <= 0x5A { upper = true }
            }
            if ascii && range.count == 1 {
                // Marks and one-letter words: strings made once, not per token.
                let v = Int(scalars[range.lowerBound].value)
                tokens.append(Token(kind: kind, range: range, text: Self.asciiStrings[v], lower: Self.asciiStrings[upper ? v | 0x20 : v],
                                    first: scalars[range.lowerBound]))
            } else if ascii {
                let text = String(unsafeUninitializedCapacity: range.count) { out in
                    for k in range { out[k - range.lowerBound] = UInt8(truncatingIfNeeded: scalars[k].value) }
                    return range.count
                }
                let lower = !upper ? text : String(unsafeUninitializedCapacity: range.count) { out in
                    for k in range {
                        let b = UInt8(truncatingIfNeeded: scalars[k].value)
                        out[k - range.lowerBound] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    }
                    return range.count
                }
                tokens.append(Token(kind: kind, range: range, text: text, lower: lower, first: scalars[range.lowerBound]))
            } else {
                let text = String(scalars: scalars[range])
                tokens.append(Token(kind: kind, range: range, text: text, lower: FastCase.lowercased(text), first: scalars[range.lowerBound]))
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
