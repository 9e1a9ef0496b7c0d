import Briefing
import Foundation
import Testing
@testable import BriefingUI

@Suite("Reading position")
struct ReadingPositionTests {
    static func temporaryStore() -> PositionStore {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-state-\(UUID().uuidString)").path
        return PositionStore(directory: dir + "/positions")
    }

    @Test("saved and loaded back the same; the same paths in another order or form are the same file")
    func roundTrip() throws {
        let store = Self.temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: store.directory) }
        let position = ReadingPosition(articlePath: "/news/b.txt", articleID: "b", readerTop: 12, focus: "reader", summary: true)
        #expect(store.load(paths: ["/news"]) == nil)
        try store.save(position, paths: ["/news", "/more"])
        #expect(store.load(paths: ["/more/", "/news"]) == position)
        #expect(store.load(paths: ["/news"]) == nil)
        // No temporary file left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory).allSatisfy { $0.hasSuffix(".json") })
    }

    @Test("a corrupt or empty file is no position, and a save replaces it")
    func corrupt() throws {
        let store = Self.temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: store.directory) }
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        for junk in ["{\"articlePath\": 3", "", "[]", "\u{0}\u{1}"] {
            try Data(junk.utf8).write(to: URL(fileURLWithPath: store.file(for: ["/n"])))
            #expect(store.load(paths: ["/n"]) == nil)
        }
        let position = ReadingPosition(articlePath: "/n/a.txt", articleID: "a", readerTop: 0, focus: "articles", summary: false)
        try store.save(position, paths: ["/n"])
        #expect(store.load(paths: ["/n"]) == position)
    }

    @Test("restored by path, not index: an article added before it does not move the reader off it")
    func restoreByPath() {
        let texts = (1...6).map { n in
            (name: "/news/story\(n).txt", text: "Story \(n) Has A Headline\n\n" + (1...30).map { "Paragraph \($0) of story \(n) goes on for a while with words to wrap." }.joined(separator: "\n\n"))
        }
        let model = TestCorpus.make(texts)
        var state = ReaderState(model: model)
        let size = Size(width: 120, height: 40)
        for action: Action in [.moveDown, .moveDown, .open, .moveDown, .moveDown, .focusNext] {
            state.apply(action, metrics: Screen.metrics(state, size: size))
        }
        let position = state.readingPosition!
        #expect(position.articlePath == model.articles[2].path && position.readerTop == 2 && position.focus == "quotes")

        // The same articles, the last one first: the saved article is now at index 3.
        let reordered = TestCorpus.make([(name: "/news/added.txt", text: "An Added Story\n\nIt says little.")] + texts)
        var again = ReaderState(model: reordered)
        again.restore(position)
        #expect(reordered.articles[3].path == position.articlePath)
        #expect(again.openArticle == 3 && again.articleCursor == 3 && again.readerTop == 2 && again.focus == .quotes)

        // The selection, when it is not the open article, comes back too.
        var selecting = ReaderState(model: model)
        for action: Action in [.moveDown, .open, .focusPrevious, .moveDown, .moveDown] {
            selecting.apply(action, metrics: Screen.metrics(selecting, size: size))
        }
        let both = selecting.readingPosition!
        #expect(both.articlePath == model.articles[1].path && both.selectedPath == model.articles[3].path)
        var back = ReaderState(model: reordered)
        back.restore(both)
        #expect(back.openArticle == 2 && back.articleCursor == 4 && back.focus == .articles)

        // Gone: the state stays as it was.
        var gone = ReaderState(model: reordered)
        gone.restore(ReadingPosition(articlePath: "/nowhere.txt", articleID: "nowhere", readerTop: 5, focus: "reader", summary: false))
        #expect(gone.openArticle == 0 && gone.readerTop == 0 && gone.focus == .articles)
    }

    @Test("under a full-screen list, the panes underneath are what is remembered")
    func underList() {
        var state = ReaderState(model: TestCorpus.long)
        let size = Size(width: 120, height: 40)
        state.apply(.moveDown, metrics: Screen.metrics(state, size: size))
        state.apply(.open, metrics: Screen.metrics(state, size: size))
        state.apply(.figures, metrics: Screen.metrics(state, size: size))
        #expect(state.readingPosition?.articlePath == state.model.articles[1].path)
        #expect(state.readingPosition?.focus == "reader")
    }

    @Test("the store lives in XDG_STATE_HOME, else ~/.local/state")
    func location() {
        #expect(PositionStore.standard(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])?.directory == "/s/briefing/positions")
        #expect(PositionStore.standard(environment: ["HOME": "/h"])?.directory == "/h/.local/state/briefing/positions")
        #expect(PositionStore.standard(environment: [:]) == nil)
    }
}
