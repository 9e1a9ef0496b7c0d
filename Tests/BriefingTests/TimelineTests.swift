import Foundation
import Testing
@testable import Briefing

/// Dates in context, resolved against an article's date: which expressions are dates, the date
/// each gives, how precise and how certain. Sentences are invented; the samples are checked
/// against the gold file's dates.
@Suite("Timeline")
struct TimelineTests {
    /// 4 March 2021, a Thursday, in ISO week 2021-W09.
    static let thursday = "2021-03-04"

    static func article(_ text: String, published: String?, id: String = "a") -> Article {
        // One paragraph per line, as the cleaner gives them; offsets as in a file of these lines.
        var paragraphs: [Paragraph] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let count = line.unicodeScalars.count
            if count > 0 { paragraphs.append(Paragraph(text: String(line), start: offset, end: offset + count)) }
            offset += count + 1
        }
        return Article(id: id, path: "\(id).txt", title: "Title of \(id)", published: published, paragraphs: paragraphs)
    }

    static func events(_ text: String, published: String? = thursday) -> [TimelineEvent] {
        TimelineExtractor.events(in: article(text, published: published), articleIndex: 0).filter { $0.kind == .mention }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var published: String?
        var date: String
        var precision: TimelineDate.Precision
        var certain: Bool
        var dateText: String
        var testDescription: String { "\(text) [\(published ?? "undated")]" }

        /// Dated 4 March 2021.
        init(_ text: String, _ date: String, _ precision: TimelineDate.Precision, _ certain: Bool, _ dateText: String) {
            self.init(text, TimelineTests.thursday, date, precision, certain, dateText)
        }

        init(_ text: String, _ published: String?, _ date: String, _ precision: TimelineDate.Precision,
             _ certain: Bool, _ dateText: String) {
            self.text = text
            self.published = published
            self.date = date
            self.precision = precision
            self.certain = certain
            self.dateText = dateText
        }
    }

    static let cases: [Case] = [
        // Written in full.
        Case("She was born on October 19, 1991 in a small town.", "1991-10-19", .day, true, "October 19, 1991"),
        Case("The plant closed on 19 October 1991.", "1991-10-19", .day, true, "19 October 1991"),
        Case("The treaty was signed on Oct. 19, 1991, in Paris.", "1991-10-19", .day, true, "Oct. 19, 1991"),
        Case("The market went offline on 2017-07-04 without warning.", "2017-07-04", .day, true, "2017-07-04"),
        Case("The files are dated 2017/07/04 in the archive.", "2017-07-04", .day, true, "2017/07/04"),
        Case("Protesters gathered on the 4th of March 2021.", "2021-03-04", .day, true, "4th of March 2021"),
        Case("Voting closed on 19/10/1991 in most towns.", "1991-10-19", .day, true, "19/10/1991"),
        Case("The census began on 10/19/1991 across the state.", "1991-10-19", .day, true, "10/19/1991"),
        Case("The law took effect on 01.03.2020 in every canton.", "2020-03-01", .day, true, "01.03.2020"),
        Case("The report was filed on 04/07/2017 by the clerk.", "2017-04-07", .day, false, "04/07/2017"),
        Case("A fire hit the plant on 4–6 March 2021.", "2021-03-04", .day, true, "4–6 March 2021"),
        Case("The market went down on Tuesday, July 4, 2017.", nil, "2017-07-04", .day, true, "Tuesday, July 4, 2017"),
        Case("The deal was signed on Monday, July 4, 2017.", "2017-07-04", .day, false, "Monday, July 4, 2017"),
        Case("Sales collapsed in March 2021.", "2021-03", .month, true, "March 2021"),
        Case("The mine closed in March of 2021.", "2021-03", .month, true, "March of 2021"),
        Case("The company was founded in 1991.", "1991", .year, true, "1991"),
        Case("The company was founded in 1991.", nil, "1991", .year, true, "1991"),
        Case("Prices have risen since 2019.", "2019", .year, true, "2019"),
        Case("The airport will be finished by 2030.", "2030", .year, true, "2030"),
        Case("The team won the title in the year 2000.", "2000", .year, true, "2000"),
        Case("Output fell in mid-2020.", "2020", .year, true, "mid-2020"),
        Case("The data showed a dip in late 2019.", "2019", .year, true, "late 2019"),
        Case("The law changes at the end of 2022.", "2022", .year, true, "end of 2022"),
        Case("The band toured in the summer of 2019.", "2019", .year, true, "summer of 2019"),
        Case("Demand rose sharply in 2020-21.", "2020", .year, true, "2020-21"),
        // Day and month without a year: the year nearest the article's date.
        Case("The dam burst on July 4th.", "2021-09-10", "2021-07-04", .day, true, "July 4th"),
        Case("The dam burst on July 4th.", nil, "XXXX-07-04", .day, false, "July 4th"),
        Case("The ship sank on December 28.", "2022-01-10", "2021-12-28", .day, true, "December 28"),
        Case("The vote will take place on March 20.", "2021-03-20", .day, true, "March 20"),
        Case("The strike began on 2 February.", "2021-02-02", .day, true, "2 February"),
        Case("The shop opened on November 5.", "2020-11-05", .day, true, "November 5"),
        Case("The concert took place on August 12.", "2020-08-12", .day, false, "August 12"),
        Case("The election was held on Sunday 28 February.", "2021-02-28", .day, true, "Sunday 28 February"),
        Case("The market went down last week on Tuesday, July 4th.", nil, "XXXX-07-04", .day, false, "last week on Tuesday, July 4th"),
        Case("The crash happened on Tuesday, March 2.", "2021-03-02", .day, true, "Tuesday, March 2"),
        // Months without a year.
        Case("In March, the council voted to close the library.", "2021-03", .month, true, "March"),
        Case("In December, the council voted to close the library.", "2020-12", .month, true, "December"),
        Case("In December, the council voted to close the library.", nil, "XXXX-12", .month, false, "December"),
        Case("The hearing resumes in June.", "2021-06", .month, true, "June"),
        Case("The bridge was damaged in early March.", "2021-03", .month, true, "early March"),
        Case("Exports have fallen since last May.", "2020-05", .month, true, "last May"),
        Case("The rescue came in January last year.", "2020-01", .month, true, "January last year"),
        Case("In March of last year, the judge blocked the rule.", "2020-03", .month, true, "March of last year"),
        Case("The comet will pass the Sun on March 11 next year.", "2022-03-11", .day, true, "March 11 next year"),
        // Weekdays, from the article's date (a Thursday).
        Case("Police said on Tuesday that the suspect had fled.", "2021-03-02", .day, true, "Tuesday"),
        Case("The minister resigned Thursday.", "2021-03-04", .day, true, "Thursday"),
        Case("The talks will resume on Monday.", "2021-03-08", .day, true, "Monday"),
        Case("The fair continues on Sunday, when the forecast is dry.", "2023-09-09", "2023-09-10", .day, true, "Sunday"),
        Case("The bank cut rates last Friday.", "2021-02-26", .day, true, "last Friday"),
        Case("The court will rule next Tuesday.", "2021-03-09", .day, true, "next Tuesday"),
        Case("The fire broke out on Tuesday night.", "2021-03-02", .day, true, "Tuesday night"),
        Case("On Tuesday President Ortiz signed the bill.", "2021-03-02", .day, true, "Tuesday"),
        Case("The minister said Monday's vote was final.", "2021-03-01", .day, true, "Monday"),
        Case("Late Tuesday, the senate passed the bill.", "2021-03-02", .day, true, "Late Tuesday"),
        Case("The pair met on Wednesday of last week.", "2021-02-24", .day, true, "Wednesday of last week"),
        Case("The strike ended over the weekend.", "2021-03-08", "2021-03-06", .day, false, "over the weekend"),
        // Relative to the article's date.
        Case("Firefighters were called yesterday.", "2021-03-03", .day, true, "yesterday"),
        Case("Shares fell yesterday.", "2020-03-01", "2020-02-29", .day, true, "yesterday"),
        Case("The results are published today.", "2021-03-04", .day, true, "today"),
        Case("The station reopened this morning.", "2021-03-04", .day, true, "this morning"),
        Case("The trial opens tomorrow.", "2021-03-05", .day, true, "tomorrow"),
        Case("The storm hit the coast last week.", "2021-W08", .week, true, "last week"),
        Case("The office closed last week.", "2021-01-05", "2020-W53", .week, true, "last week"),
        Case("Officials will meet next week.", "2021-W10", .week, true, "next week"),
        Case("Exports fell last month.", "2021-02", .month, true, "last month"),
        Case("Exports fell last month.", "2021-01-15", "2020-12", .month, true, "last month"),
        Case("It will open later this month.", "2021-03", .month, true, "later this month"),
        Case("Revenue doubled last year.", "2020", .year, true, "last year"),
        Case("The mayor announced her plan earlier this year.", "2021", .year, true, "earlier this year"),
        Case("Turnout was low last summer.", "2020", .year, true, "last summer"),
        Case("The plant closed three years ago.", "2018", .year, true, "three years ago"),
        Case("The pair met two weeks ago.", "2021-W07", .week, true, "two weeks ago"),
        Case("The firm was sold 10 days ago.", "2021-02-22", .day, true, "10 days ago"),
        Case("The club was founded more than two decades ago.", "2001", .year, false, "two decades ago"),
        // Inside a quotation: counted from when it was said.
        Case("“We are announcing the arrests today,” the chief said.", "2021-03-04", .day, false, "today"),
    ]

    @Test("a date in context resolves to its ISO date, precision, certainty and text", arguments: cases)
    func resolves(_ c: Case) throws {
        let article = Self.article(c.text, published: c.published)
        let quotes = QuoteExtractor.quotes(in: article, articleIndex: 0)
        let found = TimelineExtractor.events(in: article, articleIndex: 0, quotes: quotes).filter { $0.kind == .mention }
        let event = try #require(found.first { $0.dateText == c.dateText }, "\(found.map { "\($0.dateText) \($0.date)" })")
        #expect(event.date == c.date)
        #expect(event.precision == c.precision)
        #expect(event.certain == c.certain)
        #expect(event.event == c.text)
        // The expression's range is where its text is.
        let scalars = Array(c.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[event.cleanRange])) == c.dateText)
    }

    @Test("ranges of years are two dates")
    func yearRanges() {
        #expect(Self.events("He ran the agency from 2015 to 2018.").map(\.date) == ["2015", "2018"])
        #expect(Self.events("Prices rose between 2010 and 2012.").map(\.date) == ["2010", "2012"])
    }

    @Test("'the next day' and 'two days later' count from the date before them")
    func fromPrevious() {
        let next = Self.events("The bomb exploded on 3 March 2019. The next day, police arrested two men.")
        #expect(next.map(\.date) == ["2019-03-03", "2019-03-04"])
        #expect(next.map(\.certain) == [true, false])
        #expect(next.last?.event == "The next day, police arrested two men.")
        let later = Self.events("The bomb exploded on 3 March 2019.\nTwo days later, the minister resigned.")
        #expect(later.map(\.date) == ["2019-03-03", "2019-03-05"])
        #expect(later.last?.paragraph == 1)
        // Nothing to count from.
        #expect(Self.events("The next day, police arrested two men.").isEmpty)
    }

    @Test("a year-less date after a written year in the paragraph takes that year, uncertain")
    func writtenYear() {
        let found = Self.events("In 2019, the firm moved to Lyon. On March 5, it opened a shop.", published: "2021-06-01")
        #expect(found.map(\.date) == ["2019", "2019-03-05"])
        #expect(found.last?.certain == false)
    }

    @Test("a wire dateline's full date dates an undated article")
    func dateline() {
        let found = Self.events("HARBOURTON, March 4, 2025 -- The council today approved the budget.\nCouncillors met on Monday to draft it.", published: nil)
        #expect(found.map(\.date) == ["2025-03-04", "2025-03-03"])
        #expect(found.allSatisfy { $0.certain })
        // A date opening an ordinary sentence is not a dateline.
        #expect(Self.events("On March 4, 2025 the council approved the budget.\nCouncillors met on Monday.", published: nil).map(\.date) == ["2025-03-04"])
    }

    @Test("an undated article keeps written and year-less dates and drops what it cannot count from")
    func undated() {
        #expect(Self.events("Police said on Tuesday that the suspect had fled.", published: nil).isEmpty)
        #expect(Self.events("Exports fell last month, and yesterday shares fell.", published: nil).isEmpty)
        #expect(Self.events("The next day, police arrested two men.", published: nil).isEmpty)
        let found = Self.events("On July 4, the bank collapsed; it was founded in 1991.", published: nil)
        #expect(found.map(\.date) == ["XXXX-07-04", "1991"])
    }

    static let notDates: [String] = [
        "The meeting starts at 4:30 p.m. and ends at 6 p.m.",
        "The youngest victim was 18 years old.",
        "He served as mayor for three years.",
        "Install version 2.1.2021 of the app.",
        "The Covid-19 rules were lifted.",
        "Call 555-2021 or 020 7946 2021 for details.",
        "The rules are set out in section 2021 of the code.",
        "Details are at https://example.com/2021/03/04/story.html for readers.",
        "Write to jane.2021@example.org for tickets.",
        "The 2020 election was close.",
        "Sales in the 1990s were strong.",
        "Power was restored in 2000 homes overnight.",
        "Black Friday sales broke records.",
        "The Sunday Times reported the story.",
        "Good Friday Agreement talks resumed.",
        "The shop opens every Tuesday.",
        "Shops close on Sundays.",
        "Over the last year prices rose.",
        "USA Today reported the story.",
        "Theresa May visited the plant.",
        "Protesters will march on the capital.",
        "The March on Washington drew crowds.",
        "Updated: 4 March 2021",
        "Last Updated March 4, 2021 4:58 PM",
        "Copyright 2021 Example News",
        "The score was 2-1 after 90 minutes.",
        "The plant runs 24/7 with 19 staff.",
        "She scored 19 points on 3 occasions.",
        "Temperatures reached 30.5 degrees in the shade.",
        "The team won 21 of 30 games in the season.",
    ]

    @Test("times, ages, durations, versions, codes, references, addresses and names are not dates", arguments: notDates)
    func excludes(_ text: String) {
        let found = Self.events(text)
        #expect(found.isEmpty, "\(found.map { "\($0.dateText) \($0.date)" })")
    }

    // MARK: - Merging and order

    @Test("the same event on the same date in two articles is one event with the other in alsoIn")
    func merges() {
        let a = Self.article("Police raided the offices of the shipping firm on Tuesday.", published: "2021-03-04", id: "a")
        let b = Self.article("On Tuesday police raided the shipping firm's offices in the port.", published: "2021-03-05", id: "b")
        let c = Self.article("On Tuesday the council approved a new budget for schools.", published: "2021-03-04", id: "c")
        let timeline = TimelineMerger.merge([a, b, c].enumerated().map { TimelineExtractor.events(in: $1, articleIndex: $0) })
        let raids = timeline.filter { $0.kind == .mention && $0.event.contains("raided") }
        #expect(raids.count == 1)
        #expect(raids.first?.date == "2021-03-02")
        #expect(raids.first?.article == 0)
        #expect(raids.first?.alsoIn == [1])
        // Same date, another event: kept apart.
        #expect(timeline.contains { $0.event.contains("budget") && $0.alsoIn.isEmpty && $0.date == "2021-03-02" })
        // Each article's own date stays its own.
        #expect(timeline.filter { $0.kind == .published }.count == 3)
    }

    @Test("a year-less date merges with the same event dated in another article, which it takes")
    func mergesYearless() {
        let undated = Self.article("The bank collapsed on July 4th after a run on deposits.", published: nil, id: "u")
        let dated = Self.article("The bank collapsed on July 4 after a run on its deposits.", published: "2017-07-10", id: "d")
        let timeline = TimelineMerger.merge([undated, dated].enumerated().map { TimelineExtractor.events(in: $1, articleIndex: $0) })
        let mentions = timeline.filter { $0.kind == .mention }
        #expect(mentions.count == 1)
        #expect(mentions.first?.date == "2017-07-04")
        #expect(mentions.first?.certain == true)
        #expect(mentions.first?.article == 1)
        #expect(mentions.first?.alsoIn == [0])
    }

    @Test("events in one article are never merged with each other")
    func notWithinArticle() {
        let found = Self.events("The bank collapsed on July 4.\nThe bank collapsed on July 4, the report said.", published: "2021-07-10")
        #expect(TimelineMerger.merge([found]).count == 2)
    }

    @Test("the timeline is chronological: a year before its months and days, an article's date after the day's events, year-less dates last")
    func order() {
        let a = Self.article("On July 4, the dam burst.\nOn 5 March 2019 the mine closed. The firm was founded in 2019. It was sold in March 2019.\nThe port reopened in 1991.",
                             published: nil, id: "a")
        let b = Self.article("The vote was held on 5 March 2019.", published: "2019-03-05", id: "b")
        let timeline = TimelineMerger.merge([a, b].enumerated().map { TimelineExtractor.events(in: $1, articleIndex: $0) })
        #expect(timeline.map(\.date) == ["1991", "2019", "2019-03", "2019-03-05", "2019-03-05", "2019-03-05", "XXXX-07-04"])
        #expect(timeline[5].kind == .published)
        #expect(timeline == timeline.sorted())
    }

    // MARK: - Export, listing, samples

    @Test("the JSON export has a timeline with every key, article ids and null offsets for an article's own date")
    func export() throws {
        let text = "The Factory Fire\n\nPublished March 4, 2021\n\nThe factory closed on Tuesday after a fire broke out in the boiler room.\n"
        let corpus = CorpusLoader.load(documents: [SourceDocument(path: "fire.txt", bytes: Array(text.utf8))])
        let model = AnalyzedCorpus(corpus)
        let json = try #require(JSONSerialization.jsonObject(with: JSONExport.encode(model)) as? [String: Any])
        let timeline = try #require(json["timeline"] as? [[String: Any]])
        #expect(timeline.count == 2)
        for entry in timeline {
            #expect(Set(entry.keys) == ["date", "date_text", "certain", "precision", "kind", "event", "article", "start", "end", "also_in"])
            #expect(entry["date"] is String && entry["date_text"] is String && entry["event"] is String && entry["precision"] is String)
            #expect(entry["certain"] as? Bool != nil && entry["also_in"] is [String])
            #expect(entry["article"] as? String == "fire")
        }
        let closing = try #require(timeline.first { $0["kind"] as? String == "mention" })
        #expect(closing["date"] as? String == "2021-03-02")
        #expect(closing["date_text"] as? String == "Tuesday")
        #expect(closing["certain"] as? Bool == true)
        let start = try #require(closing["start"] as? Int), end = try #require(closing["end"] as? Int)
        #expect(String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end])) == "Tuesday")
        let own = try #require(timeline.first { $0["kind"] as? String == "published" })
        #expect(own["date"] as? String == "2021-03-04")
        #expect(own["start"] is NSNull && own["end"] is NSNull)
        #expect(TimelineListing.render(model).contains("2021-03-02 · Tuesday\n  The factory closed on Tuesday"))
    }

    @Test("the samples give the gold dates: the birth date, July 4 (a Tuesday) and July 5, and the article date")
    func seeds() throws {
        let root = QuoteScoring.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files = ["000_dd170b3a0142d498.txt", "004_d9cc42f6717e4501.txt"]
        let corpus = CorpusLoader.load(paths: files.map { root.appendingPathComponent("seeds").appendingPathComponent($0).path })
        let model = AnalyzedCorpus(corpus)
        let timeline = model.timeline
        let alpha = try #require(corpus.articles.firstIndex { $0.id.hasPrefix("004") })
        let year = corpus.articles[alpha].published.map { String($0.prefix(4)) }
        for (monthDay, words) in [("07-04", "went down"), ("07-05", "custody")] {
            let event = try #require(timeline.first { $0.article == alpha && $0.date.hasSuffix(monthDay) }, "\(monthDay)")
            #expect(event.event.contains(words))
            #expect(event.date == "\(year ?? "XXXX")-\(monthDay)")
            if year == nil { #expect(!event.certain) }
        }
        #expect(timeline.contains { $0.article == alpha && $0.date == "1991-10-19" && $0.certain && $0.event.contains("birth date") })
        let other = try #require(corpus.articles.firstIndex { $0.id.hasPrefix("000") })
        #expect(timeline.contains { $0.article == other && $0.date == "2021-03-04" && $0.kind == .published })
        // Offsets point at the expression in the raw file.
        for event in timeline where event.kind == .mention {
            let raw = try String(contentsOfFile: corpus.articles[event.article].path, encoding: .utf8)
            let slice = String(String.UnicodeScalarView(Array(raw.unicodeScalars)[event.start..<event.end]))
            #expect(slice == event.dateText)
        }
        #expect(timeline == timeline.sorted())
    }

    @Test("calendar arithmetic: day numbers, weekdays and ISO weeks")
    func calendar() throws {
        let date = try #require(CalendarDate(year: 2021, month: 3, day: 4))
        #expect(date.weekday == 4)
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        #expect(CalendarDate(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        #expect(date.adding(days: -4)?.iso8601 == "2021-02-28")
        #expect(CalendarDate(year: 2020, month: 3, day: 1)?.adding(days: -1)?.iso8601 == "2020-02-29")
        #expect(CalendarDate(year: 2021, month: 1, day: 3).map { $0.isoWeek.year == 2020 && $0.isoWeek.week == 53 } == true)
        #expect(CalendarDate(year: 2021, month: 1, day: 4).map { $0.isoWeek.year == 2021 && $0.isoWeek.week == 1 } == true)
        #expect(CalendarDate(year: 2019, month: 12, day: 30).map { $0.isoWeek.year == 2020 && $0.isoWeek.week == 1 } == true)
        #expect(CalendarDate.monday(ofISOWeek: 9, year: 2021)?.iso8601 == "2021-03-01")
        for offset in stride(from: -800, through: 800, by: 7) {
            let day = try #require(date.adding(days: offset))
            #expect(CalendarDate.monday(ofISOWeek: day.isoWeek.week, year: day.isoWeek.year) == day.adding(days: 1 - day.weekday))
        }
    }
}
