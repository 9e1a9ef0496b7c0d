import Briefing

/// Dates in the body, each written relative to the publication date and recorded with what it
/// means, so a timeline can be scored: "on Tuesday" is the Tuesday before publication, "last
/// year" the year before.
extension Composer {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
    /// ISO order: Monday first.
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    mutating func record(_ kind: PlantedDate.Kind, from start: Int, resolved: String) {
        dates.append(PlantedDate(kind: kind, text: text.string(from: start), resolved: resolved))
        dateStarts.append(start)
    }

    /// "on Tuesday" (or "Tuesday"): a day in the week before publication.
    mutating func writeWeekday(withOn: Bool) {
        let start = text.count
        let day = published.adding(days: -dice.number(in: 1...6)) ?? published
        if withOn { text.add("on ") }
        text.add(Self.weekdayNames[day.weekday - 1])
        record(.weekday, from: start, resolved: day.iso8601)
    }

    /// "on 14 July 2024", "on July 14, 2024", "on 3 March", "on March 3": a day in the year or so
    /// before publication; the year is left out, as reporters do, when it is the current one.
    mutating func writeDate() {
        let start = text.count
        let day = published.adding(days: -dice.number(in: 8...420)) ?? published
        let month = Self.monthNames[day.month - 1]
        let withYear = day.year != published.year || dice.chance(30)
        text.add("on ")
        if dice.chance(50) {
            text.add(int: day.day)
            text.add(byte: UInt8(ascii: " "))
            text.add(month)
            if withYear {
                text.add(byte: UInt8(ascii: " "))
                text.add(int: day.year)
            }
        } else {
            text.add(month)
            text.add(byte: UInt8(ascii: " "))
            text.add(int: day.day)
            if withYear {
                text.add(", ")
                text.add(int: day.year)
            }
        }
        record(.absolute, from: start, resolved: day.iso8601)
    }

    /// "in March": a month shortly before publication.
    mutating func writeMonth() {
        let start = text.count
        var month = published.month - dice.number(in: 1...5)
        var year = published.year
        if month < 1 {
            month += 12
            year -= 1
        }
        text.add("in ")
        text.add(Self.monthNames[month - 1])
        record(.absolute, from: start, resolved: Self.yearMonth(year, month))
    }

    /// A year some time before publication ("2009").
    mutating func writeYear() {
        let start = text.count
        let year = published.year - dice.number(in: 2...30)
        text.add(int: year)
        record(.absolute, from: start, resolved: String(year))
    }

    /// "last year", "last month", "earlier this year", "three months ago", and for events also
    /// "two weeks ago" and "yesterday". Statistics are dated by the long ones only.
    mutating func writeRelative(long: Bool = false) {
        let start = text.count
        let resolved: String
        switch dice.below(long ? 5 : 6) {
        case 0:
            text.add("last year")
            resolved = String(published.year - 1)
        case 1:
            text.add("last month")
            resolved = published.month == 1 ? Self.yearMonth(published.year - 1, 12) : Self.yearMonth(published.year, published.month - 1)
        case 2 where published.month >= 4:
            text.add("earlier this year")
            resolved = String(published.year)
        case 3 where !long:
            text.add("two weeks ago")
            resolved = (published.adding(days: -14) ?? published).iso8601
        case 3, 4:
            text.add("three months ago")
            let month = published.month - 3
            resolved = month < 1 ? Self.yearMonth(published.year - 1, month + 12) : Self.yearMonth(published.year, month)
        default:
            text.add("yesterday")
            resolved = (published.adding(days: -1) ?? published).iso8601
        }
        record(.relative, from: start, resolved: resolved)
    }

    /// "next month", "next year", "by the end of the year", "tomorrow".
    mutating func writeFuture() {
        let start = text.count
        let resolved: String
        switch dice.below(4) {
        case 0:
            text.add("next month")
            resolved = published.month == 12 ? Self.yearMonth(published.year + 1, 1) : Self.yearMonth(published.year, published.month + 1)
        case 1:
            text.add("next year")
            resolved = String(published.year + 1)
        case 2:
            text.add("by the end of the year")
            resolved = String(published.year)
        default:
            text.add("tomorrow")
            resolved = (published.adding(days: 1) ?? published).iso8601
        }
        record(.relative, from: start, resolved: resolved)
    }

    static func yearMonth(_ year: Int, _ month: Int) -> String {
        String(year) + (month < 10 ? "-0" : "-") + String(month)
    }
}
