import Dispatch
import Foundation

/// Work spread over every core, with results in input order: the same output whatever the
/// number of cores, so exports stay byte-identical between machines.
public enum Parallel {
    /// Cores the work is spread over.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

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
        // More lanes than cores, taking every n-th item, so one long article does not leave a
        // core idle at the end.
        let lanes = min(items.count, cores * 8)
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            var i = lane
            while i < items.count {
                slots.buffer[i] = transform(i, items[i])
                counter?.advance()
                i += lanes
            }
        }
        return slots.buffer.map { $0! }
    }
}

/// One slot per result. Each index is written by exactly one lane, and read only after
/// `concurrentPerform` returns, so the slots need no lock.
private final class Slots<R>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<R?>

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
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let stride: Int
    private let report: @Sendable (Int, Int) -> Void

    init(total: Int, report: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.stride = max(1, total / 1000)
        self.report = report
    }

    func advance() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        if done % stride == 0 || done == total { report(done, total) }
    }
}
