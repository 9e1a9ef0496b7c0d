import Briefing
import Testing
@testable import BriefingUI

/// The timeline (`t`) and the names (`e`) as views: one key each, Enter into the sentence of
/// a date or of a mention, Esc back; and the same jumps from the sidebar.
@Suite("Timeline and names views")
struct NamesAndTimelineNavigationTests {
    /// Invented articles with a date line, people with titles, an organisation, places and
    /// dates written in full and relative to the article's date.
    static let corpus = TestCorpus.make([
        ("wall.txt", """
            Harbour Council Approves New Sea Wall
            Published: March 4, 2024

            Mayor Ines Duarte said on Tuesday that the Harbour Council had approved the new sea wall for Portmeirin.

            The wall was first proposed on October 19, 2019, after a storm flooded the lower town of Portmeirin.

            Duarte said building would start in May.
            """),
        ("ferry.txt", """
            Ferry Service to Resume
            Published: March 6, 2024

            The ferry to Lisbon will resume on April 2, the operator said.

            Mayor Ines Duarte welcomed the news at a meeting in Portmeirin.
            """),
    ])

    let size = Size(width: 100, height: 30)

    func run(_ keys: [Key]) -> (ReaderState, ScriptedTerminal) {
        let terminal = ScriptedTerminal(size: size, events: keys.map(TerminalEvent.key))
        var app = ReaderApp(model: Self.corpus)
        return (app.run(on: terminal), terminal)
    }

    @Test("the fixture gives dated events in sentences and a person named in both articles")
    func fixture() throws {
        let m = Self.corpus
        #expect(m.timeline.contains { $0.kind == .mention && $0.certain && $0.date.hasPrefix("2019-10-19") })
        let duarte = try #require(m.entities.first { $0.name.hasSuffix("Ines Duarte") })
        #expect(duarte.kind == .person && duarte.articles.count == 2)
    }

    @Test("t lists every dated event, oldest first, with its sentence")
    func timelineList() throws {
        let (state, terminal) = run([.character("t")])
        #expect(state.mode == .timeline && state.listCount == state.model.timeline.count)
        let screen = terminal.frames.last!.text
        #expect(screen.contains("Timeline (\(state.model.timeline.count))"))
        let first = try #require(state.model.timeline.first)
        #expect(screen.contains(first.date))
        #expect(state.model.timeline == state.model.timeline.sorted())
    }

    @Test("Enter on a dated event opens its article with the date's sentence highlighted; Esc returns to the same event")
    func timelineJump() throws {
        let m = Self.corpus
        let index = try #require(m.timeline.firstIndex { $0.kind == .mention && $0.date.hasPrefix("2019-10-19") })
        let event = m.timeline[index]
        let down = Array(repeating: Key.down, count: index)
        let (opened, terminal) = run([.character("t")] + down + [.enter])
        #expect(opened.mode == .panes && opened.focus == .reader && opened.openArticle == event.article)
        let passage = try #require(opened.highlightedPassage)
        #expect(passage.focus == event.cleanRange && passage.sentence == event.sentenceRange)
        let grid = terminal.frames.last!
        #expect(grid.cells.contains { $0.style == .contextFocus })
        let (back, _) = run([.character("t")] + down + [.enter, .escape])
        #expect(back.mode == .timeline && back.listCursor == index)
    }

    @Test("e lists the names, Tab narrows them to one kind at a time")
    func namesList() throws {
        let (all, terminal) = run([.character("e")])
        #expect(all.mode == .entities && all.listCount == all.model.entities.count)
        #expect(terminal.frames.last!.text.contains("Names (\(all.model.entities.count))"))
        let (people, _) = run([.character("e"), .tab])
        #expect(people.entityKind == .person)
        #expect(!people.filteredEntities.isEmpty && people.filteredEntities.allSatisfy { people.model.entities[$0].kind == .person })
        let (organizations, _) = run([.character("e"), .tab, .tab])
        #expect(organizations.filteredEntities.allSatisfy { organizations.model.entities[$0].kind == .organization })
        let (round, _) = run([.character("e"), .tab, .tab, .tab, .tab])
        #expect(round.entityKind == nil && round.listCount == round.model.entities.count)
    }

