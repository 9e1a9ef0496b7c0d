/// A sentence pattern with slots ("Police in {city} arrested {few:people} {weekday}."), read once
/// into literal byte runs and slots, so writing it costs a copy per piece and no parsing.
///
/// Slots: `{city}`, `{country}`, `{org}` (the story's main organisation, with "the" where its
/// name takes one), `{org2}`, `{orgref}` ("the ministry", "police"), `{event}`, `{ref}` (the
/// event again: "the fire"), `{site}`, `{group}`, `{measure}`, `{issue}`; figures
/// `{count:NOUN}` or `{count:NOUN:LO-HI}`, `{few:NOUN}` (2–20, often in words), `{pct}` or
/// `{pct:LO-HI}`, `{money}` or `{money:LO-HI}`, `{dur}`, `{dur:short}` or `{dur:long}`, `{age}`;
/// dates `{weekday}` ("on Tuesday"), `{day}` ("Tuesday"), `{date}` ("on 14 July 2024"),
/// `{month}` ("in March"), `{year}` ("2009"), `{rel}` ("last year", "yesterday") or
/// `{rel:long}` (a month or more back), `{future}` ("next month"); `{sq:WORD}` a scare quote;
/// for a person's role, `{porg}` (their organisation), `{porgname}` (its bare name),
/// `{domain}`, `{field}`.
/// A `^` after the brace (`{^ref}`) puts the first letter in capitals. An apostrophe in the
/// text follows the article's quotation style (straight or typographic).
struct Template: Sendable {
    enum Slot: Sendable {
        case city, country, org, org2, orgRef, event, eventRef, site, group, measure, issue
        case count(noun: String, low: Int, high: Int, qualified: Bool)
        case few(noun: String)
        case age
        case percent(low: Int, high: Int)
        /// `{dur}` any length; `{dur:long}` weeks or more; `{dur:short}` weeks or less.
        case duration(DurationLength)
        case money(low: Int, high: Int)
        case weekday, day, date, month, year, future
        /// `{rel}` any time before publication; `{rel:long}` a month or more before.
        case relative(long: Bool)
        case scare(String)
        case personOrg, personOrgName, domain, field
    }

    enum DurationLength: Sendable {
        case any, short, long
    }

    enum Piece: Sendable {
        /// Literal bytes with straight apostrophes, and the same with typographic ones.
        case text(straight: [UInt8], curly: [UInt8])
        case slot(Slot, capitalized: Bool)
    }

    let pieces: [Piece]

    init(_ pattern: String) {
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        func flush() {
            guard !literal.isEmpty else { return }
            var curly: [UInt8] = []
            for byte in literal {
                if byte == UInt8(ascii: "'") { curly += Marks.rightSingle } else { curly.append(byte) }
            }
            pieces.append(.text(straight: literal, curly: curly))
            literal = []
        }
        let bytes = Array(pattern.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "{"), let close = bytes[i...].firstIndex(of: UInt8(ascii: "}")) else {
                literal.append(bytes[i])
                i += 1
                continue
            }
            // A count after "about" or "more than" in the pattern takes no qualifier of its own.
            let before = String(decoding: literal, as: UTF8.self)
            let qualified = !Self.qualifierEndings.contains { before.hasSuffix($0) }
            flush()
            var body = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
            let capitalized = body.hasPrefix("^")
            if capitalized { body.removeFirst() }
            pieces.append(.slot(Self.slot(body, qualified: qualified, in: pattern), capitalized: capitalized))
            i = close + 1
        }
        flush()
        self.pieces = pieces
    }

    static let qualifierEndings = ["about ", "About ", "than ", "some ", "nearly ", "almost ", "least ", "over ", "the ", "estimated "]

    private static func slot(_ body: String, qualified: Bool, in pattern: String) -> Slot {
        let parts = body.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        func range(_ index: Int, default low: Int, _ high: Int) -> (Int, Int) {
            guard parts.count > index else { return (low, high) }
            let bounds = parts[index].split(separator: "-").compactMap { Int($0) }
            precondition(bounds.count == 2, "bad range in template: \(pattern)")
            return (bounds[0], bounds[1])
        }
        switch parts[0] {
        case "city": return .city
        case "country": return .country
        case "org": return .org
        case "org2": return .org2
        case "orgref": return .orgRef
        case "event": return .event
        case "ref": return .eventRef
        case "site": return .site
        case "group": return .group
        case "measure": return .measure
        case "issue": return .issue
        case "count":
            let (low, high) = range(2, default: 12, 9_500)
            return .count(noun: parts[1], low: low, high: high, qualified: qualified)
        case "few": return .few(noun: parts[1])
        case "pct":
            let (low, high) = range(1, default: 1, 60)
            return .percent(low: low, high: high)
        case "dur": return .duration(parts.count > 1 ? (parts[1] == "long" ? .long : .short) : .any)
        case "age": return .age
        case "money":
            let (low, high) = range(1, default: 40_000, 900_000_000)
            return .money(low: low, high: high)
        case "weekday": return .weekday
        case "day": return .day
        case "date": return .date
        case "year": return .year
        case "month": return .month
        case "rel": return .relative(long: parts.count > 1 && parts[1] == "long")
        case "future": return .future
        case "sq": return .scare(parts[1])
        case "porg": return .personOrg
        case "porgname": return .personOrgName
        case "domain": return .domain
        case "field": return .field
        default: preconditionFailure("unknown slot {\(body)} in template: \(pattern)")
        }
    }
}

extension Array where Element == String {
    /// The patterns read once.
    var templates: [Template] { map(Template.init) }
}
