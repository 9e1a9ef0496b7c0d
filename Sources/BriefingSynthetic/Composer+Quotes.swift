/// Paragraphs that quote someone, in the forms news copy uses, each planted in the truth with
/// its kind, its form and its speaker.
extension Composer {
    // MARK: - Recording

    mutating func plant(_ kind: PlantedQuote.Kind, _ form: PlantedQuote.Form, person p: Int, from start: Int, to end: Int) {
        quotes.append(PlantedQuote(kind: kind, form: form, speaker: cast.people[p].fullName, speakerIsOrganisation: false,
                                   text: text.string(from: start, to: end), paragraph: paragraphIndex))
    }

    mutating func plant(_ kind: PlantedQuote.Kind, _ form: PlantedQuote.Form, organisation o: Int, from start: Int, to end: Int) {
        quotes.append(PlantedQuote(kind: kind, form: form, speaker: cast.organisations[o].name, speakerIsOrganisation: true,
                                   text: text.string(from: start, to: end), paragraph: paragraphIndex))
    }

    // MARK: - Quoted words

    /// How a quotation ends where the writer's sentence goes on.
    enum QuoteEnd {
        /// “…,” said … — the last full stop becomes a comma (a question mark stays).
        case beforeCue
        /// said: “….” — the sentence ends inside the marks.
        case closed
        /// A paragraph of a quote that runs on: no closing mark.
        case open
    }

    /// Writes `sentences` first-person sentences in quotation marks (the last a question when
    /// asked) in the voice of person `speaker` (an official, or someone quoted for themselves) or
    /// of an organisation (nil); returns where the words are, for the truth.
    @discardableResult
    mutating func writeQuotation(by speaker: Int?, sentences: Int, end: QuoteEnd, question: Bool = false) -> Range<Int> {
        text.add(style.open)
        let start = text.count
        let official = speaker.map { cast.people[$0].organisation != nil } ?? true
        for i in 0..<sentences {
            if i > 0 { text.add(byte: UInt8(ascii: " ")) }
            if question && i == sentences - 1 {
                write(dice.pick(cast.topic.questions))
            } else if official {
                write(fresh(cast.topic.statements, used: \.usedStatements))
            } else {
                write(fresh(cast.topic.testimonies, used: \.usedTestimonies))
            }
        }
        var wordsEnd = text.count
        if end == .beforeCue, text.bytes.last == UInt8(ascii: ".") {
            text.bytes[text.count - 1] = UInt8(ascii: ",")
            wordsEnd -= 1
        }
        if end != .open { text.add(style.close) }
        return start..<wordsEnd
    }

    /// The verb of a cue after a quotation, for someone already quoted or not.
    mutating func cueVerb(question: Bool, quotedBefore: Bool) -> String {
        if question { return "asked" }
        return dice.pick(quotedBefore ? ["said", "said", "said", "added", "explained", "insisted", "warned"] : ["said", "said", "said", "warned", "explained"])
    }

    func hasQuoted(_ p: Int) -> Bool {
        quotes.contains { !$0.speakerIsOrganisation && $0.speaker == cast.people[p].fullName }
    }

    // MARK: - Direct quotes

    /// “…,” said Amara Okonkwo, a spokesperson for … / “…,” Okonkwo said. / “…,” she added. /
    /// “…,” the minister said. Sometimes the quote resumes after the cue: “…,” she said. “…”
    mutating func writeDirectCueAfter(_ p: Int) {
        let question = dice.chance(8)
        let words = writeQuotation(by: p, sentences: dice.number(in: 1...2), end: .beforeCue, question: question)
        let form = writeCueAfter(p, question: question)
        plant(.direct, form, person: p, from: words.lowerBound, to: words.upperBound)
        if dice.chance(30) {
            text.add(byte: UInt8(ascii: " "))
            let more = writeQuotation(by: p, sentences: 1, end: .closed)
            plant(.direct, .split, person: p, from: more.lowerBound, to: more.upperBound)
        }
    }

    /// The cue after a quotation, with its full stop: "said Amara Okonkwo, a spokesperson for
    /// …", "Okonkwo told reporters", "she added", "the minister said". Returns the form it makes.
    mutating func writeCueAfter(_ p: Int, question: Bool) -> PlantedQuote.Form {
        text.add(byte: UInt8(ascii: " "))
        let verb = cueVerb(question: question, quotedBefore: hasQuoted(p))
        var form = PlantedQuote.Form.cueAfter
        if !cast.people[p].introduced {
            switch dice.below(3) {
            case 0:
                text.add(verb)
                text.add(byte: UInt8(ascii: " "))
                writeIntroduction(p)
            case 1:
                if writeTitled(p, sentenceStart: false) { text.add(byte: UInt8(ascii: ",")) }
                text.add(byte: UInt8(ascii: " "))
                text.add(verb)
            default:
                writeIntroduction(p)
                text.add(", ")
                text.add(verb)
            }
        } else {
            let reference = reference(for: p)
            switch reference {
            case .pronoun: form = .pronoun
            case .roleNoun: form = .roleNoun
            default: break
            }
            // Inversion ("said Okonkwo") suits names; pronouns and role nouns come first.
            if (reference == .surname || reference == .fullName) && dice.chance(45) {
                text.add(verb)
                text.add(byte: UInt8(ascii: " "))
                writeReference(p, reference, sentenceStart: false)
            } else {
                writeReference(p, reference, sentenceStart: false)
                text.add(byte: UInt8(ascii: " "))
                if verb == "said", !question, dice.chance(20) { text.add("told reporters") } else { text.add(verb) }
            }
        }
        text.add(byte: UInt8(ascii: "."))
        return form
    }

