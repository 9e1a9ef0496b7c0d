/// Interim sentence splitter used until SentenceSplitter lands; deleted then.
enum InterimSentences {
    static func sentences(in text: String) -> [Range<Int>] {
        let s = Array(text.unicodeScalars)
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "st", "gen", "gov", "sen", "rep", "inc", "ltd", "corp", "co", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "no", "vs", "etc", "jr", "sr", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m"]
        while i < s.count {
            if CharacterClass.isSentenceFinal(s[i]) {
                var j = i + 1
                while j < s.count, CharacterClass.isClosingWrapper(s[j]) || CharacterClass.isSentenceFinal(s[j]) { j += 1 }
                var w = i - 1
                while w >= 0, CharacterClass.isLetter(s[w]) || s[w] == "." { w -= 1 }
                let word = String(String.UnicodeScalarView(s[(w + 1)..<i])).lowercased()
                let single = i - w - 1 == 1 && CharacterClass.isUppercase(s[i - 1])
                if j < s.count, CharacterClass.isSpace(s[j]), s[i] != "." || (!abbreviations.contains(word) && !single) {
                    var k = j
                    while k < s.count, CharacterClass.isSpace(s[k]) { k += 1 }
                    if k < s.count, !CharacterClass.isLowercase(s[k]) {
                        out.append(start..<j)
                        start = k
                    }
                }
                i = j
                continue
            }
            i += 1
        }
        if start < s.count { out.append(start..<s.count) }
        return out
    }
}
