/// A number as written in a sentence, with what the words around it say about it: "more than
/// 480,000", "tens of thousands", "$5m", "12 per cent", "10 to 15", "one in five".
public struct NumberMention: Sendable, Equatable {
    /// The number; the lower bound for a vague magnitude ("tens of thousands" is 10,000) and the
    /// low end of a range.
    public var value: Double
    /// The high end of a range ("10 to 15", "10-15").
    public var upper: Double?
    /// A vague magnitude ("hundreds of", "millions of"), whose value is only a lower bound.
    public var approximate = false
    /// "$", "£", "€", "¥" when the number is money.
    public var currency: String?
    public var isPercent = false
    /// "more than", "about", "at least" ... as written, lowercased.
    public var qualifier: String?
    /// A compound age: "a 45-year-old", "the six-month-old".
    public var isAge = false
    /// The noun of a compound adjective: "year" in "a two-year study", "bed" in "a 40-bed
    /// ward"; nil otherwise.
    public var compound: String?
    /// Unicode-scalar offsets of the whole expression, qualifier included.
    public var range: Range<Int>
    /// Offsets of the number itself, without qualifier or currency.
    public var core: Range<Int>
}

/// Finds numbers in text: digits with separators and decimals, number words ("forty-two", "a
/// dozen", "two hundred"), scales ("1.2 billion", "3bn", "$5m"), percentages, ranges, fractions
/// ("half", "a third", "one in five") and vague magnitudes. Works on Unicode scalars; words are
/// compared in lowercase ASCII, which every number word is.
///
/// It reads numbers only. Which of them are figures (not dates, times, ordinals, identifiers or
/// parts of names) is decided by the caller, which knows the sentence; the reader only skips
/// what is never a quantity: digits glued to letters ("Covid-19", "G7", "4th"), inside e-mail
/// addresses and URLs, and clock times ("9:40").
public enum NumberReader {
    public static func mentions(in text: String) -> [NumberMention] {
        let scalars = Array(text.unicodeScalars)
        return mentions(scalars, words: Word.split(scalars))
    }

    /// The same, for a caller that has split the text into words already.
    static func mentions(_ scalars: [Unicode.Scalar], words: [Word]) -> [NumberMention] {
        var found: [NumberMention] = []
        var w = 0
        while w < words.count {
            // Most words cannot start a number: skip them before any string work.
            if mayStartNumber(words[w].text), let (mention, next) = read(at: w, words, scalars) {
                found.append(mention)
                w = next
            } else {
                w += 1
            }
        }
        return found
    }

    /// True when `word` (lowercased) could open a number, a qualifier or a fraction: a digit
    /// or currency symbol first, or one of the words that can.
    static func mayStartNumber(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first >= 0x30 && first <= 0x39 { return true }
        if first >= 0x80 { return first == 0xC2 || first == 0xE2 }  // £ and ¥ start C2, € starts E2
        if first == 0x24 || starters.contains(word) || word.utf8.starts(with: "us$".utf8) { return true }
        // "forty-two", "six-year-old", "two-thirds": a number word before the hyphen.
        guard let hyphen = word.utf8.firstIndex(of: 0x2D) else { return false }
        return starters.contains(String(word[..<hyphen]))
    }

    /// Every word that can open an expression `read` accepts.
    static let starters: Set<String> = {
        var words = Set(units.keys).union(tens.keys).union(scales.keys).union(fractions.keys).union(vague.keys)
        words.formUnion(qualifiers.compactMap(\.first))
        words.formUnion(["a", "an", "half", "dozen", "us$"])
        // Hyphenated number words and ages ("forty-two", "six-year-old") open with a number word.
        return words
    }()

    /// Qualifiers by their first word.
    static let qualifiersByFirst: [String: [[String]]] = Dictionary(grouping: qualifiers, by: { $0[0] })

    // MARK: - Words

    /// A run of letters, digits and inner marks (",", ".", "-", "%") between spaces and
    /// punctuation, lowercased for comparison.
    struct Word {
        var text: String
        var range: Range<Int>

