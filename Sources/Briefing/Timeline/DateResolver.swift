/// Turns a date mention into a date, as a reader of the article would: written years as they
/// are, year-less days and months in the year that puts them nearest the article's date (past
/// rather than future unless the sentence speaks of the future), weekdays and "last week" from
/// the article's date, "the next day" from the date before it.
struct DateResolver {
    enum Tense { case past, neutral, future }

    /// What a mention is read against.
    struct Context {
        /// The article's date.
        var anchor: CalendarDate?
        var tense: Tense = .neutral
        /// Inside a quotation: "today" is when it was said, not certainly the article's date.
        var inQuote = false
        /// The last date with a written year earlier in the paragraph: "In March 2019 … on
        /// March 5" is 2019.
        var written: TimelineDate?
        /// The last day-precision date in this paragraph or the one before, for "the next day".
        var previousDay: TimelineDate?
    }

    /// A year-less day this close to the article's date (days before, after) takes its year
    /// for certain; farther out the year is a guess.
    static let certainWindow = -150...120
    /// The same for a year-less month, in months.
    static let certainMonths = -5...4
    /// A year-less day or month follows a written date in the same paragraph within this many
    /// days to take its year.
    static let narrativeDays = 0...92

    static func resolve(_ m: DateMention, _ c: Context) -> (date: TimelineDate, certain: Bool)? {
        let deictic = !c.inQuote
        switch m.form {
        case .absolute:
            guard let year = m.year else { return nil }
            switch m.precision {
            case .day:
                guard let month = m.month, let day = m.day, let date = CalendarDate(year: year, month: month, day: day) else { return nil }
                return (.day(date), !m.ambiguous && (m.weekday == nil || m.weekday == date.weekday))
            case .month:
                return (.month(m.month ?? 1, of: year), true)
            default:
                return (.year(year), true)
            }
        case .monthDay:
            guard let month = m.month, let day = m.day else { return nil }
            if let offset = m.yearOffset { return inRelativeYear(offset, month: month, day: day, c) }
            return monthDay(month, day, weekday: m.weekday, weekOffset: m.weekOffset, c)
        case .month(let direction):
            guard let month = m.month else { return nil }
            if let offset = m.yearOffset { return inRelativeYear(offset, month: month, day: nil, c) }
            return self.month(month, direction, c)
        case .weekday(let direction):
            guard let weekday = m.weekday else { return nil }
            return self.weekday(weekday, direction, weekOffset: m.weekOffset, c)
        case .relative(let unit, let offset):
            guard let a = c.anchor, let date = relative(unit, offset, a, c.tense) else { return nil }
            return (date, deictic && !m.ambiguous && unit != .weekend)
        case .season(let direction):
            guard let a = c.anchor, let start = m.season else { return nil }
            return (.year(season(start, direction, a)), deictic)
        case .fromPrevious(let days):
            guard let previous = c.previousDay, let month = previous.month, let day = previous.day else { return nil }
            // A year-less date is counted in a year without 29 February, and stays year-less.
            guard let base = CalendarDate(year: previous.year ?? 2001, month: month, day: day), let date = base.adding(days: days) else { return nil }
            var result = TimelineDate.day(date)
            if previous.year == nil { result.year = nil }
            return (result, false)
        }
    }

    // MARK: - Year-less days and months

    /// "January last year", "March 11 next year": the year from the article's date.
    static func inRelativeYear(_ offset: Int, month: Int, day: Int?, _ c: Context) -> (TimelineDate, Bool)? {
        let year = c.anchor.map { $0.year + offset }
        guard let day else { return (.month(month, of: year), year != nil && !c.inQuote) }
        if let year {
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            return (.day(date), !c.inQuote)
        }
        return (TimelineDate(month: month, day: day, precision: .day), false)
    }

    /// "July 4th": the year nearest the article's date, or that of a written date just
    /// before it in the paragraph; with a weekday ("Tuesday, July 4"), a year where the day
    /// falls on it.
    static func monthDay(_ month: Int, _ day: Int, weekday: Int?, weekOffset: Int?, _ c: Context) -> (TimelineDate, Bool) {
        let fromText = writtenYear(month: month, day: day, c)
        guard let a = c.anchor else {
            var date = TimelineDate(year: fromText, month: month, day: day, precision: .day)
            if fromText == nil { date.year = nil }
            return (date, false)
        }
        var candidates = (a.year - 1...a.year + 1).compactMap { CalendarDate(year: $0, month: month, day: day) }
        var weekdayFits = false
        if let weekday {
            let fitting = candidates.filter { $0.weekday == weekday }
            if !fitting.isEmpty { candidates = fitting; weekdayFits = true }
        }
        if let weekOffset, let week = a.adding(days: 7 * weekOffset) {
            let target = week.isoWeek
            if let inWeek = candidates.first(where: { $0.isoWeek == target }) { candidates = [inWeek]; weekdayFits = true }
        }
        guard let chosen = nearest(candidates, to: a.dayNumber, c.tense, key: \.dayNumber) else {
            return (TimelineDate(month: month, day: day, precision: .day), false)
        }
        if let fromText, fromText != chosen.year, let date = CalendarDate(year: fromText, month: month, day: day) {
            return (.day(date), false)
        }
        let distance = chosen.dayNumber - a.dayNumber
        let certain = weekday != nil ? weekdayFits && abs(distance) <= 366 : certainWindow.contains(distance)
        return (.day(chosen), certain && !c.inQuote)
    }

