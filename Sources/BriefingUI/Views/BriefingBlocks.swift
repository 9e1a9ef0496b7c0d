import Briefing

/// How each item of the briefing reads, built from the model when it is shown. Entries are
/// indented under their section's heading and wrap with a hanging indent, so the text of one
/// entry lines up apart from its marker; long text is cut after a few rows with "…", which
/// bounds the work an item costs (the reader has the rest, one Enter away).
enum BriefingBlocks {
    /// Columns entries are indented by under their headings.
    static let indent = 2
    /// The most rows each kind of text wraps to.
    static let headlineLines = 3
    static let articleLines = 2
    static let quoteLines = 8
    static let figureLines = 3
    static let eventLines = 6
    static let summaryLines = 8
    /// Other values shown for a figure the sources disagree on.
    static let disagreements = 2

    static func block(_ state: ReaderState, _ item: BriefingItem, width: Int) -> BriefingBlock {
        guard state.briefing.stories.indices.contains(item.story) else { return BriefingBlock(rows: [], isEntry: item.isEntry) }
        let story = state.briefing.stories[item.story]
        let rows: [BriefingRow] = switch item.kind {
        case .headline: headline(state, story, number: item.story, width: width)
        case .heading(let section): [BriefingRow(indent: 0, text: StyledText(heading(section, story), .strong).truncated(toWidth: width))]
        case .article(let i): article(state, story, i, width: width)
        case .person(let i): person(state, story, i, width: width)
        case .figure(let i): figure(state, story: item.story, i, width: width)
        case .event(let i): event(state, story, i, width: width)
        case .summarySource(let a): summarySource(state, a, width: width)
        case .summary(let a, let i): summary(state, a, i, width: width)
        case .gap: []
        }
        return BriefingBlock(rows: rows, isEntry: item.isEntry)
    }

    // MARK: - Headings

    /// The headline, then a line placing the story among the others: how many articles, and
    /// the dates they were published between.
    private static func headline(_ state: ReaderState, _ story: Story, number: Int, width: Int) -> [BriefingRow] {
        var rows = StyledText(story.headline, .heading).wrapped(width: width, maxLines: headlineLines).map { BriefingRow(indent: 0, text: $0) }
        var about = "Story \(NumberText.grouped(number + 1)) of \(NumberText.grouped(state.briefing.stories.count))"
        about += " · " + NumberText.counted(story.articles.count, "article")
        if let (first, last) = state.briefing.dates(ofStory: number, articles: state.model.articles) {
            about += " · " + (first == last ? first : "\(first) to \(last)")
        }
        rows.append(BriefingRow(indent: 0, text: StyledText(about, .dim).truncated(toWidth: width)))
        return rows
    }

    static func heading(_ section: BriefingSection, _ story: Story) -> String {
        switch section {
        case .articles: "Articles (\(NumberText.grouped(story.articles.count)))"
        case .people: "Key people (\(NumberText.grouped(story.people.count)))"
        case .figures: "Key figures (\(NumberText.grouped(story.figures.count)))"
        case .timeline: "Timeline (\(NumberText.grouped(story.timeline.count)))"
        case .summary: story.articles.count > 1 ? "Summaries" : "Summary"
        }
    }

    // MARK: - Entries

    /// "Outlet · date · title": where and when first, as an analyst weighs a source.
    private static func article(_ state: ReaderState, _ story: Story, _ i: Int, width: Int) -> [BriefingRow] {
        guard story.articles.indices.contains(i), state.model.articles.indices.contains(story.articles[i]) else { return [] }
        let article = state.model.articles[story.articles[i]]
        var text = StyledText(source(article), .dim)
        if let date = article.published { text.append(" · " + date, .dim) }
        text.append(" · ", .dim)
        text.append(article.displayTitle, .normal)
        return hanging(text, width: width, hang: 2, maxLines: articleLines)
    }

    /// Who published an article: the outlet, else the author, else the file.
    static func source(_ article: Article) -> String {
        article.outlet ?? article.author ?? article.id
    }

