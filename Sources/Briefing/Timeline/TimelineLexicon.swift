/// A word of up to 12 ASCII letters packed into an integer, five bits a letter, case folded:
/// the timeline compares every word of every paragraph with its word lists, and integers are
/// compared and hashed without making a string. 0 stands for a word that cannot be packed
/// (longer, or with a letter outside A–Z), which no list holds.
enum WordKey {
    static let maxLetters = 12

    static func make(_ word: String) -> UInt64 {
        var key: UInt64 = 0
        var count = 0
        for scalar in word.unicodeScalars {
            guard let code = code(scalar), count < maxLetters else { return 0 }
            key = key << 5 | code
            count += 1
        }
        return key
    }

    /// 1–26 for a–z and A–Z, nil for anything else.
    @inline(__always)
    static func code(_ scalar: Unicode.Scalar) -> UInt64? {
        let v = scalar.value | 0x20
        return v >= 0x61 && v <= 0x7A && scalar.value < 0x80 ? UInt64(v - 0x60) : nil
    }
}

/// Open addressing from word keys to their index in the list the table was built from, with a
/// multiplicative hash: asked for every word of every paragraph, where a `Dictionary` would
/// run SipHash each time.
struct KeyTable: Sendable {
    private let keys: [UInt64]
    private let values: [Int32]
    private let mask: Int

