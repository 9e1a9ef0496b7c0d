/// A fixed set of words, asked `contains` for every token by the quote rules.
///
/// `Set<String>` hashes each query with a seeded SipHash and normalises before comparing; for the
/// ASCII words that make up the word lists and almost every token, a multiplicative hash over the
/// UTF-8 bytes and a byte comparison give the same answer several times faster. Queries with
/// non-ASCII bytes ("’s") go to a `Set<String>`, so Unicode equivalence is decided exactly as
/// before; so do ASCII queries when the set holds non-ASCII words (which could be canonically
/// equal to an ASCII query), a case the word lists do not have today.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: ByteTable
    /// Every word, for queries the byte table cannot answer.
    private let all: Set<String>
    private let hasNonASCII: Bool

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        all = Set(words)
        let ascii = all.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        hasNonASCII = ascii.count != all.count
        table = ByteTable(Array(ascii))
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: String) -> Bool {
        if !hasNonASCII {
            let found = table.index(of: word)
            if found != ByteTable.undecided { return found >= 0 }
        }
        return all.contains(word)
    }
}

/// A fixed map from words to values, read like a `Dictionary` (`map[word]`), with the lookup of
/// `WordSet`.
struct WordMap<Value: Sendable>: Sendable {
    private let table: ByteTable
    private let values: [Value]
    private let all: [String: Value]
    private let hasNonASCII: Bool

    init(_ dictionary: [String: Value]) {
        all = dictionary
        let ascii = dictionary.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }
        hasNonASCII = ascii.count != dictionary.count
        let keys = Array(ascii.keys)
        table = ByteTable(keys)
        values = keys.map { ascii[$0]! }
    }

    subscript(word: String) -> Value? {
        if !hasNonASCII {
            let found = table.index(of: word)
            if found != ByteTable.undecided { return found >= 0 ? values[found] : nil }
        }
        return all[word]
    }

    func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> WordMap<T> {
        WordMap<T>(try all.mapValues(transform))
    }
}

/// Open addressing over ASCII words stored as bytes.
private struct ByteTable: Sendable {
    /// `index(of:)` for a word that is not ASCII (or whose bytes are not at hand).
    static let undecided = -2

    /// Index into `starts` for each slot, or -1 when empty.
    private let slots: [Int32]
    private let mask: Int
    /// The words' bytes, one after the other; word `k` is `bytes[starts[k]..<starts[k + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// The longest word: an ASCII query longer than it is absent without hashing (whole lines
    /// are asked of the furniture list).
    private let maxLength: Int

    init(_ words: [String]) {
        var capacity = 8
        while capacity < words.count * 4 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        var bytes: [UInt8] = []
        var starts = [0]
        for (k, word) in words.enumerated() {
            bytes.append(contentsOf: word.utf8)
            starts.append(bytes.count)
            var i = Self.hash(Array(word.utf8)[...]) & (capacity - 1)
            while slots[i] >= 0 { i = (i + 1) & (capacity - 1) }
            slots[i] = Int32(k)
        }
        self.slots = slots
        self.mask = capacity - 1
        self.bytes = bytes
        self.starts = starts
        maxLength = words.map(\.utf8.count).max() ?? 0
    }

    @inline(__always)
    private static func hash<C: Collection>(_ word: C) -> Int where C.Element == UInt8 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The index of `word` in the words the table was built from, -1 when absent, or
    /// `undecided` when `word` is not ASCII (or its bytes are not at hand).
    @inline(__always)
    func index(of word: String) -> Int {
        word.utf8.withContiguousStorageIfAvailable { query -> Int in
            if query.count > maxLength {
                for b in query where b >= 0x80 { return Self.undecided }
                return -1
            }
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in query {
                if b >= 0x80 { return Self.undecided }
                h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            }
            var i = Int(truncatingIfNeeded: h ^ (h >> 32)) & mask
            return bytes.withUnsafeBufferPointer { stored in
                while true {
                    let k = Int(slots[i])
                    if k < 0 { return -1 }
                    let start = starts[k], length = starts[k + 1] - start
                    if length == query.count {
                        var same = true
                        var j = 0
                        while j < length {
                            if stored[start + j] != query[j] { same = false; break }
                            j += 1
                        }
                        if same { return k }
                    }
                    i = (i + 1) & mask
                }
            }
        } ?? Self.undecided
    }
}
