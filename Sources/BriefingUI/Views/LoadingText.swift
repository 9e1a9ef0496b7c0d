/// How the screens read while the model loads: "Loading…" where a view would say it has
/// nothing, and titles without counts (a count of 0 would be wrong).
enum LoadingText {
    static let message = "Loading…"

    /// " (1,204)", or nothing while loading (a count of articles is right as soon as they are
    /// shown).
    static func count(_ n: Int, in state: ReaderState) -> String {
        state.isLoading ? "" : " (\(NumberText.grouped(n)))"
    }

    /// `empty`, or "Loading…" while loading.
    static func empty(_ empty: String, in state: ReaderState) -> String {
        state.isLoading ? message : empty
    }

    /// The status line's account of loading: "Loading… 3,412 of 10,000 articles", or
    /// "Loading…" before the loader has counted.
    static func status(_ progress: LoadingProgress, analysing: Bool = false) -> String {
        let stage = analysing ? analysingMessage : message
        guard progress.total > 0 else { return stage }
        // Every article analysed: what is left is putting the corpus together, which counts
        // nothing.
        if analysing, progress.done >= progress.total { return mergingMessage }
        return "\(stage) \(NumberText.grouped(progress.done)) of \(NumberText.counted(progress.total, "article"))"
    }

    /// Once the articles are shown, while what is extracted from them loads.
    static let analysingMessage = "Analysing…"
    /// Once every article is analysed, while speakers, figures, dates and stories are merged.
    static let mergingMessage = "Merging speakers, figures, dates and stories…"


    /// A bar of `width` cells, filled in proportion to the progress: "█" done, "░" to do, so
    /// it reads without colour.
    static func bar(_ progress: LoadingProgress, width: Int) -> String {
        guard width > 0 else { return "" }
        let filled = Int((progress.fraction * Double(width)).rounded(.down))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