        static func split(_ s: [Unicode.Scalar]) -> [Word] {
            var words: [Word] = []
            var i = 0
            while i < s.count {
                guard isWordScalar(s[i]) else { i += 1; continue }
                var j = i
                while j < s.count {
                    if isWordScalar(s[j]) { j += 1; continue }
                    // Inner marks join when a letter or digit follows: "480,000", "1.2", "forty-two".
                    if [",", ".", "-", "\u{2013}", "'", "\u{2019}", "/"].contains(s[j]), j + 1 < s.count, isWordScalar(s[j + 1]),
                       j > i, !(s[j] == "," && !(CharacterClass.isDigit(s[j - 1]) && CharacterClass.isDigit(s[j + 1]))) {
                        j += 1
                        continue
                    }
                    break
                }
                // A percent sign stays with its number: "12%".
                if j < s.count, s[j] == "%" { j += 1 }
                words.append(Word(text: lowercased(s[i..<j]), range: i..<j))
                i = j
            }
            return words
        }

        /// The word in lowercase; ASCII (nearly every word of an English article) is folded
        /// byte by byte without going through `String.lowercased()`.
        static func lowercased(_ word: ArraySlice<Unicode.Scalar>) -> String {
            guard word.allSatisfy({ $0.isASCII }) else { return String(scalars: word).lowercased() }
            return String(unsafeUninitializedCapacity: word.count) { out in
                for (k, c) in word.enumerated() {
                    let b = UInt8(c.value)
                    out[k] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                }
                return word.count
            }
        }