    /// A sentence-opening phrase that sets the scene before a cue ("Speaking to reporters on
    /// Tuesday, "), or nothing.
    mutating func writeSceneSetter() {
        switch dice.below(6) {
        case 0:
            text.add("Speaking to reporters ")
            write(.weekday)
            text.add(", ")
        case 1:
            text.add("At a press conference in ")
            write(.city)
            text.add(", ")
        case 2:
            text.add("In an interview ")
            write(.weekday)
            text.add(", ")
        default:
            break
        }
    }

    /// Okonkwo said: “….” / Police spokesperson Amara Okonkwo said: “….”
    mutating func writeDirectCueBefore(_ p: Int, end: QuoteEnd = .closed) {
        let sentenceStart = text.count
        writeSceneSetter()
        let atStart = text.count == sentenceStart
        var form = PlantedQuote.Form.cueBefore
        if cast.people[p].introduced {
            let reference = reference(for: p)
            if reference == .pronoun { form = .pronoun }
            if reference == .roleNoun { form = .roleNoun }
            writeReference(p, reference, sentenceStart: atStart)
        } else {
            writeSpeaker(p, sentenceStart: atStart)
        }
        text.add(byte: UInt8(ascii: " "))
        text.add(hasQuoted(p) ? dice.pick(["said", "added", "said", "went on"]) : dice.pick(["said", "said", "stated", "explained"]))
        text.add(": ")
        let words = writeQuotation(by: p, sentences: dice.number(in: 1...3), end: end)
        plant(.direct, form, person: p, from: words.lowerBound, to: words.upperBound)
    }

    /// Okonkwo said: ⏎ “….” — the cue closes one paragraph and the quote is the next.
    mutating func writeDirectNextParagraph(_ p: Int) {
        let sentenceStart = text.count
        writeSceneSetter()
        writeSpeaker(p, sentenceStart: text.count == sentenceStart)
        text.add(byte: UInt8(ascii: " "))
        text.add(dice.pick(hasQuoted(p) ? ["said", "said", "told reporters", "added"] : ["said", "said", "stated", "told reporters"]))
        text.add(byte: UInt8(ascii: ":"))
        endParagraph()
        let words = writeQuotation(by: p, sentences: dice.number(in: 2...3), end: .closed)
        plant(.direct, .colonNextParagraph, person: p, from: words.lowerBound, to: words.upperBound)
        endParagraph()
    }

    /// A quotation over two or three paragraphs: each opens with a quotation mark, only the last
    /// closes, and only the first has a cue.
    mutating func writeDirectOverParagraphs(_ p: Int) {
        if dice.chance(50) {
            writeDirectCueBefore(p, end: .open)
        } else {
            let first = writeQuotation(by: p, sentences: 1, end: .beforeCue)
            let form = writeCueAfter(p, question: false)
            plant(.direct, form, person: p, from: first.lowerBound, to: first.upperBound)
            text.add(byte: UInt8(ascii: " "))
            let second = writeQuotation(by: p, sentences: 1, end: .open)
            plant(.direct, .split, person: p, from: second.lowerBound, to: second.upperBound)
        }
        endParagraph()
        let more = dice.number(in: 1...2)
        for i in 0..<more {
            let words = writeQuotation(by: p, sentences: dice.number(in: 1...2), end: i == more - 1 ? .closed : .open)
            plant(.direct, .continuation, person: p, from: words.lowerBound, to: words.upperBound)
            endParagraph()
        }
    }

    // MARK: - Partial quotes

