/// How far loading the model has got, as the loader reports it: `done` of `total` (files read,
/// articles analysed). A total of 0 means the loader has not counted yet.
public struct LoadingProgress: Sendable, Equatable {
    public var done: Int
    public var total: Int

    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }

    /// Done as a fraction of the total, 0 while the total is unknown.
    public var fraction: Double {
        total > 0 ? min(1, max(0, Double(done) / Double(total))) : 0
    }
}