    /// The name, role and kind of quote on one line; the strongest quote under it.
    private static func person(_ state: ReaderState, _ story: Story, _ i: Int, width: Int) -> [BriefingRow] {
        guard story.people.indices.contains(i) else { return [] }
        let person = story.people[i]
        let quote = person.quote.flatMap(state.index.ref(ofQuote:)).flatMap { ref in
            state.model.quotes.indices.contains(ref.article) && state.model.quotes[ref.article].indices.contains(ref.index)
                ? state.model.quotes[ref.article][ref.index] : nil
        }
        var line = StyledText(person.name, .strong)
        if let role = person.role, !role.isEmpty { line.append(" · " + role, .dim) }
        if let quote {
            line.append(" · ", .dim)
            line.append(quote.kind.rawValue, quote.kind.style)
        } else {
            line.append(" · not quoted in this story", .dim)
        }
        var rows = hanging(line, width: width, hang: 2, maxLines: 2)
        if let quote {
            let text = quote.kind == .indirect ? quote.text : "“\(quote.text)”"
            rows += StyledText(text, .normal).wrapped(width: width - indent - 2, maxLines: quoteLines)
                .map { BriefingRow(indent: indent + 2, text: $0) }
        }
        return rows
    }

    /// "• figure · who gave it"; "≠" instead of the bullet, and the other values under it,
    /// when sources disagree.
    private static func figure(_ state: ReaderState, story s: Int, _ i: Int, width: Int) -> [BriefingRow] {
        guard let figure = state.storyFigure(s, i) else { return [] }
        let story = state.briefing.stories[s]
        let key = state.model.keyFigures[story.figures[i]]
        let others = key.discrepancies.filter { state.model.keyFigures.indices.contains($0) }
        var text = others.isEmpty ? StyledText("• ", .dim) : StyledText("≠ ", .warning)
        text.append(figure.text, .normal)
        if let speaker = figure.speaker { text.append(" · " + speaker, .dim) }
        var rows = hanging(text, width: width, hang: 2, maxLines: figureLines)
        if !others.isEmpty {
            let values = others.prefix(disagreements).map { state.model.figure(state.model.keyFigures[$0].representative).text }
            var note = "other sources: " + values.joined(separator: "; ")
            if others.count > disagreements { note += "; \(NumberText.grouped(others.count - disagreements)) more" }
            rows += StyledText(note, .warning).wrapped(width: width - indent - 2, maxLines: 2).map { BriefingRow(indent: indent + 2, text: $0) }
        }
        return rows
    }

    /// "date — event", the event wrapped beside the date; "?" after a date the articles do
    /// not settle.
    private static func event(_ state: ReaderState, _ story: Story, _ i: Int, width: Int) -> [BriefingRow] {
        guard story.timeline.indices.contains(i), state.model.timeline.indices.contains(story.timeline[i]) else { return [] }
        let event = state.model.timeline[story.timeline[i]]
        var text = StyledText(event.date, event.certain ? .strong : .warning)
        if !event.certain { text.append("?", .warning) }
        text.append(" — ", .dim)
        if event.kind == .published { text.append("published or updated: ", .dim) }
        text.append(event.event, .normal)
        let hang = min(DisplayWidth.of(event.date) + (event.certain ? 0 : 1) + 3, max(2, (width - indent) / 3))
        return hanging(text, width: width, hang: hang, maxLines: eventLines)
    }

    /// In a story of several articles, which article the summary sentences below come from.
    private static func summarySource(_ state: ReaderState, _ a: Int, width: Int) -> [BriefingRow] {
        guard state.model.articles.indices.contains(a) else { return [] }
        let article = state.model.articles[a]
        let text = StyledText("From " + source(article) + " · " + article.displayTitle, .dim)
        return [BriefingRow(indent: indent, text: text.truncated(toWidth: width - indent))]
    }

    private static func summary(_ state: ReaderState, _ a: Int, _ i: Int, width: Int) -> [BriefingRow] {
        guard let sentence = state.summarySentence(article: a, i) else { return [] }
        var text = StyledText("– ", .dim)
        text.append(sentence.text, .normal)
        return hanging(text, width: width, hang: 2, maxLines: summaryLines)
    }

    /// Text indented under its heading, wrapped with its later rows `hang` columns further in,
    /// so they line up with the text after the first row's marker or date.
    private static func hanging(_ text: StyledText, width: Int, hang: Int, maxLines: Int) -> [BriefingRow] {
        let room = width - indent
        // Too narrow to hang: every row as wide as the first.
        let hang = room > hang + 8 ? hang : 0
        return text.wrapped(firstWidth: room, width: room - hang, maxLines: maxLines).enumerated().map {
            BriefingRow(indent: indent + ($0.offset == 0 ? 0 : hang), text: $0.element)
        }
    }
}
