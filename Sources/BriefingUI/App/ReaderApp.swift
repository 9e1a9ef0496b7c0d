import Briefing

/// Builds the model off the key loop's thread, telling `progress` how far it has got (`done`
/// of `total`, e.g. files read of all files found; any thread may call it, as often as it
/// likes). `Open` passes the real loading; tests pass a fake.
public typealias ModelLoader = @Sendable (_ progress: @escaping @Sendable (_ done: Int, _ total: Int) -> Void) -> AnalyzedCorpus

/// A loader in two stages: it gives `articlesReady` the articles, unanalysed
/// (`AnalyzedCorpus(unanalysed:)`), as soon as they are parsed, so they can be read while the
/// analysis runs, then returns the whole model. Progress may start again after the articles.
public typealias StagedModelLoader = @Sendable (
    _ progress: @escaping @Sendable (_ done: Int, _ total: Int) -> Void,
    _ articlesReady: @escaping @Sendable (AnalyzedCorpus) -> Void
) -> AnalyzedCorpus

/// The reader's key loop: draw, wait for an event, update the state, until quit or end of input.
///
/// Made with a loader, it draws the first frame before loading anything (empty panes saying
/// "Loading…", progress on the status line), loads on a thread of its own and takes the
/// loaded model when it is ready, keeping the view and history chosen meanwhile. Keys work
/// throughout: `q` quits at once, leaving the loader to the process's exit.
public struct ReaderApp {
    public private(set) var state: ReaderState
    private var loader: StagedModelLoader?
    /// Leave the loop when the loaded model has no articles (the caller says why, in the
    /// shell), instead of showing empty panes.
    public var leavesWhenNothingLoaded = false

    /// How often the loop wakes while loading, in milliseconds: often enough for progress to
    /// move smoothly and the model to appear with no visible delay, and costing nothing
    /// worth measuring (one empty frame drawn 20 times a second).
    static let loadingTick = 50

    /// A saved position to go back to when the model is loaded, unless a key moved first.
    private var restoring: ReadingPosition?

    public init(model: AnalyzedCorpus, settings: ReaderSettings = .default) {
        state = ReaderState(model: model, settings: settings)
    }

    /// The reader over the model `loader` builds, shown from the first frame on, with the
    /// configuration's settings; `notice` stays on the status line until the first key, and
    /// `position` is where the reader opens once the model is there.
    public init(loading loader: @escaping ModelLoader, settings: ReaderSettings = .default, notice: String? = nil,
                restoring position: ReadingPosition? = nil) {
        self.init(loadingInStages: { progress, _ in loader(progress) }, settings: settings, notice: notice, restoring: position)
    }

    /// The same, with the articles readable as soon as the loader has parsed them (the
    /// position is restored then).
    public init(loadingInStages loader: @escaping StagedModelLoader, settings: ReaderSettings = .default, notice: String? = nil,
                restoring position: ReadingPosition? = nil) {
        state = .loading(LoadingProgress(done: 0, total: 0), settings: settings)
        state.notice = notice
        self.loader = loader
        restoring = position
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
                let (progress, articles, loaded) = pending.take()
                // The reading position is restored with the first articles shown, unless a key
                // has moved the view meanwhile.
                let untouched = state.current == ViewState() && state.history.isEmpty
                if let arrived = loaded ?? articles {
                    // The articles alone leave the rest loading; the whole model ends the load.
                    state = state.continued(in: arrived, loading: loaded == nil ? progress : nil)
                    if untouched, let position = restoring { state.restore(position) }
                    restoring = nil
                    if loaded != nil {
                        load = nil
                        if leavesWhenNothingLoaded && state.model.articles.isEmpty { return state }
                    }
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
                load = BackgroundLoad(loader, settings: state.settings)
                self.loader = nil
            }
            switch terminal.nextEvent(timeout: load == nil ? nil : Self.loadingTick) {
            case .end:
                return state
            case .resize, .tick:
                continue
            case .key(let key):
                state.notice = nil
                guard let action = state.settings.keys.action(for: key, in: state.keyContext) else { continue }
                if state.apply(action, metrics: Screen.metrics(state, size: terminal.size)) == .quit { return state }
            case .mouse(let event):
                guard state.settings.mouse else { continue }
                let size = terminal.size
                guard let target = Screen.hit(state, size: size, x: event.x, y: event.y) else { continue }
                state.notice = nil
                state.apply(event.kind, at: target, metrics: Screen.metrics(state, size: size))
            }
        }
    }
}
