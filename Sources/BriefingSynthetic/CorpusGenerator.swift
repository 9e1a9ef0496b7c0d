import Briefing

/// Makes synthetic news articles for benchmarks and recall tests: page dumps in ten layouts,
/// on seven topics, with quotes, figures and dates planted from templates and recorded.
///
/// Article n depends only on the seed and n, so a corpus can be made in parallel, in any order,
/// or one article at a time, and comes out byte for byte the same.
public struct CorpusGenerator: Sendable {
    public let seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// Articles in one folder before the next is started.
    public static let filesPerFolder = 1000

    /// Publication dates fall between these days (2012-01-01 and 2026-06-30).
    static let firstDay = CalendarDate(year: 2012, month: 1, day: 1)!.dayNumber
    static let lastDay = CalendarDate(year: 2026, month: 6, day: 30)!.dayNumber

    public func article(_ n: Int) -> GeneratedArticle {
        var dice = Dice(seed: seed, article: n)
        let topic = dice.pick(Topic.all)
        let layout = dice.pick(PageLayout.allCases)
        let style = QuoteStyle(typographic: dice.chance(layout == .newsletter || layout == .metadataAtEnd ? 40 : 75))
        let published = CalendarDate(dayNumber: dice.number(in: Self.firstDay...Self.lastDay))!
        let cast = Cast(topic: topic, dice: &dice, style: style)

        var composer = Composer(dice: dice, cast: cast, style: style, published: published)
        var title = composer.line(composer.dice.pick(topic.headlines))
        if let first = title.unicodeScalars.first, first.properties.isLowercase {
            title = title.prefix(1).uppercased() + title.dropFirst()
        }
        if layout == .archive || composer.dice.chance(20) { title = Headline.titleCased(title) }
        let standfirst = composer.line(composer.dice.pick(topic.standfirsts))
        var related: [String] = []
        for _ in 0..<3 { related.append(composer.line(composer.dice.pick(Generic.related))) }
        let caption = composer.line(composer.dice.pick(Generic.captions))
        composer.writeBody(paragraphs: composer.paragraphTarget())
        dice = composer.dice

        // The author and editor are never among the people quoted.
        var authorGender: Names.Gender = .female
        var author = ""
        var editor = ""
        while author.isEmpty || editor.isEmpty {
            let gender: Names.Gender = dice.chance(50) ? .female : .male
            let name = dice.pick(gender == .female ? Names.female : Names.male) + " " + style.styled(dice.pick(Names.surnames))
            guard !cast.people.contains(where: { name.hasSuffix(" " + $0.surname) || name.hasPrefix($0.given + " ") }) else { continue }
            if author.isEmpty {
                author = name
                authorGender = gender
            } else if !name.hasSuffix(String(author.split(separator: " ").last ?? "")) {
                editor = name
            }
        }
        let agency = dice.pick(Places.agencies)
        let outlet = layout == .wire ? agency.short : dice.pick(Places.outlets)
        let photographerGiven = dice.pick(dice.chance(50) ? Names.female : Names.male)
        let slug = Headline.slug(title)
        let content = PageContent(
            title: title, standfirst: standfirst, author: author, authorGender: authorGender, outlet: outlet,
            published: published, hour: dice.number(in: 6...21), minute: dice.number(in: 0...59),
            section: dice.pick(topic.sections), paragraphs: composer.paragraphs, related: related,
            tags: [dice.pick(topic.sections), cast.city.name, Headline.titleCased(dice.pick(topic.issues))],
            city: cast.city, agency: agency, editor: editor, pictureSource: dice.pick(Places.pictureSources),
            photographer: String(photographerGiven.prefix(1)) + ". " + dice.pick(Names.surnames), caption: caption,
            slug: slug)
        let bytes = PageWriter.render(layout, content: content, dice: dice)

        let truth = ArticleTruth(
            layout: layout, topic: topic.name, title: title, author: author, outlet: outlet, published: published.iso8601,
            quotes: composer.quotes, figures: composer.figures, dates: composer.dates, scareQuotes: composer.scareQuotes,
            paragraphCount: composer.paragraphs.count)
        return GeneratedArticle(fileName: Self.fileName(n, slug: slug, extension: layout.fileExtension), bytes: bytes, truth: truth)
    }

    /// "0001/001234-police-arrest-three-suspects.txt": a folder per thousand articles, numbers
    /// padded so names sort in article order.
    static func fileName(_ n: Int, slug: String, extension ext: String) -> String {
        var text = ByteText(capacity: 64)
        let folder = n / filesPerFolder
        for divisor in [1000, 100, 10] where folder < divisor { text.add(byte: UInt8(ascii: "0")) }
        text.add(int: folder)
        text.add(byte: UInt8(ascii: "/"))
        for divisor in [100_000, 10_000, 1000, 100, 10] where n < divisor { text.add(byte: UInt8(ascii: "0")) }
        text.add(int: n)
        text.add(byte: UInt8(ascii: "-"))
        text.add(slug)
        text.add(byte: UInt8(ascii: "."))
        text.add(ext)
        return text.string(from: 0)
    }
}
