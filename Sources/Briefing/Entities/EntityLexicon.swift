/// The data the entity rules read, loaded once from the embedded files: the gazetteer
/// (`places.tsv`), given names (`first-names.tsv` and `given-names.txt`) and word classes
/// (`entity-words.tsv`). The quote extractor's `Lexicon` supplies titles, roles, organisation
/// words and the rest.
final class EntityLexicon: Sendable {
    struct Place: Sendable {
        enum Kind: String, Sendable { case country, region, state, city }
        var name: String
        var kind: Kind
    }

    /// One way of writing a place, as the tokenizer splits it ("U.S." is one token, "New York"
    /// two). A first word "The" is stored lowercase and compared without case.
    struct PlaceName: Sendable {
        var words: [String]
        var place: Int
    }

    let places: [Place]
    /// Every way of writing every place, by its first word, longest first.
    let placeNames: WordMap<[PlaceName]>
    /// Adjectives of countries and regions as written ("Danish"; "Latin American" is not here:
    /// only one-word adjectives), with their place.
    let adjectives: WordMap<Int>
    /// Lowercase given names of any gender.
    let givenNames: WordSet
    let placeHeads: WordSet
    let placePrefixes: WordSet
    let placeNouns: WordSet
    /// Lowercase word sequences, longest first.
    let nationalBodies: [[String]]
    let facilities: WordSet
    let notEntities: WordSet
    let organisationNouns: WordSet
    let personNouns: WordSet
    let agentRoles: WordSet
    let roleModifiers: WordSet

    static let shared = EntityLexicon()

    private init() {
        var places: [Place] = []
        var names: [String: [PlaceName]] = [:]
        var adjectives: [String: Int] = [:]
        func words(_ text: String) -> [String] {
            var words = Tokenizer.tokens(Array(text.unicodeScalars)).map(\.text)
            if words.first == "The" { words[0] = "the" }
            return words
        }
        for row in WordList.rows("places.tsv") where row.count >= 2 {
            guard let kind = Place.Kind(rawValue: row[1]) else { continue }
            let index = places.count
            places.append(Place(name: row[0], kind: kind))
            let others = row.count > 2 && row[2] != "-" ? row[2].split(separator: ";").map { String($0.trimmingSpaces) } : []
            for written in [row[0]] + others where !written.isEmpty {
                let w = words(written)
                guard let first = w.first else { continue }
                // A later entry never takes a name an earlier one has ("Georgia" stays the country).
                if names[first]?.contains(where: { $0.words == w }) == true { continue }
                names[first, default: []].append(PlaceName(words: w, place: index))
            }
            if row.count > 3, row[3] != "-" {
                for adjective in row[3].split(separator: ";") where !adjective.contains(" ") && adjectives[String(adjective)] == nil {
                    adjectives[String(adjective)] = index
                }
            }
        }
        self.places = places
        placeNames = WordMap(names.mapValues { $0.sorted { $0.words.count > $1.words.count } })
        self.adjectives = WordMap(adjectives)
        var given = WordList.rows("first-names.tsv").compactMap { $0.first?.lowercased() }
        given += WordList.set("given-names.txt")
        givenNames = WordSet(given)
        var classes: [String: [String]] = [:]
        for row in WordList.rows("entity-words.tsv") where row.count >= 2 {
            classes[row[1], default: []].append(row[0].lowercased())
        }
        func set(_ name: String) -> WordSet { WordSet(classes[name] ?? []) }
        placeHeads = set("place-head")
        placePrefixes = set("place-prefix")
        placeNouns = set("place-noun")
        nationalBodies = (classes["national-body"] ?? []).map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        facilities = set("facility")
        notEntities = set("not-entity")
        organisationNouns = set("org-noun")
        personNouns = set("person-noun")
        agentRoles = set("agent-role")
        roleModifiers = set("role-modifier")
    }

    /// The place written at token `i` (the longest way of writing one that starts there), with
    /// the index just past it.
    func place(in tokens: [Token], at i: Int) -> (place: Int, end: Int)? {
        let t = tokens[i]
        guard t.kind == .word else { return nil }
        let key = t.lower == "the" ? "the" : t.text
        guard let candidates = placeNames[key] else { return nil }
        for candidate in candidates where i + candidate.words.count <= tokens.count {
            var same = true
            for (k, word) in candidate.words.enumerated() where k > 0 || key != "the" {
                if tokens[i + k].text != word { same = false; break }
            }
            // A place name is whole words: "New York" is not the start of "New York-based".
            if same { return (candidate.place, i + candidate.words.count) }
        }
        return nil
    }
}
