import Briefing
import Testing
@testable import BriefingUI

/// The briefing (`b`): one document of every story, each entry opening its source in the
/// reader, Esc back to the same line. Keys go through the key table and the key loop; what an
/// entry opens is compared with the model's own passages and quotes.
@Suite("Briefing view")
struct BriefingNavigationTests {
    let size = Size(width: 100, height: 30)

    /// The model's stories with their people filled in from the quotes of their articles (the
    /// story grouping may not name people yet): every speaker quoted there, most quoted first,
    /// with their first quote in the story; then one person or organisation named there but
    /// not quoted, if any.
    static func storiesWithPeople(_ model: AnalyzedCorpus) -> [Story] {
        var speakerOf: [String: Int] = [:]
        for (s, speaker) in model.speakers.enumerated() {
            for id in speaker.quotes where speakerOf[id] == nil { speakerOf[id] = s }
        }
        return model.stories.map { story in
            var story = story
            var firstQuote: [Int: String] = [:]
            var count: [Int: Int] = [:]
            var order: [Int] = []
            for a in story.articles {
                for quote in model.quotes[a] {
                    guard let s = speakerOf[quote.id] else { continue }
                    if firstQuote[s] == nil { firstQuote[s] = quote.id; order.append(s) }
                    count[s, default: 0] += 1
                }
            }
            order.sort { (count[$0]!, -$0) > (count[$1]!, -$1) }
            story.people = order.map { s in
                StoryPerson(name: model.speakers[s].name, role: model.speakers[s].role, speaker: s, quote: firstQuote[s])
            }
            let quoted = Set(order.map { model.speakers[$0].name })
            if let e = model.entities.indices.first(where: { e in
                model.entities[e].kind != .place && !quoted.contains(model.entities[e].name)
                    && model.entities[e].mentions.contains { story.articles.contains($0.article) }
            }) {
                story.people.append(StoryPerson(name: model.entities[e].name, entity: e))
            }
            return story
        }
    }

    static let samples = TestCorpus.samples
    static let speakers = TestCorpus.speakers
    static let speakersWithPeople = ReaderState(model: speakers, stories: storiesWithPeople(speakers))

    func run(_ keys: [Key], state: ReaderState? = nil) -> (ReaderState, ScriptedTerminal) {
        let terminal = ScriptedTerminal(size: size, events: keys.map(TerminalEvent.key))
        var app = ReaderApp(state: state ?? ReaderState(model: Self.samples))
        return (app.run(on: terminal), terminal)
    }

    /// The first entry of the briefing whose item satisfies `kind`.
    func firstEntry(_ state: ReaderState, where kind: (BriefingItem.Kind) -> Bool) -> Int? {
        (0..<state.briefing.entryCount).first { kind(state.briefing.item(state.briefing.itemIndex(ofEntry: $0)).kind) }
    }

    func item(_ state: ReaderState, entry: Int) -> BriefingItem {
        state.briefing.item(state.briefing.itemIndex(ofEntry: entry))
    }

    // MARK: - Opening and leaving

    @Test("b opens the briefing from the panes, a list and a speaker's quotes; Esc and Backspace return exactly")
    func openAndBack() {
        for before: [Key] in [[], [.tab, .down], [.character("f"), .down], [.character("s"), .enter]] {
            let (start, _) = run(before)
            let (opened, terminal) = run(before + [.character("b")])
            #expect(opened.mode == .briefing && opened.briefingCursor == 0)
            #expect(terminal.frames.last!.text.contains("Briefing ("))
            for back: Key in [.escape, .backspace] {
                let (returned, _) = run(before + [.character("b"), .down, back])
                #expect(returned.current == start.current, "back from the briefing after \(before.map(\.label))")
            }
        }
    }

    @Test("b in the briefing keeps the place; one Esc leaves it")
    func bInBriefing() {
        let (state, _) = run([.character("b"), .down, .down, .character("b")])
        #expect(state.mode == .briefing && state.briefingCursor == 2)
        let (left, _) = run([.character("b"), .down, .character("b"), .escape])
        #expect(left.mode == .panes)
    }

