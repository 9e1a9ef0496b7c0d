import Briefing
import Foundation

/// A model being loaded on a thread of its own, and the reader's state over it built there
/// too (the lookups `ReaderState` makes cost a fraction of a second at 100,000 articles), so
/// the key loop only ever takes finished values. The loop looks in with `take`; nothing
/// waits for anything. Abandoned when the reader quits first: the thread runs on until the
/// process exits.
final class BackgroundLoad: @unchecked Sendable {
    // Guards `progress` and `loaded`, written by the loading thread and read by the loop.
    private let lock = NSLock()
    private var progress = LoadingProgress(done: 0, total: 0)
    private var loaded: ReaderState?
    /// The state over the articles alone, from the loader's first stage, until taken.
    private var articles: ReaderState?

    init(_ loader: @escaping StagedModelLoader, settings: ReaderSettings = .default) {
        let thread = Thread { [self] in
            let model = loader({ done, total in self.report(LoadingProgress(done: done, total: total)) }, { unanalysed in
                let state = ReaderState(model: unanalysed, settings: settings)
                self.lock.withLock { self.articles = state }
            })
            let state = ReaderState.loaded(model: model, settings: settings)
            lock.withLock {
                loaded = state
                articles = nil
            }
        }
        // Parsing and analysis run deep on long articles; a secondary thread's default stack
        // is smaller than the main thread's.
        thread.stackSize = 16 << 20
        thread.name = "briefing-load"
        thread.start()
    }

    private func report(_ now: LoadingProgress) {
        lock.withLock { progress = now }
    }

    /// The progress so far; the state over the articles alone, once, when the loader has
    /// given them; and the loaded state once there is one.
    func take() -> (LoadingProgress, articles: ReaderState?, loaded: ReaderState?) {
        lock.withLock {
            defer { articles = nil }
            return (progress, articles, loaded)
        }
    }
}
