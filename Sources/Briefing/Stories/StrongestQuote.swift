/// Which of a person's quotes in a story an analyst should read first.
///
/// The score multiplies what the quote is by how much of it there is, and adds what it is about:
/// - kind: their own words in full (direct) say more than a phrase lifted into the writer's
///   sentence (partial), which says more than a paraphrase (indirect);
/// - length: 8 to 40 words is a statement; shorter is a fragment ("a tragedy"), longer a
///   passage the reader will skim;
/// - a direct quote that starts mid-sentence (lowercase, or after an ellipsis) is a fragment;
/// - words central to the story (its heaviest terms) make a quote about the event rather than
///   about anything else the speaker said;
/// - a quote other articles repeat has been judged worth quoting more than once.
enum StrongestQuote {
    static func score(_ quote: Quote, centralTerms: Set<UInt64>, terms: StoryTerms) -> Double {
        let kind: Double
        switch quote.kind {
        case .direct: kind = 1
        case .partial: kind = 0.7
        case .indirect: kind = 0.55
        }
        let words = FastCase.wordCount(quote.text)
        let length = words < 8 ? Double(words) / 8 : words > 40 ? max(0.6, 40 / Double(words)) : 1
        var score = kind * length
        if quote.kind == .direct && startsMidSentence(quote.text) { score *= 0.7 }
        if !centralTerms.isEmpty {
            var shared = Set<UInt64>()
            terms.forEachTerm(in: quote.text) { h, _ in if centralTerms.contains(h) { shared.insert(h) } }
            score += 0.2 * Double(min(shared.count, 3)) / 3
        }
        if !quote.alsoIn.isEmpty { score += 0.05 }
        return score
    }

    /// True when the text starts with a lowercase letter or an ellipsis: the speaker's sentence
    /// began before the quotation marks did.
    static func startsMidSentence(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            if scalar == "…" || scalar == "." { return true }
            if scalar.properties.isAlphabetic { return scalar.properties.isLowercase }
            if CharacterClass.isDigit(scalar) { return false }
        }
        return false
    }
}
