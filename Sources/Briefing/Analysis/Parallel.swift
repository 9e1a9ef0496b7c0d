import Dispatch
import Foundation
import Synchronization

/// Work spread over every core, with results in input order: the same output whatever the
/// number of cores, so exports stay byte-identical between machines.
public enum Parallel {
    /// Cores the work is spread over: every active core, unless a benchmark has limited them.
    public static var cores: Int { limit ?? max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Set only by `withCores`, which benchmarks use to time the same work on one core and on
    /// all of them. Not a lock: benchmarks set it between runs, never while work is under way.
    nonisolated(unsafe) private static var limit: Int?

    /// Runs `work` with every parallel map limited to `cores` cores, then lifts the limit.
    public static func withCores<R>(_ cores: Int, _ work: () throws -> R) rethrows -> R {
        let previous = limit
        limit = max(1, cores)
        defer { limit = previous }
        return try work()
    }

    /// `transform` applied to every element (with its index) on all cores.
    ///
    /// `progress`, when given, is told how many items are done out of how many: about a
    /// thousand times over the whole run and once at the end, from the worker threads, under a
    /// lock so the counts arrive in increasing order. It must be quick (store the numbers, wake
    /// a screen): the workers wait while it runs.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], cores: Int = Parallel.cores,
                                                     progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
                                                     _ transform: @Sendable (Int, T) -> R) -> [R] {
        let counter = progress.map { ProgressCounter(total: items.count, report: $0) }
        guard items.count > 1, cores > 1 else {
            return items.enumerated().map { item in
                defer { counter?.advance() }
                return transform(item.offset, item.element)
            }
        }
        let slots = Slots<R>(count: items.count)
        // Each worker claims the next small batch of items until none is left, so a long
        // article or a slow core never leaves the others idle at the end. Results go to their
        // own slots, so the order is the input's whoever computed them.
        let batch = max(1, min(16, items.count / (cores * 16)))
        DispatchQueue.concurrentPerform(iterations: min(cores, items.count)) { _ in
            while true {
                let start = slots.claim(batch)
                guard start < items.count else { break }
                for i in start..<min(start + batch, items.count) {
                    slots.buffer[i] = transform(i, items[i])
                    counter?.advance()
                }
            }
        }
        return slots.buffer.map { $0! }
    }
}

extension Parallel {
    /// `first` and `second` run at the same time when there is more than one core: two
    /// merges that do not need each other's result.
    public static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        guard cores > 1 else { return (first(), second()) }
        var a: A?
        var b: B?
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let work = UnsafeSendable(first: first, second: second)
                let results = UnsafeSendable(first: { a = $0 }, second: { b = $0 })
                // Each iteration writes its own result; both are read after the call returns.
                DispatchQueue.concurrentPerform(iterations: 2) { i in
                    if i == 0 { results.first(work.first()) } else { results.second(work.second()) }
                }
            }
        }
        return (a!, b!)
    }
}

/// Two closures carried into `concurrentPerform`, which runs each on one thread only.
private struct UnsafeSendable<F, S>: @unchecked Sendable {
    let first: F
    let second: S
}

/// One slot per result. Each index is written by exactly one worker (the one that claimed its
/// batch), and read only after `concurrentPerform` returns, so the slots need no lock.
private final class Slots<R>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<R?>
    private let next = Atomic<Int>(0)

    /// The first index of the next unclaimed batch of `size` items.
    func claim(_ size: Int) -> Int {
        next.add(size, ordering: .relaxed).oldValue
    }

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
}

/// Counts finished items for a progress callback. One lock per item costs nanoseconds against
/// the milliseconds an article takes; the callback runs only every `stride` items, and at the
/// end, so a screen that redraws on it is not flooded.
public final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let stride: Int
    private let report: @Sendable (Int, Int) -> Void

    /// A count of `total` from `done` (work finished before this counter began).
    public init(total: Int, done: Int = 0, report: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.done = done
        self.stride = max(1, total / 1000)
        self.report = report
    }

    public func advance() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        if done % stride == 0 || done == total { report(done, total) }
    }
}
