import Briefing

/// The random choices of one article. Each article gets its own stream, seeded from the corpus
/// seed and the article's number alone, so article n comes out the same whether it is made alone,
/// in a batch or on another thread.
struct Dice {
    private var random: SeededRandom

    init(seed: UInt64, article: Int) {
        // Two rounds of the SplitMix64 finaliser: neighbouring seeds and numbers land far apart,
        // so article 7 of seed 1 shares nothing with article 8 or with article 7 of seed 2.
        random = SeededRandom(seed: Self.mix(Self.mix(seed) ^ UInt64(truncatingIfNeeded: article) &* 0xD6E8_FEB8_6659_FD93))
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<n (n > 0). The modulo bias is far below anything a corpus would show.
    mutating func below(_ n: Int) -> Int {
        Int(truncatingIfNeeded: random.next() % UInt64(n))
    }

    mutating func number(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True `percent` times in a hundred.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// A number in 0..<1.
    mutating func unit() -> Double {
        random.unit()
    }
}