    /// "in March", "last March", "early June".
    static func month(_ month: Int, _ direction: DateMention.Direction, _ c: Context) -> (TimelineDate, Bool) {
        let fromText = writtenYear(month: month, day: nil, c)
        guard let a = c.anchor else { return (.month(month, of: fromText), false) }
        let now = a.year * 12 + a.month - 1
        let candidates = (a.year - 1...a.year + 1).map { $0 * 12 + month - 1 }
        let index: Int
        switch direction {
        case .last: index = candidates.last { $0 < now } ?? candidates[0]
        case .next: index = candidates.first { $0 > now } ?? candidates[2]
        case .this: index = candidates[1]
        case .none: index = nearest(candidates, to: now, c.tense, key: { $0 }) ?? candidates[1]
        }
        let year = index / 12
        if direction == .none, let fromText, fromText != year { return (.month(month, of: fromText), false) }
        let certain = direction != .none || certainMonths.contains(index - now)
        return (.month(month, of: year), certain && !c.inQuote)
    }

    /// The year of a written date earlier in the paragraph that a year-less date follows
    /// closely in a story told in the past: "On 3 March 2019 … On March 5 it opened" (within
    /// `narrativeDays`), "In 2019 … in June it moved". ("They married in 1969 … celebrate
    /// their anniversary in June" is not about 1969.)
    static func writtenYear(month: Int, day: Int?, _ c: Context) -> Int? {
        guard c.tense == .past, let written = c.written, let year = written.year else { return nil }
        if written.precision == .year { return year }
        guard let start = written.firstDay else { return nil }
        for y in [year, year + 1] {
            guard let date = CalendarDate(year: y, month: month, day: day ?? CalendarDate.daysIn(month: month, year: y)) else { continue }
            if narrativeDays.contains(date.dayNumber - start.dayNumber) { return y }
        }
        return nil
    }

    /// The candidate a reader picks: in a sentence about the past the latest on or before the
    /// article's date, about the future the earliest on or after it, otherwise the nearest,
    /// counting time ahead double (news reports more than it announces).
    static func nearest<T>(_ candidates: [T], to now: Int, _ tense: Tense, key: (T) -> Int) -> T? {
        switch tense {
        case .past:
            return candidates.last { key($0) <= now } ?? candidates.first
        case .future:
            return candidates.first { key($0) >= now } ?? candidates.last
        case .neutral:
            return candidates.min { cost(key($0) - now) < cost(key($1) - now) }
        }
    }

    private static func cost(_ distance: Int) -> Int { distance < 0 ? -distance : 2 * distance }

    // MARK: - Counted from the article's date

    /// "on Tuesday": the last Tuesday on or before the article's date in a sentence about the
    /// past, the next on or after it in one about the future, else the nearer (time ahead
    /// counting double); "last Tuesday" before it, "next Tuesday" after it;
    /// "Tuesday of last week" in that week. After a written day earlier in the paragraph that
    /// lies weeks before the article, the weekday follows that day instead (uncertain).
    static func weekday(_ weekday: Int, _ direction: DateMention.Direction, weekOffset: Int?, _ c: Context) -> (TimelineDate, Bool)? {
        guard let a = c.anchor else { return nil }
        let certain = !c.inQuote
        if let weekOffset, let day = a.adding(days: 7 * weekOffset) {
            return day.adding(days: weekday - day.weekday).map { (.day($0), certain) }
        }
        if direction == .none, let written = c.written, written.precision == .day, let from = written.firstDay,
           a.dayNumber - from.dayNumber > 14 {
            return from.adding(days: (weekday - from.weekday + 7) % 7).map { (.day($0), false) }
        }
        let back = (a.weekday - weekday + 7) % 7      // days back to the last such weekday, 0 today
        let ahead = (weekday - a.weekday + 7) % 7     // days ahead to the next, 0 today
        let days: Int
        switch direction {
        case .last: days = -(back == 0 ? 7 : back)
        case .next: days = ahead == 0 ? 7 : ahead
        case .this, .none:
            switch c.tense {
            case .past: days = -back
            case .future: days = ahead
            case .neutral: days = cost(-back) <= cost(ahead) ? -back : ahead
            }
        }
        return a.adding(days: days).map { (.day($0), certain) }
    }

    /// "yesterday", "last week", "this month", "two years ago", "over the weekend".
    static func relative(_ unit: TimelineLexicon.Unit, _ offset: Int?, _ a: CalendarDate, _ tense: Tense) -> TimelineDate? {
        switch unit {
        case .day:
            return a.adding(days: offset ?? 0).map { .day($0) }
        case .week:
            return a.adding(days: 7 * (offset ?? 0)).map { .week(of: $0) }
        case .weekend:
            // The Saturday of this week's weekend, the last one or the next; "over the
            // weekend" is the one just past, unless the article is dated on it.
            let weeks = offset ?? (a.weekday >= 6 || tense == .future ? 0 : -1)
            return a.adding(days: 7 * weeks + 6 - a.weekday).map { .day($0) }
        case .month:
            let index = a.year * 12 + a.month - 1 + (offset ?? 0)
            return .month(index % 12 + 1, of: index / 12)
        case .year, .decade:
            return .year(a.year + (offset ?? 0))
        case .after:
            return nil
        }
    }

    /// The year a season starts in: "last summer" is the last one over by the article's date,
    /// "next summer" the first not begun, "this summer" the one of the article's year (a winter
    /// counts from its December).
    static func season(_ start: Int, _ direction: DateMention.Direction, _ a: CalendarDate) -> Int {
        let now = a.year * 12 + a.month - 1
        let starts = (a.year - 2...a.year + 1).map { $0 * 12 + start - 1 }
        switch direction {
        case .last: return (starts.last { $0 + 3 <= now } ?? starts[0]) / 12
        case .next: return (starts.first { $0 > now } ?? starts[3]) / 12
        case .this, .none: return start == 12 && a.month <= 2 ? a.year - 1 : a.year
        }
    }
}
