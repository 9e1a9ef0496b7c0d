import Dispatch
import Foundation

/// Work spread over every core, with results in input order: the same output whatever the
/// number of cores, so exports stay byte-identical between machines.
public enum Parallel {
    /// Cores the work is spread over.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` applied to every element (with its index) on all cores.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], cores: Int = Parallel.cores,
                                                     _ transform: @Sendable (Int, T) -> R) -> [R] {
        guard items.count > 1, cores > 1 else { return items.enumerated().map { transform($0.offset, $0.element) } }
        let slots = Slots<R>(count: items.count)
        // More lanes than cores, taking every n-th item, so one long article does not leave a
        // core idle at the end.
        let lanes = min(items.count, cores * 8)
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            var i = lane
            while i < items.count {
                slots.buffer[i] = transform(i, items[i])
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
