/// One story of the Markdown report: the headline, the articles that report it, who said what,
/// the key figures as a table, and the dated events. Each part is left out when the story has
/// nothing for it, so a viewer never shows an empty heading or table.
enum MarkdownStorySection {
    /// The report is a briefing, not the whole corpus: beyond these, a line says how many more
    /// there are and which command lists them all.
    static let maxFigures = 8
    static let maxEvents = 12

    static let figureHeader: [MarkdownText] = ["Figure", "What it counts", "Source", "Note"]

    static func append(_ story: Story, of model: AnalyzedCorpus, to document: inout MarkdownDocument) {
        let headline = story.headline.allSatisfy(\.isWhitespace) && model.articles.indices.contains(story.headlineArticle)
            ? model.articles[story.headlineArticle].displayTitle : story.headline
        document.heading(2, .text(headline))
        document.list(story.articles.filter(model.articles.indices.contains).map { articleLine(model.articles[$0]) })
        appendPeople(story, of: model, to: &document)
        appendFigures(story, of: model, to: &document)
        appendTimeline(story, of: model, to: &document)
    }

    /// "Outlet · 2021-03-04 · *Title*".
    static func articleLine(_ article: Article) -> MarkdownText {
        var parts: [MarkdownText] = [.text(ArticleCitation.source(article))]
        if let date = ArticleCitation.nonEmpty(article.published) { parts.append(.text(date)) }
        parts.append(.emphasis(article.displayTitle))
        return .joined(parts, separator: " · ")
    }

    // MARK: - Key people

    /// Each quoted person's strongest quote as a block quote with its attribution under it; the
    /// people the story names but does not quote in one list after them.
    static func appendPeople(_ story: Story, of model: AnalyzedCorpus, to document: inout MarkdownDocument) {
        guard !story.people.isEmpty else { return }
        document.heading(3, "Key people")
        var unquoted: [MarkdownText] = []
        for person in story.people {
            let who = [person.name, ArticleCitation.nonEmpty(person.role)].compactMap { $0 }.joined(separator: ", ")
            guard let id = person.quote, let quote = model.quote(id: id) else {
                unquoted.append(.text(who))
                continue
            }
            // Reported speech is the writer's wording: no quotation marks, and said so.
            let said: MarkdownText = quote.kind == .indirect
                ? .text(quote.text) + " " + .emphasis("(reported speech)")
                : .text("“\(quote.text)”")
            let source = model.articles.indices.contains(quote.article) ? ArticleCitation.cite(model.articles[quote.article]) : nil
            document.blockQuote([said, .text(["— " + who, source].compactMap { $0 }.joined(separator: " · "))])
        }
        if !unquoted.isEmpty {
            document.paragraph(unquoted.count == 1 ? "Also named:" : "Also named, not quoted:")
            document.list(unquoted)
        }
    }

    // MARK: - Key figures

    static func appendFigures(_ story: Story, of model: AnalyzedCorpus, to document: inout MarkdownDocument) {
        let keys = story.figures.filter(model.keyFigures.indices.contains)
        guard !keys.isEmpty else { return }
        document.heading(3, "Key figures")
        document.table(header: figureHeader, rows: keys.prefix(maxFigures).map { figureRow(model.keyFigures[$0], of: model) })
        if keys.count > maxFigures {
            document.paragraph(.emphasis("\(keys.count - maxFigures) more figures: briefing figures lists every one."))
        }
    }

    /// Figure | What it counts | Source | Note.
    static func figureRow(_ key: KeyFigure, of model: AnalyzedCorpus) -> [MarkdownText] {
        let figure = model.figure(key.representative)
        let article = model.articles[figure.article]
        var source = ArticleCitation.cite(article)
        if let speaker = ArticleCitation.nonEmpty(figure.speaker) { source += "; according to \(speaker)" }
        return [.text(number(of: figure)), .text(figure.unit.isEmpty ? figure.kind.rawValue : figure.unit), .text(source),
                note(for: key, figure: figure, of: model)]
    }

    /// The figure as written without the thing it counts: "more than 4,000" of "more than
    /// 4,000 residents", "tens of thousands" of "tens of thousands of users", since the next
    /// column says what is counted. Kept whole when the number alone would not read ("about a"
    /// of "about a month").
    static func number(of figure: Figure) -> String {
        guard !figure.unit.isEmpty, figure.text.hasSuffix(figure.unit) else { return figure.text }
        var number = figure.text.dropLast(figure.unit.count).trimmingSuffix { $0 == " " || $0 == "-" }
        if number.hasSuffix(" of") { number = number.dropLast(3) }
        let last = number.split(separator: " ").last?.lowercased()
        guard !number.isEmpty, last != "a", last != "an" else { return figure.text }
        return String(number)
    }

    /// Sources that disagree first (an analyst must see those), then the other outlets that
    /// report the same figure.
    static func note(for key: KeyFigure, figure: Figure, of model: AnalyzedCorpus) -> MarkdownText {
        var parts: [MarkdownText] = []
        for other in key.discrepancies.prefix(3) where model.keyFigures.indices.contains(other) {
            let o = model.figure(model.keyFigures[other].representative)
            parts.append(.strong("Disagrees:") + .text(" \(o.text) (\(ArticleCitation.cite(model.articles[o.article])))"))
        }
        var seen: Set<String> = [ArticleCitation.source(model.articles[figure.article])]
        let others = key.articles.filter { $0 != figure.article }.map { ArticleCitation.source(model.articles[$0]) }
            .filter { seen.insert($0).inserted }
        if !others.isEmpty {
            parts.append(.text("Also reported by " + others.prefix(3).joined(separator: ", ")
                               + (others.count > 3 ? " and \(others.count - 3) more" : "")))
        }
        return .joined(parts, separator: "; ")
    }

    // MARK: - Timeline

    /// "**2021-03-04** — event · Outlet", oldest first, "(uncertain)" after a guessed date.
    static func appendTimeline(_ story: Story, of model: AnalyzedCorpus, to document: inout MarkdownDocument) {
        let events = story.timeline.filter(model.timeline.indices.contains)
        guard !events.isEmpty else { return }
        document.heading(3, "Timeline")
        document.list(events.prefix(maxEvents).map { eventLine(model.timeline[$0], of: model) })
        if events.count > maxEvents {
            document.paragraph(.emphasis("\(events.count - maxEvents) more dated events: briefing timeline lists every one."))
        }
    }

    static func eventLine(_ event: TimelineEvent, of model: AnalyzedCorpus) -> MarkdownText {
        var date: MarkdownText = .strong(event.date)
        if !event.certain { date = date + " (uncertain)" }
        let what: MarkdownText = event.kind == .published ? "Published: " + .emphasis(event.event) : .text(event.event)
        var seen = Set<String>()
        let sources = ([event.article] + event.alsoIn).filter(model.articles.indices.contains)
            .map { ArticleCitation.source(model.articles[$0]) }.filter { seen.insert($0).inserted }
        return date + " — " + what + .text(sources.isEmpty ? "" : " · " + sources.joined(separator: ", "))
    }
}

extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }
}
