import Briefing

/// Builds the model off the key loop's thread, telling `progress` how far it has got (`done`
/// of `total`, e.g. files read of all files found; any thread may call it, as often as it
/// likes). `Open` passes the real loading; tests pass a fake.
public typealias ModelLoader = @Sendable (_ progress: @escaping @Sendable (_ done: Int, _ total: Int) -> Void) -> AnalyzedCorpus

/// The reader's key loop: draw, wait for an event, update the state, until quit or end of input.
///
/// Made with a loader, it draws the first frame before loading anything (empty panes saying
/// "Loading…", progress on the status line), loads on a thread of its own and takes the
/// loaded model when it is ready, keeping the view and history chosen meanwhile. Keys work
/// throughout: `q` quits at once, leaving the loader to the process's exit.
public struct ReaderApp {
    public private(set) var state: ReaderState
    private var loader: ModelLoader?
    /// Leave the loop when the loaded model has no articles (the caller says why, in the
    /// shell), instead of showing empty panes.
    public var leavesWhenNothingLoaded = false

    /// How often the loop wakes while loading, in milliseconds: often enough for progress to
    /// move smoothly and the model to appear with no visible delay, and costing nothing
    /// worth measuring (one empty frame drawn 20 times a second).
    static let loadingTick = 50

    public init(model: AnalyzedCorpus) {
        state = ReaderState(model: model)
    }

    /// The reader over the model `loader` builds, shown from the first frame on.
    public init(loading loader: @escaping ModelLoader) {
        state = .loading(LoadingProgress(done: 0, total: 0))
        self.loader = loader
    }

    /// The loop from a state made beforehand (tests give the briefing stories of their own).
    init(state: ReaderState) {
        self.state = state
    }

    /// True while the model is still loading (it was quit before the loader finished, when
    /// `run` has returned).
    public var isLoading: Bool { state.loading != nil }

    /// Runs until `q` or until input ends; returns the final state.
    @discardableResult
    public mutating func run(on terminal: TerminalBackend) -> ReaderState {
        var load: BackgroundLoad?
        var lastSize: Size?
        while true {
            if let pending = load {
                let (progress, loaded) = pending.take()
                if let loaded {
                    state = state.continued(in: loaded)
                    load = nil
                    if leavesWhenNothingLoaded && state.model.articles.isEmpty { return state }
                } else {
                    state.loading = progress
                }
            }
            let size = terminal.size
            // A new size wraps the article again: keep the same text at the top of the reader.
            if let lastSize, lastSize != size { state.keepReaderPlace(from: lastSize, to: size) }
            lastSize = size
            state.clamp(to: Screen.metrics(state, size: size))
            terminal.draw(Screen.render(state, size: size))
            // The work starts once the first frame is on the screen, so nothing delays it.
            if let loader {
                load = BackgroundLoad(loader)
                self.loader = nil
            }
            switch terminal.nextEvent(timeout: load == nil ? nil : Self.loadingTick) {
            case .end:
                return state
            case .resize, .tick:
                continue
            case .key(let key):
                guard let action = KeyTable.action(for: key, in: state.keyContext) else { continue }
                if state.apply(action, metrics: Screen.metrics(state, size: terminal.size)) == .quit { return state }
            }
        }
    }
}
