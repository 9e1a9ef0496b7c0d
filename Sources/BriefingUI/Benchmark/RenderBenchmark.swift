import Briefing

/// Time per frame and per key of one key in one view at one size.
public struct RenderTiming: Sendable, Codable, Equatable {
    /// The view the key is pressed in ("articles", "briefing", ...).
    public var view: String
    /// The key as the help names it.
    public var key: String
    /// "200x60".
    public var size: String
    /// Times the key was pressed.
    public var samples: Int
    /// `Screen.render`: drawing the frame after the key.
    public var frameMedianMicroseconds: Double
    public var frameP99Microseconds: Double
    /// What the loop does for a key besides drawing: measure the screen, `apply` the action,
    /// measure again and `clamp` (as `ReaderApp.run` does).
    public var keyMedianMicroseconds: Double
    public var keyP99Microseconds: Double
}

/// Measures what a key press costs the reader, view by view, without a terminal: the state
/// work and the drawing into a cell grid, which is everything but the terminal's own update.
/// Used by `briefing bench`; never by tests (timings on a shared machine are for reading).
public enum RenderBenchmark {
    /// The sizes measured unless told otherwise: a big terminal and the classic one.
    public static let defaultSizes = [Size(width: 200, height: 60), Size(width: 80, height: 24)]

    /// One measured key: the keys that lead to the view from the first screen, then the key
    /// pressed `repeats` times, each press followed by `reset` (untimed) when given, so a key
    /// that leaves the view (Enter, `b`) is measured from the same place every time.
    struct Case {
        var view: String
        var setup: [Key]
        var key: Key
        var reset: [Key] = []
    }

    /// The common keys of every view.
    static let cases: [Case] = [
        Case(view: "articles", setup: [], key: .character("j")),
        Case(view: "articles", setup: [.character("G")], key: .character("k")),
        Case(view: "articles", setup: [], key: .pageDown),
        Case(view: "articles", setup: [], key: .character("G"), reset: [.character("g")]),
        Case(view: "articles", setup: [], key: .enter, reset: [.backTab, .character("j")]),
        Case(view: "panes", setup: [], key: .tab),
        Case(view: "reader", setup: [.enter], key: .character("j")),
        Case(view: "reader", setup: [.enter], key: .pageDown),
        Case(view: "reader", setup: [.enter], key: .character("v")),
        Case(view: "quotes", setup: [.tab, .tab], key: .character("j")),
        Case(view: "quotes", setup: [.tab, .tab], key: .enter, reset: [.tab]),
        Case(view: "sidebar", setup: [.tab, .tab, .tab], key: .character("j")),
        Case(view: "sidebar", setup: [.tab, .tab, .tab], key: .enter, reset: [.escape]),
        Case(view: "panes", setup: [], key: .character("s"), reset: [.escape]),
        Case(view: "speakers", setup: [.character("s")], key: .down),
        Case(view: "speakers", setup: [.character("s")], key: .pageDown),
        Case(view: "speakers", setup: [.character("s")], key: .character("a"), reset: [.backspace]),
        Case(view: "speakers", setup: [.character("s")], key: .enter, reset: [.escape]),
        Case(view: "speaker quotes", setup: [.character("s"), .enter], key: .character("j")),
        Case(view: "speaker quotes", setup: [.character("s"), .enter], key: .pageDown),
        Case(view: "speaker quotes", setup: [.character("s"), .enter], key: .character("G"), reset: [.character("g")]),
        Case(view: "panes", setup: [], key: .character("f"), reset: [.escape]),
        Case(view: "figures", setup: [.character("f")], key: .character("j")),
        Case(view: "figures", setup: [.character("f")], key: .character("G"), reset: [.character("g")]),
        Case(view: "figures", setup: [.character("f")], key: .enter, reset: [.escape]),
        Case(view: "panes", setup: [], key: .character("t"), reset: [.escape]),
        Case(view: "timeline", setup: [.character("t")], key: .character("j")),
        Case(view: "timeline", setup: [.character("t")], key: .pageDown),
        Case(view: "timeline", setup: [.character("t")], key: .character("G"), reset: [.character("g")]),
        Case(view: "panes", setup: [], key: .character("e"), reset: [.escape]),
        Case(view: "names", setup: [.character("e")], key: .character("j")),
        Case(view: "names", setup: [.character("e")], key: .tab),
        Case(view: "names", setup: [.character("e")], key: .enter, reset: [.escape]),
        Case(view: "panes", setup: [], key: .character("b"), reset: [.escape]),
        Case(view: "briefing", setup: [.character("b")], key: .character("j")),
        Case(view: "briefing", setup: [.character("b")], key: .pageDown),
        Case(view: "briefing", setup: [.character("b")], key: .character("G"), reset: [.character("g")]),
        Case(view: "briefing", setup: [.character("b")], key: .enter, reset: [.escape]),
        Case(view: "summary", setup: [.enter, .character("v")], key: .character("j")),
        Case(view: "summary", setup: [.enter, .character("v")], key: .character("v"), reset: [.character("v")]),
        Case(view: "panes", setup: [], key: .character("/"), reset: [.escape]),
        Case(view: "search prompt", setup: [.character("/")], key: .character("a"), reset: [.backspace]),
        // Enter runs the search: "the" fills the first page at once; a word that is nowhere
        // reads the whole corpus.
        Case(view: "search prompt the", setup: [.character("/")] + typed("the"), key: .enter, reset: [.escape, .character("/")] + typed("the")),
        Case(view: "search prompt none", setup: [.character("/")] + typed("qzxvjwk"), key: .enter,
             reset: [.escape, .character("/")] + typed("qzxvjwk")),
        Case(view: "search results", setup: [.character("/")] + typed("the") + [.enter], key: .character("j")),
        Case(view: "search results", setup: [.character("/")] + typed("the") + [.enter], key: .pageDown),
        Case(view: "search results", setup: [.character("/")] + typed("the") + [.enter], key: .character("G"), reset: [.character("g")]),
        Case(view: "reader at match", setup: [.character("/")] + typed("the") + [.enter, .enter], key: .character("n")),
        Case(view: "reader at match", setup: [.character("/")] + typed("the") + [.enter, .enter, .character("n")], key: .character("N"),
             reset: [.character("n")]),
        // `/` in a list reads its texts into one buffer the first time (the p99 here), then a
        // filter's letters scan that buffer.
        Case(view: "figures", setup: [.character("f")], key: .character("/"), reset: [.escape]),
        Case(view: "timeline", setup: [.character("t")], key: .character("/"), reset: [.escape]),
        Case(view: "figures filter", setup: [.character("f"), .character("/")], key: .character("a"), reset: [.backspace]),
        Case(view: "figures filter", setup: [.character("f"), .character("/"), .character("a")], key: .character("n"),
             reset: [.backspace]),
        Case(view: "timeline filter", setup: [.character("t"), .character("/")], key: .character("a"), reset: [.backspace]),
        Case(view: "names filter", setup: [.character("e"), .character("/")], key: .character("a"), reset: [.backspace]),
        Case(view: "panes", setup: [], key: .character("?"), reset: [.character("?")]),
        Case(view: "help", setup: [.character("?")], key: .pageDown),
    ]

