import Briefing
import Dispatch
import Foundation
import SnapshotTesting
import Testing
@testable import BriefingUI

/// The reader opened before its model: the first frame comes at once, the model loads on a
/// thread of its own (a fake loader the test holds back), keys work meanwhile, and the model
/// takes the screen when it is ready. Nothing here is timed: the terminal waits for what the
/// test needs to see, polling as the real loop does, with a bound only against hanging.
@Suite("Loading")
struct LoadingTests {
    static let size = Size(width: 80, height: 24)

    /// A terminal whose events come from `script`, asked with the frames so far and the
    /// timeout the loop wants; it records every frame and every timeout.
    final class LoadingTerminal: TerminalBackend {
        var size: Size
        /// The first frame and the latest ones (a wait draws a frame every millisecond).
        var frames: [CellGrid] = []
        var timeouts: [Int?] = []
        let script: (LoadingTerminal, Int?) -> TerminalEvent

        init(size: Size, script: @escaping (LoadingTerminal, Int?) -> TerminalEvent) {
            self.size = size
            self.script = script
        }

        var last: String { frames.last?.text ?? "" }

        func draw(_ grid: CellGrid) {
            frames.append(grid)
            if frames.count > 200 { frames.remove(at: 1) }
        }

        func nextEvent(timeout milliseconds: Int?) -> TerminalEvent {
            if timeouts.count < 1000 || milliseconds != timeouts.last { timeouts.append(milliseconds) }
            return script(self, milliseconds)
        }
    }

    /// Waits (ticks, a millisecond apart) until `condition` holds for the terminal, then gives
    /// `then`; gives `.end` if it never does, so a broken loop fails instead of hanging.
    final class Waiter {
        var ticks = 0
        func until(_ condition: Bool, then event: TerminalEvent) -> TerminalEvent {
            if condition { return event }
            ticks += 1
            guard ticks < 5_000 else { return .end }
            usleep(1000)
            return .tick
        }
    }

    @Test("the first frame is drawn before the loader finishes; the model appears after")
    func firstFrameThenModel() {
        let model = TestCorpus.samples
        let gate = DispatchSemaphore(value: 0)
        var app = ReaderApp(loading: { progress in
            progress(1, 2)
            gate.wait()
            progress(2, 2)
            return model
        })
        let waiter = Waiter()
        var opened = false
        let terminal = LoadingTerminal(size: Self.size) { terminal, _ in
            if !opened {
                // Progress reaches the screen while the loader is held back.
                let event = waiter.until(terminal.last.contains("Loading… 1 of 2 articles"), then: .tick)
                if event == .tick, terminal.last.contains("Loading… 1 of 2 articles") {
                    opened = true
                    gate.signal()
                }
                return event
            }
            return waiter.until(terminal.last.contains("Articles (2)"), then: .key(.character("q")))
        }
        let state = app.run(on: terminal)

        let first = terminal.frames[0].text
        #expect(first.contains("Loading…") && !first.contains("Articles (2)"), "\(first)")
        #expect(!first.contains("No articles"), "an empty pane says it is loading, not that there is nothing")
        #expect(terminal.frames.contains { $0.text.contains("Loading… 1 of 2 articles") })
        #expect(state.articleCount == 2 && !state.isLoading && !app.isLoading)
        #expect(terminal.last.contains("Articles (2)") && !terminal.last.contains("Loading"))
        // The loop woke for progress while loading and blocks again once loaded.
        #expect(terminal.timeouts.first == ReaderApp.loadingTick)
        #expect(terminal.timeouts.last == .some(nil))
    }

    @Test("a staged loader's articles can be read while the analysis runs; the place chosen stays")
    func articlesBeforeAnalysis() {
        let model = TestCorpus.samples
        let gate = DispatchSemaphore(value: 0)
        var app = ReaderApp(loadingInStages: { progress, articlesReady in
            progress(2, 2)
            articlesReady(AnalyzedCorpus(unanalysed: model.corpus))
            progress(0, 2)
            gate.wait()
            progress(2, 2)
            return model
        })
        let waiter = Waiter()
        var moved = false, released = false
        var analysingFrame = ""
        let terminal = LoadingTerminal(size: Self.size) { terminal, _ in
            if !moved {
                let event = waiter.until(terminal.last.contains("Analysing… 0 of 2 articles"), then: .key(.down))
                if event == .key(.down) {
                    moved = true
                    analysingFrame = terminal.last
                }
                return event
            }
            if !released {
                released = true
                gate.signal()
            }
            return waiter.until(!terminal.last.contains("Analysing") && !terminal.last.contains("Merging"), then: .key(.character("q")))
        }
        let state = app.run(on: terminal)

        #expect(analysingFrame.contains("Articles (2)"), "\(analysingFrame)")
        let firstTitle = String(model.articles[0].displayTitle.prefix(12))
        #expect(analysingFrame.contains(firstTitle), "the articles are listed while they are analysed")
        // The quotes pane says it is still loading rather than that there are none.
        #expect(analysingFrame.contains("Loading…"))
        #expect(!state.isLoading && state.articleCount == 2)
        #expect(state.articleCursor == 1, "the article chosen while analysing stays selected")
        #expect(state.model.quotes.joined().count == model.quotes.joined().count)
        #expect(!model.quotes.joined().isEmpty)
    }

