import Testing
@testable import Briefing

/// Numbers in context, read by `NumberReader`. Each case gives a sentence, the expression that
/// must be found (as written) and what it must mean; a nil expected value means no number may
/// be read there. Sentences are invented.
@Suite("Numbers in text")
struct NumberReaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var expression: String
        var value: Double?
        var upper: Double? = nil
        var approximate = false
        var currency: String? = nil
        var percent = false
        var qualifier: String? = nil
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        // Digits, separators, decimals.
        Case(sentence: "The market had 37 vendors.", expression: "37", value: 37),
        Case(sentence: "Police seized 250,000 pills.", expression: "250,000", value: 250_000),
        Case(sentence: "Turnout rose to 1,234,567 voters.", expression: "1,234,567", value: 1_234_567),
        Case(sentence: "The index fell 3.75 points.", expression: "3.75", value: 3.75),
        Case(sentence: "It costs 1,250.50 a month.", expression: "1,250.50", value: 1_250.5),
        Case(sentence: "Only 0.4 of a degree separated them.", expression: "Only 0.4", value: 0.4, qualifier: "only"),
        // Number words.
        Case(sentence: "Eleven boats were lost.", expression: "Eleven", value: 11),
        Case(sentence: "She waited forty-two days.", expression: "forty-two", value: 42),
        Case(sentence: "A dozen homes flooded.", expression: "A dozen", value: 12),
        Case(sentence: "Some two hundred people came.", expression: "Some two hundred", value: 200, qualifier: "some"),
        Case(sentence: "Three million doses arrived.", expression: "Three million", value: 3_000_000),
        Case(sentence: "A hundred volunteers signed up.", expression: "A hundred", value: 100),
        Case(sentence: "It took two hundred and fifty men.", expression: "two hundred and fifty", value: 250),
        Case(sentence: "The ninety-nine steps were repaired.", expression: "ninety-nine", value: 99),
        Case(sentence: "Twenty thousand fans sang.", expression: "Twenty thousand", value: 20_000),
        // Vague magnitudes.
        Case(sentence: "Tens of thousands of sellers used it.", expression: "Tens of thousands", value: 10_000, approximate: true),
        Case(sentence: "It made millions of dollars.", expression: "millions", value: 1_000_000, approximate: true),
        Case(sentence: "Hundreds of people queued.", expression: "Hundreds", value: 100, approximate: true),
        Case(sentence: "Dozens of shops closed.", expression: "Dozens", value: 24, approximate: true),
        Case(sentence: "Thousands of birds died.", expression: "Thousands", value: 1_000, approximate: true),
        Case(sentence: "Hundreds of thousands of people marched.", expression: "Hundreds of thousands", value: 100_000, approximate: true),
        Case(sentence: "Billions of euros were wasted.", expression: "Billions", value: 1_000_000_000, approximate: true),
        // Scales and money.
        Case(sentence: "The fund holds 1.2 billion in bonds.", expression: "1.2 billion", value: 1_200_000_000),
        Case(sentence: "Profit was 3bn last year.", expression: "3bn", value: 3_000_000_000),
        Case(sentence: "The club paid $5m for him.", expression: "$5m", value: 5_000_000, currency: "$"),
        Case(sentence: "A £3.5 billion deal was signed.", expression: "£3.5 billion", value: 3_500_000_000, currency: "£"),
        Case(sentence: "The city spent €40m on trams.", expression: "€40m", value: 40_000_000, currency: "€"),
        Case(sentence: "Tickets cost $12.50 each.", expression: "$12.50", value: 12.5, currency: "$"),
        Case(sentence: "They raised US$2 million.", expression: "US$2 million", value: 2_000_000, currency: "$"),
        Case(sentence: "Salaries start at 40k.", expression: "40k", value: 40_000),
        Case(sentence: "The bill came to $1.5 trillion.", expression: "$1.5 trillion", value: 1_500_000_000_000, currency: "$"),
        Case(sentence: "He owes £300.", expression: "£300", value: 300, currency: "£"),
        // Percentages.
        Case(sentence: "Prices rose 12% in May.", expression: "12%", value: 12, percent: true),
        Case(sentence: "Prices rose 12 percent in May.", expression: "12 percent", value: 12, percent: true),
        Case(sentence: "Prices rose 12 per cent in May.", expression: "12 per cent", value: 12, percent: true),
        Case(sentence: "Support fell to 4.5%.", expression: "4.5%", value: 4.5, percent: true),
        Case(sentence: "Nearly 40 percent said no.", expression: "Nearly 40 percent", value: 40, percent: true, qualifier: "nearly"),
        // Ranges.
        Case(sentence: "It will take 10 to 15 years.", expression: "10 to 15", value: 10, upper: 15),
        Case(sentence: "It will take 10-15 years.", expression: "10-15", value: 10, upper: 15),
        Case(sentence: "Repairs cost between $45,000 and $120,000.", expression: "$45,000 and $120,000", value: 45_000, upper: 120_000, currency: "$"),
        Case(sentence: "Between 20% and 30% of trains ran late.", expression: "20% and 30%", value: 20, upper: 30, percent: true),
        Case(sentence: "Waves of five to seven metres hit.", expression: "five to seven", value: 5, upper: 7),
        // Fractions and ratios.
        Case(sentence: "Half of the staff left.", expression: "Half", value: 0.5),
        Case(sentence: "A third of homes lack heating.", expression: "A third", value: 1.0 / 3),
        Case(sentence: "A quarter of the budget went.", expression: "A quarter", value: 0.25),
        Case(sentence: "Two-thirds of voters agreed.", expression: "Two-thirds", value: 2.0 / 3),
        Case(sentence: "One in five children is poor.", expression: "One in five", value: 0.2),
        Case(sentence: "One in 10 adults smokes.", expression: "One in 10", value: 0.1),
        // Qualifiers.
        Case(sentence: "More than 200,000 customers left.", expression: "More than 200,000", value: 200_000, qualifier: "more than"),
        Case(sentence: "Over 500 flights were cancelled.", expression: "Over 500", value: 500, qualifier: "over"),
        Case(sentence: "About 80 people were hurt.", expression: "About 80", value: 80, qualifier: "about"),
        Case(sentence: "At least 19 people died.", expression: "At least 19", value: 19, qualifier: "at least"),
        Case(sentence: "Up to 4,000 lorries a day may cross.", expression: "Up to 4,000", value: 4_000, qualifier: "up to"),
        Case(sentence: "Fewer than 10 beds remain.", expression: "Fewer than 10", value: 10, qualifier: "fewer than"),
        Case(sentence: "Almost half of them agreed.", expression: "Almost half", value: 0.5, qualifier: "almost"),
        Case(sentence: "Around 1.2 billion people watched.", expression: "Around 1.2 billion", value: 1_200_000_000, qualifier: "around"),
        Case(sentence: "As many as 300 jobs could go.", expression: "As many as 300", value: 300, qualifier: "as many as"),
        Case(sentence: "Roughly $2bn was spent.", expression: "Roughly $2bn", value: 2_000_000_000, currency: "$", qualifier: "roughly"),
        // Ages and rates read as plain numbers (the unit is the caller's).
        Case(sentence: "She was just 18 years old.", expression: "just 18", value: 18, qualifier: "just"),
        Case(sentence: "One American dies every eleven minutes.", expression: "eleven", value: 11),
        // Never numbers.
        Case(sentence: "The Covid-19 rules ended.", expression: "19", value: nil),
        Case(sentence: "The G7 leaders met.", expression: "7", value: nil),
        Case(sentence: "It happened on July 4th.", expression: "4th", value: nil),
        Case(sentence: "Write to jane91@example.com today.", expression: "91", value: nil),
        Case(sentence: "See https://example.com/2021/story for more.", expression: "2021", value: nil),
        Case(sentence: "The meeting starts at 9:40 sharp.", expression: "9:40", value: nil),
        Case(sentence: "Version 2.1.3 fixed it.", expression: "2.1.3", value: nil),
        Case(sentence: "The F-16 landed.", expression: "16", value: nil),
        Case(sentence: "Contact user_2000 on the forum.", expression: "2000", value: nil),
    ]

    @Test("numbers are read with their value, qualifier, currency and kind", arguments: cases)
    func reads(_ c: Case) throws {
        let mentions = NumberReader.mentions(in: c.sentence)
        let scalars = Array(c.sentence.unicodeScalars)
        func written(_ m: NumberMention) -> String { String(String.UnicodeScalarView(scalars[m.range])) }
        guard let value = c.value else {
            // Nothing read may cover the excluded expression.
            let excluded = c.sentence.range(of: c.expression).map { c.sentence.unicodeScalars.distance(from: c.sentence.unicodeScalars.startIndex, to: $0.lowerBound) }
            let offset = try #require(excluded)
            #expect(!mentions.contains { $0.core.contains(offset) }, "read \(mentions.map(written))")
            return
        }
        let found = try #require(mentions.first { written($0) == c.expression }, "read \(mentions.map(written))")
        #expect(abs(found.value - value) < 1e-9)
        #expect(found.upper.map { abs($0 - (c.upper ?? -1)) < 1e-9 } ?? (c.upper == nil))
        #expect(found.approximate == c.approximate)
        #expect(found.currency == c.currency)
        #expect(found.isPercent == c.percent)
        #expect(found.qualifier == c.qualifier)
    }
}
