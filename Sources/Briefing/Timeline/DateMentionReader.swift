/// A token of a paragraph for date reading: a run of letters, a run of ASCII digits, or one
/// other non-space scalar.
struct TimeToken {
    enum Kind: UInt8 { case word, number, mark }
    var kind: Kind
    var range: Range<Int>
    /// Word: its `WordKey`. Number: its value (capped). Mark: the scalar's value.
    var key: UInt64
    /// Index into `TimelineLexicon.entries`, or -1.
    var entry: Int32 = -1
    var digits: Int = 0
    /// A word starting with a capital letter.
    var capital = false
    /// Whitespace (or the paragraph's start) before the token.
    var spaced = true

    /// The tokens of `s`, and whether a date may be among them (a digit or a word with the
    /// `signal` role), so that a paragraph without one is passed over.
    static func split(_ s: [Unicode.Scalar], lexicon: TimelineLexicon) -> (tokens: [TimeToken], promising: Bool) {
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(s.count / 5)
        var promising = false
        var i = 0
        var spaced = true
        while i < s.count {
            let c = s[i]
            if CharacterClass.isSpace(c) { spaced = true; i += 1; continue }
            let start = i
            if CharacterClass.isDigit(c) {
                var value: UInt64 = 0
                while i < s.count, CharacterClass.isDigit(s[i]) {
                    if value < 1_000_000_000 { value = value * 10 + UInt64(s[i].value - 0x30) }
                    i += 1
                }
                tokens.append(TimeToken(kind: .number, range: start..<i, key: value, digits: i - start, spaced: spaced))
                promising = true
            } else if CharacterClass.isLetter(c) {
                var key: UInt64 = 0
                var letters = 0
                while i < s.count, CharacterClass.isLetter(s[i]) {
                    if letters <= WordKey.maxLetters, let code = WordKey.code(s[i]) {
                        key = key << 5 | code
                        letters += 1
                    } else {
                        letters = WordKey.maxLetters + 1
                    }
                    i += 1
                }
                if letters > WordKey.maxLetters { key = 0 }
                var token = TimeToken(kind: .word, range: start..<i, key: key, capital: CharacterClass.isUppercase(c), spaced: spaced)
                if key != 0, let entry = lexicon.index[key] {
                    token.entry = entry
                    if lexicon.entries[Int(entry)].roles.contains(.signal) { promising = true }
                }
                tokens.append(token)
            } else {
                i += 1
                tokens.append(TimeToken(kind: .mark, range: start..<i, key: UInt64(c.value), spaced: spaced))
            }
            spaced = false
        }
        return (tokens, promising)
    }
}

/// A date expression found in a paragraph, not yet resolved against the article's date.
struct DateMention {
    enum Direction { case none, last, this, next }

    enum Form {
        /// The year is written: a day, a month or a year.
        case absolute
        /// A day and month without a year: "July 4th", "4 March".
        case monthDay
        /// A month without a year: "in March", "last March", "early June".
        case month(Direction)
        /// A weekday alone: "on Tuesday", "last Friday", "Tuesday of last week".
        case weekday(Direction)
        /// A unit from the article's date: "yesterday", "last week" (offset nil: by tense).
        case relative(TimelineLexicon.Unit, Int?)
        /// A season from the article's date: "last summer".
        case season(Direction)
        /// Days from the date mentioned before: "the next day", "two days later".
        case fromPrevious(Int)
    }

    var form: Form
    /// The expression in the paragraph's clean text, in Unicode scalars.
    var range: Range<Int>
    var year: Int?
    var month: Int?
    var day: Int?
    /// ISO weekday written with the date: "Tuesday, July 4th".
    var weekday: Int?
    /// "last week on Tuesday": the weekday lies in the week so many weeks from the article's.
    var weekOffset: Int?
    /// "January last year", "March 11 next year": the year so many years from the article's.
    var yearOffset: Int?
    /// The season's first month, for seasons.
    var season: Int?
    /// The written date can be read two ways ("04/07/2017"), or the count is vague ("some
    /// years ago").
    var ambiguous = false
    /// Index of the token after the mention.
    var next: Int
    var precision: TimelineDate.Precision = .day
}