    @Test("every entry is selectable: j/k, ↓↑, g/G, PgDn/PgUp, Space, Ctrl-F/Ctrl-B move over entries only")
    func movement() {
        let state = ReaderState(model: Self.samples)
        let count = state.briefing.entryCount
        #expect(count > 10)
        let (end, _) = run([.character("b"), .character("G")])
        #expect(end.briefingCursor == count - 1)
        let (top, _) = run([.character("b"), .character("G"), .character("g")])
        #expect(top.briefingCursor == 0)
        let (jk, _) = run([.character("b"), .character("j"), .character("j"), .character("k"), .down, .down, .up])
        #expect(jk.briefingCursor == 2)
        let (paged, _) = run([.character("b"), .pageDown])
        #expect(paged.briefingCursor > 1)
        let (space, _) = run([.character("b"), .character(" ")])
        #expect(space.briefingCursor == paged.briefingCursor)
        let (ctrlF, _) = run([.character("b"), .control("f")])
        #expect(ctrlF.briefingCursor == paged.briefingCursor)
        // A page is what the screen shows whole, so a page back may hold fewer entries.
        let (back, _) = run([.character("b"), .control("f"), .control("b")])
        #expect(back.briefingCursor < paged.briefingCursor)
        let (pgUp, _) = run([.character("b"), .pageDown, .pageUp])
        #expect(pgUp.briefingCursor == back.briefingCursor)
        let (home, _) = run([.character("b"), .pageDown, .pageUp, .pageUp])
        #expect(home.briefingCursor == 0)
    }

    @Test("the line index agrees with itself: entries and items map both ways, one story after another")
    func indexConsistent() {
        let state = ReaderState(model: Self.samples)
        let index = state.briefing
        let items = (0..<index.itemCount).map(index.item)
        #expect(items.filter(\.isEntry).count == index.entryCount)
        var entry = 0
        for (i, item) in items.enumerated() {
            #expect(index.entry(atOrAfterItem: i) == entry)
            if item.isEntry {
                #expect(index.itemIndex(ofEntry: entry) == i)
                entry += 1
            }
        }
        #expect(items.map(\.story) == items.map(\.story).sorted())
        #expect(Set(items.map(\.story)) == Set(state.model.stories.indices))
        // Each story starts with its headline; stories are parted by a blank line.
        #expect(items.filter { $0.kind == .headline }.count == state.model.stories.count)
        #expect(items.filter { $0.kind == .gap }.count == state.model.stories.count - 1)
    }

    // MARK: - Enter on each kind of line

