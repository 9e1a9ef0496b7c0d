import Briefing

/// What the key loop needs from a terminal. `NcursesTerminal` is the real one; tests use a
/// scripted one, so the whole loop runs without a terminal.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    func draw(_ grid: CellGrid)
    /// Blocks until something happens.
    func nextEvent() -> TerminalEvent
}

public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    /// The terminal changed size: lay out again.
    case resize
    /// Input is gone (the terminal closed, or reading failed for good): leave the loop.
    case end
}

/// The reader's key loop: draw, wait for an event, update the state, until quit or end of input.
public struct ReaderApp {
    public private(set) var state: ReaderState

    public init(model: AnalyzedCorpus) {
        state = ReaderState(model: model)
    }

    /// The loop from a state made beforehand (tests give the briefing stories of their own).
    init(state: ReaderState) {
        self.state = state
    }

    /// Runs until `q` or until input ends; returns the final state.
    @discardableResult
    public mutating func run(on terminal: TerminalBackend) -> ReaderState {
        while true {
            let size = terminal.size
            state.clamp(to: Screen.metrics(state, size: size))
            terminal.draw(Screen.render(state, size: size))
            switch terminal.nextEvent() {
            case .end:
                return state
            case .resize:
                continue
            case .key(let key):
                guard let action = KeyTable.action(for: key, in: state.keyContext) else { continue }
                if state.apply(action, metrics: Screen.metrics(state, size: terminal.size)) == .quit { return state }
            }
        }
    }
}