    init(_ list: [UInt64]) {
        var capacity = 16
        while capacity < list.count * 4 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        for (n, key) in list.enumerated() where key != 0 {
            var i = Self.slot(key, capacity - 1)
            while keys[i] != 0 { i = (i + 1) & (capacity - 1) }
            keys[i] = key
            values[i] = Int32(n)
        }
        self.keys = keys
        self.values = values
        mask = capacity - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The index of `key`, or nil (always nil for 0).
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        guard key != 0 else { return nil }
        var i = Self.slot(key, mask)
        while true {
            let stored = keys[i]
            if stored == key { return values[i] }
            if stored == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}

/// The words the timeline reads dates with, from `DateText` (months, weekdays) and the data
/// files `timeline-words.tsv` (roles) and `timeline-relative.tsv` (relative expressions),
/// keyed by `WordKey`.
final class TimelineLexicon: Sendable {
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt32
        static let month = Roles(rawValue: 1 << 0)
        static let weekday = Roles(rawValue: 1 << 1)
        static let relative = Roles(rawValue: 1 << 2)  // first word of a relative phrase
        static let lead = Roles(rawValue: 1 << 3)
        static let connector = Roles(rawValue: 1 << 4)
        static let direction = Roles(rawValue: 1 << 5)
        static let part = Roles(rawValue: 1 << 6)
        static let partOf = Roles(rawValue: 1 << 7)
        static let season = Roles(rawValue: 1 << 8)
        static let daypart = Roles(rawValue: 1 << 9)
        static let count = Roles(rawValue: 1 << 10)
        static let unit = Roles(rawValue: 1 << 11)
        static let ago = Roles(rawValue: 1 << 12)
        static let later = Roles(rawValue: 1 << 13)
        static let approx = Roles(rawValue: 1 << 14)
        static let future = Roles(rawValue: 1 << 15)
        static let past = Roles(rawValue: 1 << 16)
        static let weekdayVeto = Roles(rawValue: 1 << 17)
        static let label = Roles(rawValue: 1 << 18)
        static let countNoun = Roles(rawValue: 1 << 19)
        static let version = Roles(rawValue: 1 << 20)
        static let ordinal = Roles(rawValue: 1 << 21)
        /// A word every date expression without digits holds one of: a month, weekday, season,
        /// unit or part of the day, or the longest word of a relative phrase ("yesterday",
        /// "weekend"). A paragraph with none of them and no digit has no date.
        static let signal = Roles(rawValue: 1 << 22)
    }

    enum Unit: String, Sendable { case day, week, weekend, month, year, decade, after }

    struct Entry: Sendable {
        var roles: Roles = []
        var month = 0
        /// True for a month abbreviation ("Oct"), read only with a day or a year.
        var monthAbbreviation = false
        var weekday = 0
        var weekdayAbbreviation = false
        var season = 0
        var count = 0
        var unit: Unit?
        var later = 0
    }

    struct Phrase: Sendable {
        var words: [UInt64]
        var unit: Unit
        /// nil for "auto" (by the sentence's tense).
        var offset: Int?
    }

    /// Entries by word key; tokens hold an index into `entries`.
    let index: KeyTable
    let entries: [Entry]
    /// Relative phrases by their first word, longest first.
    let phrases: [UInt64: [Phrase]]

    static let shared = TimelineLexicon()

    private init() {
        var table: [UInt64: Entry] = [:]
        func edit(_ word: String, _ change: (inout Entry) -> Void) {
            let key = WordKey.make(word.lowercased())
            guard key != 0 else { return }
            change(&table[key, default: Entry()])
        }
        // Months: the longest name for each number is the full name, the others abbreviations.
        var fullMonth: [Int: String] = [:]
        for (name, number) in DateText.months where name.count > (fullMonth[number]?.count ?? 0) { fullMonth[number] = name }
        for (name, number) in DateText.months {
            edit(name) { $0.roles.insert(.month); $0.month = number; $0.monthAbbreviation = fullMonth[number] != name }
        }
        for (name, number) in DateText.weekdayNumbers {
            edit(name) { $0.roles.insert(.weekday); $0.weekday = number; $0.weekdayAbbreviation = !name.hasSuffix("day") }
        }
        for suffix in ["st", "nd", "rd", "th"] { edit(suffix) { $0.roles.insert(.ordinal) } }
        let roleNames: [String: Roles] = [
            "lead": .lead, "connector": .connector, "direction": .direction, "part": .part, "part-of": .partOf,
            "season": .season, "daypart": .daypart, "count": .count, "unit": .unit, "ago": .ago, "later": .later,
            "approx": .approx, "future": .future, "past": .past, "weekday-veto": .weekdayVeto, "label": .label,
            "count-noun": .countNoun, "version": .version,
        ]
        for row in WordList.rows("timeline-words.tsv") where row.count >= 2 {
            guard let role = roleNames[row[1]] else { preconditionFailure("timeline-words.tsv: unknown role \(row[1])") }
            let value = row.count > 2 ? row[2] : ""
            edit(row[0]) { entry in
                entry.roles.insert(role)
                switch role {
                case .season: entry.season = Int(value) ?? 0
                case .count: entry.count = Int(value) ?? 0
                case .unit: entry.unit = Unit(rawValue: value)
                case .later: entry.later = Int(value) ?? 0
                default: break
                }
            }
        }
        var phrases: [UInt64: [Phrase]] = [:]
        for row in WordList.rows("timeline-relative.tsv") where row.count >= 3 {
            guard let unit = Unit(rawValue: row[1]) else { preconditionFailure("timeline-relative.tsv: unknown unit \(row[1])") }
            let words = row[0].lowercased().split(separator: " ").map { WordKey.make(String($0)) }
            guard let first = words.first, !words.contains(0) else { continue }
            phrases[first, default: []].append(Phrase(words: words, unit: unit, offset: Int(row[2])))
            table[first, default: Entry()].roles.insert(.relative)
        }
        self.phrases = phrases.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        for row in WordList.rows("timeline-relative.tsv") {
            if let longest = row.first?.split(separator: " ").max(by: { $0.count < $1.count }) { edit(String(longest)) { $0.roles.insert(.signal) } }
        }
        for key in table.keys where !table[key]!.roles.isDisjoint(with: [.month, .weekday, .season, .unit, .daypart]) {
            table[key]!.roles.insert(.signal)
        }
        let keys = Array(table.keys)
        index = KeyTable(keys)
        entries = keys.map { table[$0]! }
    }

    /// Keys of the words the rules name directly.
    enum Key {
        static let of = WordKey.make("of")
        static let on = WordKey.make("on")
        static let the = WordKey.make("the")
        static let `as` = WordKey.make("as")
        static let last = WordKey.make("last")
        static let this = WordKey.make("this")
        static let next = WordKey.make("next")
        static let week = WordKey.make("week")
        static let year = WordKey.make("year")
        static let before = WordKey.make("before")
        static let after = WordKey.make("after")
    }
}
