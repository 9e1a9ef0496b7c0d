/// Counts keyed by a term hash (`StoryTerms`): open addressing on the hash's own low bits, so a
/// count costs a probe or two instead of `Dictionary`'s seeded rehash of every key. Used per
/// article (term frequencies), per corpus (document frequencies, dense term ids) and as the
/// stop list; keys keep the order they were first counted in, so what is read from it is
/// deterministic.
struct TermCounts: Sendable {
    /// Key per slot, 0 when empty (`StoryTerms.hash` never gives 0).
    private var slots: [UInt64]
    /// Index into `keys`/`counts` per slot.
    private var entries: [Int32]
    private var mask: Int
    /// Distinct keys in first-counted order, with their counts.
    private(set) var keys: [UInt64] = []
    private(set) var counts: [Int32] = []

    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        entries = Array(repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { keys.count }

    /// Adds `by` to the count of `key`.
    @inline(__always)
    mutating func add(_ key: UInt64, by n: Int32 = 1) {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let k = slots[i]
            if k == key { counts[Int(entries[i])] += n; return }
            if k == 0 { break }
            i = (i + 1) & mask
        }
        slots[i] = key
        entries[i] = Int32(keys.count)
        keys.append(key)
        counts.append(n)
        if keys.count * 2 > slots.count { grow() }
    }

    /// The position of `key` in `keys`, inserting it with a count of 0 when it is new: a dense
    /// id for each distinct key.
    @inline(__always)
    mutating func id(of key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let k = slots[i]
            if k == key { return Int(entries[i]) }
            if k == 0 { break }
            i = (i + 1) & mask
        }
        add(key, by: 0)
        return keys.count - 1
    }

    /// The position of `key` in `keys`, nil when it was never counted.
    @inline(__always)
    func index(of key: UInt64) -> Int? {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let k = slots[i]
            if k == key { return Int(entries[i]) }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The count of `key`, 0 when it was never counted.
    @inline(__always)
    func count(of key: UInt64) -> Int32 {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let k = slots[i]
            if k == key { return counts[Int(entries[i])] }
            if k == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: 0, count: size)
        entries = Array(repeating: 0, count: size)
        mask = size - 1
        for (e, key) in keys.enumerated() {
            var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = key
            entries[i] = Int32(e)
        }
    }
}