        static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
            CharacterClass.isLetter(c) || CharacterClass.isDigit(c) || c == "$" || c == "£" || c == "€" || c == "¥"
        }
    }

    // MARK: - Reading one expression

    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    ]
    /// Scales written glued to digits or as abbreviations: "3bn", "$5m", "£3.5 billion", "40k".
    static let scaleSuffixes: [String: Double] = [
        "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
        "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
    ]
    /// "tens of thousands", "hundreds of", "dozens of": lower bounds.
    static let vague: [String: Double] = [
        "dozens": 24, "scores": 40, "tens": 10, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
    ]
    static let fractions: [String: Double] = [
        "half": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2, "fifths": 0.2,
        "tenth": 0.1, "tenths": 0.1,
    ]
    /// Qualifiers before a number, longest first so "more than" wins over "more".
    static let qualifiers: [[String]] = [
        ["as", "many", "as"], ["as", "much", "as"], ["just", "over"], ["just", "under"], ["more", "than"], ["less", "than"],
        ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"], ["close", "to"], ["upwards", "of"], ["in", "excess", "of"],
        ["about"], ["around"], ["nearly"], ["almost"], ["over"], ["under"], ["roughly"], ["approximately"], ["some"],
        ["below"], ["above"], ["only"], ["just"],
    ]

    static func read(at start: Int, _ words: [Word], _ s: [Unicode.Scalar]) -> (NumberMention, Int)? {
        var w = start
        // The qualifier, if any, then the number.
        var qualifier: [String] = []
        for q in qualifiersByFirst[words[w].text] ?? [] where w + q.count < words.count && zip(q, words[w..<(w + q.count)]).allSatisfy({ $0 == $1.text }) {
            qualifier = q
            break
        }
        guard case (var number, let next)? = number(at: w + qualifier.count, words, s) else { return nil }
        if qualifier.isEmpty == false { number.qualifier = qualifier.joined(separator: " "); number.range = words[w].range.lowerBound..<number.range.upperBound }
        w = next
        // A range: "10 to 15", "between 10 and 15", "10-15" (read as one word).
        if w + 1 < words.count, words[w].text == "to" || (words[w].text == "and" && start > 0 && words[start - 1].text == "between"),
           let (high, after) = self.number(at: w + 1, words, s), high.value > number.value, high.approximate == false {
            number.upper = high.value
            number.isPercent = number.isPercent || high.isPercent
            number.currency = number.currency ?? high.currency
            number.range = number.range.lowerBound..<high.range.upperBound
            w = after
        }
        return (number, w)
    }

    /// One number, without qualifier.
    static func number(at start: Int, _ words: [Word], _ s: [Unicode.Scalar]) -> (NumberMention, Int)? {
        guard start < words.count else { return nil }
        let word = words[start]
        var w = start
        var mention: NumberMention

        if let (value, numberLength) = compoundAge(word.text) {
            // "45-year-old", "six-month-old": an age in one word.
            let core = word.range.lowerBound..<(word.range.lowerBound + numberLength)
            guard !isGluedToName(word.range, s) else { return nil }
            return (NumberMention(value: value, isAge: true, range: word.range, core: core), w + 1)
        } else if let (value, currency, percent, suffixScale, upper) = digits(word.text) {
            // Digits glued to letters are names and ordinals ("G7", "4th", "Covid-19"), unless the
            // letters are a scale ("3bn", "40k").
            guard !isGluedToName(word.range, s) else { return nil }
            mention = NumberMention(value: value, upper: upper, currency: currency, isPercent: percent, range: word.range, core: word.range)
            if let scale = suffixScale { mention.value *= scale; mention.upper = mention.upper.map { $0 * scale } }
            w += 1
            // "9:40", "10:30 a.m.": a clock time.
            if word.range.upperBound < s.count, s[word.range.upperBound] == ":", word.range.upperBound + 1 < s.count,
               CharacterClass.isDigit(s[word.range.upperBound + 1]) { return nil }
            // Inside an e-mail address or a URL.
            if isInsideAddress(word.range, s) { return nil }
        } else if let (value, next) = spelled(at: w, words) {
            mention = NumberMention(value: value, range: word.range.lowerBound..<words[next - 1].range.upperBound,
                                    core: word.range.lowerBound..<words[next - 1].range.upperBound)
            w = next
        } else if let (value, numberLength, noun) = compoundAdjective(word.text) {
            // "a two-year study", "a 40-bed ward": the number and the noun it sizes.
            guard !isGluedToName(word.range, s) else { return nil }
            let core = word.range.lowerBound..<(word.range.lowerBound + numberLength)
            return (NumberMention(value: value, compound: noun, range: word.range, core: core), w + 1)
        } else if ["a", "an"].contains(word.text), w > 0, durationPrepositions.contains(words[w - 1].text), w + 1 < words.count,
                  singleUnits.contains(words[w + 1].text) {
            // "for an hour", "within a decade": one unit of time.
            return (NumberMention(value: 1, range: word.range, core: word.range), w + 1)
        } else if let base = vague[word.text], w + 1 < words.count, words[w + 1].text == "of" {
            // "tens of thousands of", "hundreds of millions", "millions of".
            mention = NumberMention(value: base, approximate: true, range: word.range, core: word.range)
            w += 2
            if w < words.count, let times = vague[words[w].text], words[w].text != "tens", words[w].text != "dozens" {
                mention.value = base * times
                mention.range = mention.range.lowerBound..<words[w].range.upperBound
                mention.core = mention.range
                w += 1
                if w < words.count, words[w].text == "of" { w += 1 }
            }
            return (mention, w)
        } else if ["a", "an", "one"].contains(word.text), w + 1 < words.count, let fraction = fractions[words[w + 1].text],
                  words[w + 1].text != "half" || word.text != "one", !isOrdinalUse(w + 1, words, s) {
            // "a third", "a quarter", "one fifth".
            mention = NumberMention(value: fraction, range: word.range.lowerBound..<words[w + 1].range.upperBound,
                                    core: word.range.lowerBound..<words[w + 1].range.upperBound)
            return (mention, w + 2)
        } else if word.text == "half", w + 1 < words.count, ["of", "the", "a", "an"].contains(words[w + 1].text) {
            return (NumberMention(value: 0.5, range: word.range, core: word.range), w + 1)
        } else if word.text == "dozen" || (word.text == "a" && w + 1 < words.count && words[w + 1].text == "dozen") {
            let end = word.text == "dozen" ? w + 1 : w + 2
            return (NumberMention(value: 12, range: word.range.lowerBound..<words[end - 1].range.upperBound,
                                  core: word.range.lowerBound..<words[end - 1].range.upperBound), end)
        } else {
            return nil
        }

        // "one in five": a ratio.
        if mention.currency == nil, !mention.isPercent, w + 1 < words.count, words[w].text == "in",
           let (of, next) = number(at: w + 1, words, s), of.value > 0, of.currency == nil, of.qualifier == nil {
            mention.value /= of.value
            mention.range = mention.range.lowerBound..<of.range.upperBound
            mention.core = mention.range
            return (mention, next)
        }
        // "two-thirds" is read by `spelled`; "2 1/2" is left alone.
        // A scale word: "1.2 billion", "two million", "£3.5 billion".
        while w < words.count, let scale = scales[words[w].text] ?? (mention.currency != nil ? scaleSuffixes[words[w].text] : nil) {
            mention.value *= scale
            mention.upper = mention.upper.map { $0 * scale }
            mention.range = mention.range.lowerBound..<words[w].range.upperBound
            mention.core = mention.core.lowerBound..<words[w].range.upperBound
            w += 1
        }
        // "12 percent", "12 per cent".
        if w < words.count, words[w].text == "percent" || words[w].text == "pct" {
            mention.isPercent = true
            mention.range = mention.range.lowerBound..<words[w].range.upperBound
            w += 1
        } else if w + 1 < words.count, words[w].text == "per", words[w + 1].text == "cent" {
            mention.isPercent = true
            mention.range = mention.range.lowerBound..<words[w + 1].range.upperBound
            w += 2
        }
        // A currency written before with a space ("US$ 5") or after ("5 dollars" stays a unit).
        return (mention, w)
    }

    /// "480,000", "1.2", "$5m", "£3.5bn", "12%", "10-15", "40k": value, currency, percent, glued
    /// scale and the high end of a glued range.
    static func digits(_ text: String) -> (Double, String?, Bool, Double?, Double?)? {
        // Only digits or a currency symbol open these; spelled words leave at once.
        guard let first = text.utf8.first, (first >= 0x30 && first <= 0x39) || first == 0x24 || first == 0x75 || first >= 0x80 else { return nil }
        var rest = Substring(text)
        var currency: String?
        for symbol in ["us$", "$", "£", "€", "¥"] where rest.hasPrefix(symbol) {
            currency = symbol == "us$" ? "$" : symbol
            rest = rest.dropFirst(symbol.count)
            break
        }
        var percent = false
        if rest.hasSuffix("%") { percent = true; rest = rest.dropLast() }
        // "10-15", "10–15": a range in one word.
        for dash in ["-", "\u{2013}"] {
            let parts = rest.split(separator: Character(dash), omittingEmptySubsequences: false)
            if parts.count == 2, let low = plain(parts[0]), let high = plain(parts[1]), high > low {
                return (low, currency, percent, nil, high)
            }
        }
        var digitsEnd = rest.startIndex
        while digitsEnd < rest.endIndex, rest[digitsEnd].isASCII, rest[digitsEnd].isNumber || rest[digitsEnd] == "," || rest[digitsEnd] == "." {
            digitsEnd = rest.index(after: digitsEnd)
        }
        guard digitsEnd > rest.startIndex, let value = plain(rest[..<digitsEnd]) else { return nil }
        let suffix = String(rest[digitsEnd...])
        if suffix.isEmpty { return (value, currency, percent, nil, nil) }
        if let scale = scaleSuffixes[suffix] { return (value, currency, percent, scale, nil) }
        return nil  // "4th", "737max", "19s": not a quantity
    }

    /// "for an hour", "within a decade", "after a year": words before "a"/"an" that make it
    /// one unit of time, and the units.
    static let durationPrepositions: Set<String> = ["for", "within", "in", "after", "than", "under", "over", "by", "about", "nearly",
                                                    "almost", "barely", "only", "just"]
    static let singleUnits: Set<String> = ["minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century"]
    /// Tails that make a hyphenated number something other than a size: "two-thirds" (read as
    /// a fraction before this), "one-off", "two-way", "three-fold", "one-time".
    static let notCompoundNouns: Set<Substring> = ["off", "way", "sided", "fold", "odd", "on", "to", "time", "all", "and", "or",
                                                   "thirds", "third", "quarter", "quarters", "half", "fifths", "tenths"]

    /// "two-year" → (2, 3, "year"), "40-bed" → (40, 2, "bed"): a number, a hyphen and a noun.
    static func compoundAdjective(_ text: String) -> (Double, Int, String)? {
        guard text.utf8.contains(0x2D) else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count >= 2, parts[1].allSatisfy({ $0.isLetter }), !notCompoundNouns.contains(parts[1]) else { return nil }
        guard let value = plain(parts[0]) ?? units[String(parts[0])] ?? tens[String(parts[0])] else { return nil }
        return (value, parts[0].unicodeScalars.count, String(parts[1]))
    }

    /// "a third country", "a fifth straight month": the ordinal before a singular noun, not a
    /// fraction ("a third of homes", "a third said", "a fifth").
    static func isOrdinalUse(_ w: Int, _ words: [Word], _ s: [Unicode.Scalar]) -> Bool {
        guard ["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "quarter"].contains(words[w].text),
              w + 1 < words.count, words[w + 1].range.lowerBound - words[w].range.upperBound == 1,
              s[words[w].range.upperBound] == " " else { return false }
        let next = words[w + 1].text
        guard let first = next.unicodeScalars.first, CharacterClass.isLetter(first), next != "of" else { return false }
        return !next.hasSuffix("s") || next.hasSuffix("ss") || ["straight", "consecutive", "successive", "time", "year", "day"].contains(next)
    }

    static let ageUnits: Set<Substring> = ["year", "years", "month", "months", "week", "weeks", "day", "days"]

    /// "45-year-old" → (45, 2): the age and the length of its number.
    static func compoundAge(_ text: String) -> (Double, Int)? {
        guard text.hasSuffix("-old") else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, ageUnits.contains(parts[1]) else { return nil }
        if let value = plain(parts[0]) ?? units[String(parts[0])] ?? tens[String(parts[0])] {
            return (value, parts[0].unicodeScalars.count)
        }
        return nil
    }

    /// Digits with thousands separators and a decimal point: "480,000", "1.2", "1,234.5".
    static func plain(_ text: Substring) -> Double? {
        guard let first = text.first, first.isASCII, first.isNumber else { return nil }
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count <= 2 else { return nil }  // "1.2.3": a version, not a number
        let whole = groups[0].split(separator: ",", omittingEmptySubsequences: false)
        if whole.count > 1 {
            guard (1...3).contains(whole[0].count), whole.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = whole.joined() + (groups.count == 2 ? "." + groups[1] : "")
        guard digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        return Double(digits)
    }

    /// Number words: "forty-two", "two hundred", "three million", "a hundred", "two-thirds".
    static func spelled(at start: Int, _ words: [Word]) -> (Double, Int)? {
        var w = start
        var total = 0.0
        var current = 0.0
        var read = false
        while w < words.count {
            let text = words[w].text
            if let value = units[text] ?? tens[text] {
                current += value
            } else if text.utf8.contains(0x2D), case let parts = text.split(separator: "-"), parts.count == 2,
                      let t = tens[String(parts[0])], let u = units[String(parts[1])], u < 10 {
                current += t + u  // "forty-two"
            } else if text.utf8.contains(0x2D), case let parts = text.split(separator: "-"), parts.count == 2,
                      let n = units[String(parts[0])], let f = fractions[String(parts[1])], !read {
                return (n * f, w + 1)  // "two-thirds"
            } else if let scale = scales[text], read || (text != "hundred" && text != "thousand" && w > start) {
                current = max(current, 1) * scale
                if scale >= 1_000 { total += current; current = 0 }
            } else if (text == "a" || text == "an") && !read && w + 1 < words.count && scales[words[w + 1].text] != nil {
                current = 1  // "a hundred", "a million": the scale word follows
                read = true
                w += 1
                continue
            } else if text == "and" && read && w + 1 < words.count && (units[words[w + 1].text] != nil || tens[words[w + 1].text] != nil) {
                w += 1  // "two hundred and fifty"
                continue
            } else {
                break
            }
            read = true
            w += 1
        }
        guard read else { return nil }
        return (total + current, w)
    }

    /// Digits with letters right before them ("G7", "Covid-19", "F-16", "Boeing737") or after
    /// them beyond a scale ("4th"): names and ordinals.
    static func isGluedToName(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        var i = range.lowerBound
        while i > 0, s[i - 1] == "-" { i -= 1 }
        return i > 0 && CharacterClass.isLetter(s[i - 1])
    }

    /// Inside "name91@example.com", "https://…/2021/…", "example.com/2021/03/04/story" or
    /// "www.example2021.org" (the figures and the timeline both ask).
    static func isInsideAddress(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        var a = range.lowerBound
        while a > 0, !CharacterClass.isSpace(s[a - 1]) { a -= 1 }
        var b = range.upperBound
        while b < s.count, !CharacterClass.isSpace(s[b]) { b += 1 }
        let token = s[a..<b]
        if token.contains("@") || token.contains("/") && token.contains(":")
            || zip(token, token.dropFirst()).contains(where: { $0 == "/" && $1 == "/" }) || token.contains("_") { return true }
        if token.starts(with: "www.".unicodeScalars) { return true }
        // A dot between letters (a domain) and a slash after it (a path).
        guard let dot = token.indices.first(where: { i in
            s[i] == "." && i > a && i + 1 < b && CharacterClass.isLetter(s[i - 1]) && CharacterClass.isLetter(s[i + 1])
        }) else { return false }
        return token[dot...].contains("/")
    }
}
