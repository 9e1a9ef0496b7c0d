/// ROUGE (Lin, 2004), the overlap of words between a summary and a reference written by a
/// person: ROUGE-1 counts shared words, ROUGE-2 shared word pairs, ROUGE-L the longest common
/// subsequence. Tokens follow Google's `rouge-score` package (lowercase, runs of a-z and 0-9),
/// without its optional Porter stemming, so scores run a little below its stemmed ones.
public enum Rouge {
    public struct Score: Sendable, Hashable, Encodable {
        public var precision: Double
        public var recall: Double
        public var f1: Double

        init(overlap: Int, candidate: Int, reference: Int) {
            precision = candidate == 0 ? 0 : Double(overlap) / Double(candidate)
            recall = reference == 0 ? 0 : Double(overlap) / Double(reference)
            f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    /// Lowercase ASCII letters and digits; everything else separates tokens.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            default:
                if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)); current.removeAll() }
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    /// ROUGE-N of a candidate against a reference.
    public static func n(_ n: Int, candidate: String, reference: String) -> Score {
        let c = grams(tokens(candidate), n), r = grams(tokens(reference), n)
        let overlap = c.reduce(0) { $0 + min($1.value, r[$1.key] ?? 0) }
        return Score(overlap: overlap, candidate: c.values.reduce(0, +), reference: r.values.reduce(0, +))
    }

    /// ROUGE-L: the longest common subsequence of the two token sequences.
    public static func l(candidate: String, reference: String) -> Score {
        let c = tokens(candidate), r = tokens(reference)
        guard !c.isEmpty, !r.isEmpty else { return Score(overlap: 0, candidate: c.count, reference: r.count) }
        var previous = [Int](repeating: 0, count: r.count + 1)
        for x in c {
            var row = [Int](repeating: 0, count: r.count + 1)
            for (j, y) in r.enumerated() { row[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], row[j]) }
            previous = row
        }
        return Score(overlap: previous[r.count], candidate: c.count, reference: r.count)
    }

    static func grams(_ tokens: [String], _ n: Int) -> [[String]: Int] {
        guard tokens.count >= n else { return [:] }
        var counts: [[String]: Int] = [:]
        for i in 0...(tokens.count - n) { counts[Array(tokens[i..<(i + n)]), default: 0] += 1 }
        return counts
    }
}