    @Test("Enter on a name lists its mentions; Enter on a mention opens the sentence with the name set off")
    func mentionsJump() throws {
        let m = Self.corpus
        let e = try #require(m.entities.firstIndex { $0.name.hasSuffix("Ines Duarte") })
        let keys: [Key] = [.character("e")] + Array(repeating: .down, count: e) + [.enter]
        let (mentions, terminal) = run(keys)
        #expect(mentions.mode == .entityMentions(e) && mentions.listCount == m.entities[e].mentions.count)
        #expect(terminal.frames.last!.text.contains("Mentions of \(m.entities[e].name)"))
        let (opened, _) = run(keys + [.end, .enter])
        let mention = try #require(m.entities[e].mentions.last)
        let passage = try #require(opened.highlightedPassage)
        #expect(opened.openArticle == mention.article && passage.focus == mention.cleanRange)
        let paragraph = Array(m.articles[mention.article].paragraphs[mention.paragraph].text.unicodeScalars)
        let sentence = String(String.UnicodeScalarView(paragraph[passage.sentence]))
        #expect(sentence.contains(String(String.UnicodeScalarView(paragraph[mention.cleanRange]))))
        let (back, _) = run(keys + [.end, .enter, .escape, .escape])
        #expect(back.mode == .entities && back.listCursor == e)
    }

    @Test("the sidebar lists people and the open article's dates; Enter on them opens the mentions and the sentence")
    func sidebarEntries() throws {
        let (state, _) = run([])
        let rows = SidebarView(state: state, width: 30).rows
        let selectable = rows.filter(\.isSelectable)
        func index(_ test: (ReaderState.Target) -> Bool) -> Int? {
            selectable.firstIndex { if case .entry(_, _, let target) = $0 { test(target) } else { false } }
        }
        let person = try #require(index { if case .entity = $0 { true } else { false } })
        let date = try #require(index { if case .passage = $0 { true } else { false } })
        let toSidebar: [Key] = [.tab, .tab, .tab, .home]
        let (mentions, _) = run(toSidebar + Array(repeating: .down, count: person) + [.enter])
        if case .entityMentions = mentions.mode {} else { Issue.record("not the mentions view: \(mentions.mode)") }
        let (dated, _) = run(toSidebar + Array(repeating: .down, count: date) + [.enter])
        #expect(dated.mode == .panes && dated.highlightedPassage != nil)
    }
}

/// A corpus with nothing to list: the sidebar keeps its counts, and each list says it is empty
/// and ignores Enter.
@Suite("Empty figure, date and name lists")
struct EmptyListsTests {
    static let corpus = TestCorpus.make([("plain.txt", "a quiet note\n\nnothing happened here and nobody said anything about it at all.\n")])

    func run(_ keys: [Key]) -> (ReaderState, ScriptedTerminal) {
        let terminal = ScriptedTerminal(size: Size(width: 80, height: 24), events: keys.map(TerminalEvent.key))
        var app = ReaderApp(model: Self.corpus)
        return (app.run(on: terminal), terminal)
    }

    @Test("the fixture has no figures, dates or names")
    func fixture() {
        #expect(Self.corpus.keyFigures.isEmpty && Self.corpus.entities.isEmpty)
        #expect(Self.corpus.timeline.isEmpty)
    }

    @Test("each list says it is empty, and Enter stays put", arguments: [
        (Key.character("f"), "No figures in these articles."), (.character("e"), "No names of this kind in these articles."),
        (.character("t"), "No dates in these articles."),
    ])
    func emptyList(_ key: Key, message: String) {
        let (state, terminal) = run([key, .enter, .down, .enter])
        #expect(terminal.frames.last!.text.contains(message))
        #expect(state.mode != .panes && state.history.count == 1)
    }

    @Test("the sidebar shows the counts and no figure headings")
    func sidebar() {
        let (_, terminal) = run([.tab, .tab, .tab, .enter])
        let screen = terminal.frames.last!.text
        #expect(screen.contains("Counts") && !screen.contains("Corpus\n"))
        #expect(!screen.contains("People"))
    }
}
