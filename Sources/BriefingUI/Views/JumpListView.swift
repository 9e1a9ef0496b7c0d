import Briefing

/// One entry of a full-screen list (a key figure, a dated event, a name, a mention of a name):
/// a heading with a note on the right and a few lines of context. Where Enter leads is the
/// state's business (`ReaderState.listTarget`), not the view's.
struct JumpItem {
    var heading: String
    var headingStyle: Style = .strong
    var note: String
    var lines: [(text: String, style: Style)]
    /// Scalars of a line set off as a search match (line index → scalar offsets in its text).
    var marks: [Int: Range<Int>] = [:]

    /// Heading, lines and a blank line after.
    var height: Int { 1 + lines.count + 1 }
}

/// A full-screen list of `JumpItem`s: a line about the list, a blank line, then the items with
/// the selected one filled. The views that list figures, dates, names and mentions differ only
/// in how they build an item. Items are built when shown, never all at once: a corpus can have
/// a million figures.
struct JumpListView: PaneView {
    let title: String
    /// What the status line calls the view.
    let name: String
    let about: String
    let count: Int
    let item: (Int) -> JumpItem
    let cursor: Int
    let top: Int
    /// Shown when there are no items.
    let empty: String
    /// "figure 3/40".
    let noun: String
    /// "no figures".
    var nounPlural: String?

    /// The line about the list and a blank line above it.
    static let headerRows = 2

    var position: String {
        count == 0 ? "no \(nounPlural ?? noun + "s")" : "\(noun) \(min(cursor, count - 1) + 1)/\(NumberText.grouped(count))"
    }

    /// The first item shown in `rows` rows, keeping the cursor in view.
    func firstShown(rows: Int) -> Int {
        Scrolling.topShowing(cursor, top: top, count: count, rows: rows) { item($0).height }
    }

    func draw(into grid: inout CellGrid, area: Rect, focused: Bool) {
        grid.put(Truncate.toWidth(about, area.width), x: area.x, y: area.y, maxWidth: area.width, style: .dim)
        let list = Rect(x: area.x, y: area.y + Self.headerRows, width: area.width, height: area.height - Self.headerRows)
        guard !list.isEmpty else { return }
        guard count > 0 else {
            for (i, line) in TextWrap.wrap(empty, width: list.width).prefix(list.height).enumerated() {
                grid.put(line, x: list.x, y: list.y + i, maxWidth: list.width, style: .dim)
            }
            return
        }
        let cursor = min(self.cursor, count - 1)
        var y = list.y
        for index in firstShown(rows: list.height)..<count {
            guard y < list.maxY else { break }
            let item = self.item(index)
            let selection: Style? = index == cursor ? .selection : nil
            if let selection { grid.fill(Rect(x: list.x, y: y, width: list.width, height: min(item.height - 1, list.maxY - y)), style: selection) }
            drawHeading(item, into: &grid, x: list.x, y: y, width: list.width, selection: selection)
            y += 1
            for (k, line) in item.lines.enumerated() {
                guard y < list.maxY else { break }
                if let mark = item.marks[k] {
                    let scalars = Array(line.text.unicodeScalars)
                    grid.put(scalars: scalars[...], x: list.x, y: y, maxWidth: list.width) { mark.contains($0) ? .match : selection ?? line.style }
                } else {
                    grid.put(line.text, x: list.x, y: y, maxWidth: list.width, style: selection ?? line.style)
                }
                y += 1
            }
            y += 1
        }
    }

    /// The heading on the left; the note kept on the right while the heading has room.
    private func drawHeading(_ item: JumpItem, into grid: inout CellGrid, x: Int, y: Int, width: Int, selection: Style?) {
        var noteWidth = min(DisplayWidth.of(item.note), width / 2)
        if width - noteWidth - 2 < 12 { noteWidth = 0 }
        if noteWidth > 0 {
            grid.put(Truncate.toWidth(item.note, noteWidth), x: x + width - noteWidth, y: y, maxWidth: noteWidth, style: selection ?? .dim)
        }
        let headingWidth = noteWidth > 0 ? width - noteWidth - 2 : width
        grid.put(Truncate.toWidth(item.heading, headingWidth), x: x, y: y, maxWidth: headingWidth, style: selection ?? item.headingStyle)
    }
}

