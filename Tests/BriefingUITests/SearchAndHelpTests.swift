import Briefing
import Testing
@testable import BriefingUI

/// Search (`/`, Enter, `n`/`N`), list filters and help, through the key loop as a user drives
/// them.
@Suite("Search, filters and help")
struct SearchAndHelpTests {
    func run(_ model: AnalyzedCorpus, _ keys: [Key], size: Size = Size(width: 80, height: 24)) -> (ReaderState, ScriptedTerminal) {
        let terminal = ScriptedTerminal(size: size, events: keys.map(TerminalEvent.key))
        var app = ReaderApp(model: model)
        let state = app.run(on: terminal)
        return (state, terminal)
    }

    func typed(_ text: String) -> [Key] { text.unicodeScalars.map(Key.character) }

    /// The text of a match, read from the model independently of the search.
    func text(of match: SearchMatch, in model: AnalyzedCorpus) -> String {
        let scalars: [Unicode.Scalar]
        switch match.place {
        case .title(let a): scalars = Array((model.articles[a].title ?? "").unicodeScalars)
        case .paragraph(let a, let p): scalars = Array(model.articles[a].paragraphs[p].text.unicodeScalars)
        case .speaker(let s, let alias): scalars = Array((alias.map { model.speakers[s].aliases[$0] } ?? model.speakers[s].name).unicodeScalars)
        }
        return String(String.UnicodeScalarView(scalars[match.scalars]))
    }

