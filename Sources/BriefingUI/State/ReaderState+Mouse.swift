/// The mouse: a press selects and focuses what is under the pointer, a double click opens it
/// (Enter's action), the wheel moves in the pane under the pointer without taking the focus.
extension ReaderState {
    /// Lines (or entries) one notch of the wheel moves.
    public static let wheelStep = 3

    @discardableResult
    public mutating func apply(_ kind: MouseEvent.Kind, at target: MouseTarget, metrics m: ScreenMetrics) -> Effect {
        clamp(to: m)
        switch kind {
        case .press:
            select(target)
        case .doubleClick:
            select(target)
            clamp(to: m)
            let entry: Int? = switch target {
            case .pane(let pane, let entry): pane == .reader ? nil : entry
            case .list(let entry): entry
            }
            if entry != nil { return apply(.open, metrics: m) }
        case .wheelUp, .wheelDown:
            let delta = kind == .wheelUp ? -Self.wheelStep : Self.wheelStep
            if case .pane(let pane, _) = target, current.mode == .panes {
                let focus = current.focus
                current.focus = pane
                _ = apply(delta < 0 ? .moveUp : .moveDown, repeating: abs(delta), metrics: m)
                current.focus = focus
            } else {
                _ = apply(delta < 0 ? .moveUp : .moveDown, repeating: abs(delta), metrics: m)
            }
        }
        clamp(to: m)
        return .none
    }

    private mutating func apply(_ action: Action, repeating count: Int, metrics m: ScreenMetrics) -> Effect {
        for _ in 0..<count { _ = apply(action, metrics: m) }
        return .none
    }

    private mutating func select(_ target: MouseTarget) {
        switch target {
        case .pane(let pane, let entry):
            guard current.mode == .panes else { return }
            current.focus = pane
            guard let entry else { return }
            switch pane {
            case .articles: current.articleCursor = entry
            case .quotes: current.quoteCursor = entry
            case .statistics: current.statisticsCursor = entry
            case .reader: break
            }
        case .list(let entry):
            guard let entry else { return }
            switch current.mode {
            case .speakers: current.speakerCursor = entry
            case .speakerQuotes: current.speakerQuoteCursor = entry
            case .figures, .timeline, .entities, .entityMentions, .searchResults: current.listCursor = entry
            case .briefing: current.briefingCursor = entry
            case .panes: break
            }
        }
    }
}