    static func typed(_ text: String) -> [Key] { text.unicodeScalars.map(Key.character) }

    /// Every case at every size, each key pressed `repeats` times. The state is built once.
    public static func run(model: AnalyzedCorpus, sizes: [Size] = defaultSizes, repeats: Int = 50) -> [RenderTiming] {
        let start = ReaderState.loaded(model: model)
        var timings: [RenderTiming] = []
        for size in sizes {
            for c in cases {
                var state = start
                for key in c.setup { press(key, on: &state, size: size) }
                var frames: [Double] = [], keys: [Double] = []
                for _ in 0..<max(1, repeats) {
                    let (k, f) = press(c.key, on: &state, size: size)
                    keys.append(k)
                    frames.append(f)
                    for key in c.reset { press(key, on: &state, size: size) }
                }
                timings.append(RenderTiming(
                    view: c.view, key: c.key.label, size: "\(size.width)x\(size.height)", samples: frames.count,
                    frameMedianMicroseconds: percentile(frames, 0.5), frameP99Microseconds: percentile(frames, 0.99),
                    keyMedianMicroseconds: percentile(keys, 0.5), keyP99Microseconds: percentile(keys, 0.99)))
            }
        }
        return timings
    }

    /// Seconds to build the reader's state over `model` (the lookups it builds once, and the
    /// search sieve beside them), the best of `rounds`.
    public static func stateConstructionSeconds(model: AnalyzedCorpus, rounds: Int = 3) -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, rounds) {
            let clock = ContinuousClock()
            let elapsed = clock.measure { _ = ReaderState.loaded(model: model) }
            best = min(best, seconds(elapsed))
        }
        return best
    }

    /// The reader's state over `model`, as an opaque value (to measure the memory it holds).
    public static func state(model: AnalyzedCorpus) -> Any {
        ReaderState.loaded(model: model)
    }

    /// One key as the loop handles it; returns microseconds for the state work and for the frame.
    @discardableResult
    static func press(_ key: Key, on state: inout ReaderState, size: Size) -> (key: Double, frame: Double) {
        let clock = ContinuousClock()
        let keyTime = clock.measure {
            if let action = KeyTable.action(for: key, in: state.keyContext) {
                state.apply(action, metrics: Screen.metrics(state, size: size))
            }
            state.clamp(to: Screen.metrics(state, size: size))
        }
        var grid: CellGrid?
        let frameTime = clock.measure { grid = Screen.render(state, size: size) }
        withExtendedLifetime(grid) {}
        return (seconds(keyTime) * 1e6, seconds(frameTime) * 1e6)
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// The value below which `fraction` of the samples fall (nearest rank).
    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}
