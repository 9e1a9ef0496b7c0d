/// Merges the speakers of every article into corpus speakers: one entry per person,
/// organisation or group, however each article named them, and links quotes that two articles
/// report in nearly the same words.
public enum SpeakerDirectory {
    /// Speakers in order of first appearance, and the quotes with `alsoIn` filled.
    public static func build(quotes: [[Quote]]) -> (speakers: [Speaker], quotes: [[Quote]]) {
        var speakers: [Speaker] = []
        var index: [String: Int] = [:]
        var roleVotes: [Int: [String: Int]] = [:]
        var articleSets: [Set<Int>] = []
        var aliasSets: [Set<String>] = []

        // Full person names anywhere in the corpus, by surname, for "Ruiz" → "Ana Ruiz".
        var fullBySurname: [String: Set<String>] = [:]
        for mention in quotes.joined().compactMap(\.speaker) where mention.kind == .person {
            let words = FastCase.spaceSeparatedWords(mention.name)
            if words.count >= 2, let last = words.last { fullBySurname[FastCase.lowercased(last), default: []].insert(mention.name) }
        }
        func canonicalName(_ m: SpeakerMention) -> String {
            var name = m.name
            let hasSpace = FastCase.isASCII(name) ? name.utf8.contains(0x20) : name.contains(" ")  // bytes, not Foundation
            if m.kind == .person, !hasSpace, let full = fullBySurname[FastCase.lowercased(name)], full.count == 1 { name = full.first! }
            if m.kind != .person, FastCase.lowercased(name).hasPrefix("the ") { name = String(name.dropFirst(4)) }
            return name
        }

        // Which speaker each quote belongs to, by position, to link repeated quotes below.
        var speakerOf: [[Int?]] = quotes.map { Array(repeating: nil, count: $0.count) }
        for (a, articleQuotes) in quotes.enumerated() {
            for (q, quote) in articleQuotes.enumerated() {
                guard let mention = quote.speaker else { continue }
                let name = canonicalName(mention)
                let key = "\(mention.kind == .group ? "g" : "n"):\(FastCase.lowercased(name))"
                let id: Int
                if let existing = index[key] {
                    id = existing
                } else {
                    id = speakers.count
                    index[key] = id
                    speakers.append(Speaker(id: id, name: name, kind: mention.kind, aliases: [], role: nil, quotes: [], articles: []))
                    articleSets.append([])
                    aliasSets.append([])
                }
                speakerOf[a][q] = id
                speakers[id].quotes.append(quote.id)
                if articleSets[id].insert(quote.article).inserted { speakers[id].articles.append(quote.article) }
                for alias in [mention.name, mention.surface] where isAlias(alias, of: speakers[id]) && aliasSets[id].insert(alias).inserted {
                    speakers[id].aliases.append(alias)
                }
                if let role = mention.role { roleVotes[id, default: [:]][role, default: 0] += 1 }
            }
        }
        for (id, votes) in roleVotes {
            speakers[id].role = votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        return (speakers, linkRepeatedQuotes(quotes, speakerOf: speakerOf))
    }

    /// The most other articles a quote lists in `alsoIn`: a wire quote syndicated to hundreds
    /// of outlets needs no list of hundreds.
    static let maxAlsoIn = 50

    /// Quotes from one speaker in two articles with nearly the same words (80% of their words
    /// shared). Identical quotes are grouped first; one quote of each group is then compared
    /// with the others that share a run of four words with it, so the work grows with the
    /// number of distinct quotes, not with every pair.
    private static func linkRepeatedQuotes(_ quotes: [[Quote]], speakerOf: [[Int?]]) -> [[Quote]] {
        struct Ref { var article: Int; var index: Int }
        // Words are numbered once (`wordID`), so quotes, shingles and word sets are keyed by
        // small integers instead of strings joined and hashed again for every shingle. Same
        // words give the same numbers, so groups, shingles and overlaps are as with strings.
        struct QuoteKey: Hashable { var speaker: Int; var words: [Int] }
        struct Shingle: Hashable { var speaker: Int; var a: Int, b: Int, c: Int, d: Int }
        var wordID = WordNumbers()
        var groups: [[Ref]] = []
        var groupWords: [Set<Int>] = []
        var groupOfKey: [QuoteKey: Int] = [:]
        var byShingle: [Shingle: [Int]] = [:]
        var ids: [Int] = []
        for a in quotes.indices {
            for q in quotes[a].indices {  // (indices: no copy of each quote)
                guard let speaker = speakerOf[a][q] else { continue }
                ids.removeAll(keepingCapacity: true)
                let text = quotes[a][q].text
                // Plain text is numbered from its bytes; other text word by word as strings.
                if !FastCase.forEachLowercaseWord(text, { ids.append(wordID.number(ofASCII: $0)) }) {
                    for token in FastCase.lowercaseWords(text) { ids.append(wordID.number(of: token)) }
                }
                guard ids.count >= 5 else { continue }
                let key = QuoteKey(speaker: speaker, words: ids)
                if let g = groupOfKey[key] {
                    groups[g].append(Ref(article: a, index: q))
                    continue
                }
                let g = groups.count
                groupOfKey[key] = g
                groups.append([Ref(article: a, index: q)])
                groupWords.append(Set(ids))
                var seen = Set<Shingle>()
                for i in 0...(ids.count - 4) {
                    let shingle = Shingle(speaker: speaker, a: ids[i], b: ids[i + 1], c: ids[i + 2], d: ids[i + 3])
                    if seen.insert(shingle).inserted { byShingle[shingle, default: []].append(g) }
                }
            }
        }
        // Union-find over groups whose word sets overlap enough.
        var parent = Array(groups.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var compared = Set<Int>()
        for members in byShingle.values where members.count > 1 {
            for x in members.indices {
                for y in members.indices where y > x {
                    let a = members[x], b = members[y]
                    guard root(a) != root(b), compared.insert(a * groups.count + b).inserted else { continue }
                    let shared = groupWords[a].intersection(groupWords[b]).count
                    if Double(shared) / Double(groupWords[a].union(groupWords[b]).count) >= 0.8 { parent[root(a)] = root(b) }
                }
            }
        }
        var clusters: [Int: [Ref]] = [:]
        for g in groups.indices { clusters[root(g), default: []].append(contentsOf: groups[g]) }
        var linked = quotes
        for members in clusters.values where members.count > 1 {
            for member in members {
                let others = members.filter { $0.article != member.article }.prefix(maxAlsoIn)
                linked[member.article][member.index].alsoIn = others.map { quotes[$0.article][$0.index].id }
            }
        }
        return linked
    }

    /// Numbers for words, the same number for the same word: ASCII words are kept as bytes in
    /// an open-addressing table (no string made or hashed per word), others in a dictionary,
    /// where equality is Unicode's. The two never share a word: a lowercase word with a
    /// non-ASCII letter is never equal to an ASCII one.
    struct WordNumbers {
        private var slots = [Int32](repeating: -1, count: 1024)
        private var bytes: [UInt8] = []
        private var starts: [Int] = [0]
        private var numberOfEntry: [Int] = []
        private var others: [String: Int] = [:]
        private var count = 0

        private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in word { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            return Int(truncatingIfNeeded: h ^ (h >> 32))
        }

        mutating func number(of word: String) -> Int {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                var word = word
                return word.withUTF8 { number(ofASCII: $0) }
            }
            if let n = others[word] { return n }
            others[word] = count
            count += 1
            return count - 1
        }

        mutating func number(ofASCII word: UnsafeBufferPointer<UInt8>) -> Int {
            let mask = slots.count - 1
            var i = Self.hash(word) & mask
            while true {
                let entry = Int(slots[i])
                if entry < 0 { break }
                let start = starts[entry], length = starts[entry + 1] - start
                if length == word.count && bytes[start..<(start + length)].elementsEqual(word) { return numberOfEntry[entry] }
                i = (i + 1) & mask
            }
            let entry = numberOfEntry.count
            bytes.append(contentsOf: word)
            starts.append(bytes.count)
            numberOfEntry.append(count)
            count += 1
            slots[i] = Int32(entry)
            if numberOfEntry.count * 2 > slots.count { grow() }
            return count - 1
        }

        private mutating func grow() {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            let mask = slots.count - 1
            bytes.withUnsafeBufferPointer { stored in
                for entry in numberOfEntry.indices {
                    let word = UnsafeBufferPointer(rebasing: stored[starts[entry]..<starts[entry + 1]])
                    var i = Self.hash(word) & mask
                    while slots[i] >= 0 { i = (i + 1) & mask }
                    slots[i] = Int32(entry)
                }
            }
        }
    }

    /// A name worth listing as another way to refer to the speaker: not a pronoun, not an
    /// anaphor ("the company"), not the name itself.
    private static func isAlias(_ alias: String, of speaker: Speaker) -> Bool {
        let lower = FastCase.lowercased(alias)
        guard !alias.isEmpty, alias != speaker.name else { return false }
        // An ASCII alias is searched by bytes (the same answer, without Foundation's search).
        let forPhrase = lower.utf8.allSatisfy { $0 < 0x80 } ? lower.containsBytes(" for ") : lower.contains(" for ")
        guard !PhraseReader.pronouns.contains(lower), !lower.hasPrefix("the "), !forPhrase else { return false }
        return alias.unicodeScalars.first.map(CharacterClass.isUppercase) ?? false
    }
}