    @Test("Enter on an article opens it at its top, no highlight")
    func enterArticle() throws {
        let state = ReaderState(model: Self.samples)
        let stories = state.briefing.stories
        // The last story's first article, so the jump changes article.
        let entry = try #require((0..<state.briefing.entryCount).last {
            if case .article(0) = item(state, entry: $0).kind { true } else { false }
        })
        let article = stories[item(state, entry: entry).story].articles[0]
        let (opened, _) = run([.character("b")] + Array(repeating: .down, count: entry) + [.enter])
        #expect(opened.mode == .panes && opened.focus == .reader && opened.openArticle == article)
        #expect(opened.readerTop == 0 && opened.highlightedPassage == nil && opened.highlightedQuote == nil)
    }

    @Test("Enter on a key figure opens its sentence with the figure set off; Esc returns to the same line")
    func enterFigure() throws {
        let state = ReaderState(model: Self.samples)
        let entry = try #require(firstEntry(state) { if case .figure = $0 { true } else { false } })
        guard case .figure(let i) = item(state, entry: entry).kind else { return }
        let story = state.briefing.stories[item(state, entry: entry).story]
        let key = state.model.keyFigures[story.figures[i]]
        let keys: [Key] = [.character("b")] + Array(repeating: .down, count: entry)
        let (before, _) = run(keys)
        let (opened, terminal) = run(keys + [.enter])
        let passage = try #require(opened.highlightedPassage)
        // One of the key figure's own mentions, in one of the story's articles.
        #expect(key.mentions.map { state.model.figure($0).passage }.contains(passage))
        #expect(story.articles.contains(passage.article) && opened.openArticle == passage.article)
        let grid = terminal.frames.last!
        let focus = grid.cells.filter { $0.style == .contextFocus }.map(\.text).joined()
        let figure = try #require(key.mentions.map(state.model.figure).first { $0.passage == passage })
        #expect(focus.replacingOccurrences(of: " ", with: "") == figure.text.replacingOccurrences(of: " ", with: ""), "focus: \(focus)")
        let (back, _) = run(keys + [.enter, .escape])
        #expect(back.current == before.current)
        #expect(back.mode == .briefing && back.briefingCursor == entry)
    }

    @Test("Enter on a date opens the event's sentence with the date set off")
    func enterEvent() throws {
        let state = ReaderState(model: Self.samples)
        let entry = try #require((0..<state.briefing.entryCount).first {
            if case .event(let i) = item(state, entry: $0).kind {
                state.model.timeline[state.briefing.stories[item(state, entry: $0).story].timeline[i]].kind == .mention
            } else { false }
        })
        guard case .event(let i) = item(state, entry: entry).kind else { return }
        let event = state.model.timeline[state.briefing.stories[item(state, entry: entry).story].timeline[i]]
        let (opened, terminal) = run([.character("b")] + Array(repeating: .down, count: entry) + [.enter])
        #expect(opened.openArticle == event.article)
        #expect(opened.highlightedPassage?.sentence == event.sentenceRange && opened.highlightedPassage?.focus == event.cleanRange)
        #expect(terminal.frames.last!.cells.contains { $0.style == .contextFocus })
    }

    @Test("Enter on a summary sentence opens the full text with the sentence highlighted, even from the summary")
    func enterSummary() throws {
        let state = ReaderState(model: Self.samples)
        let entry = try #require((0..<state.briefing.entryCount).last {
            if case .summary = item(state, entry: $0).kind { true } else { false }
        })
        guard case .summary(let a, let s) = item(state, entry: entry).kind else { return }
        let sentence = state.model.summaries[a].sentences(Summarizer.defaultLength)[s]
        // Enter the reader and switch it to the summary first.
        let keys: [Key] = [.enter, .character("v"), .character("b")] + Array(repeating: .down, count: entry) + [.enter]
        let (opened, terminal) = run(keys)
        #expect(opened.openArticle == a && opened.highlightedPassage == sentence.passage)
        #expect(!opened.readerSummary)
        let grid = terminal.frames.last!
        let highlighted = grid.cells.filter { $0.style == .context || $0.style == .contextFocus }.map(\.text).joined()
        let words = sentence.text.split(separator: " ").prefix(3).joined(separator: " ")
        #expect(highlighted.contains(words.replacingOccurrences(of: " ", with: "")) || highlighted.contains(words), "highlighted: \(highlighted)")
        // Back to the briefing, then to the reader as it was: in the summary.
        let (briefing, _) = run(keys + [.escape])
        #expect(briefing.mode == .briefing && briefing.briefingCursor == entry)
        let (reader, _) = run(keys + [.escape, .escape])
        #expect(reader.mode == .panes && reader.readerSummary)
    }

    @Test("Enter on a person opens their strongest quote, highlighted in its article")
    func enterPerson() throws {
        let state = Self.speakersWithPeople
        let people = state.briefing.stories.flatMap(\.people)
        #expect(people.contains { $0.quote != nil })
        var checked = 0
        for entry in 0..<state.briefing.entryCount {
            guard case .person(let p) = item(state, entry: entry).kind else { continue }
            let person = state.briefing.stories[item(state, entry: entry).story].people[p]
            let (opened, _) = run([.character("b")] + Array(repeating: .down, count: entry) + [.enter], state: state)
            if let id = person.quote {
                let quote = try #require(state.model.quote(id: id))
                #expect(opened.mode == .panes && opened.openArticle == quote.article)
                #expect(opened.highlightedQuote == state.model.quotes[quote.article].firstIndex { $0.id == id })
                #expect(opened.quoteCursor == opened.highlightedQuote)
            } else if let e = person.entity {
                #expect(opened.mode == .entityMentions(e))
            }
            let (back, _) = run([.character("b")] + Array(repeating: .down, count: entry) + [.enter, .escape], state: state)
            #expect(back.mode == .briefing && back.briefingCursor == entry)
            checked += 1
        }
        #expect(checked == people.count)
    }

    // MARK: - What the document says

    @Test("people, with role, kind and quote, show under Key people; a story without them has no such section")
    func peopleSection() throws {
        let (state, terminal) = run([.character("b")], state: Self.speakersWithPeople)
        let screen = terminal.frames.last!.text
        let story = state.briefing.stories[0]
        let person = try #require(story.people.first)
        #expect(screen.contains("Key people (\(story.people.count))"))
        let quote = try #require(person.quote.flatMap(state.model.quote(id:)))
        #expect(screen.contains("\(person.name)") && screen.contains(quote.kind.rawValue))
        // The model's own stories (no people named) have no people section at all.
        let (plain, plainTerminal) = run([.character("b")], state: ReaderState(model: Self.speakers))
        #expect(plain.briefing.stories.allSatisfy(\.people.isEmpty) ? !plainTerminal.frames.last!.text.contains("Key people") : true)
    }

    @Test("sections without entries are left out, and an empty corpus says there is nothing to brief")
    func emptySections() throws {
        for corpus in [Self.samples, Self.speakers, TestCorpus.make([("plain.txt", "A Quiet Morning\n\nNothing much happened in the town square today.\n")])] {
            let state = ReaderState(model: corpus)
            let kinds = (0..<state.briefing.itemCount).map { state.briefing.item($0).kind }
            // A heading is always followed by something of its section.
            for (i, kind) in kinds.enumerated() {
                guard case .heading = kind else { continue }
                #expect(kinds.indices.contains(i + 1) && ![BriefingItem.Kind.gap, .headline].contains(kinds[i + 1]))
                if kinds.indices.contains(i + 1), case .heading = kinds[i + 1] { Issue.record("empty section before \(kinds[i + 1])") }
            }
            for story in state.briefing.stories.indices {
                let own = (0..<state.briefing.itemCount).map(state.briefing.item).filter { $0.story == story }.map(\.kind)
                #expect(own.contains(.heading(.figures)) == !state.briefing.stories[story].figures.isEmpty)
                #expect(own.contains(.heading(.people)) == !state.briefing.stories[story].people.isEmpty)
                #expect(own.contains(.heading(.timeline)) == !state.briefing.stories[story].timeline.isEmpty)
            }
        }

        let empty = ReaderState(model: TestCorpus.make([]))
        #expect(empty.briefing.entryCount == 0 && empty.briefing.itemCount == 0)
        let (opened, terminal) = run([.character("b"), .down, .enter], state: empty)
        #expect(opened.mode == .briefing)
        #expect(terminal.frames.last!.text.contains("No articles: there is nothing to brief."))
    }

    @Test("a figure the sources disagree on carries a marker and the other value")
    func disagreement() throws {
        let corpus = TestCorpus.make([
            ("first.txt", "Storm Hits Coast\n\nThe storm killed 32 people along the coast, officials said on Monday.\n"),
            ("second.txt", "Coast Counts Storm Dead\n\nThe storm killed at least 40 people along the coast, the coastguard said.\n"),
        ])
        let state = ReaderState(model: corpus)
        let disputed = try #require(corpus.keyFigures.indices.first { !corpus.keyFigures[$0].discrepancies.isEmpty },
                                    "the fixture should give two figures that disagree")
        let other = corpus.figure(corpus.keyFigures[corpus.keyFigures[disputed].discrepancies[0]].representative).text
        let rows = (0..<state.briefing.itemCount).flatMap { BriefingBlocks.block(state, state.briefing.item($0), width: 96).rows }
            .map(\.text.plain)
        #expect(rows.contains { $0.hasPrefix("≠ ") })
        #expect(rows.contains { $0.contains("other sources: ") && $0.contains(other) })
    }

    @Test("control characters and wide text in the briefing are drawn as placeholders inside a closed frame")
    func hostile() {
        let corpus = TestCorpus.make([(
            name: "wide.txt",
            text: "漢字のテスト \u{1B}]0;PWNED\u{07} headline\n\n“引用文はここにあります” said Zoë Ångström, \u{1B}[2J\u{202E}reversed\u{202C} and \u{9B}31m red, 48 テスト漢字テスト漢字テスト漢字テスト漢字テスト漢字テスト漢字 people left.\n"
        )])
        for width in [80, 61, 41] {
            let terminal = ScriptedTerminal(size: Size(width: width, height: 20), events: [.key(.character("b")), .key(.pageDown)])
            var app = ReaderApp(model: corpus)
            app.run(on: terminal)
            for grid in terminal.frames {
                #expect(!grid.text.unicodeScalars.contains { [0x1B, 0x07, 0x9B, 0x202E].contains($0.value) })
                // Below 80 columns the panes have a tab bar over them, not a frame.
                let first = width < 80 && grid.rowText(0).hasPrefix(" Articles ") ? 1 : 0
                for y in first..<(grid.size.height - 1) {
                    #expect(DisplayWidth.of(grid.rowText(y)) == width, "row \(y) at \(width)")
                    #expect(["│", "┐", "┘"].contains(grid[width - 1, y].text), "row \(y) at \(width): \(grid.rowText(y))")
                }
            }
            #expect(terminal.frames.contains { $0.text.contains("␛]0;PWNED␇") }, "the headline is shown, its escape as pictures")
        }
    }

    // MARK: - Size

    @Test("a briefing of 100,000 stories indexes counts only and lays out a screenful around the cursor")
    func lazy() {
        let count = 100_000
        let stories = (0..<count).map { a in
            Story(id: "story-\(a + 1)", headline: "Headline \(a)", headlineArticle: a, articles: [a], people: [],
                  figures: a % 2 == 0 ? [a] : [], timeline: [a, a])
        }
        let index = BriefingIndex(stories: stories, summaryCounts: Array(repeating: 3, count: count))
        // Per story: headline, articles heading and one article, figures heading and one (every
        // other story), timeline heading and two, summary heading and three, and a gap.
        #expect(index.entryCount == count * 6 + count / 2)
        #expect(index.item(index.itemCount - 1) == BriefingItem(story: count - 1, kind: .summary(article: count - 1, sentence: 2)))
        final class Counter: @unchecked Sendable { var calls = 0 }
        let counter = Counter()
        let view = BriefingView(title: "t", about: "", index: index, block: { i in
            counter.calls += 1
            return BriefingBlock(rows: [BriefingRow(indent: 0, text: StyledText("item \(i)", .normal))], isEntry: index.item(i).isEntry)
        }, cursor: index.entryCount - 1, top: 0, empty: "")
        let rows = 30
        let top = view.firstShown(rows: rows)
        #expect(top == index.itemCount - rows)
        #expect(counter.calls <= rows + 1, "measured \(counter.calls) items")
        counter.calls = 0
        var grid = CellGrid(size: Size(width: 40, height: rows + BriefingView.headerRows))
        view.draw(into: &grid, area: Rect(x: 0, y: 0, width: 40, height: rows + BriefingView.headerRows), focused: true)
        #expect(counter.calls <= 2 * (rows + 1), "drew with \(counter.calls) items built")
        #expect(grid.text.contains("item \(index.itemCount - 1)"))
    }
}