extension JumpItem {
    /// Text wrapped to `width`, at most `maxLines` lines, the last cut with "…" when more
    /// would follow.
    static func wrapped(_ text: String, width: Int, maxLines: Int, style: Style = .normal) -> [(text: String, style: Style)] {
        var lines = TextWrap.wrap(text, width: max(1, width))
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = Truncate.toWidth(lines[maxLines - 1] + " …", width)
        }
        return lines.map { ($0, style) }
    }

    /// "Title · Outlet · date" of an article, for the line under an item.
    static func source(_ article: Article) -> String {
        [article.displayTitle, article.outlet ?? article.author, article.published].compactMap { $0 }.joined(separator: " · ")
    }

    /// The outlet (or author) and date, for an entry whose heading is the article's title already.
    static func byline(_ article: Article) -> String {
        [article.outlet ?? article.author, article.published].compactMap { $0 }.joined(separator: " · ")
    }
}

/// The key figures of the corpus, ranked: the figure, its kind and value, who gave it, its
/// sentence, its article, and the figures that disagree with it.
enum FigureListItems {
    static let sentenceLines = 3

    static func item(_ state: ReaderState, _ r: Int, width: Int) -> JumpItem {
        let model = state.model
        let key = model.keyFigures[r]
        let figure = model.figure(key.representative)
        var note = figure.kind.rawValue
        if let speaker = figure.speaker { note += " · " + speaker }
        var lines = JumpItem.wrapped(figure.sentence, width: width, maxLines: sentenceLines)
        var source = JumpItem.source(model.articles[figure.article])
        if key.articles.count > 1 { source += " · also in \(NumberText.counted(key.articles.count - 1, "other article"))" }
        lines.append((Truncate.toWidth(source, width), .dim))
        for other in key.discrepancies.prefix(2) {
            let o = model.figure(model.keyFigures[other].representative)
            lines.append((Truncate.toWidth("≠ #\(other + 1) \(o.text) · \(model.articles[o.article].displayTitle)", width), .warning))
        }
        return JumpItem(heading: "#\(r + 1)  \(figure.text)", note: note, lines: lines)
    }
}

/// The dated events, oldest first: the date as resolved and as written, whether it is certain,
/// the event's sentence and its article.
enum TimelineListItems {
    static let sentenceLines = 3

    static func item(_ state: ReaderState, _ i: Int, width: Int) -> JumpItem {
        let model = state.model
        let event = model.timeline[i]
        var heading = "\(event.date)  \(event.dateText)"
        if !event.certain { heading += "  (uncertain)" }
        var lines = JumpItem.wrapped(event.event, width: width, maxLines: sentenceLines)
        var source = JumpItem.source(model.articles[event.article])
        if !event.alsoIn.isEmpty { source += " · also in \(NumberText.counted(event.alsoIn.count, "other article"))" }
        lines.append((Truncate.toWidth(source, width), .dim))
        return JumpItem(heading: heading, headingStyle: event.certain ? .strong : .warning,
                        note: event.kind == .published ? "published or updated" : event.precision.rawValue, lines: lines)
    }
}

/// The people, organisations and places, most mentioned first: name, kind, mentions and
/// articles, and the other names it goes by.
enum EntityListItems {
    static func item(_ state: ReaderState, _ i: Int, width: Int) -> JumpItem {
        let entity = state.model.entities[state.filteredEntities[i]]
        let note = "\(entity.kind.rawValue) · \(NumberText.counted(entity.mentions.count, "mention")) · "
            + NumberText.counted(entity.articles.count, "article")
        let lines: [(text: String, style: Style)] = entity.aliases.isEmpty ? []
            : [(Truncate.toWidth("also “" + entity.aliases.joined(separator: "”, “") + "”", width), .dim)]
        return JumpItem(heading: entity.name, note: note, lines: lines)
    }
}

/// Every mention of one name, in corpus order: the article, and the sentence with the name.
enum EntityMentionItems {
    static let sentenceLines = 3

    static func item(_ state: ReaderState, entity e: Int, _ i: Int, width: Int) -> JumpItem {
        let model = state.model
        let mention = model.entities[e].mentions[i]
        let article = model.articles[mention.article]
        let passage = article.passage(articleIndex: mention.article, paragraph: mention.paragraph, range: mention.cleanRange)
        return JumpItem(heading: article.displayTitle, note: article.outlet ?? article.author ?? article.id,
                        lines: JumpItem.wrapped(article.sentence(of: passage) ?? "", width: width, maxLines: sentenceLines))
    }
}
