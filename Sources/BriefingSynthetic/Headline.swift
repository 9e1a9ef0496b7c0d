/// Headline casing and file-name slugs.
enum Headline {
    /// Words title case leaves in lowercase unless they open the headline.
    static let minorWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "as", "from", "with", "after",
        "over", "into", "up",
    ]

    /// "Police arrest three suspects after a raid" → "Police Arrest Three Suspects After a Raid",
    /// as many sites style headlines. Words already holding capitals are left alone.
    static func titleCased(_ headline: String) -> String {
        var words: [String] = []
        for (i, word) in headline.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            let text = String(word)
            if i > 0 && minorWords.contains(text) {
                words.append(text)
            } else if let first = text.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") {
                words.append(text.prefix(1).uppercased() + text.dropFirst())
            } else {
                words.append(text)
            }
        }
        return words.joined(separator: " ")
    }

    /// A short ASCII slug of the headline's first whole words ("police-arrest-three-suspects").
    static func slug(_ headline: String, maxBytes: Int = 40) -> String {
        var bytes: [UInt8] = []
        for word in headline.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == ":" || $0 == "," }) {
            var kept: [UInt8] = []
            for byte in word.utf8 {
                let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                // "city's" → "citys"; letters outside ASCII and punctuation are dropped.
                if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9")) {
                    kept.append(lower)
                }
            }
            guard !kept.isEmpty else { continue }
            if !bytes.isEmpty && bytes.count + 1 + kept.count > maxBytes { break }
            if !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
            bytes += kept.prefix(maxBytes)
        }
        return bytes.isEmpty ? "article" : String(decoding: bytes, as: UTF8.self)
    }
}
