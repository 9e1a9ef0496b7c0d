/// A calendar date found in text.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), year >= 1000, year <= 9999,
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601 calendar date, `YYYY-MM-DD`.
    public var iso8601: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso8601 }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (negative before it).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01; nil outside the years 1000–9999.
    public init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// ISO 8601 weekday: Monday 1 … Sunday 7.
    public var weekday: Int {
        let d = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (d < 0 ? d + 7 : d) + 1
    }

    public func adding(days: Int) -> CalendarDate? {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// The ISO 8601 week: its week-numbering year (which differs from `year` around New Year)
    /// and its number, 1–53.
    public var isoWeek: (year: Int, week: Int) {
        // The week belongs to the year that holds its Thursday.
        let thursday = dayNumber - weekday + 4
        let year = CalendarDate(dayNumber: thursday)?.year ?? self.year
        let january1 = CalendarDate(year: year, month: 1, day: 1)!.dayNumber
        return (year, (thursday - january1) / 7 + 1)
    }

    /// The Monday of ISO week `week` of `year`.
    public static func monday(ofISOWeek week: Int, year: Int) -> CalendarDate? {
        guard let january4 = CalendarDate(year: year, month: 1, day: 4) else { return nil }
        return CalendarDate(dayNumber: january4.dayNumber - (january4.weekday - 1) + (week - 1) * 7)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Recognises written dates: "March 4, 2021", "Thu, 4 Mar. 2021", "4th of March 2021",
/// "2021-03-04", "2021-03-04T16:58:00Z", "2021/03/04". Day-first or month-first purely numeric
/// dates ("04/03/2021") are ambiguous and deliberately not read.
public enum DateText {
    /// The first date in `text`, if any.
    public static func firstDate(in text: some StringProtocol) -> CalendarDate? {
        let tokens = DateTokens(text).tokens
        for i in tokens.indices {
            if let (date, _) = date(at: i, in: tokens) { return date }
        }
        return nil
    }

    /// Reads a line that is nothing but a date (with an optional label such as "Last Updated"
    /// or "Published:", and an optional time and zone), as page dumps carry them. The time may
    /// also come first, as some sites print it: "Updated 4:12 PM GMT, Thu 4 November 2021".
    public static func dateLine(_ line: some StringProtocol) -> (date: CalendarDate, label: DateLabel)? {
        let tokens = DateTokens(line).tokens
        return readDateLine(tokens, timeFirst: false) ?? readDateLine(tokens, timeFirst: true)
    }

    private static func readDateLine(_ tokens: [DateToken], timeFirst: Bool) -> (date: CalendarDate, label: DateLabel)? {
        guard !tokens.isEmpty, tokens.count <= 24 else { return nil }
        var i = 0
        var label = DateLabel.none
        // Label words, e.g. "Last Updated", "Published on", "Date:".
        while i < tokens.count, case .word(let w) = tokens[i], let kind = labelWords[w] {
            if kind != .none { label = kind }
            i += 1
        }
        while i < tokens.count, tokens[i] == .punct(":") || tokens[i] == .word("on") || tokens[i] == .punct("-") { i += 1 }
        if timeFirst {
            guard let next = time(at: i, in: tokens) else { return nil }
            i = next
            while i < tokens.count, case .punct(let p) = tokens[i], timeDateSeparators.contains(p) { i += 1 }
        }
        if i < tokens.count, case .word(let w) = tokens[i], weekdays.contains(w) {
            i += 1
            if i < tokens.count, tokens[i] == .punct(",") || tokens[i] == .punct(".") { i += 1 }
            if i < tokens.count, tokens[i] == .punct(",") { i += 1 }
        }
        guard let (date, next) = date(at: i, in: tokens) else { return nil }
        // Whatever follows must be a time, a zone or separators.
        for token in tokens[next...] {
            switch token {
            case .number: continue
            case .punct(let p) where timePunctuation.contains(p): continue
            case .word(let w) where timeWords.contains(w) || isZoneWord(w): continue
            default: return nil
            }
        }
        return (date, label)
    }

    public enum DateLabel: Sendable, Equatable {
        case none, published, updated
    }

    // MARK: - Patterns

    /// A clock time at `start` ("4:12", "16.58", "9:05:30", then "PM", "p.m.", zones); returns
    /// the index after it. Month and weekday abbreviations that look like zones ("Sept", "Sat")
    /// are left for the date.
    private static func time(at start: Int, in tokens: [DateToken]) -> Int? {
        guard start + 2 < tokens.count, case .number(let hour, let hd) = tokens[start], hd <= 2, hour <= 23,
              tokens[start + 1] == .punct(":") || tokens[start + 1] == .punct("."),
              case .number(let minute, 2) = tokens[start + 2], minute <= 59
        else { return nil }
        var i = start + 3
        if i + 1 < tokens.count, tokens[i] == .punct(":"), case .number(let second, 2) = tokens[i + 1], second <= 59 { i += 2 }
        while i < tokens.count {
            if case .word(let w) = tokens[i], ["am", "pm"].contains(w) {
                i += 1
            } else if case .word(let w) = tokens[i], ["a", "p"].contains(w), i + 2 < tokens.count,
                      tokens[i + 1] == .punct("."), tokens[i + 2] == .word("m") {  // "p.m."
                i += 3
                if i < tokens.count, tokens[i] == .punct(".") { i += 1 }
            } else if case .word(let w) = tokens[i], isZoneWord(w) {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    private static func date(at start: Int, in tokens: [DateToken]) -> (CalendarDate, Int)? {
        guard start < tokens.count else { return nil }
        switch tokens[start] {
        case .number(let n, let digits) where digits == 4:
            // 2021-03-04, 2021/03/04, 2021.03.04, optionally followed by T16:58...
            guard start + 4 < tokens.count,
                  case .punct(let sep) = tokens[start + 1], ["-", "/", "."].contains(sep),
                  case .number(let m, _) = tokens[start + 2],
                  tokens[start + 3] == .punct(sep),
                  case .number(let d, let dd) = tokens[start + 4], dd <= 2
            else { return nil }
            guard let date = CalendarDate(year: n, month: m, day: d) else { return nil }
            return (date, start + 5)
        case .word(let w):
            // March 4, 2021 / Mar. 4th 2021
            guard let month = months[w] else { return nil }
            var i = start + 1
            if i < tokens.count, tokens[i] == .punct(".") { i += 1 }
            guard i < tokens.count, case .number(let d, let dd) = tokens[i], dd <= 2 else { return nil }
            i += 1
            if i < tokens.count, case .word(let suffix) = tokens[i], ordinalSuffixes.contains(suffix) { i += 1 }
            if i < tokens.count, tokens[i] == .punct(",") { i += 1 }
            guard i < tokens.count, case .number(let y, 4) = tokens[i], let date = CalendarDate(year: y, month: month, day: d) else { return nil }
            return (date, i + 1)
        case .number(let d, let dd) where dd <= 2:
            // 4 March 2021 / 4th of March, 2021
            var i = start + 1
            if i < tokens.count, case .word(let suffix) = tokens[i], ordinalSuffixes.contains(suffix) { i += 1 }
            if i < tokens.count, tokens[i] == .word("of") { i += 1 }
            guard i < tokens.count, case .word(let w) = tokens[i], let month = months[w] else { return nil }
            i += 1
            if i < tokens.count, tokens[i] == .punct(".") { i += 1 }
            if i < tokens.count, tokens[i] == .punct(",") { i += 1 }
            guard i < tokens.count, case .number(let y, 4) = tokens[i], let date = CalendarDate(year: y, month: month, day: d) else { return nil }
            return (date, i + 1)
        default:
            return nil
        }
    }

    static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    /// Weekday names and their abbreviations, numbered as ISO 8601 does (Monday 1 … Sunday 7).
    static let weekdayNumbers: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]

    static let weekdays = Set(weekdayNumbers.keys)

    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    private static let labelWords: [String: DateLabel] = [
        "last": .none, "updated": .updated, "modified": .updated, "edited": .updated, "revised": .updated,
        "published": .published, "posted": .published, "first": .none, "date": .none, "dated": .none,
        "dateline": .none, "originally": .none, "created": .published, "released": .published,
    ]

    /// What may stand between a leading time and the date: "4:12 PM GMT, Thu 4 November 2021".
    private static let timeDateSeparators: Set<String> = [",", "|", "-", "–", "—", "·", "•", "/"]

    private static let timePunctuation: Set<String> = [":", ",", ".", "|", "-", "–", "—", "·", "•", "(", ")", "+", "/"]
    private static let timeWords: Set<String> = ["at", "am", "pm", "a", "m", "p", "t", "z", "h", "hrs", "hours", "utc", "gmt"]

    /// Time zone abbreviations as news sites print them after a time.
    static let timeZones: Set<String> = [
        "utc", "gmt", "z", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "akst", "akdt",
        "hst", "ast", "adt", "nst", "ndt", "bst", "ist", "cet", "cest", "eet", "eest", "wet", "west", "msk", "trt", "gst",
        "pkt", "ict", "wib", "sgt", "hkt", "pht", "jst", "kst", "aest", "aedt", "acst", "acdt", "awst", "nzst",
        "nzdt", "sast", "cat", "eat", "wat", "brt", "art", "clt", "cot", "pet",
    ]

    private static func isZoneWord(_ w: String) -> Bool {
        timeZones.contains(w)
    }
}

enum DateToken: Equatable {
    case word(String)          // lowercased letters
    case number(Int, digits: Int)
    case punct(String)
}

/// Splits text into lowercased words, numbers and single punctuation marks for date matching.
struct DateTokens {
    var tokens: [DateToken] = []

    init(_ text: some StringProtocol) {
        var word = String.UnicodeScalarView()
        var number = 0
        var digits = 0
        func flush() {
            if !word.isEmpty { tokens.append(.word(FastCase.lowercased(String(word)))); word.removeAll() }
            if digits > 0 { tokens.append(.number(digits > 9 ? Int.max : number, digits: digits)); number = 0; digits = 0 }
        }
        for scalar in text.unicodeScalars {
            if CharacterClass.isDigit(scalar) {
                if !word.isEmpty { flush() }
                number = digits > 9 ? number : number * 10 + Int(scalar.value - 0x30)
                digits += 1
            } else if CharacterClass.isLetter(scalar) {
                if digits > 0 { flush() }
                word.append(scalar)
            } else {
                flush()
                if !CharacterClass.isSpace(scalar) { tokens.append(.punct(String(scalar))) }
            }
        }
        flush()
    }
}
