/// The order of an article: a lead that says what happened, then quotes, reported speech and
/// background in the proportions news stories show, ending wherever the length drawn for it ends.
extension Composer {
    /// A line outside the body (headline, standfirst): written alone, and nothing in it is
    /// planted, since the parser keeps such lines out of the paragraphs.
    mutating func line(_ template: Template) -> String {
        let saved = (text, figureStarts, dateStarts)
        let mentioned = organisationMentioned
        let counts = (figures.count, dates.count, scareQuotes.count)
        text = ByteText(capacity: 128)
        figureStarts = []
        dateStarts = []
        write(template)
        let result = text.string(from: 0)
        (text, figureStarts, dateStarts) = saved
        organisationMentioned = mentioned
        figures.removeSubrange(counts.0...)
        dates.removeSubrange(counts.1...)
        scareQuotes.removeSubrange(counts.2...)
        return result
    }

    /// How many body paragraphs an article gets: 6 to 40, most of them short, as on news sites.
    mutating func paragraphTarget() -> Int {
        let u = dice.unit()
        return 6 + Int(34 * u * u)
    }

    /// Below this many bytes of body a page would hold hardly a story: short articles get a
    /// paragraph more until they reach it.
    static let minimumBodyBytes = 800

    mutating func writeBody(paragraphs target: Int) {
        writeLead()
        // Long reads also have longer paragraphs of background.
        let backgroundSentences = target > 24 ? 2...4 : 1...3
        var bodyBytes = paragraphs.reduce(0) { $0 + $1.count }
        while paragraphs.count < target || (bodyBytes < Self.minimumBodyBytes && paragraphs.count < 40) {
            let before = paragraphs.count
            var roll = dice.below(100)
            // Quotes over several paragraphs need room under the 40-paragraph ceiling.
            if (33..<41).contains(roll), paragraphs.count > 37 { roll = 0 }
            switch roll {
            case 0..<24: writeDirectCueAfter(pickSpeaker())
            case 24..<33: writeDirectCueBefore(pickSpeaker())
            case 33..<37: writeDirectNextParagraph(pickSpeaker())
            case 37..<41: writeDirectOverParagraphs(pickSpeaker())
            case 41..<50: writePartial(pickSpeaker())
            case 50..<63:
                let p = pickSpeaker()
                writeIndirect(p)
                // Reported speech often leads into the speaker's own words.
                if dice.chance(25) {
                    text.add(byte: UInt8(ascii: " "))
                    writeDirectCueAfter(p)
                }
            case 63..<70: writeStatement(dice.below(cast.organisations.count))
            case 70..<73 where usedScares.count < cast.topic.scares.count:
                write(fresh(cast.topic.scares, used: \.usedScares))
                if dice.chance(50) { writeBackgroundSentence(leadingSpace: true) }
            default:
                for i in 0..<dice.number(in: backgroundSentences) { writeBackgroundSentence(leadingSpace: i > 0) }
            }
            endParagraph()
            for paragraph in paragraphs[before...] { bodyBytes += paragraph.count }
        }
    }

    mutating func writeBackgroundSentence(leadingSpace: Bool) {
        if leadingSpace { text.add(byte: UInt8(ascii: " ")) }
        write(fresh(cast.topic.background, used: \.usedBackground))
    }

    /// The opening paragraph: what happened, perhaps attributed to the main organisation as
    /// wire copy does ("…, police said on Tuesday."), perhaps with a sentence of context.
    mutating func writeLead() {
        let start = text.count
        write(dice.pick(cast.topic.leads))
        let end = text.count
        if dice.chance(40) {
            let organisation = cast.organisations[0]
            text.add(", ")
            if organisationMentioned[0] { text.add(organisation.ref) } else { write(organisation: 0) }
            text.add(" said")
            if dice.chance(50) {
                text.add(byte: UInt8(ascii: " "))
                write(.weekday)
            }
            text.add(byte: UInt8(ascii: "."))
            plant(.indirect, .reportedCueAfter, organisation: 0, from: start, to: end)
        } else {
            text.add(byte: UInt8(ascii: "."))
        }
        if dice.chance(50) { writeBackgroundSentence(leadingSpace: true) }
        endParagraph()
    }
}