    /// Okonkwo called the closure “a betrayal of the workforce”. / She warned of “a difficult winter”.
    mutating func writePartial(_ p: Int) {
        let fragments: [String]
        writeSpeaker(p, sentenceStart: true)
        text.add(byte: UInt8(ascii: " "))
        switch dice.below(5) {
        case 0:
            text.add("called ")
            write(.eventRef)
            text.add(byte: UInt8(ascii: " "))
            fragments = cast.topic.verdicts
        case 1:
            text.add("described ")
            write(.eventRef)
            text.add(" as ")
            fragments = cast.topic.verdicts
        case 2:
            text.add("said the response had been ")
            fragments = cast.topic.verdicts
        case 3:
            text.add(dice.pick(["promised ", "pledged "]))
            fragments = cast.topic.pledges
        default:
            text.add("warned of ")
            fragments = cast.topic.warnings
        }
        text.add(style.open)
        let wordsStart = text.count
        text.add(style.styled(dice.pick(fragments)))
        let wordsEnd = text.count
        // Style guides differ on the full stop: inside the marks in American copy, outside in British.
        if punctuationInside {
            text.add(byte: UInt8(ascii: "."))
            text.add(style.close)
        } else {
            text.add(style.close)
            text.add(byte: UInt8(ascii: "."))
        }
        plant(.partial, .fragment, person: p, from: wordsStart, to: wordsEnd)
    }

    // MARK: - Reported speech

    /// A reported clause, lowercase, without its full stop; returns where it is.
    mutating func writeClause(capitalized: Bool = false) -> Range<Int> {
        let start = text.count
        write(dice.pick(cast.topic.clauses))
        if capitalized { capitalize(at: start) }
        return start..<text.count
    }

    /// Okonkwo said (that) … / According to Okonkwo, … / …, Okonkwo said.
    mutating func writeIndirect(_ p: Int) {
        switch dice.below(6) {
        case 0, 1, 2:
            writeSpeaker(p, sentenceStart: true)
            text.add(byte: UInt8(ascii: " "))
            let verbs = hasQuoted(p) ? ["said", "added", "told reporters", "insisted", "explained", "stressed", "warned"]
                                     : ["said", "said", "told reporters", "warned", "explained", "argued"]
            let verb = dice.pick(verbs)
            text.add(verb)
            // "that" may go only after verbs that read naturally without it.
            text.add(["said", "told reporters", "insisted"].contains(verb) && dice.chance(40) ? " " : " that ")
            let clause = writeClause()
            text.add(byte: UInt8(ascii: "."))
            plant(.indirect, .reported, person: p, from: clause.lowerBound, to: clause.upperBound)
        case 3, 4:
            text.add("According to ")
            if cast.people[p].introduced {
                writeReference(p, reference(for: p, allowPronoun: false), sentenceStart: false)
            } else if dice.chance(50) {
                writeTitled(p, sentenceStart: false)
            } else {
                writeIntroduction(p)
            }
            text.add(", ")
            let clause = writeClause()
            text.add(byte: UInt8(ascii: "."))
            plant(.indirect, .accordingTo, person: p, from: clause.lowerBound, to: clause.upperBound)
        default:
            let clause = writeClause(capitalized: true)
            text.add(", ")
            if cast.people[p].introduced {
                writeReference(p, reference(for: p), sentenceStart: false)
                text.add(" said")
            } else {
                text.add("said ")
                writeIntroduction(p)
            }
            text.add(byte: UInt8(ascii: "."))
            plant(.indirect, .reportedCueAfter, person: p, from: clause.lowerBound, to: clause.upperBound)
        }
    }

    // MARK: - Organisations

    /// An organisation as a cue names it: by name the first time, then by name or by what it is
    /// ("the ministry", "police").
    mutating func writeOrganisationName(_ o: Int, sentenceStart: Bool) {
        let start = text.count
        if organisationMentioned[o], dice.chance(60) {
            text.add(cast.organisations[o].ref)
        } else {
            write(organisation: o)
        }
        if sentenceStart { text.capitalize(at: start) }
    }

    /// The ministry said in a statement that … / According to the agency, … / “…,” police said.
    mutating func writeStatement(_ o: Int) {
        switch dice.below(4) {
        case 0:
            writeOrganisationName(o, sentenceStart: true)
            text.add(" said in a statement that ")
            let clause = writeClause()
            text.add(byte: UInt8(ascii: "."))
            plant(.indirect, .statement, organisation: o, from: clause.lowerBound, to: clause.upperBound)
        case 1:
            text.add("In a statement, ")
            writeOrganisationName(o, sentenceStart: false)
            text.add(" said ")
            let clause = writeClause()
            text.add(byte: UInt8(ascii: "."))
            plant(.indirect, .statement, organisation: o, from: clause.lowerBound, to: clause.upperBound)
        case 2:
            text.add("According to ")
            writeOrganisationName(o, sentenceStart: false)
            text.add(", ")
            let clause = writeClause()
            text.add(byte: UInt8(ascii: "."))
            plant(.indirect, .accordingTo, organisation: o, from: clause.lowerBound, to: clause.upperBound)
        default:
            let words = writeQuotation(by: nil, sentences: 1, end: .beforeCue)
            text.add(byte: UInt8(ascii: " "))
            writeOrganisationName(o, sentenceStart: false)
            text.add(dice.chance(50) ? " said in a statement." : " said.")
            plant(.direct, .statement, organisation: o, from: words.lowerBound, to: words.upperBound)
        }
    }
}
