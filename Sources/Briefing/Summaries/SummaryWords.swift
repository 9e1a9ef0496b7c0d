/// Words as the summarizers compare them, and the tests that keep a sentence out of a summary.
enum SummaryWords {
    static let stopWords = WordSet(WordList.set("stop-words.txt"))
    /// `summary-furniture.txt`, each entry as its words (a label keeps its colon on the last).
    static let furniture: [[String]] = WordList.rows("summary-furniture.txt").compactMap { $0.first?.lowercased() }
        .map { $0.split(separator: " ").map(String.init) }
    /// The words of `creditMarks`, and the first words of `furniture`.
    static let creditWords = WordSet(creditMarks.flatMap { words($0.unicodeScalars) })
    static let furnitureStarts = WordSet(furniture.compactMap { $0.first.flatMap { words($0.unicodeScalars).first } })
    static let danglingStarts = WordSet(WordList.set("summary-dangling-starts.txt"))
    static let creditMarks: [String] = WordList.rows("summary-credit-marks.txt").compactMap { $0.first?.lowercased() }

    /// The lowercase words of a text: runs of letters and digits, an apostrophe kept inside a
    /// word ("don't") and a possessive dropped ("minister's" is "minister").
    static func words<S: Collection>(_ scalars: S) -> [String] where S.Element == Unicode.Scalar {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        func finish() {
            guard !word.isEmpty else { return }
            var w = String(word)
            if w.hasSuffix("'s") || w.hasSuffix("’s") { w.removeLast(2) }
            if !w.isEmpty { words.append(w) }
            word = String.UnicodeScalarView()
        }
        var previous: Unicode.Scalar = " "
        for scalar in scalars {
            if CharacterClass.isLetter(scalar) || CharacterClass.isDigit(scalar) {
                if scalar.isASCII, ("A"..."Z").contains(scalar) {
                    word.append(Unicode.Scalar(scalar.value + 32)!)
                } else if scalar.isASCII {
                    word.append(scalar)
                } else {
                    word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            } else if (scalar == "'" || scalar == "’"), !word.isEmpty, CharacterClass.isLetter(previous) {
                word.append(scalar)
            } else {
                finish()
            }
            previous = scalar
        }
        finish()
        return words.map { $0.hasSuffix("'") || $0.hasSuffix("’") ? String($0.dropLast()) : $0 }
    }

    /// The term a word counts as when sentences are compared, or nil for a stop word: plurals
    /// fold into the singular so "listing" matches "listings".
    static func term(_ word: String) -> String? {
        guard word.utf8.count > 1 || word.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true,
              !stopWords.contains(word) else { return nil }
        return FigureRanking.stem(word)
    }

    static func isQuestion<S: BidirectionalCollection>(_ scalars: S) -> Bool where S.Element == Unicode.Scalar {
        for scalar in scalars.reversed() {
            if scalar == "?" { return true }
            if !"\"'”’»)] ".unicodeScalars.contains(scalar) { return false }
        }
        return false
    }

    /// Whether a sentence can stand in a summary on its own: whole (five words or more, not a
    /// lead-in ending in a colon), not page furniture or a caption.
    static func canStandAlone<S: BidirectionalCollection>(_ scalars: S, words: [String]) -> Bool where S.Element == Unicode.Scalar {
        guard words.count >= 5, words.count <= 90 else { return false }
        if let last = scalars.last(where: { $0 != " " }), last == ":" || last == "," || last == ";" { return false }
        // Most sentences hold no word of a credit or a furniture entry: only those that do are
        // looked at letter by letter.
        guard words.first.map(furnitureStarts.contains) ?? false || words.contains(where: creditWords.contains)
            || scalars.first == "©" else { return true }
        let lower = FastCase.lowercased(String(scalars: scalars))
        if creditMarks.contains(where: { lower.containsBytes($0) }) { return false }
        let start = lower.split(whereSeparator: { $0 == " " }).prefix(4).map(String.init)
        return !furniture.contains { entry in entry.count <= start.count && zip(entry, start).allSatisfy(startMatches) }
    }

    /// Whether a word of a sentence's start is a word of a furniture entry: a label ("photo:")
    /// only with its colon, any other word with or without punctuation after it.
    private static func startMatches(_ entry: String, _ word: String) -> Bool {
        if entry.hasSuffix(":") { return word == entry }
        return word == entry || (word.hasPrefix(entry) && word.dropFirst(entry.count).allSatisfy { !$0.isLetter && !$0.isNumber })
    }
}
