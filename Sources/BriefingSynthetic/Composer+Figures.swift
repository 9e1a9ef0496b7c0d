import Foundation

/// How much money is written in one article: a symbol before the number ("$3.2 million",
/// "€45m") or a word after it ("3.2 million euros"), in the currency of the story's country.
struct Currency {
    var symbol: String
    var word: String

    static let dollar = Currency(symbol: "$", word: "dollars")
    static let euro = Currency(symbol: "\u{20AC}", word: "euros")
    static let pound = Currency(symbol: "\u{00A3}", word: "pounds")

    static let euroCountries: Set<String> = [
        "Portugal", "France", "Finland", "Austria", "Ireland", "Italy", "Spain", "Belgium", "Estonia", "Lithuania", "Germany",
    ]

    static func forCountry(_ country: String, dice: inout Dice) -> Currency {
        if euroCountries.contains(country) { return euro }
        if country == "Britain" { return pound }
        // Elsewhere stories are often written for an international audience in dollars.
        return dice.chance(70) ? dollar : euro
    }
}

extension Composer {
    static let numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                              "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                              "nineteen", "twenty"]
    static let qualifiers = ["", "", "", "more than ", "about ", "nearly ", "at least ", "almost ", "over ", "some "]

    /// A value between `low` and `high`, spread evenly over orders of magnitude (ten times as
    /// likely to be in the hundreds as in the thousands, per unit of width), and rounded as
    /// reporters round ("4,300", not "4,297").
    mutating func magnitude(low: Int, high: Int, alwaysRound: Bool = false) -> Int {
        let lowLog = log(Double(max(low, 1))), highLog = log(Double(max(high, low + 1)))
        var value = Int(exp(lowLog + (highLog - lowLog) * dice.unit()))
        var unit = 1
        while value / unit >= 100 { unit *= 10 }
        if value >= 1000, alwaysRound || dice.chance(75) { value = value / unit * unit }
        value = min(max(value, low), high)
        return Self.avoidedValues.contains(value) ? value + 10_000 : value
    }

    /// Records the figure just written from `start` in the paragraph.
    mutating func record(_ kind: PlantedFigure.Kind, from start: Int, value: Double) {
        figures.append(PlantedFigure(kind: kind, text: text.string(from: start), value: value))
        figureStarts.append(start)
    }

    /// Numbers of the sample articles, which the generator never prints.
    static let avoidedValues: Set<Int> = [100_000, 200_000, 250_000]

    /// "more than 4,300 homes", "1.2 million people"; recorded as a count.
    mutating func writeCount(noun: String, low: Int, high: Int, qualified: Bool = true) {
        let start = text.count
        let qualifier = qualified ? dice.pick(Self.qualifiers) : ""
        text.add(qualifier)
        // "about 50,000", never "about 50,187": a qualified number is a round one.
        var value = magnitude(low: low, high: high, alwaysRound: !qualified || !qualifier.isEmpty)
        if value >= 1_000_000, dice.chance(60) {
            let tenths = value / 100_000
            value = tenths * 100_000
            text.add(tenths: tenths)
            text.add(" million")
        } else {
            text.add(grouped: value)
        }
        text.add(byte: UInt8(ascii: " "))
        text.add(noun)
        record(.count, from: start, value: Double(value))
    }

    /// "three suspects", "12 countries": small counts, in words up to ten as style guides ask.
    mutating func writeFew(noun: String) {
        let start = text.count
        let value = dice.chance(70) ? dice.number(in: 2...9) : dice.number(in: 10...20)
        if value <= 10 || dice.chance(20) { text.add(Self.numberWords[value]) } else { text.add(int: value) }
        text.add(byte: UInt8(ascii: " "))
        text.add(noun)
        record(.count, from: start, value: Double(value))
    }

    /// "12%", "4.5 per cent", "31 percent", between `low` and `high` per cent.
    mutating func writePercent(low: Int = 1, high: Int = 60) {
        let start = text.count
        var tenths = dice.number(in: max(low * 10, 5)...(high * 10))
        if dice.chance(60) { tenths = max(tenths / 10, 1) * 10 }  // most percentages are whole
        text.add(tenths: tenths)
        switch dice.below(4) {
        case 0: text.add(" per cent")
        case 1: text.add(" percent")
        default: text.add("%")
        }
        record(.percent, from: start, value: Double(tenths) / 10)
    }

    /// "$3.2 million", "€45m", "£1.2bn", "850,000 euros", "$80".
    mutating func writeMoney(low: Int, high: Int) {
        let start = text.count
        let raw = magnitude(low: low, high: high, alwaysRound: true)
        let symbol = dice.chance(80)
        let short = dice.chance(35)
        if symbol { text.add(currency.symbol) }
        var value: Int
        if raw >= 1_000_000 {
            let billions = raw >= 1_000_000_000
            let scale = billions ? 100_000_000 : 100_000
            var tenths = raw / scale
            if tenths >= 100 { tenths = tenths / 10 * 10 }  // "45 million", not "45.3 million"
            value = tenths * scale
            text.add(tenths: tenths)
            if short && symbol {
                text.add(billions ? "bn" : "m")
            } else {
                text.add(billions ? " billion" : " million")
            }
        } else {
            value = raw
            text.add(grouped: value)
        }
        if !symbol {
            text.add(byte: UInt8(ascii: " "))
            text.add(currency.word)
        }
        record(.money, from: start, value: Double(value))
    }

    static let durationUnits: [(singular: String, plural: String, range: ClosedRange<Int>)] = [
        ("hour", "hours", 2...48), ("day", "days", 2...20), ("week", "weeks", 2...12), ("month", "months", 2...30),
        ("year", "years", 2...25),
    ]

    /// "three weeks", "18 months"; a long one is weeks, months or years, a short one hours, days
    /// or weeks.
    mutating func writeDuration(_ length: Template.DurationLength = .any) {
        let start = text.count
        let unit: (singular: String, plural: String, range: ClosedRange<Int>)
        switch length {
        case .any: unit = dice.pick(Self.durationUnits)
        case .long: unit = Self.durationUnits[2 + dice.below(3)]
        case .short: unit = Self.durationUnits[dice.below(3)]
        }
        let value = dice.number(in: unit.range)
        if value < 10 || (value == 10 && dice.chance(50)) { text.add(Self.numberWords[value]) } else { text.add(int: value) }
        text.add(byte: UInt8(ascii: " "))
        text.add(unit.plural)
        record(.duration, from: start, value: Double(value))
    }

    /// A person's age in digits, as news style writes it ("43").
    mutating func writeAge(_ age: Int) {
        let start = text.count
        text.add(int: age)
        record(.age, from: start, value: Double(age))
    }
}
