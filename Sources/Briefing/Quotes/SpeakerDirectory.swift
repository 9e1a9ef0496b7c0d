/// Merges the speakers of every article into corpus speakers: one entry per person,
/// organisation or group, however each article named them, and links quotes that two articles
/// report in nearly the same words.
public enum SpeakerDirectory {
    /// Speakers in order of first appearance, and the quotes with `alsoIn` filled.
    public static func build(quotes: [[Quote]]) -> (speakers: [Speaker], quotes: [[Quote]]) {
        var speakers: [Speaker] = []
        var index: [String: Int] = [:]
        var roleVotes: [Int: [String: Int]] = [:]
        let all = quotes.flatMap { $0 }

        // Full person names anywhere in the corpus, by surname, for "Sessions" → "Jeff Sessions".
        var fullBySurname: [String: Set<String>] = [:]
        for mention in all.compactMap(\.speaker) where mention.kind == .person {
            let words = mention.name.split(separator: " ")
            if words.count >= 2, let last = words.last { fullBySurname[last.lowercased(), default: []].insert(mention.name) }
        }

        func key(_ m: SpeakerMention) -> String {
            var name = m.name
            if m.kind == .person, !name.contains(" "), let full = fullBySurname[name.lowercased()], full.count == 1 { name = full.first! }
            if m.kind != .person, name.lowercased().hasPrefix("the ") { name = String(name.dropFirst(4)) }
            return "\(m.kind == .group ? "g" : "n"):\(name.lowercased())"
        }

        for quote in all {
            guard let mention = quote.speaker else { continue }
            let k = key(mention)
            let id: Int
            if let existing = index[k] {
                id = existing
            } else {
                id = speakers.count
                index[k] = id
                var name = mention.name
                if mention.kind == .person, !name.contains(" "), let full = fullBySurname[name.lowercased()], full.count == 1 { name = full.first! }
                speakers.append(Speaker(id: id, name: name, kind: mention.kind, aliases: [], role: nil, quotes: [], articles: []))
            }
            speakers[id].quotes.append(quote.id)
            if !speakers[id].articles.contains(quote.article) { speakers[id].articles.append(quote.article) }
            for alias in [mention.name, mention.surface] where isAlias(alias, of: speakers[id]) {
                speakers[id].aliases.append(alias)
            }
            if let role = mention.role { roleVotes[id, default: [:]][role, default: 0] += 1 }
        }
        for (id, votes) in roleVotes {
            speakers[id].role = votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }

        // Quotes from one speaker in two articles with nearly the same words.
        var linked = quotes
        for speaker in speakers where speaker.articles.count > 1 {
            let theirs = all.filter { $0.speaker.map(key) == key(SpeakerMention(name: speaker.name, kind: speaker.kind, surface: "", role: nil)) || speaker.quotes.contains($0.id) }
            for a in theirs.indices {
                for b in theirs.indices where b > a && theirs[a].article != theirs[b].article {
                    guard nearlySame(theirs[a].text, theirs[b].text) else { continue }
                    add(theirs[b].id, to: theirs[a], in: &linked)
                    add(theirs[a].id, to: theirs[b], in: &linked)
                }
            }
        }
        return (speakers, linked)
    }

    private static func add(_ id: String, to quote: Quote, in quotes: inout [[Quote]]) {
        guard let i = quotes[quote.article].firstIndex(where: { $0.id == quote.id }) else { return }
        if !quotes[quote.article][i].alsoIn.contains(id) { quotes[quote.article][i].alsoIn.append(id) }
    }

    /// A name worth listing as another way to refer to the speaker: not a pronoun, not an
    /// anaphor ("the company"), not already listed.
    private static func isAlias(_ alias: String, of speaker: Speaker) -> Bool {
        let lower = alias.lowercased()
        guard !alias.isEmpty, alias != speaker.name, !speaker.aliases.contains(alias) else { return false }
        guard !PhraseReader.pronouns.contains(lower), !lower.hasPrefix("the "), !lower.contains(" for ") else { return false }
        return alias.unicodeScalars.first.map(CharacterClass.isUppercase) ?? false
    }

    /// Word sets overlapping by at least 80%: the same quote, reported twice with small edits.
    static func nearlySame(_ a: String, _ b: String) -> Bool {
        func words(_ s: String) -> Set<String> {
            Set(s.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init))
        }
        let x = words(a), y = words(b)
        guard x.count >= 5, y.count >= 5 else { return false }
        return Double(x.intersection(y).count) / Double(x.union(y).count) >= 0.8
    }
}
