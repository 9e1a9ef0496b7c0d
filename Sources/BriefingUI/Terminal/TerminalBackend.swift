import Briefing

/// What the key loop needs from a terminal. `NcursesTerminal` is the real one; tests use a
/// scripted one, so the whole loop runs without a terminal.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    func draw(_ grid: CellGrid)
    /// Blocks until something happens; with a timeout, until something happens or that many
    /// milliseconds have passed (then `.tick`). The loop waits with a timeout only while the
    /// model is loading, to show progress and take the model when it is ready.
    func nextEvent(timeout milliseconds: Int?) -> TerminalEvent
}

extension TerminalBackend {
    /// Blocks until something happens.
    public func nextEvent() -> TerminalEvent { nextEvent(timeout: nil) }
}

public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    /// A click or the wheel (only when the mouse is on).
    case mouse(MouseEvent)
    /// The terminal changed size: lay out again.
    case resize
    /// Nothing happened within the timeout.
    case tick
    /// Input is gone (the terminal closed, or reading failed for good): leave the loop.
    case end
}
