import Briefing

/// Publication dates as page headers print them. Every form here is one the loader reads as a
/// date line; layouts pick among them so a corpus exercises all of them.
extension ByteText {
    static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "March 4, 2021"
    mutating func addMonthFirst(_ date: CalendarDate) {
        add(Composer.monthNames[date.month - 1])
        add(byte: UInt8(ascii: " "))
        add(int: date.day)
        add(", ")
        add(int: date.year)
    }

    /// "Mar 4, 2021"
    mutating func addShortMonthFirst(_ date: CalendarDate) {
        add(Self.shortMonths[date.month - 1])
        add(byte: UInt8(ascii: " "))
        add(int: date.day)
        add(", ")
        add(int: date.year)
    }

    /// "4 March 2021"
    mutating func addDayFirst(_ date: CalendarDate) {
        add(int: date.day)
        add(byte: UInt8(ascii: " "))
        add(Composer.monthNames[date.month - 1])
        add(byte: UInt8(ascii: " "))
        add(int: date.year)
    }

    /// "Thursday 4 March 2021"
    mutating func addWeekdayDayFirst(_ date: CalendarDate) {
        add(Composer.weekdayNames[date.weekday - 1])
        add(byte: UInt8(ascii: " "))
        addDayFirst(date)
    }

    /// "2021-03-04"
    mutating func addISO(_ date: CalendarDate) {
        add(int: date.year)
        add(byte: UInt8(ascii: "-"))
        add(twoDigits: date.month)
        add(byte: UInt8(ascii: "-"))
        add(twoDigits: date.day)
    }

    /// "2021-03-04T16:58:00Z"
    mutating func addISOTimestamp(_ date: CalendarDate, hour: Int, minute: Int) {
        addISO(date)
        add(byte: UInt8(ascii: "T"))
        add(twoDigits: hour)
        add(byte: UInt8(ascii: ":"))
        add(twoDigits: minute)
        add(":00Z")
    }

    /// "4:58 PM"
    mutating func addTwelveHour(hour: Int, minute: Int) {
        add(int: hour % 12 == 0 ? 12 : hour % 12)
        add(byte: UInt8(ascii: ":"))
        add(twoDigits: minute)
        add(hour < 12 ? " AM" : " PM")
    }

    /// "16:58"
    mutating func addTwentyFourHour(hour: Int, minute: Int) {
        add(twoDigits: hour)
        add(byte: UInt8(ascii: ":"))
        add(twoDigits: minute)
    }
}
