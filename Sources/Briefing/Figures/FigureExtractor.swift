/// A key figure: a number with the thing it counts, in its sentence.
public struct Figure: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable { case count, money, percent, rate, age, duration, measure }

    public var id: String
    public var article: Int
    public var paragraph: Int
    public var value: Double
    public var upper: Double?
    public var approximate: Bool
    public var qualifier: String?
    /// The counted noun phrase ("listings for stolen cards", "countries").
    public var unit: String
    public var kind: Kind
    /// The expression as written, number and unit ("more than 80,000 listings for stolen cards").
    public var text: String
    public var sentence: String
    /// The sentence in the paragraph's clean text (Unicode scalars): what the reader highlights.
    public var sentenceRange: Range<Int>
    /// Who said it, when the figure sits inside reported speech; set once quotes are resolved.
    public var speaker: String?
    /// Place in the corpus ranking (1 = most salient); figures merged as one share a rank.
    public var rank = 0
    /// Offsets of `text` in the paragraph's clean text and in the raw file (Unicode scalars).
    public var cleanRange: Range<Int>
    public var start: Int
    public var end: Int

    public init(id: String, article: Int, paragraph: Int, value: Double, upper: Double? = nil, approximate: Bool, qualifier: String? = nil,
                unit: String, kind: Kind, text: String, sentence: String, sentenceRange: Range<Int>, speaker: String? = nil,
                rank: Int = 0, cleanRange: Range<Int>, start: Int, end: Int) {
        self.id = id
        self.article = article
        self.paragraph = paragraph
        self.value = value
        self.upper = upper
        self.approximate = approximate
        self.qualifier = qualifier
        self.unit = unit
        self.kind = kind
        self.text = text
        self.sentence = sentence
        self.sentenceRange = sentenceRange
        self.speaker = speaker
        self.rank = rank
        self.cleanRange = cleanRange
        self.start = start
        self.end = end
    }
}

/// Finds the figures of an article: the numbers `NumberReader` reads, less those that are not
/// quantities here (years, dates, times, list numbers, page and section references, numbers in
/// names), each with the noun phrase it counts and its kind.
public enum FigureExtractor {
    /// The paragraph index of a figure in the article's title.
    public static let titleParagraph = -1

    public static func figures(in article: Article, articleIndex: Int) -> [Figure] {
        var figures: [Figure] = []
        // The headline first, when the file holds it as written: its figures are the story's.
        if let title = article.title, let start = article.titleStart {
            figures += self.figures(in: title, articleIndex: articleIndex, paragraph: titleParagraph) { start + $0 }
        }
        for (p, paragraph) in article.paragraphs.enumerated() {
            figures += self.figures(in: paragraph.text, articleIndex: articleIndex, paragraph: p, rawOffset: paragraph.rawOffset(ofCleanOffset:))
        }
        for i in figures.indices { figures[i].id = "\(article.id)~\(i + 1)" }
        return figures
    }

