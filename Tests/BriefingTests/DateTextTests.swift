import Testing
@testable import Briefing

@Suite("Dates in text")
struct DateTextTests {
    @Test("date-only lines, with labels, times and zones", arguments: [
        ("Last Updated March 4, 2021 4:58 PM", "2021-03-04" as String?, DateText.DateLabel.updated),
        ("Published: 2023-05-02", "2023-05-02", .published),
        ("Posted on Thursday, 4 March 2021 at 16:58 GMT", "2021-03-04", .published),
        ("Updated 12:30 p.m. ET Sept. 9, 2022", "2022-09-09", .updated),  // time first, as some sites print it
        ("Updated 12:30 about Sept. 9, 2022", nil, .updated),
        ("2017-07-04T09:15:00Z", "2017-07-04", .none),
        ("Mar. 4th, 2021", "2021-03-04", .none),
        ("4th of July 2019", "2019-07-04", .none),
        ("Date: 31 December 1999 | 23:59", "1999-12-31", .none),
        ("Modified 2020/02/29", "2020-02-29", .updated),
    ])
    func dateLines(line: String, iso: String?, label: DateText.DateLabel) {
        let parsed = DateText.dateLine(line)
        #expect(parsed?.date.iso8601 == iso)
        if iso != nil { #expect(parsed?.label == label) }
    }

    @Test("sentences that mention a date are not date lines", arguments: [
        "The market went down on July 4, 2017 without any explanation.",
        "Last updated figures show 4 March 2021 was the busiest day.",
        "March 4, 2021 was a Thursday",
        "Published by the ministry",
    ])
    func notDateLines(line: String) {
        #expect(DateText.dateLine(line) == nil)
    }

    @Test("impossible and ambiguous dates are rejected", arguments: [
        "February 30, 2021", "2021-13-01", "2019-02-29", "04/03/2021", "March 2021",
    ])
    func rejected(text: String) {
        #expect(DateText.firstDate(in: text) == nil)
    }

    @Test("leap days follow the Gregorian rules")
    func leapDays() {
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
    }

    @Test("first date inside running text")
    func firstDateInText() {
        #expect(DateText.firstDate(in: "born on October 19, 1991, in Quebec")?.iso8601 == "1991-10-19")
        #expect(DateText.firstDate(in: "no date at all") == nil)
    }
}
