/// Finds the dated events of an article: every date expression in its body, resolved against
/// the article's date (`DateResolver`), with the sentence that holds it; and the article's own
/// date as an event of kind `published`.
///
/// Not dates here: times of day, ages and durations ("for three years"), numbers that are not
/// dates (counts, versions, phone numbers, "Covid-19", "section 2021"), decades ("the 1990s"),
/// dates inside web and e-mail addresses, a dateline label's date opening a paragraph
/// ("Updated: 4 March 2021"), a year that only qualifies a noun ("the 2020 election": a bare
/// year counts only after "in", "since", "by" and the like), and relative expressions an
/// undated article gives nothing to count from ("yesterday", "on Tuesday").
public enum TimelineExtractor {
    public static func events(in article: Article, articleIndex: Int, quotes: [Quote] = []) -> [TimelineEvent] {
        let lexicon = TimelineLexicon.shared
        var anchor = article.published.flatMap { DateText.firstDate(in: $0) }
        var events: [TimelineEvent] = []
        if let anchor {
            let start = article.paragraphs.first?.start ?? 0
            events.append(TimelineEvent(
                when: .day(anchor), dateText: "article date", certain: true, event: article.displayTitle, article: articleIndex,
                paragraph: 0, cleanRange: 0..<0, sentenceRange: 0..<0, start: start, end: start, kind: .published))
        }
        var previousDay: (date: TimelineDate, paragraph: Int)?
        for (p, paragraph) in article.paragraphs.enumerated() {
            let s = SentenceSplitter.unicodeScalars(of: paragraph.text)
            let (tokens, promising) = TimeToken.split(s, lexicon: lexicon)
            guard promising else { continue }
            var reader = DateMentionReader(tokens: tokens, scalars: s, lexicon: lexicon)
            let mentions = reader.mentions()
            guard !mentions.isEmpty else { continue }
            if anchor == nil, p == 0, let first = mentions.first, let dateline = datelineDate(first, s) { anchor = dateline }
            let sentences = SentenceSplitter.sentences(in: s)
            let quoted = quotes.filter { $0.paragraph == p && $0.kind != .indirect }.map(\.cleanRange)
            var written: TimelineDate?
            var tenseOf: [Int: DateResolver.Tense] = [:]
            for mention in mentions where !isMetadata(mention, reader) && !NumberReader.isInsideAddress(mention.range, s) {
                let sentence = sentences.firstIndex { $0.contains(mention.range.lowerBound) }
                let sentenceRange = sentence.map { sentences[$0] } ?? 0..<s.count
                let tense = sentence.map { index in
                    if let known = tenseOf[index] { return known }
                    let found = self.tense(of: sentenceRange, tokens, s, lexicon)
                    tenseOf[index] = found
                    return found
                } ?? .neutral
                var context = DateResolver.Context(anchor: anchor, tense: tense)
                context.inQuote = quoted.contains { $0.contains(mention.range.lowerBound) }
                context.written = written
                if let previous = previousDay, previous.paragraph >= p - 1 { context.previousDay = previous.date }
                guard let (date, certain) = DateResolver.resolve(mention, context) else { continue }
                if case .absolute = mention.form { written = date }
                if date.precision == .day { previousDay = (date, p) }
                // The same date twice in one sentence ("on July 5th, on the same day") is one event.
                if events.contains(where: { $0.paragraph == p && $0.sentenceRange == sentenceRange && $0.when == date && $0.kind == .mention }) { continue }
                events.append(TimelineEvent(
                    when: date, dateText: String(scalars: s[mention.range]), certain: certain,
                    event: String(scalars: s[sentenceRange]).trimmingSpaces.description, article: articleIndex, paragraph: p,
                    cleanRange: mention.range, sentenceRange: sentenceRange,
                    start: paragraph.rawOffset(ofCleanOffset: mention.range.lowerBound),
                    end: paragraph.rawOffset(ofCleanOffset: mention.range.upperBound - 1) + 1))
            }
        }
        return events
    }

    /// The date of a wire dateline opening an undated article ("HARBOURTON, March 4, 2025 --",
    /// "OSLO, 4 March 2025 (Agency) —"): the day the story was filed, read as the article's date.
    static func datelineDate(_ m: DateMention, _ s: [Unicode.Scalar]) -> CalendarDate? {
        guard case .absolute = m.form, m.precision == .day, m.range.lowerBound <= 60,
              let year = m.year, let month = m.month, let day = m.day else { return nil }
        let after = s[m.range.upperBound..<min(s.count, m.range.upperBound + 40)]
        guard let dash = after.firstIndex(where: { $0 == "\u{2014}" || $0 == "\u{2013}" || $0 == "-" }),
              dash + 1 >= s.count || CharacterClass.isSpace(s[dash + 1]) || s[dash + 1] == "-" else { return nil }
        // Only a place name (capitals, commas) and an agency in brackets between.
        guard after[..<dash].allSatisfy({ CharacterClass.isSpace($0) || $0 == "," || $0 == "(" || $0 == ")" || CharacterClass.isLetter($0) }),
              !after[..<dash].contains(where: CharacterClass.isLowercase) || after[..<dash].contains("(") else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// A date right after a label at the start of a paragraph ("Updated: 4 March 2021",
    /// "Copyright 2021", "© 2020"): the page's metadata, not an event.
    static func isMetadata(_ m: DateMention, _ reader: DateMentionReader) -> Bool {
        let first = reader.t.firstIndex { $0.range.lowerBound >= m.range.lowerBound } ?? 0
        guard first <= 4 else { return false }
        var labelled = false
        for i in 0..<first {
            if reader.has(i, .label) || reader.isMark(i, "\u{00A9}") {
                labelled = true
            } else if reader.t[i].kind == .word, !labelSetting.contains(reader.t[i].key) {
                return false  // "The files are dated 2017-07-04": a sentence, not a label
            }
        }
        return labelled
    }

    /// Words a label may hold besides label words: "Last Updated on", "First published".
    static let labelSetting: Set<UInt64> = Set(["last", "first", "originally", "on", "at"].map(WordKey.make))

    /// About the future when the sentence has "will", "next", "scheduled" and the like; about
    /// the past when it has "was", "said", "last" or a word in -ed; otherwise neutral.
    static func tense(of sentence: Range<Int>, _ tokens: [TimeToken], _ s: [Unicode.Scalar], _ lexicon: TimelineLexicon) -> DateResolver.Tense {
        var past = false
        for token in tokens where token.kind == .word && sentence.contains(token.range.lowerBound) {
            if token.entry >= 0 {
                let roles = lexicon.entries[Int(token.entry)].roles
                if roles.contains(.future) { return .future }
                if roles.contains(.past) { past = true }
            } else if token.range.count > 4, s[token.range.upperBound - 1] == "d", s[token.range.upperBound - 2] == "e" {
                past = true
            }
        }
        return past ? .past : .neutral
    }
}
