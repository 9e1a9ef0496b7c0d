/// The content words of a text, read on its UTF-8 bytes, for telling which event an article
/// reports.
///
/// A word is a run of letters (any non-ASCII scalar but the caseless punctuation news text is
/// full of counts as a letter, so accented names stay whole); words with digits are dropped
/// (numbers are the figures' business), and so are words under three letters, function words,
/// reporting verbs, month and weekday names and the vocabulary of news writing itself
/// (`story-stopwords.txt`). What is left is lowercased, lightly stemmed (a plural "s" dropped, as
/// `FigureRanking.stem` does) and passed on as a 64-bit FNV-1a hash of its bytes: counting words
/// by hash needs no string per word, and two words sharing a hash in one corpus is a chance of
/// about one in ten million for a million distinct words.
final class StoryTerms: Sendable {
    static let shared = StoryTerms()

    /// Hashes of every word that is never a content word, stemmed as the text is (counts are
    /// unused: the table is a set that answers without rehashing a hash).
    private let stop: TermCounts

    private init() {
        var words = WordList.set("function-words.txt").union(WordList.set("story-stopwords.txt"))
        for row in WordList.rows("reporting-verbs.tsv") {
            for column in row.prefix(5) { words.formUnion(column.lowercased().split(separator: " ").map(String.init)) }
        }
        words.formUnion(DateText.months.keys)
        words.formUnion(DateText.weekdays)
        var stop = TermCounts(capacity: words.count)
        for word in words.sorted() {
            var bytes = Array(word.utf8)
            Self.stem(&bytes, scalars: word.unicodeScalars.count)
            stop.add(Self.hash(bytes[...]))
        }
        self.stop = stop
    }

    /// Calls `body` with the hash of every content word of `text` and whether the word starts
    /// inside one of `skip` (ranges of Unicode scalars into `text`, sorted by lower bound): the
    /// words of the names the entity extractor found, which the article's entities stand for.
    ///
    /// One pass over the bytes with no copy of the word: the FNV hash is built as the letters
    /// come, keeping the hashes of the word less its last one and last three letters, so a
    /// plural ending can be dropped (`stem`) without hashing again.
    func forEachTerm(in text: String, skipping skip: ArraySlice<Range<Int>> = [], _ body: (_ hash: UInt64, _ skipped: Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            let prime: UInt64 = 0x0000_0100_0000_01B3
            var h: UInt64 = Self.basis  // hash of the word so far
            var h1: UInt64 = 0, h2: UInt64 = 0, h3: UInt64 = 0  // less its last 1, 2, 3 bytes
            var last: UInt32 = 0  // its last three bytes, the last lowest
            var length = 0  // bytes
            var scalars = 0
            var scalar = 0  // scalars before bytes[i]
            var wordStart = -1  // scalar offset of the word's first letter
            var hasDigit = false
            var nextSkip = skip.startIndex

            @inline(__always) func push(_ b: UInt8) {
                h3 = h2
                h2 = h1
                h1 = h
                h = (h ^ UInt64(b)) &* prime
                last = (last << 8 | UInt32(b)) & 0xFF_FFFF
                length += 1
            }

            func flush() {
                defer { h = Self.basis; length = 0; scalars = 0; last = 0; wordStart = -1; hasDigit = false }
                guard wordStart >= 0, !hasDigit, scalars >= 3 else { return }
                while nextSkip < skip.endIndex && skip[nextSkip].upperBound <= wordStart { nextSkip += 1 }
                let skipped = nextSkip < skip.endIndex && skip[nextSkip].contains(wordStart)
                var stemmed = h
                // As `stem`: "-ies" → "-y", else a final "s" not after another "s".
                if scalars > 3 && last & 0xFF == 0x73 && (last >> 8) & 0xFF != 0x73 {
                    if length >= 4 && last == 0x69_6573 {
                        stemmed = (h3 ^ 0x79) &* prime
                    } else {
                        stemmed = h1
                    }
                }
                if stemmed == 0 { stemmed = 1 }
                if stop.count(of: stemmed) == 0 { body(stemmed, skipped) }
            }

            var i = 0
            let count = bytes.count
            while i < count {
                let b = bytes[i]
                if b < 0x80 {
                    let lower = b | 0x20
                    if lower >= 0x61 && lower <= 0x7A {
                        if wordStart < 0 { wordStart = scalar }
                        push(lower)
                        scalars += 1
                    } else if b >= 0x30 && b <= 0x39 {
                        if wordStart < 0 { wordStart = scalar }
                        hasDigit = true
                        push(b)
                        scalars += 1
                    } else if wordStart >= 0 {
                        flush()
                    }
                    i += 1
                    scalar += 1
                    continue
                }
                let size = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                if FastCase.caselessMarkLength(bytes, at: i) > 0 {
                    if wordStart >= 0 { flush() }
                } else {
                    if wordStart < 0 { wordStart = scalar }
                    let end = min(i + size, count)
                    // Latin-1 capitals (À…Þ but ×) lowercase by one bit, as ASCII does.
                    if b == 0xC3, i + 1 < count, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9E, bytes[i + 1] != 0x97 {
                        push(b)
                        push(bytes[i + 1] | 0x20)
                    } else {
                        for k in i..<end { push(bytes[k]) }
                    }
                    scalars += 1
                }
                i += size
                scalar += 1
            }
            if wordStart >= 0 { flush() }
        }
    }

    /// The hashes of the content words of `text`, in order.
    func terms(in text: String) -> [UInt64] {
        var out: [UInt64] = []
        forEachTerm(in: text) { h, _ in out.append(h) }
        return out
    }

    /// Drops a plural ending: "-ies" becomes "-y" and a final "s" goes (not "-ss"), in words of
    /// more than three letters.
    @inline(__always)
    static func stem(_ word: inout [UInt8], scalars: Int) {
        let n = word.count
        guard scalars > 3, n >= 2, word[n - 1] == 0x73, word[n - 2] != 0x73 else { return }
        if n >= 4, word[n - 3] == 0x69, word[n - 2] == 0x65 {
            word.removeLast(3)
            word.append(0x79)
        } else {
            word.removeLast()
        }
    }

    static let basis: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = basis
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h == 0 ? 1 : h  // 0 marks an empty slot in `TermCounts`
    }
}