    @Test("a search made over the articles alone is made again over the loaded model, through its sieve")
    func searchWhileAnalysing() throws {
        let model = TestCorpus.samples
        let word = try #require(model.articles[0].displayTitle.split(separator: " ").first { $0.count >= 4 }.map(String.init))
        let gate = DispatchSemaphore(value: 0)
        var app = ReaderApp(loadingInStages: { _, articlesReady in
            articlesReady(AnalyzedCorpus(unanalysed: model.corpus))
            gate.wait()
            return model
        })
        let waiter = Waiter()
        var script: [TerminalEvent] = [.key(.character("/"))] + word.unicodeScalars.map { .key(.character($0)) } + [.key(.enter)]
        var started = false, released = false
        let terminal = LoadingTerminal(size: Self.size) { terminal, _ in
            if !started {
                let event = waiter.until(terminal.last.contains("Analysing…"), then: .tick)
                if terminal.last.contains("Analysing…") { started = true }
                return event
            }
            if !script.isEmpty { return script.removeFirst() }
            if !released {
                released = true
                gate.signal()
            }
            return waiter.until(!terminal.last.contains("Analysing") && !terminal.last.contains("Merging"), then: .end)
        }
        let state = app.run(on: terminal)
        #expect(!state.isLoading)
        let sieve = try #require(state.searchSieve, "the loaded state has a search sieve")
        #expect(sieve.count == model.articles.count)
        let expected = CorpusSearch(model: model, query: word).matches(limit: .max).matches
        #expect(!expected.isEmpty)
        #expect(state.search?.query == word)
        #expect(state.search?.matches == Array(expected.prefix(SearchSession.pageSize)))
        if case .searchResults = state.mode {} else { Issue.record("the results view was left: \(state.mode)") }
    }

    @Test("q while loading quits at once, the loader still working")
    func quitWhileLoading() {
        let gate = DispatchSemaphore(value: 0)
        var app = ReaderApp(loading: { _ in
            gate.wait()
            return AnalyzedCorpus(Corpus(articles: []))
        })
        let terminal = LoadingTerminal(size: Self.size) { _, _ in .key(.character("q")) }
        let state = app.run(on: terminal)
        #expect(state.isLoading && app.isLoading)
        #expect(terminal.frames.count == 1)
        gate.signal()  // lets the abandoned loader finish
    }

    @Test("keys and resizes while loading: the view chosen and the filter typed stay when the model comes")
    func keysWhileLoading() throws {
        let model = TestCorpus.samples
        let gate = DispatchSemaphore(value: 0)
        var app = ReaderApp(loading: { _ in
            gate.wait()
            return model
        })
        let waiter = Waiter()
        var script: [TerminalEvent] = [.key(.character("s"))] + "sess".unicodeScalars.map { .key(.character($0)) }
        var resized = false, left = false
        let terminal = LoadingTerminal(size: Self.size) { terminal, _ in
            if !script.isEmpty { return script.removeFirst() }
            if left { return .end }
            if !resized {
                resized = true
                terminal.size = Size(width: 60, height: 20)
                return .resize
            }
            if terminal.frames.count > 0, terminal.last.contains("Loading…"), terminal.frames.last!.size.width == 60 {
                gate.signal()
            }
            let event = waiter.until(terminal.last.contains("Jeff Sessions"), then: .key(.escape))
            left = event == .key(.escape)
            return event
        }
        let state = app.run(on: terminal)

        let typedWhileLoading = try #require(terminal.frames.first { $0.text.contains("Filter: sess") })
        #expect(typedWhileLoading.text.contains("Loading…"))
        let afterResize = try #require(terminal.frames.first { $0.size.width == 60 })
        #expect(afterResize.text.contains("Loading…"))
        let loaded = try #require(terminal.frames.first { $0.text.contains("Jeff Sessions") })
        #expect(loaded.size.width == 60 && loaded.text.contains("Speakers (1 of"))
        // Esc goes back to the panes the list was opened from, now over the model.
        #expect(state.mode == .panes && state.articleCount == 2 && !state.isLoading)
    }

    @Test("a reader made over a model never waits with a timeout")
    func loadedNeverTicks() {
        let terminal = ScriptedTerminal(size: Self.size, events: [.key(.down), .key(.up)])
        var app = ReaderApp(model: TestCorpus.samples)
        app.run(on: terminal)
        #expect(terminal.timeouts.allSatisfy { $0 == nil } && terminal.timeouts.count == 3)
    }

    @Test("the loading screen at 80×24, progress at a third")
    func loadingScreen() {
        var state = ReaderState.loading(LoadingProgress(done: 3_412, total: 10_000))
        state.clamp(to: Screen.metrics(state, size: Self.size))
        let grid = Screen.render(state, size: Self.size)
        #expect(grid.text.contains("Loading… 3,412 of 10,000 articles"))
        #expect(grid.text.contains("███████░"))
        for y in 0..<grid.size.height {
            #expect(DisplayWidth.of(grid.rowText(y)) == grid.size.width, "row \(y) has the wrong width")
        }
        assertSnapshot(of: grid.text, as: .lines, named: "80x24")
    }
}
