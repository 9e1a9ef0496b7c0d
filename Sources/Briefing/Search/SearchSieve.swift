/// Tells, for each article, whether a search could match in it, so a search for a rare word
/// reads a few articles instead of the whole corpus.
///
/// Per article, a Bloom-style bit set of the three-byte runs (trigrams) of its title and
/// paragraphs, folded as `FoldedPattern` folds (ASCII letters lower-cased, other bytes exact),
/// runs with whitespace left out. A text that holds a match holds every trigram of the pattern,
/// so an article whose bits lack one of the pattern's cannot match: the sieve never hides a
/// match, it only lets some articles through for nothing.
///
/// Each article gets a power of two of bits, about `bitsPerByte` per byte of its text, so
/// the share of bits set (and so of articles let through for nothing) is about the same for a
/// short article and a long one: with 2 bits per byte about a quarter of the bits are set,
/// and a pattern of six trigrams lets through about 1 article in 4,000 that does not hold it.
/// Speakers' names are sieved the same way, in groups. The sieve costs about a third of the
/// corpus's bytes, built once on every core.
public struct SearchSieve: Sendable {
    /// One set per article.
    private let articles: BitSets
    /// One set per group of `speakerGroup` speakers (their names and other names): a name
    /// is a few bytes, and a search visits hundreds of thousands of them.
    private let speakers: BitSets
    static let speakerGroup = 64

    public init(model: AnalyzedCorpus, bitsPerByte: Int = 2) {
        articles = BitSets(count: model.articles.count, bitsPerByte: bitsPerByte) { a, add in
            let article = model.articles[a]
            if let title = article.title { add(title) }
            for paragraph in article.paragraphs { add(paragraph.text) }
        }
        let speakerList = model.speakers
        speakers = BitSets(count: (speakerList.count + Self.speakerGroup - 1) / Self.speakerGroup, bitsPerByte: bitsPerByte) { g, add in
            for speaker in speakerList[(g * Self.speakerGroup)..<min(speakerList.count, (g + 1) * Self.speakerGroup)] {
                add(speaker.name)
                for alias in speaker.aliases { add(alias) }
            }
        }
    }

    /// Articles the sieve covers: the model's when it was made.
    public var count: Int { articles.count }

    /// Bytes the sieve holds.
    public var byteCount: Int { articles.byteCount + speakers.byteCount }

    /// What a pattern looks for in the sieve: its trigrams' hashes, worked out once per search.
    public struct Key: Sendable, Hashable {
        fileprivate let hashes: [UInt32]

        public init(_ pattern: FoldedPattern) {
            var hashes: Set<UInt32> = []
            let bytes = pattern.bytes
            if bytes.count >= 3 {
                for i in 0...(bytes.count - 3) where bytes[i] != 0x20 && bytes[i + 1] != 0x20 && bytes[i + 2] != 0x20 {
                    hashes.insert(BitSets.hash(UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])))
                }
            }
            self.hashes = hashes.sorted()
        }

        /// True when the pattern has no trigram to look for (shorter than three bytes between
        /// spaces): every article may hold it.
        public var passesEverything: Bool { hashes.isEmpty }
    }

    /// False when article `article` cannot hold a match of the pattern `key` stands for.
    /// Articles the sieve does not cover (added after it was made) may.
    @inline(__always)
    public func mayContain(article: Int, _ key: Key) -> Bool {
        articles.mayContain(article, key.hashes)
    }

    /// False when no speaker from `speaker` to the end of its group (the value returned as
    /// `groupEnd`, where a search can go on from) can hold a match in a name.
    @inline(__always)
    func mayContain(speaker: Int, _ key: Key) -> (Bool, groupEnd: Int) {
        let group = speaker / Self.speakerGroup
        return (speakers.mayContain(group, key.hashes), (group + 1) * Self.speakerGroup)
    }
}

/// Bloom-style bit sets of the folded trigrams of groups of texts, one set per group, each a
/// power of two of bits long, kept one after another in one array.
private struct BitSets: Sendable {
    /// Every set's bits, one after another.
    private let words: [UInt64]
    /// Set i's bits are `words[starts[i]..<starts[i + 1]]`.
    private let starts: [Int]
    /// log₂ of each set's number of bits.
    private let shifts: [UInt8]

    /// The largest set: beyond 2²⁰ bits (128 KiB) a very long text is let through more often
    /// rather than costing more memory.
    static let maximumShift = 20
    /// The smallest: 512 bits.
    static let minimumShift = 9

    /// Sets for `count` groups; `texts(i, add)` passes group i's texts to `add`. Built on
    /// every core.
    init(count: Int, bitsPerByte: Int, texts: @escaping @Sendable (Int, (String) -> Void) -> Void) {
        let sets = Parallel.map(Array(0..<count)) { _, i in Self.bits(bitsPerByte: bitsPerByte) { add in texts(i, add) } }
        var starts: [Int] = [0]
        var shifts: [UInt8] = []
        starts.reserveCapacity(count + 1)
        shifts.reserveCapacity(count)
        var total = 0
        for set in sets {
            total += set.words.count
            starts.append(total)
            shifts.append(set.shift)
        }
        var words: [UInt64] = []
        words.reserveCapacity(total)
        for set in sets { words += set.words }
        self.words = words
        self.starts = starts
        self.shifts = shifts
    }

    var count: Int { shifts.count }

    var byteCount: Int { words.count * 8 + starts.count * 8 + shifts.count }

    /// Fibonacci hashing: the top bits of the product are well mixed, so a set of 2ˢ bits
    /// takes the top s bits.
    @inline(__always)
    static func hash(_ trigram: UInt32) -> UInt32 { trigram &* 0x9E37_79B1 }

    @inline(__always)
    func mayContain(_ set: Int, _ hashes: [UInt32]) -> Bool {
        guard set >= 0, set < shifts.count else { return true }
        let start = starts[set]
        let drop = UInt32(32 - Int(shifts[set]))
        for hash in hashes {
            let bit = Int(hash >> drop)
            if words[start + bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
        }
        return true
    }

    /// One group's set: sized from its texts' bytes, then filled.
    private static func bits(bitsPerByte: Int, texts: ((String) -> Void) -> Void) -> (words: [UInt64], shift: UInt8) {
        var bytes = 0
        texts { bytes += $0.utf8.count }
        var shift = minimumShift
        while shift < maximumShift, 1 << shift < bytes * bitsPerByte { shift += 1 }
        var words = [UInt64](repeating: 0, count: (1 << shift) / 64)
        let drop = UInt32(32 - shift)
        words.withUnsafeMutableBufferPointer { set in
            texts { text in
                var text = text
                text.withUTF8 { utf8 in
                    var window: UInt32 = 0
                    var run = 0
                    for b in utf8 {
                        if FoldedPattern.isSpace(b) {
                            run = 0
                            continue
                        }
                        window = (window << 8 | UInt32(FoldedPattern.fold(b))) & 0xFF_FFFF
                        run += 1
                        if run >= 3 {
                            let bit = Int(hash(window) >> drop)
                            set[bit >> 6] |= 1 << UInt64(bit & 63)
                        }
                    }
                }
            }
        }
        return (words, UInt8(shift))
    }
}