    @Test("/ opens a prompt; typing searches nothing until Enter, which lists the matches in corpus order")
    func searchRunsOnEnter() throws {
        let model = TestCorpus.speakers
        let (typing, _) = run(model, [.character("/")] + typed("sea wall"))
        #expect(typing.keyContext == .prompt && typing.prompt?.text == "sea wall")
        #expect(typing.search == nil, "nothing is searched while typing")
        #expect(typing.mode == .panes)

        let (state, terminal) = run(model, [.character("/")] + typed("sea wall") + [.enter])
        #expect(state.mode == .searchResults("sea wall") && state.prompt == nil)
        let matches = try #require(state.search?.matches)
        // Two titles and the first paragraph of the first two articles say "sea wall".
        #expect(matches.count >= 3)
        for match in matches { #expect(text(of: match, in: model).lowercased() == "sea wall") }
        #expect(Set(matches.compactMap(\.article)) == [0, 1], "the third article never mentions a sea wall")
        let screen = terminal.frames.last!
        #expect(screen.text.contains("Search “sea wall” (\(matches.count) matches)"))
        #expect(screen.cells.contains { $0.style == .match }, "the match is set off in the snippets")
    }

    @Test("Esc cancels the prompt at once and leaves the view as it was; Backspace and Ctrl-U edit it")
    func promptEditing() {
        let model = TestCorpus.speakers
        let (before, _) = run(model, [.down, .enter, .down])
        let (cancelled, _) = run(model, [.down, .enter, .down, .character("/")] + typed("wal") + [.escape])
        #expect(cancelled.prompt == nil && cancelled.search == nil)
        #expect(cancelled.current == before.current && cancelled.history.count == before.history.count)
        let (edited, _) = run(model, [.character("/")] + typed("walx") + [.backspace])
        #expect(edited.prompt?.text == "wal")
        let (cleared, _) = run(model, [.character("/")] + typed("walx") + [.control("u")] + typed("q"))
        #expect(cleared.prompt?.text == "q", "q types in the prompt; it does not quit")
    }

    @Test("Enter on a match opens its article scrolled to it, highlighted; n and N go on across articles and wrap")
    func nextAndPrevious() throws {
        let model = TestCorpus.speakers
        let search = [.character("/")] + typed("wall") + [Key.enter]
        let (results, _) = run(model, search)
        let matches = try #require(results.search?.matches)
        let inArticles = matches.indices.filter { matches[$0].article != nil }
        #expect(Set(inArticles.compactMap { matches[$0].article }).count >= 2, "matches in two articles")
        let paragraphMatch = try #require(inArticles.first { if case .paragraph = matches[$0].place { true } else { false } })

        // Enter on a paragraph match: its article, the match as the highlighted passage's focus.
        let (opened, _) = run(model, search + Array(repeating: .down, count: paragraphMatch) + [.enter])
        #expect(opened.mode == .panes && opened.focus == .reader)
        #expect(opened.openArticle == matches[paragraphMatch].article)
        #expect(opened.highlightedPassage?.focus == matches[paragraphMatch].scalars)
        #expect(opened.searchMatch == paragraphMatch)

        // n from there visits every later match in order, then wraps to the first with a note.
        var keys = search + Array(repeating: .down, count: paragraphMatch) + [.enter]
        for expected in (paragraphMatch + 1)..<inArticles.count {
            keys.append(.character("n"))
            let (state, _) = run(model, keys)
            #expect(state.searchMatch == expected && state.openArticle == matches[expected].article)
            #expect(state.message == nil)
        }
        keys.append(.character("n"))
        let (wrapped, terminal) = run(model, keys)
        #expect(wrapped.searchMatch == 0 && wrapped.openArticle == matches[0].article)
        #expect(wrapped.message?.contains("wrapped to the first") == true)
        #expect(terminal.frames.last!.rowText(23).contains("Search wrapped to the first match"))

        // N from the first match wraps to the last.
        let (last, _) = run(model, search + [.enter, .character("N")])
        #expect(last.searchMatch == inArticles.last && last.message?.contains("wrapped to the last") == true)
        let (back, _) = run(model, search + [.enter, .character("N"), .character("N")])
        #expect(back.searchMatch == inArticles.last! - 1)
    }

    @Test("Esc from the match goes back to the results, the same match selected; again, to where the search began")
    func escRestores() throws {
        let model = TestCorpus.speakers
        let start: [Key] = [.tab, .tab, .down]
        let (before, _) = run(model, start)
        let search = start + [.character("/")] + typed("wall") + [.enter, .down]
        let (results, _) = run(model, search)
        let (backToResults, _) = run(model, search + [.enter, .character("n"), .escape])
        #expect(backToResults.current == results.current)
        let (backToStart, _) = run(model, search + [.enter, .escape, .escape])
        #expect(backToStart.current == before.current && backToStart.history.isEmpty)
    }

    @Test("n with no search, and a search with no match, say so on the status line")
    func nothingToFind() {
        let model = TestCorpus.speakers
        let (none, terminal) = run(model, [.character("n")])
        #expect(none.message?.contains("press / to search") == true && none.mode == .panes)
        #expect(terminal.frames.last!.rowText(23).contains("No search yet"))
        let (empty, emptyTerminal) = run(model, [.character("/")] + typed("qzxv") + [.enter])
        #expect(empty.mode == .searchResults("qzxv") && empty.search?.matches.isEmpty == true)
        #expect(emptyTerminal.frames.last!.text.contains("No matches for “qzxv”"))
        let (after, _) = run(model, [.character("/")] + typed("qzxv") + [.enter, .escape, .character("n")])
        #expect(after.message?.contains("No matches") == true && after.mode == .panes)
    }

    @Test("a large result set is found a page at a time, and moving to its end finds the next page")
    func pages() throws {
        let model = TestCorpus.long
        // "of story" is in every paragraph and quote: far more than a page.
        let (state, _) = run(model, [.character("/")] + typed("of story") + [.enter])
        let first = try #require(state.search)
        #expect(first.matches.count == SearchSession.pageSize && !first.isComplete)
        let (moved, _) = run(model, [.character("/")] + typed("of story") + [.enter, .end])
        #expect(moved.search!.matches.count > SearchSession.pageSize)
        #expect(moved.listCursor == SearchSession.pageSize - 1 || moved.listCursor > SearchSession.pageSize - 1)
        // Pages join into exactly what one long search finds.
        var all: [SearchMatch] = []
        CorpusSearch(model: model, query: "of story").forEach { all.append($0); return true }
        var session = moved.search!
        session.loadAll()
        #expect(session.matches == all)
    }

    @Test("/ in a list filters it as you type; Enter keeps the filter, Esc puts the old one back, Ctrl-U clears")
    func listFilter() {
        let model = TestCorpus.speakers
        let (all, _) = run(model, [.character("e")])
        let total = all.listCount
        let (typing, terminal) = run(model, [.character("e"), .character("/")] + typed("berg"))
        #expect(typing.keyContext == .prompt && typing.listFilter == "berg")
        #expect(typing.listCount > 0 && typing.listCount < total)
        for i in 0..<typing.listCount {
            let entity = model.entities[typing.filteredEntities[typing.listEntry(i)]]
            #expect(([entity.name] + entity.aliases).contains { $0.lowercased().contains("berg") }, "\(entity.name)")
        }
        #expect(terminal.frames.last!.text.contains("Names (\(typing.listCount) of \(total))"))
        let (kept, _) = run(model, [.character("e"), .character("/")] + typed("berg") + [.enter])
        #expect(kept.prompt == nil && kept.listFilter == "berg" && kept.keyContext == .nameList)
        let (restored, _) = run(model, [.character("e"), .character("/")] + typed("berg") + [.enter, .character("/"), .character("x"), .escape])
        #expect(restored.listFilter == "berg" && restored.prompt == nil)
        let (cleared, _) = run(model, [.character("e"), .character("/")] + typed("berg") + [.control("u"), .enter])
        #expect(cleared.listFilter.isEmpty && cleared.listCount == total)
        // Enter on a filtered entry opens that entry, not the unfiltered list's.
        let (opened, _) = run(model, [.character("e"), .character("/")] + typed("berg") + [.enter, .enter])
        if case .entityMentions(let e) = opened.mode {
            #expect(model.entities[e].name.lowercased().contains("berg") || model.entities[e].aliases.contains { $0.lowercased().contains("berg") })
        } else {
            Issue.record("Enter did not open the mentions: \(opened.mode)")
        }
    }

    @Test("? opens help over any view, built from every binding; it pages at 50×15 and closes with ?, Esc or q")
    func help() throws {
        let model = TestCorpus.speakers
        let size = Size(width: 50, height: 15)
        let (open, terminal) = run(model, [.character("?")], size: size)
        let help = try #require(open.help)
        #expect(open.keyContext == .help && help.context == .panes)
        let view = HelpView(help: help, size: size)
        // Never stale: every binding's summary is in it, whatever the view.
        let text = view.lines.map(\.text).joined(separator: " ")
        for binding in KeyTable.bindings {
            let words = binding.summary.replacingOccurrences(of: "`", with: "").split(separator: " ").prefix(3).joined(separator: " ")
            #expect(text.contains(words), "help lacks “\(words)”")
        }
        #expect(view.lines.first?.text == "Here: panes")
        #expect(view.lines.count > view.rows, "at 50×15 help scrolls")
        #expect(terminal.frames.last!.text.contains("Keys · close:"))

        let (paged, _) = run(model, [.character("?"), .pageDown], size: size)
        #expect(paged.help!.top == view.rows - 1)
        let (end, _) = run(model, [.character("?"), .end, .character("k")], size: size)
        #expect(end.help!.top == view.lines.count - view.rows - 1)
        for close: Key in [.character("?"), .escape, .character("q"), .function(1)] {
            let (closed, _) = run(model, [.character("?"), .pageDown, close], size: size)
            #expect(closed.help == nil && closed.mode == .panes, "\(close.label)")
        }
        // q closes help; it does not quit (the loop ran on to the next key).
        let (afterQ, _) = run(model, [.character("?"), .character("q"), .down], size: size)
        #expect(afterQ.articleCursor == 1)
        // Opened over the speaker list, its keys come first.
        let (speakers, _) = run(model, [.character("s"), .character("?")], size: size)
        #expect(HelpView(help: speakers.help!, size: size).lines.first?.text == "Here: speaker list")
    }

    @Test("a resize keeps the reader on the same text, the selection and the focus")
    func resizeKeepsPlace() throws {
        let model = TestCorpus.long
        // F100 + n: the scripted terminal's shorthand for a resize to n columns.
        let keys: [Key] = [.down, .down, .enter] + Array(repeating: .down, count: 25)
        let (before, terminal) = run(model, keys, size: Size(width: 200, height: 40))
        let width = ScreenLayout(size: Size(width: 200, height: 40)).content(.reader).width
        let line = ReaderDocument.shown(before, width: width).lines[before.readerTop]
        for columns in [90, 60, 200] {
            let (after, _) = run(model, keys + [.function(100 + columns)], size: Size(width: 200, height: 40))
            #expect(after.focus == .reader && after.articleCursor == 2 && after.openArticle == 2)
            let newWidth = ScreenLayout(size: Size(width: columns, height: 40)).content(.reader).width
            let top = ReaderDocument.shown(after, width: newWidth).lines[after.readerTop]
            #expect(top.paragraph == line.paragraph, "at \(columns) columns the top is paragraph \(String(describing: top.paragraph))")
        }
        _ = terminal
    }
}

extension SearchAndHelpTests {
    @Test("n and N from an article not reached by a match go on from that article")
    func fromTheOpenArticle() throws {
        let model = TestCorpus.speakers
        let search = [.character("/")] + typed("wall") + [Key.enter, .escape]
        let (searched, _) = run(model, search)
        let matches = try #require(searched.search?.matches)
        // Open the second article (the matches there come after the first article's).
        let (next, _) = run(model, search + [.down, .enter, .character("n")])
        let firstInSecond = try #require(matches.firstIndex { $0.article == 1 })
        #expect(next.searchMatch == firstInSecond && next.openArticle == 1)
        let (previous, _) = run(model, search + [.down, .enter, .character("N")])
        #expect(previous.searchMatch == firstInSecond - 1 && previous.openArticle == 0)
        // From the third article, which never says it, n wraps to the first match.
        let (wrapped, _) = run(model, search + [.down, .down, .enter, .character("n")])
        #expect(wrapped.searchMatch == 0 && wrapped.message?.contains("wrapped") == true)
    }
}

extension SearchAndHelpTests {
    @Test("a second search from the results, then Esc: the first results again, the cursor where it was, pages past the first")
    func backToEarlierResults() throws {
        let model = TestCorpus.long
        let first = [.character("/")] + typed("of story") + [Key.enter, .end, .up]
        let (before, _) = run(model, first)
        #expect(before.listCursor >= SearchSession.pageSize, "the cursor went past the first page")
        let (after, _) = run(model, first + [.character("/")] + typed("headline") + [.enter, .escape])
        #expect(after.mode == .searchResults("of story") && after.search?.query == "of story")
        #expect(after.listCursor == before.listCursor)
    }
}

extension SearchAndHelpTests {
    @Test("the figures and the timeline filter on what their entries show, and Enter opens the filtered entry")
    func figureAndTimelineFilters() throws {
        let model = TestCorpus.samples
        // Figures: text, kind and speaker. Pick a word from a figure below the first, so the
        // filter has to move it up.
        let keys = model.keyFigures
        try #require(keys.count > 2)
        let wanted = model.figure(keys[2].representative)
        let word = try #require(wanted.text.split(separator: " ").max { $0.count < $1.count }).lowercased()
        let (figures, _) = run(model, [.character("f"), .character("/")] + typed(word) + [.enter])
        #expect(figures.listCount >= 1 && figures.listCount < keys.count)
        for i in 0..<figures.listCount {
            let f = model.figure(keys[figures.listEntry(i)].representative)
            #expect([f.text, f.kind.rawValue, f.speaker ?? ""].contains { $0.lowercased().contains(word) }, "\(f.text)")
        }
        #expect((0..<figures.listCount).contains { figures.listEntry($0) == 2 })
        // Timeline: the date, the date as written and the sentence.
        let events = model.timeline
        let year = "2021"
        let (timeline, _) = run(model, [.character("t"), .character("/")] + typed(year))
        let expected = events.indices.filter { i in
            ["\(events[i].date)", events[i].dateText, events[i].event].contains { $0.lowercased().contains(year) }
        }
        #expect(!expected.isEmpty && expected.count < events.count)
        #expect((0..<timeline.listCount).map(timeline.listEntry) == expected)
        let (opened, _) = run(model, [.character("t"), .character("/")] + typed(year) + [.enter, .enter])
        if let first = expected.first, events[first].kind == .mention {
            #expect(opened.highlightedPassage?.focus == events[first].cleanRange && opened.openArticle == events[first].article)
        }
    }
}