    /// The figures of one paragraph (or of the title), with `rawOffset` mapping its offsets to
    /// the raw file's.
    static func figures(in text: String, articleIndex: Int, paragraph p: Int, rawOffset: (Int) -> Int) -> [Figure] {
        var figures: [Figure] = []
        let scalars = Array(text.unicodeScalars)
        let words = NumberReader.Word.split(scalars)
        let sentences = SentenceSplitter.sentences(in: text)
        // "Floods Kill At Least 19": in a title-case headline a capitalised word before a number
        // is not a name.
        let titleCase = p == titleParagraph && isTitleCase(words, scalars)
        for mention in NumberReader.mentions(scalars, words: words) where isQuantity(mention, words, scalars, titleCase: titleCase) {
            // "a 45-year-old": the age is the whole word, and what follows is who has it.
            let apposedAge = isApposedAge(mention, scalars)
            let (unit, unitEnd) = mention.isAge ? (ageUnit(mention, scalars), mention.range.upperBound)
                : apposedAge ? ("years old", mention.range.upperBound)
                : mention.compound.map { ($0, mention.range.upperBound) } ?? countedThing(after: mention, words, scalars)
            // A number word with nothing counted after it ("One is to …", "the two") is a
            // pronoun, not a figure; digits, money and percentages stand alone.
            let spelled = scalars[mention.core].first.map { !CharacterClass.isDigit($0) } ?? false
            if unit.isEmpty, spelled, !mention.isAge, mention.currency == nil, !mention.isPercent, !mention.approximate { continue }
            let whole = mention.range.lowerBound..<max(mention.range.upperBound, unitEnd)
            let sentence = trimmed(sentences.first { $0.contains(mention.range.lowerBound) } ?? 0..<scalars.count, scalars)
            figures.append(Figure(
                id: "", article: articleIndex, paragraph: p, value: mention.value, upper: mention.upper,
                approximate: mention.approximate, qualifier: mention.qualifier, unit: unit,
                kind: apposedAge ? .age : kind(of: mention, unit: unit, words, scalars), text: string(scalars[whole]),
                sentence: string(scalars[sentence]), sentenceRange: sentence, speaker: nil, cleanRange: whole,
                start: rawOffset(whole.lowerBound), end: rawOffset(whole.upperBound - 1) + 1))
        }
        return figures
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String { String(scalars: scalars) }

    /// `range` without the spaces at either end.
    static func trimmed(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, CharacterClass.isSpace(s[lower]) { lower += 1 }
        while upper > lower, CharacterClass.isSpace(s[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    // MARK: - What is not a figure

    static let references: Set<String> = ["page", "pages", "p", "pp", "section", "chapter", "article", "clause", "paragraph",
                                          "no", "number", "figure", "table", "item", "line", "verse", "room", "gate", "platform",
                                          "route", "flight", "highway", "interstate", "episode", "season", "version", "rule"]

    /// True unless the number is a year, part of a date or a time, a reference, a list number or
    /// part of a name.
    /// Most words of four letters or more capitalised.
    static func isTitleCase(_ words: [NumberReader.Word], _ s: [Unicode.Scalar]) -> Bool {
        let long = words.filter { $0.range.count >= 4 && CharacterClass.isLetter(s[$0.range.lowerBound]) }
        guard long.count >= 2 else { return false }
        return long.filter { CharacterClass.isUppercase(s[$0.range.lowerBound]) }.count * 10 >= long.count * 6
    }

    static func isQuantity(_ m: NumberMention, _ words: [NumberReader.Word], _ s: [Unicode.Scalar], titleCase: Bool = false) -> Bool {
        guard let w = words.firstIndex(where: { $0.range.lowerBound >= m.core.lowerBound }) else { return false }
        let word = words[w].text
        let before = w > 0 ? words[w - 1].text : ""
        let after = w + 1 < words.count ? words[w + 1].text : ""
        let plainInteger = m.currency == nil && !m.isPercent && m.upper == nil && word.allSatisfy { $0.isASCII && $0.isNumber }
        // Years: "in 2019", "since 1998", "the 2020 election", "between 2017 and 2020".
        if plainInteger, word.count == 4, (1800...2100).contains(Int(m.value)) { return false }
        if m.currency == nil, !m.isPercent, let upper = m.upper, m.value == m.value.rounded(), upper == upper.rounded(),
           (1800...2100).contains(Int(m.value)), (1800...2100).contains(Int(upper)), word.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return false
        }
        // Dates: "July 4", "4 March", "October 19, 1991".
        let months = DateText.months
        if plainInteger, months[before] != nil || months[after] != nil || (after == "of" && w + 2 < words.count && months[words[w + 2].text] != nil) {
            return false
        }
        // Times: "5 p.m.", "at 9am".
        if plainInteger, ["a.m", "p.m", "am", "pm", "gmt", "bst", "cet", "utc"].contains(after.trimmingCharacters(".")) { return false }
        // References: "page 5", "section 3", "No. 10", "Flight 302".
        if plainInteger, references.contains(before) { return false }
        // Names: "Boeing 737", "Apollo 11": a capitalised word before, other than a word that is
        // capitalised only for opening the sentence ("In 2019", "Of 300 staff").
        // (Only a name joined to the number by a space: "Ana Ruiz, 58," is an age.)
        if plainInteger, !titleCase, w > 0, words[w].range.lowerBound - words[w - 1].range.upperBound == 1,
           let first = s[words[w - 1].range.lowerBound...].first, CharacterClass.isUppercase(first), months[before] == nil,
           !isSentenceStart(words[w - 1].range.lowerBound, s) || !sentenceOpeners.contains(before) {
            return false
        }
        // A list number opening the paragraph: "1. Preheat the oven".
        if plainInteger, m.core.lowerBound == 0, m.core.upperBound < s.count, s[m.core.upperBound] == "." || s[m.core.upperBound] == ")" {
            return false
        }
        // Parameters of a terminal escape sequence left in the text ("ESC]0;", "ESC[31m").
        var back = m.core.lowerBound - 1
        while back >= 0, "[];?".unicodeScalars.contains(s[back]) || CharacterClass.isDigit(s[back]) { back -= 1 }
        if back >= 0, back < m.core.lowerBound - 1, s[back] == "\u{1B}" || s[back] == "\u{9B}" { return false }
        // Phone and account numbers: a leading zero, or digit groups side by side ("0800 555 0199").
        if plainInteger, word.count > 1, word.hasPrefix("0"), !word.hasPrefix("0.") { return false }
        if plainInteger, [before, after].contains(where: { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
           isDigitGroupNeighbour(w, words, s) {
            return false
        }
        // Lone pronoun "one" ("one of them", "no one") counts nothing unless a noun follows.
        if word == "one", m.qualifier == nil, ["of", "another", "day", "who", "that", ""].contains(after) || before == "no" { return false }
        return true
    }

    /// True when a word of digits sits right beside word `w`, with only a space or a hyphen
    /// between: a phone number or a code, not two quantities.
    static func isDigitGroupNeighbour(_ w: Int, _ words: [NumberReader.Word], _ s: [Unicode.Scalar]) -> Bool {
        func digitsOnly(_ i: Int) -> Bool { words.indices.contains(i) && words[i].text.allSatisfy { $0.isASCII && $0.isNumber } }
        func joined(_ a: Int, _ b: Int) -> Bool {
            let gap = words[a].range.upperBound..<words[b].range.lowerBound
            return gap.count == 1 && (s[gap.lowerBound] == " " || s[gap.lowerBound] == "-")
        }
        return (digitsOnly(w - 1) && joined(w - 1, w)) || (digitsOnly(w + 1) && joined(w, w + 1))
    }

    /// "Ana Ruiz, 58, said": a whole number up to 120 set off by commas right after a
    /// capitalised name is the person's age.
    static func isApposedAge(_ m: NumberMention, _ s: [Unicode.Scalar]) -> Bool {
        guard m.qualifier == nil, m.currency == nil, !m.isPercent, m.upper == nil, m.value >= 1, m.value <= 120,
              m.value == m.value.rounded(), s[m.core].allSatisfy(CharacterClass.isDigit) else { return false }
        var i = m.core.lowerBound - 1
        while i >= 0, CharacterClass.isSpace(s[i]) { i -= 1 }
        guard i > 0, s[i] == "," else { return false }
        var j = i - 1
        while j >= 0, CharacterClass.isLetter(s[j]) || s[j] == "-" || s[j] == "'" || s[j] == "\u{2019}" { j -= 1 }
        guard j + 1 < i, CharacterClass.isUppercase(s[j + 1]) else { return false }
        let after = m.core.upperBound
        return after == s.count || [",", ".", ";", ")", "\u{2014}"].contains(s[after])
    }

    /// "year-old" for "45-year-old": the compound's words after the number.
    static func ageUnit(_ m: NumberMention, _ s: [Unicode.Scalar]) -> String {
        var start = m.core.upperBound
        if start < m.range.upperBound, s[start] == "-" { start += 1 }
        return string(s[start..<m.range.upperBound]).lowercased()
    }

    /// Words that open a sentence before a number without naming anything.
    static let sentenceOpeners: Set<String> = [
        "in", "of", "since", "for", "with", "by", "about", "after", "before", "from", "to", "on", "at", "all", "the", "some",
        "nearly", "almost", "over", "under", "more", "less", "fewer", "just", "only", "roughly", "around", "and", "but", "than",
        "those", "these", "another", "last", "each", "every", "until", "between", "among", "approximately",
    ]

    static func isSentenceStart(_ i: Int, _ s: [Unicode.Scalar]) -> Bool {
        var j = i - 1
        while j >= 0, CharacterClass.isSpace(s[j]) || CharacterClass.isClosingWrapper(s[j]) || s[j] == "\u{201C}" || s[j] == "\"" { j -= 1 }
        return j < 0 || CharacterClass.isSentenceFinal(s[j])
    }

    // MARK: - The counted thing

    /// Words that end a counted noun phrase.
    static let stopWords: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may", "might",
        "should", "must", "did", "do", "does", "and", "or", "but", "that", "which", "who", "whom", "whose", "when", "while",
        "where", "because", "after", "before", "since", "until", "as", "than", "to", "by", "on", "at", "from", "with",
        "into", "during", "over", "under", "about", "against", "between", "through", "in", "said", "says", "a", "an", "the",
        "this", "these", "those", "its", "their", "his", "her", "our", "it", "they", "he", "she", "we", "i", "you", "not",
        "each", "every", "per", "more", "less", "fewer", "around", "worldwide", "nationwide", "globally", "annually",
        "alone", "apiece", "so", "too", "also", "still", "now", "then", "ago", "last", "next", "overnight", "across",
        "near", "outside", "inside", "within", "throughout", "among", "towards", "toward", "via", "beyond", "along", "amid",
        "despite", "without", "behind", "remain", "remains", "live", "lives", "work", "works", "face", "faces", "need",
        "needs", "want", "wants", "come", "comes", "go", "goes", "stand", "stands", "wait", "waits", "seem", "seems",
        "appear", "appears", "continue", "continues", "die", "dies", "died", "lied", "tied", "say", "get", "gets", "make", "makes", "take", "takes", "up", "down", "off", "out", "away", "back", "again", "yesterday", "today",
        // Irregular past forms, which the -ed test misses.
        "left", "went", "came", "took", "made", "got", "lost", "won", "fell", "rose", "grew", "saw", "gave", "ran", "sold",
        "bought", "paid", "spent", "kept", "held", "met", "became", "began", "brought", "found", "told", "felt", "stood",
        "sat", "fled", "hit", "cut", "put", "set", "drew", "led", "shut", "struck", "threw", "wrote", "spoke", "chose",
    ]

    /// The noun phrase after the number: "listings for stolen cards", "countries", "years old".
    /// It runs over words until a verb-like word, a stop word or punctuation; "of"/"for" may join
    /// a second phrase ("listings for stolen cards").
    static func countedThing(after m: NumberMention, _ words: [NumberReader.Word], _ s: [Unicode.Scalar]) -> (String, Int) {
        guard var w = words.firstIndex(where: { $0.range.lowerBound >= m.range.upperBound }) else { return ("", m.range.upperBound) }
        // Only words right after the number, with nothing but spaces between.
        guard (m.range.upperBound..<words[w].range.lowerBound).allSatisfy({ CharacterClass.isSpace(s[$0]) }) else { return ("", m.range.upperBound) }
        // A percentage counts what follows "of" ("58 per cent of voters"); a word right after
        // it is the sentence going on ("58 per cent supported the plan").
        if m.isPercent, words[w].text != "of" { return ("", m.range.upperBound) }
        if words[w].text == "of", w + 1 < words.count { w += 1 }  // "a third of homes"
        if w > 0, words[w - 1].text == "of", ["the", "its", "their", "all", "his", "her", "our"].contains(words[w].text), w + 1 < words.count {
            w += 1  // "half of the staff"
        }
        var end = w
        var joined = false
        while end < words.count, end - w < 8 {
            let text = words[end].text
            if end > w {
                // (Quotation marks do not end it: two major “dark web” marketplaces.)
                let gap = words[end - 1].range.upperBound..<words[end].range.lowerBound
                guard gap.allSatisfy({ CharacterClass.isSpace(s[$0]) || "\"\u{201C}\u{201D}\u{2018}\u{2019}".unicodeScalars.contains(s[$0]) }) else { break }
            }
            if ["of", "for"].contains(text), end > w, !joined, end + 1 < words.count, !stopWords.contains(words[end + 1].text) {
                joined = true
                end += 1
                continue
            }
            if stopWords.contains(text) || text.first?.isNumber == true { break }
            if end == w, text == "for" { break }  // "€40m for the city": nothing counted
            // A verb ends the phrase: a past form in -ed, a participle in -ing ("sellers of goods
            // serving …"), or, after one thing, a present form in -s ("one American dies").
            if end > w, text.count > 4, text.hasSuffix("ed") || text.hasSuffix("ing") { break }
            if end > w, m.value <= 1, !joined, text.hasSuffix("s"), words[end - 1].text != text { break }
            end += 1
            // A unit of money, time or measure is one word ("metres", "dollars"), but "years old".
            if end - 1 == w, currencyWords.contains(text) || measureWords.contains(text) || timeWords.contains(text),
               !(end < words.count && words[end].text == "old") { break }
            // "years old": the age.
            if text == "years" || text == "year", end < words.count, words[end].text == "old" { end += 1; break }
        }
        guard end > w else { return ("", m.range.upperBound) }
        let range = words[w].range.lowerBound..<words[end - 1].range.upperBound
        return (string(s[range]), range.upperBound)
    }

    // MARK: - Kind

    static let currencyWords: Set<String> = ["dollars", "euros", "pounds", "yen", "yuan", "francs", "crowns", "rupees", "pesos",
                                             "dollar", "euro", "pound", "kronor", "krona", "rand", "won", "lira", "cents", "pence"]
    static let timeWords: Set<String> = ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries",
                                         "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
                                         "fortnight", "fortnights"]
    static let measureWords: Set<String> = ["metres", "meters", "kilometres", "kilometers", "miles", "feet", "inches", "kg",
                                            "kilograms", "tonnes", "tons", "litres", "liters", "hectares", "acres", "degrees",
                                            "km", "cm", "mm", "mph", "km/h", "barrels", "gallons", "millimetres", "centimetres"]

    static func kind(of m: NumberMention, unit: String, _ words: [NumberReader.Word], _ s: [Unicode.Scalar]) -> Figure.Kind {
        let unitWords = unit.lowercased().split(separator: " ").map(String.init)
        if m.currency != nil || unitWords.first.map(currencyWords.contains) == true { return .money }
        if m.isPercent { return .percent }
        if m.isAge { return .age }
        if let noun = m.compound {
            if timeWords.contains(noun) { return .duration }
            if measureWords.contains(noun) || measureWords.contains(noun + "s") { return .measure }
            return .count
        }
        if unitWords.starts(with: ["years", "old"]) || unitWords.starts(with: ["year", "old"]) { return .age }
        // "every eleven minutes", "a day", "per week": a rate.
        let before = words.last { $0.range.upperBound <= m.range.lowerBound }?.text ?? ""
        if before == "every" || before == "per" { return .rate }
        if let first = unitWords.first, timeWords.contains(first) { return .duration }
        if let first = unitWords.first, measureWords.contains(first) { return .measure }
        return .count
    }
}

private extension String {
    func trimmingCharacters(_ characters: String) -> String {
        var s = Substring(self)
        while let c = s.last, characters.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
