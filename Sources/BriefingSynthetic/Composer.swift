import Briefing

/// Writes one article's body, paragraph by paragraph, and records everything it plants as it
/// writes it: a figure or a date is entered in the truth by the very code that prints it, so the
/// truth cannot drift from the text.
struct Composer {
    var dice: Dice
    var cast: Cast
    let style: QuoteStyle
    let published: CalendarDate
    /// The paragraph being written.
    var text = ByteText(capacity: 1024)
    var paragraphs: [[UInt8]] = []
    var quotes: [PlantedQuote] = []
    var figures: [PlantedFigure] = []
    var dates: [PlantedDate] = []
    /// Where each figure and date starts in its paragraph, so one that ends up opening a
    /// sentence is recorded with its capital.
    var figureStarts: [Int] = []
    var dateStarts: [Int] = []
    var scareQuotes: [String] = []
    /// The person the text named last, and the paragraph where: only they may be "she" or "he"
    /// next, and only in that paragraph or the one after, as reporters write.
    var lastNamed: Int?
    var lastNamedParagraph = 0
    /// The person whose role is being written (for `{porg}`, `{domain}`, `{field}`).
    var rolePerson = 0
    /// Sentences already used, so no speaker repeats another's words in the same article.
    var usedStatements: [Int] = []
    var usedTestimonies: [Int] = []
    var usedBackground: [Int] = []
    var usedScares: [Int] = []
    /// The currency the article counts money in.
    let currency: Currency
    /// Whether a partial quote's full stop goes inside the marks (American style) or outside.
    let punctuationInside: Bool
    /// Which organisations the text has named, so "the ministry" only refers back.
    var organisationMentioned: [Bool]

    init(dice: Dice, cast: Cast, style: QuoteStyle, published: CalendarDate) {
        self.dice = dice
        self.cast = cast
        self.style = style
        self.published = published
        currency = Currency.forCountry(cast.city.country, dice: &self.dice)
        punctuationInside = self.dice.chance(40)
        organisationMentioned = Array(repeating: false, count: cast.organisations.count)
    }

    /// Ends the paragraph being written.
    mutating func endParagraph() {
        guard !text.bytes.isEmpty else { return }
        paragraphs.append(text.bytes)
        text.bytes.removeAll(keepingCapacity: true)
        figureStarts.removeAll(keepingCapacity: true)
        dateStarts.removeAll(keepingCapacity: true)
    }

    /// Puts the letter at `start` in capitals, and a figure or date starting there in the
    /// truth too ("Three people were …", "Last year, …").
    mutating func capitalize(at start: Int) {
        text.capitalize(at: start)
        for (i, figureStart) in figureStarts.enumerated().reversed() where figureStart == start {
            let index = figures.count - figureStarts.count + i
            figures[index].text = text.string(from: start, to: start + figures[index].text.utf8.count)
        }
        for (i, dateStart) in dateStarts.enumerated().reversed() where dateStart == start {
            let index = dates.count - dateStarts.count + i
            dates[index].text = text.string(from: start, to: start + dates[index].text.utf8.count)
        }
    }

    var paragraphIndex: Int { paragraphs.count }

    // MARK: - Templates

    /// Writes `template` into the paragraph.
    mutating func write(_ template: Template) {
        for piece in template.pieces {
            switch piece {
            case .text(let straight, let curly):
                text.add(style.typographic ? curly : straight)
            case .slot(let slot, let capitalized):
                let start = text.count
                write(slot)
                if capitalized { capitalize(at: start) }
            }
        }
    }

    mutating func write(_ slot: Template.Slot) {
        switch slot {
        case .city: text.add(cast.city.name)
        case .country: text.add(cast.city.country)
        case .org: write(organisation: 0)
        case .org2: write(organisation: cast.organisations.count > 1 ? 1 : 0)
        case .orgRef: text.add(cast.organisations[0].ref)
        case .event: text.add(style.styled(cast.event.mention))
        case .eventRef: text.add(style.styled(cast.event.ref))
        case .site: text.add(style.styled(dice.pick(cast.topic.sites)))
        case .group: text.add(style.styled(dice.pick(cast.topic.groups)))
        case .measure: text.add(dice.pick(cast.topic.measures))
        case .issue: text.add(dice.pick(cast.topic.issues))
        case .count(let noun, let low, let high, let qualified): writeCount(noun: noun, low: low, high: high, qualified: qualified)
        case .few(let noun): writeFew(noun: noun)
        case .percent(let low, let high): writePercent(low: low, high: high)
        case .money(let low, let high): writeMoney(low: low, high: high)
        case .duration(let length): writeDuration(length)
        case .age: writeAge(dice.number(in: 18...79))
        case .weekday: writeWeekday(withOn: true)
        case .day: writeWeekday(withOn: false)
        case .date: writeDate()
        case .month: writeMonth()
        case .year: writeYear()
        case .relative(let long): writeRelative(long: long)
        case .future: writeFuture()
        case .scare(let word):
            text.add(style.open)
            text.add(word)
            text.add(style.close)
            scareQuotes.append(word)
        case .personOrg: write(organisation: cast.people[rolePerson].organisation ?? 0)
        case .personOrgName: text.add(cast.organisations[cast.people[rolePerson].organisation ?? 0].name)
        case .domain: text.add(cast.organisations[cast.people[rolePerson].organisation ?? 0].domain)
        case .field: text.add(cast.people[rolePerson].field)
        }
    }

    /// An organisation as running text names it ("the Ministry of Health", "Arkwell Systems").
    mutating func write(organisation index: Int) {
        let organisation = cast.organisations[index]
        if organisation.takesThe { text.add("the ") }
        text.add(organisation.name)
        organisationMentioned[index] = true
    }

    /// One of `templates` not used yet in this article, while there is one (then any); `used`
    /// names the list of indices already taken.
    mutating func fresh(_ templates: [Template], used: WritableKeyPath<Composer, [Int]>) -> Template {
        let first = dice.below(templates.count)
        var index = first
        for step in 0..<templates.count {
            let candidate = (first + step) % templates.count
            if !self[keyPath: used].contains(candidate) {
                index = candidate
                break
            }
        }
        self[keyPath: used].append(index)
        return templates[index]
    }
}
