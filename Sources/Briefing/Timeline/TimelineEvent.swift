/// A date as the timeline knows it: as precise as the text allows, with the year missing when
/// nothing tells it.
public struct TimelineDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Precision: String, Sendable, Hashable, Codable, CaseIterable {
        case year, month, week, day

        /// Coarse to fine: a year sorts before the months and days it holds.
        var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .week: 2
            case .day: 3
            }
        }
    }

    /// Nil when the text gives no year and the article has no date to take it from
    /// ("July 4th" in an undated article). At week precision, the ISO week-numbering year.
    public var year: Int?
    /// 1–12 at month and day precision.
    public var month: Int?
    /// 1–31 at day precision.
    public var day: Int?
    /// The ISO 8601 week, 1–53, at week precision.
    public var week: Int?
    public var precision: Precision

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil, week: Int? = nil, precision: Precision) {
        self.year = year
        self.month = month
        self.day = day
        self.week = week
        self.precision = precision
    }

    public static func day(_ date: CalendarDate) -> TimelineDate {
        TimelineDate(year: date.year, month: date.month, day: date.day, precision: .day)
    }

    public static func month(_ month: Int, of year: Int?) -> TimelineDate {
        TimelineDate(year: year, month: month, precision: .month)
    }

    public static func year(_ year: Int) -> TimelineDate {
        TimelineDate(year: year, precision: .year)
    }

    /// The ISO week that holds `date`.
    public static func week(of date: CalendarDate) -> TimelineDate {
        let (year, week) = date.isoWeek
        return TimelineDate(year: year, week: week, precision: .week)
    }

    /// ISO 8601: "2021-03-04", "2021-03", "2021", "2021-W09"; a year nothing tells is written
    /// "XXXX" as the Extended Date/Time Format (ISO 8601-2) writes unspecified digits:
    /// "XXXX-07-04", "XXXX-07".
    public var iso: String {
        let y = year.map { pad($0, 4) } ?? "XXXX"
        switch precision {
        case .year: return y
        case .month: return "\(y)-\(pad(month ?? 1, 2))"
        case .week: return "\(y)-W\(pad(week ?? 1, 2))"
        case .day: return "\(y)-\(pad(month ?? 1, 2))-\(pad(day ?? 1, 2))"
        }
    }

    public var description: String { iso }

    /// The first day of the period (the Monday of a week, the 1st of a month, 1 January of a
    /// year), when the year is known.
    public var firstDay: CalendarDate? {
        guard let year else { return nil }
        if precision == .week { return CalendarDate.monday(ofISOWeek: week ?? 1, year: year) }
        return CalendarDate(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// Chronological by the first day of the period, a coarser period before the finer ones it
    /// starts with ("2021" before "2021-01" before "2021-01-01"). Dates without a year come
    /// after every dated one, by month and day: their place among the years is unknown.
    public static func < (a: TimelineDate, b: TimelineDate) -> Bool {
        a.sortKey < b.sortKey
    }

    var sortKey: (Int, Int, Int) {
        if let first = firstDay { return (0, first.dayNumber, precision.rank) }
        return (1, (month ?? 0) * 32 + (day ?? 0), precision.rank)
    }

    /// Could the two be the same day (or month): equal, or equal but for a year one of them
    /// does not know.
    func isCompatible(with other: TimelineDate) -> Bool {
        precision == other.precision && month == other.month && day == other.day && week == other.week
            && (year == nil || other.year == nil || year == other.year)
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

/// A dated event: a date the articles give, with the sentence that says what happened then.
public struct TimelineEvent: Sendable, Hashable, Comparable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A date written in the body.
        case mention
        /// The article's own date (published or last updated), from its metadata. It has no
        /// place in the body: `paragraph` is 0 and both ranges are empty at 0.
        case published
    }

    /// The date as resolved, with its precision.
    public var when: TimelineDate
    /// The expression as written, without a leading preposition: "July 4th", "Tuesday",
    /// "last week", "the end of 2020"; "article date" for the article's own date.
    public var dateText: String
    /// False when the date was resolved by guessing: no article date to count from, a year
    /// inferred far from the article's date or from another date in the text, a relative
    /// expression inside a quotation (counted from when it was said, which may not be the
    /// article's date), an ambiguous numeric date ("04/07/2017").
    public var certain: Bool
    /// The event sentence (clean text, trimmed); the article's title for its own date.
    public var event: String
    /// Index of the article in the corpus.
    public var article: Int
    public var paragraph: Int
    /// The date expression in the paragraph's clean text (Unicode scalars).
    public var cleanRange: Range<Int>
    /// The event sentence in the paragraph's clean text (Unicode scalars).
    public var sentenceRange: Range<Int>
    /// Raw-file Unicode scalar offsets of the date expression.
    public var start: Int
    public var end: Int
    /// Other articles reporting the same event on the same date (after merging), by index.
    public var alsoIn: [Int] = []
    public var kind: Kind = .mention

    public init(when: TimelineDate, dateText: String, certain: Bool, event: String, article: Int, paragraph: Int,
                cleanRange: Range<Int>, sentenceRange: Range<Int>, start: Int, end: Int, alsoIn: [Int] = [], kind: Kind = .mention) {
        self.when = when
        self.dateText = dateText
        self.certain = certain
        self.event = event
        self.article = article
        self.paragraph = paragraph
        self.cleanRange = cleanRange
        self.sentenceRange = sentenceRange
        self.start = start
        self.end = end
        self.alsoIn = alsoIn
        self.kind = kind
    }

    /// ISO date: "2021-03-04", "2021-03", "2021", "2021-W09", or "XXXX-07-04" when the year is
    /// unknown (see `TimelineDate.iso`).
    public var date: String { when.iso }
    public var precision: TimelineDate.Precision { when.precision }

    /// Chronological (`TimelineDate`'s order: periods at their first day, coarse before fine,
    /// year-less dates last), then mentions before an article's own date, then by article and
    /// place in the article.
    public static func < (a: TimelineEvent, b: TimelineEvent) -> Bool {
        let ka = a.when.sortKey, kb = b.when.sortKey
        if ka != kb { return ka < kb }
        return (a.kind == .published ? 1 : 0, a.article, a.paragraph, a.cleanRange.lowerBound)
            < (b.kind == .published ? 1 : 0, b.article, b.paragraph, b.cleanRange.lowerBound)
    }
}