/// Reads the date expressions of one paragraph from its tokens. Each `read…` function reads
/// one kind of expression at a token and returns it, or nil; `mentions()` tries them at every
/// token and skips past what it reads.
struct DateMentionReader {
    typealias Roles = TimelineLexicon.Roles
    typealias Key = TimelineLexicon.Key

    let t: [TimeToken]
    let s: [Unicode.Scalar]
    let lexicon: TimelineLexicon
    /// The token after the last mention read, for ranges ("from 2015 to 2018").
    private var lastEnd = -1
    private var lastWasYear = false
    private var lastWasMonth = false

    init(tokens: [TimeToken], scalars: [Unicode.Scalar], lexicon: TimelineLexicon) {
        t = tokens
        s = scalars
        self.lexicon = lexicon
    }

    mutating func mentions() -> [DateMention] {
        var found: [DateMention] = []
        var i = 0
        while i < t.count {
            if let mention = read(at: i) {
                found.append(mention)
                lastEnd = mention.next
                lastWasYear = mention.year != nil || mention.precision == .year
                lastWasMonth = mention.month != nil && mention.day == nil
                i = mention.next
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: - Token tests

    func entry(_ i: Int) -> TimelineLexicon.Entry? {
        guard i >= 0, i < t.count, t[i].entry >= 0 else { return nil }
        return lexicon.entries[Int(t[i].entry)]
    }

    func has(_ i: Int, _ role: Roles) -> Bool {
        entry(i)?.roles.contains(role) ?? false
    }

    func isWord(_ i: Int, _ key: UInt64) -> Bool {
        i >= 0 && i < t.count && t[i].kind == .word && t[i].key == key
    }

    func isMark(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        i >= 0 && i < t.count && t[i].kind == .mark && t[i].key == UInt64(c.value)
    }

    func isDash(_ i: Int) -> Bool {
        isMark(i, "-") || isMark(i, "\u{2013}") || isMark(i, "\u{2014}")
    }

    func number(_ i: Int) -> (value: Int, digits: Int)? {
        guard i >= 0, i < t.count, t[i].kind == .number else { return nil }
        return (Int(t[i].key), t[i].digits)
    }

    func glued(_ i: Int) -> Bool { i < t.count && !t[i].spaced }

    /// A day of the month: one or two digits, 1–31, not the start of a bigger number
    /// ("19,000", "4.5") or a time ("4:30").
    func dayNumber(_ i: Int) -> Int? {
        guard let (d, digits) = number(i), digits <= 2, (1...31).contains(d) else { return nil }
        if glued(i + 1), isMark(i + 1, ",") || isMark(i + 1, ".") || isMark(i + 1, ":"), number(i + 2) != nil, glued(i + 2) { return nil }
        return d
    }

    /// A year as news writes one: four digits, 1000–2100, not glued to letters ("1990s",
    /// "FY2021"), a decimal ("2021.5") or a clock.
    func yearNumber(_ i: Int) -> Int? {
        guard let (y, digits) = number(i), digits == 4, (1000...2100).contains(y) else { return nil }
        if glued(i + 1), t[i + 1].kind == .word { return nil }
        if glued(i + 1), isMark(i + 1, ".") || isMark(i + 1, ":") || isMark(i + 1, ","), number(i + 2) != nil, glued(i + 2) { return nil }
        if glued(i + 1), isMark(i + 1, "%") { return nil }
        if !t[i].spaced, i > 0, t[i - 1].kind == .word { return nil }
        return y
    }

    /// Is token `i` the first of its sentence (after spaces and opening marks)?
    func startsSentence(_ i: Int) -> Bool {
        var j = t[i].range.lowerBound - 1
        while j >= 0, CharacterClass.isSpace(s[j]) || "\"'\u{201C}\u{2018}(\u{00AB}[".unicodeScalars.contains(s[j]) { j -= 1 }
        return j < 0 || CharacterClass.isSentenceFinal(s[j]) || s[j] == ":"
    }

    /// A capitalised word inside a sentence, other than a date word: part of a name ("Super
    /// Tuesday", "USA Today", "Arab Spring").
    func isNameWord(_ i: Int) -> Bool {
        guard i >= 0, t[i].kind == .word, t[i].capital, !startsSentence(i) else { return false }
        guard let e = entry(i) else { return true }
        return e.roles.isDisjoint(with: [.month, .weekday, .lead, .direction, .part, .connector])
    }

    /// A capitalised word opening the sentence that is neither a date word nor a function
    /// word: the first word of a name ("Black Friday sales …", "Super Tuesday results …").
    func isNameOpening(_ i: Int) -> Bool {
        guard i >= 0, t[i].kind == .word, t[i].capital, startsSentence(i), t[i].entry < 0 else { return false }
        let word = FastCase.lowercased(String(scalars: s[t[i].range]))
        return !Lexicon.shared.functionWords.contains(word)
    }

    func mention(_ form: DateMention.Form, _ start: Int, _ next: Int, precision: TimelineDate.Precision,
                 year: Int? = nil, month: Int? = nil, day: Int? = nil) -> DateMention {
        DateMention(form: form, range: t[start].range.lowerBound..<t[next - 1].range.upperBound,
                    year: year, month: month, day: day, next: next, precision: precision)
    }

    // MARK: - Expressions

    mutating func read(at i: Int) -> DateMention? {
        switch t[i].kind {
        case .mark:
            return nil
        case .number:
            if let m = readNumeric(i) ?? readDayMonth(i, start: i) ?? readYear(i, start: i, context: hasYearContext(i)) { return m }
            return readCount(i)
        case .word:
            guard let e = entry(i) else { return nil }
            let r = e.roles
            if r.contains(.relative), let m = readRelative(i, start: i) { return m }
            if r.contains(.direction), let m = readDirected(i) { return m }
            if r.contains(.weekday), let m = readWeekday(i, start: i, direction: .none) { return m }
            if r.contains(.month), let m = readMonth(i, start: i, alone: hasMonthContext(i)) { return m }
            if r.contains(.part) || r.contains(.partOf), let m = readPart(i) { return m }
            if r.contains(.season), let m = readSeason(i, start: i, direction: .none) { return m }
            if r.contains(.count) { return readCount(i) }
            return nil
        }
    }

    /// Does the word before `i` make a bare year a date: "in 1991", "as of 2020", or the second
    /// end of a range ("from 2015 to 2018", "2015–2018")?
    func hasYearContext(_ i: Int) -> Bool {
        if has(i - 1, .lead) || (isWord(i - 1, Key.of) && isWord(i - 2, Key.as)) { return true }
        return lastWasYear && lastEnd == i - 1 && (has(i - 1, .connector) || isDash(i - 1))
    }

    /// Does the word before `i` make a lone month a date: "in March", "since June", "from May
    /// to July"?
    func hasMonthContext(_ i: Int) -> Bool {
        if has(i - 1, .lead) && !isWord(i - 1, Key.year) { return true }
        return lastWasMonth && lastEnd == i - 1 && (has(i - 1, .connector) || isDash(i - 1))
    }

    /// "2017-07-04", "2017/07/04", "19/10/1991", "10/19/1991", "19.10.1991".
    func readNumeric(_ i: Int) -> DateMention? {
        guard let (a, da) = number(i), i + 4 < t.count, t[i + 1].kind == .mark,
              (1...4).allSatisfy({ glued(i + $0) }), t[i + 3].kind == .mark, t[i + 3].key == t[i + 1].key,
              let (b, db) = number(i + 2), let (c, dc) = number(i + 4), db <= 2 else { return nil }
        let sep = Unicode.Scalar(UInt32(t[i + 1].key))
        guard let sep, ["-", "/", "."].contains(sep) else { return nil }
        // Part of something longer: "1.2.2021.3", "2021-03-04-7", a phone or version number.
        if glued(i + 5), t[i + 5].kind == .mark, number(i + 6) != nil, glued(i + 6) { return nil }
        if !t[i].spaced, i > 0, t[i - 1].kind != .mark || number(i - 2) != nil { return nil }
        if has(i - 1, .version) { return nil }
        var m: DateMention
        if da == 4, dc <= 2, sep != "." {
            guard CalendarDate(year: a, month: b, day: c) != nil else { return nil }
            m = mention(.absolute, i, i + 5, precision: .day, year: a, month: b, day: c)
        } else if da <= 2, dc == 4 {
            // Dots are day first; slashes and dashes month first as American sites write them,
            // unless the numbers tell ("19/10/1991"). "04/07/2017" stays ambiguous.
            let dayFirst = sep == "." || a > 12
            let (month, day) = dayFirst ? (b, a) : (a, b)
            guard CalendarDate(year: c, month: month, day: day) != nil else { return nil }
            m = mention(.absolute, i, i + 5, precision: .day, year: c, month: month, day: day)
            m.ambiguous = sep != "." && a <= 12 && b <= 12 && a != b
        } else {
            return nil
        }
        return m
    }

    /// "4 March 2021", "4th of March", "19 Oct. 1991", "4–6 March": a day before a month.
    func readDayMonth(_ i: Int, start: Int) -> DateMention? {
        guard let day = dayNumber(i) else { return nil }
        if !t[i].spaced, i > 0, t[i - 1].kind != .mark || isDash(i - 1) { return nil }
        var j = i + 1
        if has(j, .ordinal), glued(j) { j += 1 }
        // A range of days: "4-6 March", "4 to 6 March".
        if isDash(j) || has(j, .connector), dayNumber(j + 1) != nil, has(j + 2, .month) || has(j + 2, .ordinal) || isWord(j + 2, Key.of) {
            j += 2
            if has(j, .ordinal), glued(j) { j += 1 }
        }
        if isWord(j, Key.of) { j += 1 }
        guard let e = entry(j), e.roles.contains(.month), t[j].capital else { return nil }
        var k = j + 1
        if e.monthAbbreviation, isMark(k, "."), glued(k) { k += 1 }
        var kk = k
        if isMark(kk, ",") { kk += 1 }
        if let year = yearNumber(kk) {
            guard CalendarDate(year: year, month: e.month, day: day) != nil else { return nil }
            return mention(.absolute, start, kk + 1, precision: .day, year: year, month: e.month, day: day)
        }
        guard day <= CalendarDate.daysIn(month: e.month, year: 2000) else { return nil }
        return mention(.monthDay, start, k, precision: .day, month: e.month, day: day)
    }

    /// "October 19, 1991", "Oct. 19 1991", "July 4th", "July 4-6", "March 2021", "March of
    /// 2021", and, where `alone` (after "in", "since" ...), "March".
    func readMonth(_ i: Int, start: Int, alone: Bool, direction: DateMention.Direction = .none) -> DateMention? {
        guard let e = entry(i), e.roles.contains(.month), t[i].capital else { return nil }
        let month = e.month
        var j = i + 1
        if e.monthAbbreviation, isMark(j, "."), glued(j) { j += 1 }
        if let day = dayNumber(j), t[j].spaced {
            var k = j + 1
            if has(k, .ordinal), glued(k) { k += 1 }
            if isDash(k), dayNumber(k + 1) != nil {
                k += 2
                if has(k, .ordinal), glued(k) { k += 1 }
            }
            var kk = k
            if isMark(kk, ",") { kk += 1 }
            if let year = yearNumber(kk) {
                guard CalendarDate(year: year, month: month, day: day) != nil else { return nil }
                return mention(.absolute, start, kk + 1, precision: .day, year: year, month: month, day: day)
            }
            guard day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
            return withRelativeYear(mention(.monthDay, start, k, precision: .day, month: month, day: day))
        }
        var k = j
        if isMark(k, ",") || isWord(k, Key.of) { k += 1 }
        if let year = yearNumber(k), t[k].spaced {
            return mention(.absolute, start, k + 1, precision: .month, year: year, month: month)
        }
        guard !e.monthAbbreviation else { return nil }
        let lone = withRelativeYear(mention(.month(direction), start, j, precision: .month, month: month))
        return alone || lone.yearOffset != nil ? lone : nil
    }

    /// The mention extended over "last year", "of next year", "this year" after it.
    func withRelativeYear(_ m: DateMention) -> DateMention {
        var k = m.next
        if isWord(k, Key.of) || isMark(k, ",") { k += 1 }
        guard isWord(k + 1, Key.year), t[k + 1].spaced, let offset = weekOffset(k) else { return m }
        var m = m
        m.yearOffset = offset
        m.next = k + 2
        m.range = m.range.lowerBound..<t[k + 1].range.upperBound
        return m
    }

    /// "in 1991", "since 2019", "from 2015 to 2018", "2020-21" (the first year), when
    /// `context` says the number is a year here.
    func readYear(_ i: Int, start: Int, context: Bool) -> DateMention? {
        guard context, let year = yearNumber(i) else { return nil }
        if has(i + 1, .countNoun) || has(i - 1, .version) { return nil }
        var next = i + 1
        // A season or fiscal year written "2020-21" or "2020/21".
        if glued(next), isDash(next) || isMark(next, "/"), let (_, digits) = number(next + 1), digits == 2, glued(next + 1) { next += 2 }
        return mention(.absolute, start, next, precision: .year, year: year)
    }

    /// "Tuesday", "Tuesday night", "Tuesday, July 4th", "Tue 4 July 2017", "Tuesday of last
    /// week", "Friday's vote".
    func readWeekday(_ i: Int, start: Int, direction: DateMention.Direction) -> DateMention? {
        guard let e = entry(i), e.roles.contains(.weekday), t[i].capital else { return nil }
        if start == i, isNameWord(i - 1) || isNameOpening(i - 1) || has(i - 1, .weekdayVeto) { return nil }
        var j = i + 1
        if e.weekdayAbbreviation, isMark(j, "."), glued(j) { j += 1 }
        var end = j
        if has(j, .daypart) { j += 1; end = j }
        // The date written with the weekday.
        var k = j
        var paren = false
        if isMark(k, ",") { k += 1 } else if isMark(k, "(") { k += 1; paren = true }
        if var m = readMonth(k, start: start, alone: false) ?? readDayMonth(k, start: start) ?? readNumeric(k), m.day != nil {
            m.weekday = e.weekday
            if paren, isMark(m.next, ")") {
                m.next += 1
                m.range = m.range.lowerBound..<t[m.next - 1].range.upperBound
            }
            return m
        }
        if e.weekdayAbbreviation { return nil }
        // "the Sunday Times", "Monday Night Football": a name, unless "on", "last" ... say
        // it is the day ("On Tuesday President Ortiz signed").
        if start == i, end == i + 1, end < t.count, t[end].kind == .word, t[end].capital, !has(end, .month),
           !isWord(i - 1, Key.on), !has(i - 1, .lead), !has(i - 1, .direction) { return nil }
        var m = mention(.weekday(direction), start, end, precision: .day)
        m.weekday = e.weekday
        // "Tuesday last week", "Tuesday of next week".
        var w = end
        if isWord(w, Key.of) { w += 1 }
        if isWord(w + 1, Key.week), let offset = weekOffset(w) {
            m.weekOffset = offset
            m.next = w + 2
            m.range = m.range.lowerBound..<t[w + 1].range.upperBound
        }
        return m
    }

    /// -1, 0, 1 for "last", "this", "next" at `i`.
    func weekOffset(_ i: Int) -> Int? {
        isWord(i, Key.last) ? -1 : isWord(i, Key.this) ? 0 : isWord(i, Key.next) ? 1 : nil
    }

    /// "last Tuesday", "next March", "this summer".
    func readDirected(_ i: Int) -> DateMention? {
        guard let offset = weekOffset(i) else { return nil }
        let direction: DateMention.Direction = offset < 0 ? .last : offset > 0 ? .next : .this
        if isWord(i - 1, Key.the) || isNameWord(i) { return nil }  // "the last Friday of the month"
        if has(i + 1, .weekday) { return readWeekday(i + 1, start: i, direction: direction) }
        if has(i + 1, .month) { return readMonth(i + 1, start: i, alone: true, direction: direction) }
        if has(i + 1, .season) { return readSeason(i + 1, start: i, direction: direction) }
        return nil
    }

    /// "summer 2019", "the summer of 2019" (from "summer"), "last summer".
    func readSeason(_ i: Int, start: Int, direction: DateMention.Direction) -> DateMention? {
        guard let e = entry(i), e.roles.contains(.season), start < i || !isNameWord(i) else { return nil }
        var j = i + 1
        if isWord(j, Key.of) { j += 1 }
        if let year = yearNumber(j), t[j].spaced {
            var m = mention(.absolute, start, j + 1, precision: .year, year: year)
            m.season = e.season
            return m
        }
        guard direction != .none else { return nil }
        var m = mention(.season(direction), start, i + 1, precision: .year)
        m.season = e.season
        return m
    }

    /// "early March", "mid-2020", "late last year", "the end of 2020" (read from "end"),
    /// "late Tuesday".
    func readPart(_ i: Int) -> DateMention? {
        guard let e = entry(i) else { return nil }
        var j = i + 1
        if e.roles.contains(.partOf) {
            guard isWord(j, Key.of) else { return nil }
            j += 1
            if isWord(j, Key.the) { return nil }  // "the end of the war"
        } else if isDash(j), glued(j) {
            j += 1  // "mid-July"
        }
        guard j < t.count else { return nil }
        if let m = readMonth(j, start: i, alone: true) { return m }
        if let m = readYear(j, start: i, context: true) { return m }
        if let m = readSeason(j, start: i, direction: .none) { return m }
        if let m = readDirected(j) { return widen(m, to: i) }
        if has(j, .relative), let m = readRelative(j, start: i), case .relative(let unit, _) = m.form, unit == .month || unit == .year { return m }
        if !e.roles.contains(.partOf), let m = readWeekday(j, start: i, direction: .none) { return m }
        return nil
    }

    func widen(_ m: DateMention, to start: Int) -> DateMention {
        var m = m
        m.range = t[start].range.lowerBound..<m.range.upperBound
        return m
    }

    /// A phrase of `timeline-relative.tsv`: "yesterday", "last week", "earlier this month",
    /// "the next day"; "last week on Tuesday" with its weekday.
    func readRelative(_ i: Int, start: Int) -> DateMention? {
        guard let candidates = lexicon.phrases[t[i].key] else { return nil }
        // "USA Today", "Last Week Tonight": capitalised inside a sentence, a name.
        if start == i, isNameWord(i) { return nil }
        // "the last year", "the next week": a span of time, not a date.
        if isWord(i - 1, Key.the) { return nil }
        for phrase in candidates {
            guard phrase.words.indices.allSatisfy({ k in isWord(i + k, phrase.words[k]) && (k == 0 || t[i + k].spaced) }) else { continue }
            var next = i + phrase.words.count
            if phrase.unit == .after, let last = phrase.words.last, last == Key.before || last == Key.after {
                // "the day before" the date just named, not "the day before the vote".
                guard next >= t.count || t[next].kind == .mark else { continue }
            }
            var end = next
            if phrase.unit == .day, has(next, .daypart), t[next].spaced { next += 1; end = next }  // "yesterday morning"
            if phrase.unit == .week {
                // "last week on Tuesday", "last week, on Tuesday, July 4th".
                var k = next
                if isMark(k, ",") { k += 1 }
                if isWord(k, Key.on) { k += 1 }
                if has(k, .weekday), var m = readWeekday(k, start: start, direction: .none) {
                    m.weekOffset = phrase.offset
                    return m
                }
            }
            var m = mention(phrase.unit == .after ? .fromPrevious(phrase.offset ?? 0) : .relative(phrase.unit, phrase.offset), start, end,
                            precision: precision(of: phrase.unit))
            m.next = next
            return m
        }
        return nil
    }

    func precision(of unit: TimelineLexicon.Unit) -> TimelineDate.Precision {
        switch unit {
        case .day, .weekend, .after: .day
        case .week: .week
        case .month: .month
        case .year, .decade: .year
        }
    }

    /// "three days ago", "a year ago", "two weeks later", "10 days earlier".
    func readCount(_ i: Int) -> DateMention? {
        let count: Int
        if let (n, digits) = number(i), digits <= 3 { count = n } else if let e = entry(i), e.roles.contains(.count) { count = e.count } else { return nil }
        guard let unit = entry(i + 1)?.unit, t[i + 1].spaced, let e2 = entry(i + 2), t[i + 2].spaced else { return nil }
        let vague = has(i - 1, .approx)
        if e2.roles.contains(.ago) {
            let offset: Int
            var unit = unit
            switch unit {
            case .decade: offset = -10 * count; unit = .year
            default: offset = -count
            }
            var m = mention(.relative(unit, offset), i, i + 3, precision: precision(of: unit))
            m.ambiguous = vague || unit == .year && count >= 10
            return m
        }
        if e2.roles.contains(.later), unit == .day || unit == .week {
            var m = mention(.fromPrevious(e2.later * count * (unit == .week ? 7 : 1)), i, i + 3, precision: .day)
            m.ambiguous = vague
            return m
        }
        return nil
    }
}
