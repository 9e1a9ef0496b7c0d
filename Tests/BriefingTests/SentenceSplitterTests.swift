import Testing
@testable import Briefing

/// The sentence splitter on paragraphs written for these tests, one table per rule (in the spirit
/// of the "Golden Rules" for sentence boundary detection), then properties that must hold for any
/// text: ranges in order, trimmed, covering every non-space scalar.
@Suite("Sentence splitter")
struct SentenceSplitterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var expected: [String]
        var testDescription: String { text.debugDescription }

        init(_ text: String, _ expected: [String]) {
            self.text = text
            self.expected = expected
        }
    }

    static func split(_ text: String) -> [String] {
        SentenceSplitter.sentenceTexts(in: text)
    }

    // MARK: - Tables

    static let plain: [Case] = [
        Case("The council met on Tuesday. It approved the budget.", ["The council met on Tuesday.", "It approved the budget."]),
        Case("Rain fell all night. Roads were closed. Schools stayed open.",
             ["Rain fell all night.", "Roads were closed.", "Schools stayed open."]),
        Case("Nobody was hurt.", ["Nobody was hurt."]),
        Case("", []),
        Case("   ", []),
        Case("  Spaces around are trimmed.   Really. ", ["Spaces around are trimmed.", "Really."]),
        Case("A paragraph without a final mark", ["A paragraph without a final mark"]),
        Case("Is it over? Not yet.", ["Is it over?", "Not yet."]),
        Case("Stop! Police!", ["Stop!", "Police!"]),
        Case("The word ends. and the sentence goes on", ["The word ends. and the sentence goes on"]),
        Case("Sales of the iPhone rose. eBay shares fell.", ["Sales of the iPhone rose.", "eBay shares fell."]),
    ]

    static let abbreviations: [Case] = [
        Case("Dr. Alvarez examined the samples. Mrs. Chen and Mr. Obi waited outside.",
             ["Dr. Alvarez examined the samples.", "Mrs. Chen and Mr. Obi waited outside."]),
        Case("Prof. Lindqvist spoke first. Gen. Hale followed.", ["Prof. Lindqvist spoke first.", "Gen. Hale followed."]),
        Case("Gov. Reyes met Sen. Park and Rep. Ortiz.", ["Gov. Reyes met Sen. Park and Rep. Ortiz."]),
        Case("Lt. Col. Barnes and Sgt. Moody arrived. They were late.", ["Lt. Col. Barnes and Sgt. Moody arrived.", "They were late."]),
        Case("Ms. Varga runs Kestrel Ltd. The firm employs 40 people.", ["Ms. Varga runs Kestrel Ltd.", "The firm employs 40 people."]),
        Case("Shares of Orbis Inc. rose sharply. Northwind Corp. fell.", ["Shares of Orbis Inc. rose sharply.", "Northwind Corp. fell."]),
        Case("Ashford Corp. Chief Executive Dana Wu resigned.", ["Ashford Corp. Chief Executive Dana Wu resigned."]),
        Case("The firm, Pell & Co., was sold.", ["The firm, Pell & Co., was sold."]),
        Case("He met the partners of Jones & Co. They agreed.", ["He met the partners of Jones & Co.", "They agreed."]),
        Case("Martin Ortega Jr. declined to comment. His lawyer spoke.", ["Martin Ortega Jr. declined to comment.", "His lawyer spoke."]),
        Case("The award went to Sam Price Jr. He accepted it in person.", ["The award went to Sam Price Jr.", "He accepted it in person."]),
        Case("They climbed Mt. Kenya in March.", ["They climbed Mt. Kenya in March."]),
        Case("The barracks at Ft. Lowell are closed.", ["The barracks at Ft. Lowell are closed."]),
        Case("Apples, pears, etc. were on sale.", ["Apples, pears, etc. were on sale."]),
        Case("They sold apples, pears, etc. The stall closed at noon.", ["They sold apples, pears, etc.", "The stall closed at noon."]),
        Case("Some cities, e.g. Lyon and Turin, banned cars. Others did not.", ["Some cities, e.g. Lyon and Turin, banned cars.", "Others did not."]),
        Case("The reform, i.e. Higher taxes for all, failed.", ["The reform, i.e. Higher taxes for all, failed."]),
        Case("The final is Brazil vs. Argentina on Sunday.", ["The final is Brazil vs. Argentina on Sunday."]),
        Case("The budget is approx. 300 million euros.", ["The budget is approx. 300 million euros."]),
        Case("The dept. said it would respond. It did not.", ["The dept. said it would respond.", "It did not."]),
        Case("The brewery, est. 1892, closed.", ["The brewery, est. 1892, closed."]),
        Case("Talks begin on Jan. 5 and end in Sept. next year.", ["Talks begin on Jan. 5 and end in Sept. next year."]),
    ]

    static let abbreviationEndsSentence: [Case] = [
        Case("He moved to the U.S. Then he left.", ["He moved to the U.S.", "Then he left."]),
        Case("She studied in the U.K. Her brother stayed home.", ["She studied in the U.K.", "Her brother stayed home."]),
        Case("The U.S. Navy confirmed the report.", ["The U.S. Navy confirmed the report."]),
        Case("Talks with the E.U. and the U.N. resumed.", ["Talks with the E.U. and the U.N. resumed."]),
        Case("Exports to the U.S. fell 4 percent.", ["Exports to the U.S. fell 4 percent."]),
        Case("The meeting was held in Washington, D.C. It lasted an hour.", ["The meeting was held in Washington, D.C.", "It lasted an hour."]),
        Case("The company is based in Boston, Mass. Its chief executive declined to comment.",
             ["The company is based in Boston, Mass.", "Its chief executive declined to comment."]),
        Case("He was born in Lansing, Mich. In 1990 he moved.", ["He was born in Lansing, Mich.", "In 1990 he moved."]),
        Case("The U.S.-led coalition and the U.K.'s envoy met.", ["The U.S.-led coalition and the U.K.'s envoy met."]),
        Case("She left the U.S.A. A year later she returned.", ["She left the U.S.A.", "A year later she returned."]),
        Case("He works for the U.S. “It is a good job,” he said.", ["He works for the U.S.", "“It is a good job,” he said."]),
        Case("Prices rose 0.5 per cent in Jan. Economists had expected less.",
             ["Prices rose 0.5 per cent in Jan.", "Economists had expected less."]),
        Case("They sold apples, pears, etc. Shoppers queued.", ["They sold apples, pears, etc.", "Shoppers queued."]),
        Case("The flat measures 500 sq. ft. Rent is high.", ["The flat measures 500 sq. ft.", "Rent is high."]),
        Case("Sept. 11 changed the city.", ["Sept. 11 changed the city."]),
    ]

    static let initials: [Case] = [
        Case("J. R. R. Tolkien wrote the book.", ["J. R. R. Tolkien wrote the book."]),
        Case("George W. Bush spoke. Laura Bush did not.", ["George W. Bush spoke.", "Laura Bush did not."]),
        Case("The novel is by E. M. Forster. It was filmed in 1985.", ["The novel is by E. M. Forster.", "It was filmed in 1985."]),
        Case("It was the work of Anna K. Ferris.", ["It was the work of Anna K. Ferris."]),
        Case("They chose Plan B. The rest was scrapped.", ["They chose Plan B.", "The rest was scrapped."]),
        Case("It was just the coach and I. Did anyone else come?", ["It was just the coach and I.", "Did anyone else come?"]),
        Case("See p. 55 of the report.", ["See p. 55 of the report."]),
    ]

    static let numbers: [Case] = [
        Case("Pi is roughly 3.14 and e about 2.718.", ["Pi is roughly 3.14 and e about 2.718."]),
        Case("The bill came to 1,000.50 dollars.", ["The bill came to 1,000.50 dollars."]),
        Case("The deal is worth $2.5 billion. Shares rose.", ["The deal is worth $2.5 billion.", "Shares rose."]),
        Case("Inflation was 3.2%. Wages rose 4.1%.", ["Inflation was 3.2%.", "Wages rose 4.1%."]),
        Case("The death toll rose to 12. Officials expect more.", ["The death toll rose to 12.", "Officials expect more."]),
        Case("The match ended 2-1. 40,000 fans watched.", ["The match ended 2-1.", "40,000 fans watched."]),
        Case("He left in 2019. 2020 was worse.", ["He left in 2019.", "2020 was worse."]),
        Case("The rocket failed. 3 engines shut down early.", ["The rocket failed.", "3 engines shut down early."]),
    ]

    static let lists: [Case] = [
        Case("1. Preheat the oven 2. Mix the flour", ["1. Preheat the oven", "2. Mix the flour"]),
        Case("1. Preheat the oven. 2. Mix the flour.", ["1. Preheat the oven.", "2. Mix the flour."]),
        Case("Do three things. 1. Read. 2. Write. 3. Check.", ["Do three things.", "1. Read.", "2. Write.", "3. Check."]),
        Case("The plan: 1. Cut costs 2. Hire staff 3. Expand", ["The plan:", "1. Cut costs", "2. Hire staff", "3. Expand"]),
        Case("Two goals: 1. lower prices and 2. faster trains.", ["Two goals: 1. lower prices and 2. faster trains."]),
        Case("1) Register online 2) Pay the fee", ["1) Register online", "2) Pay the fee"]),
        Case("1.) Register online. 2.) Pay the fee.", ["1.) Register online.", "2.) Pay the fee."]),
        Case("a. Check the tyres b. Check the brakes c. Sign here", ["a. Check the tyres", "b. Check the brakes", "c. Sign here"]),
        Case("• First point • Second point", ["• First point", "• Second point"]),
        Case("• 9. Ninth item • 10. Tenth item", ["• 9. Ninth item", "• 10. Tenth item"]),
        Case("The figures (table 1) and the chart (table 2) agree.", ["The figures (table 1) and the chart (table 2) agree."]),
    ]

    static let addresses: [Case] = [
        Case("Write to press.office@city-council.example.org. Replies take a week.",
             ["Write to press.office@city-council.example.org.", "Replies take a week."]),
        Case("Details are at www.example.com/reports/2024.html. The report is long.",
             ["Details are at www.example.com/reports/2024.html.", "The report is long."]),
        Case("Visit https://news.example.net/a.b/c?id=3 for more.", ["Visit https://news.example.net/a.b/c?id=3 for more."]),
        Case("Contact jane.doe@example.org for details.", ["Contact jane.doe@example.org for details."]),
    ]

    static let ellipses: [Case] = [
        Case("He paused... then continued.", ["He paused... then continued."]),
        Case("She waited… The bus never came.", ["She waited…", "The bus never came."]),
        Case("He said the plan … would fail.", ["He said the plan … would fail."]),
        Case("I wonder... Maybe not.", ["I wonder...", "Maybe not."]),
        Case("The statement read: “We regret [...] the delay.”", ["The statement read: “We regret [...] the delay.”"]),
        Case("The text reads “the laws . . . apply to all.”", ["The text reads “the laws . . . apply to all.”"]),
        Case("I never agreed to that.... He walked out.", ["I never agreed to that....", "He walked out."]),
        Case("They went on and on . . . . Then silence.", ["They went on and on . . . .", "Then silence."]),
        Case("It was . . . I cannot say.", ["It was . . . I cannot say."]),
        Case("Well...I suppose so.", ["Well...I suppose so."]),
    ]

    static let doubledMarks: [Case] = [
        Case("Really?! Nobody told me.", ["Really?!", "Nobody told me."]),
        Case("Goal!! The crowd erupted.", ["Goal!!", "The crowd erupted."]),
        Case("Who knew?? Everyone did.", ["Who knew??", "Everyone did."]),
        Case("What!? 20 more?", ["What!?", "20 more?"]),
        Case("She works at Yahoo! in the sales team.", ["She works at Yahoo! in the sales team."]),
    ]

    static let quotesAndBrackets: [Case] = [
        Case("He said “Stop.” Then he left.", ["He said “Stop.”", "Then he left."]),
        Case("“We won,” she said. “Now we rest.”", ["“We won,” she said.", "“Now we rest.”"]),
        Case("“Why?” she asked.", ["“Why?” she asked."]),
        Case("“Enough!” he shouted at the crowd.", ["“Enough!” he shouted at the crowd."]),
        Case("“Is it safe?” Reporters asked twice.", ["“Is it safe?”", "Reporters asked twice."]),
        Case("(The vote was close.) Next came the budget.", ["(The vote was close.)", "Next came the budget."]),
        Case("Turnout rose (it had fallen in 2019.) and then slipped.", ["Turnout rose (it had fallen in 2019.) and then slipped."]),
        Case("The officer said 'Move along.' The crowd dispersed.", ["The officer said 'Move along.'", "The crowd dispersed."]),
        Case("She replied, \"Not today.\" she said nothing more.", ["She replied, \"Not today.\" she said nothing more."]),
        Case("She replied, \"Not today.\" Then she left.", ["She replied, \"Not today.\"", "Then she left."]),
        Case("He called it “a disaster”. Others agreed.", ["He called it “a disaster”.", "Others agreed."]),
        Case("The vote was delayed (again). Lawmakers left.", ["The vote was delayed (again).", "Lawmakers left."]),
        Case("Her reply was blunt: “No.” She hung up.", ["Her reply was blunt: “No.”", "She hung up."]),
        Case("They sold fruit (apples, pears, etc.). The stall closed.", ["They sold fruit (apples, pears, etc.).", "The stall closed."]),
        Case("Sen. Ruth Hale (D-Mass.) said no.", ["Sen. Ruth Hale (D-Mass.) said no."]),
        Case("Is it true? No. It was never true.", ["Is it true?", "No.", "It was never true."]),
    ]

    static let sentenceStarts: [Case] = [
        Case("“This is the last time,” he said. “I promise.”", ["“This is the last time,” he said.", "“I promise.”"]),
        Case("'It will pass,' she said.", ["'It will pass,' she said."]),
        Case("He nodded. (Nobody else did.)", ["He nodded.", "(Nobody else did.)"]),
        Case("9 people were hurt. 2 are in hospital.", ["9 people were hurt.", "2 are in hospital."]),
    ]

    static let dashes: [Case] = [
        Case("The mayor — who had said little — spoke at last.", ["The mayor — who had said little — spoke at last."]),
        Case("“We just wanted—” Then the line went dead.", ["“We just wanted—”", "Then the line went dead."]),
        Case("“We just wanted—” she began, and stopped.", ["“We just wanted—” she began, and stopped."]),
        Case("He was, he said—and this mattered—innocent. The jury agreed.", ["He was, he said—and this mattered—innocent.", "The jury agreed."]),
    ]

    static let timesAndAddresses: [Case] = [
        Case("The polls close at 8 p.m. Monday.", ["The polls close at 8 p.m. Monday."]),
        Case("Doors open at 9 a.m. The show starts an hour later.", ["Doors open at 9 a.m.", "The show starts an hour later."]),
        Case("At 6 a.m. Mr. Ruiz left home.", ["At 6 a.m. Mr. Ruiz left home."]),
        Case("The shift ends at 7 P.M. on weekdays.", ["The shift ends at 7 P.M. on weekdays."]),
        Case("He lives at No. 10 Downing St. in London.", ["He lives at No. 10 Downing St. in London."]),
        Case("She grew up at 5 Elm St. The house is gone.", ["She grew up at 5 Elm St.", "The house is gone."]),
        Case("St. Louis won again.", ["St. Louis won again."]),
        Case("Room no. 4 was empty.", ["Room no. 4 was empty."]),
        Case("The speech is at No. 10. Reporters are waiting.", ["The speech is at No. 10.", "Reporters are waiting."]),
    ]

    static let lineBreaks: [Case] = [
        Case("First paragraph without a mark\n\nSecond paragraph", ["First paragraph without a mark", "Second paragraph"]),
        Case("A line that wraps\nin the middle.", ["A line that wraps\nin the middle."]),
        Case("Ended in the U.S.\n \nNew paragraph", ["Ended in the U.S.", "New paragraph"]),
        Case("One\r\n\r\nTwo", ["One", "Two"]),
        Case("One\u{2029}Two", ["One", "Two"]),
        Case("1. First\n\n1. Again", ["1. First", "1. Again"]),
    ]

    static let otherScripts: [Case] = [
        Case("今日は晴れ。明日は雨。", ["今日は晴れ。", "明日は雨。"]),
        Case("Ça va? Très bien. Élodie est là.", ["Ça va?", "Très bien.", "Élodie est là."]),
        Case("¿Vienes? ¡Claro! Nos vemos.", ["¿Vienes?", "¡Claro!", "Nos vemos."]),
    ]

    static let allCases: [Case] = plain + abbreviations + abbreviationEndsSentence + initials + numbers + lists
        + addresses + ellipses + doubledMarks + quotesAndBrackets + sentenceStarts + dashes + timesAndAddresses
        + lineBreaks + otherScripts

    @Test("plain sentences", arguments: plain)
    func plainSentences(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("abbreviations inside a sentence", arguments: abbreviations)
    func abbreviationsInside(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("abbreviations that end a sentence, judged by the next word", arguments: abbreviationEndsSentence)
    func abbreviationsAtEnd(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("initials and single letters", arguments: initials)
    func singleLetters(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("decimals, thousands, money and sentences starting with a number", arguments: numbers)
    func numberCases(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("numbered, lettered and bulleted lists", arguments: lists)
    func listCases(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("e-mail addresses and URLs", arguments: addresses)
    func addressCases(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("ellipses in the middle and at the end", arguments: ellipses)
    func ellipsisCases(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("doubled ?! and !!", arguments: doubledMarks)
    func doubledMarkCases(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("quotation marks and brackets after the final mark", arguments: quotesAndBrackets)
    func quoteCases(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("sentences starting with a quotation mark, a bracket or a digit", arguments: sentenceStarts)
    func startCases(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("dashes and interrupted quotes", arguments: dashes)
    func dashCases(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("times, No. and St.", arguments: timesAndAddresses)
    func timeCases(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("blank lines are hard breaks, single line breaks are spaces", arguments: lineBreaks)
    func lineBreakCases(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("other scripts", arguments: otherScripts)
    func otherScriptCases(_ c: Case) { #expect(Self.split(c.text) == c.expected) }

    @Test("the tables hold at least 70 cases, each satisfying the invariants")
    func tableInvariants() {
        #expect(Self.allCases.count >= 70)
        for c in Self.allCases { Self.checkInvariants(c.text) }
    }

    // MARK: - Offsets

    @Test("ranges are Unicode scalar offsets")
    func scalarOffsets() {
        // "é" written as e + combining acute is two scalars, one Character.
        let text = "Cafe\u{301} au lait? Oui. “Très bien.” 👍🏽 Fin."
        let ranges = SentenceSplitter.sentences(in: text)
        let scalars = Array(text.unicodeScalars)
        let pieces = ranges.map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(pieces == ["Cafe\u{301} au lait?", "Oui.", "“Très bien.”", "👍🏽 Fin."])
        #expect(ranges.first == 0..<14)
        #expect(pieces == SentenceSplitter.sentenceTexts(in: text))
    }

    @Test("the scalar decoder agrees with String.unicodeScalars")
    func decoder() {
        let text = "ASCII, é, “quotes”, 中文, 👍🏽, \u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"
        #expect(SentenceSplitter.unicodeScalars(of: text) == Array(text.unicodeScalars))
        #expect(SentenceSplitter.unicodeScalars(of: "").isEmpty)
    }

    // MARK: - Word lists

    @Test("the word lists load and are well formed")
    func wordLists() {
        let rules = SentenceSplitter.rules
        #expect(rules.abbreviations.count > 100)
        #expect(rules.starters.count > 100)
        #expect(rules.kind(of: "Dr", capitalised: true) == .neverEnds)
        #expect(rules.kind(of: "U.S", capitalised: true) == .mayEnd)
        #expect(rules.kind(of: "etc", capitalised: false) == .endsBeforeCapital)
        #expect(rules.kind(of: "Inc", capitalised: true) == .mayEnd)
        #expect(rules.kind(of: "gen", capitalised: false) == nil)  // "Gen." only with a capital
        #expect(rules.starters.contains("the") && rules.starters.contains("then"))
        for row in WordList.rows("sentence-abbreviations.txt") {
            #expect(row.count == 1 && row[0].hasSuffix("."), "\(row)")
        }
        for row in WordList.rows("sentence-final-abbreviations.txt") {
            #expect(row[0].hasSuffix(".") && (row.count == 1 || row == [row[0], "capital"]), "\(row)")
        }
        for row in WordList.rows("sentence-starters.txt") {
            #expect(row.count == 1 && row[0] == row[0].lowercased() && !row[0].contains("."), "\(row)")
        }
    }

    // MARK: - Properties

    /// Every range non-empty, in order, not overlapping, trimmed, and every non-space scalar of
    /// the text in one of them.
    static func checkInvariants(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(text.unicodeScalars)
        let ranges = SentenceSplitter.sentences(in: text)
        var covered = 0
        for (k, range) in ranges.enumerated() {
            #expect(!range.isEmpty, "empty range in \(text.debugDescription)", sourceLocation: sourceLocation)
            #expect(range.lowerBound >= covered && range.upperBound <= scalars.count,
                    "range \(k) out of order in \(text.debugDescription)", sourceLocation: sourceLocation)
            guard !range.isEmpty, range.lowerBound >= covered, range.upperBound <= scalars.count else { return }
            #expect(!CharacterClass.isSpace(scalars[range.lowerBound]) && !CharacterClass.isSpace(scalars[range.upperBound - 1]),
                    "untrimmed range in \(text.debugDescription)", sourceLocation: sourceLocation)
            for gap in covered..<range.lowerBound where !CharacterClass.isSpace(scalars[gap]) {
                Issue.record("scalar \(gap) not covered in \(text.debugDescription)", sourceLocation: sourceLocation)
            }
            covered = range.upperBound
        }
        for gap in covered..<scalars.count where !CharacterClass.isSpace(scalars[gap]) {
            Issue.record("scalar \(gap) not covered in \(text.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    static let wordPool = [
        "the", "The", "council", "said", "It", "Then", "he", "She", "U.S.", "U.K.", "Dr.", "Mr.", "Mrs.", "Inc.",
        "Co.", "etc.", "e.g.", "i.e.", "a.m.", "p.m.", "No.", "St.", "J.", "W.", "I.", "p.", "3.14", "1,000.50",
        "$2.5", "12.", "1.", "2.", "a.", "b)", "1)", "www.example.com/a.html", "jane.doe@example.org", "Café", "naïve",
        "中文", "👍🏽", "iPhone", "eBay", "(see", "page", "1)", "[...]", "“Why?”", "“Stop.”", "(This", "is", "it.)",
        "don’t", "’90s", "—", "–", "•", "⁃", "x", "Z", "ok", "...", "…", ".", "?", "!", "?!", "!!", ". . .", "“", "”",
        "\"", "'", "(", ")", "[", "]", "«", "»", "¿", "¡", "。", "Jr.'s", "U.S.-led", "N°.",
    ]
    static let separatorPool = [
        " ", " ", " ", " ", " ", "  ", ". ", "? ", "! ", ", ", "... ", "… ", " . . . ", ".” ", "?” ", "!) ", "—",
        "\u{A0}", "\t", "\n", "\n\n", " \n \n ", "\u{2029}", "\u{200B}", "", "\r\n",
    ]

    static func randomParagraph(_ rng: inout SeededRandom) -> String {
        var text = ""
        if Int.random(in: 0..<4, using: &rng) == 0 { text += separatorPool.randomElement(using: &rng)! }
        for _ in 0..<Int.random(in: 0...40, using: &rng) {
            text += wordPool.randomElement(using: &rng)!
            text += separatorPool.randomElement(using: &rng)!
        }
        return text
    }

    @Test("invariants hold on 500 random paragraphs")
    func randomParagraphs() {
        var rng = SeededRandom(seed: 20_240_601)
        for _ in 0..<500 {
            let text = Self.randomParagraph(&rng)
            Self.checkInvariants(text)
            #expect(SentenceSplitter.sentences(in: text) == SentenceSplitter.sentences(in: text))
        }
    }

    @Test("invariants hold on random runs of marks, spaces and line breaks")
    func randomMarks() {
        var rng = SeededRandom(seed: 7)
        let pool: [String] = [".", "!", "?", "…", " ", " ", "\n", ")", "”", "“", "(", "1", "a", "A", "I", "—", "•", "。", "\u{2029}"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...30, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
            Self.checkInvariants(text)
        }
    }

    /// Sentences built from parts that always start and end a sentence come back exactly.
    @Test("random well-formed sentences are split exactly where they were joined")
    func randomWellFormed() {
        var rng = SeededRandom(seed: 42)
        let openings = ["The", "It", "They", "But", "In", "We", "“We", "(The", "A", "Then", "12", "“Why"]
        let middles = ["council", "U.S. Navy", "Dr. Smith", "3.14 points", "e.g. Lyon", "5 p.m. Monday", "No. 10",
                       "J. R. R. Tolkien", "www.example.com/a.html", "the U.S. for", "Mt. Fuji", "he said — briefly —",
                       "one … two", "Jr.'s book", "approx. 300", "vs. Spain", "Café", "中文"]
        let endings = [".", "?", "!", "!!", "?!", "...", ".”", "?”", "!”", ".)", "…", ". . . ."]
        for _ in 0..<300 {
            var sentences: [String] = []
            var lastEnding: String?
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                // After an ellipsis only a capital starts a sentence ("counting 1... 2... 3").
                let afterEllipsis = lastEnding == "..." || lastEnding == "…"
                var words = [openings.filter { !afterEllipsis || $0 != "12" }.randomElement(using: &rng)!]
                for _ in 0..<Int.random(in: 1...4, using: &rng) { words.append(middles.randomElement(using: &rng)!) }
                words.append("end")
                let ending = endings.randomElement(using: &rng)!
                lastEnding = ending
                var sentence = words.joined(separator: " ") + ending
                if sentence.hasPrefix("“") && !sentence.hasSuffix("”") { sentence += "”" }
                if sentence.hasPrefix("(") && !sentence.hasSuffix(")") { sentence += ")" }
                sentences.append(sentence)
            }
            let text = sentences.joined(separator: " ")
            #expect(Self.split(text) == sentences, "\(text)")
        }
    }
}
