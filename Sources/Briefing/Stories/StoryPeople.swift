/// Who matters in a story: the people (then the organisations) its articles quote or name most,
/// each with their strongest quote there.
///
/// A speaker and an entity are one person when the entity's name or one of its other names is
/// the speaker's name (the entity directory names quoted people as the speaker directory does).
/// Someone counts when the story quotes them or names them at least twice; prominence is
/// mentions plus two for every quote, since being quoted is what makes someone a voice of the
/// story rather than someone it is about. Groups ("police", "residents") are speakers but not
/// people, and places are not people (nor speakers named after one).
struct StoryPeople: Sendable {
    static let maxPeople = 6

    private let speakers: [Speaker]
    private let entities: [Entity]
    /// Speaker id of each quote id.
    private let speakerOfQuote: [String: Int]
    /// Person and organisation entities by every name they go by (lowercased); the most
    /// mentioned wins a shared name.
    private let entityByName: [String: Int]
    /// Every name of every place (lowercased): a speaker the quote extractor named after a
    /// place ("officials in Esteria said") is not a person.
    private let placeNames: Set<String>
    /// Person and organisation entities of each article, with mentions (CSR: `entityStarts[a]`
    /// ..< `entityStarts[a + 1]`).
    private let entityStarts: [Int]
    private let articleEntities: [(entity: Int32, mentions: Int32)]

    init(speakers: [Speaker], entities: [Entity], articleCount n: Int) {
        self.speakers = speakers
        self.entities = entities
        var speakerOfQuote: [String: Int] = [:]
        for speaker in speakers { for q in speaker.quotes { speakerOfQuote[q] = speaker.id } }
        self.speakerOfQuote = speakerOfQuote
        var byName: [String: Int] = [:]
        var places = Set<String>()
        for entity in entities where entity.kind == .place {
            for name in [entity.name] + entity.aliases { places.insert(FastCase.lowercased(name)) }
        }
        placeNames = places
        var starts = [Int](repeating: 0, count: n + 1)
        for entity in entities where entity.kind != .place {
            for name in [entity.name] + entity.aliases where byName[FastCase.lowercased(name)] == nil {
                byName[FastCase.lowercased(name)] = entity.id
            }
            for a in entity.articles where a < n { starts[a + 1] += 1 }
        }
        entityByName = byName
        for a in 0..<n { starts[a + 1] += starts[a] }
        var fill = starts
        var list = [(entity: Int32, mentions: Int32)](repeating: (0, 0), count: starts[n])
        for entity in entities where entity.kind != .place {
            for (a, count) in zip(entity.articles, entity.mentionCounts) where a < n {
                list[fill[a]] = (Int32(entity.id), Int32(count))
                fill[a] += 1
            }
        }
        entityStarts = starts
        articleEntities = list
    }

    private struct Candidate {
        var speaker: Int?
        var entity: Int?
        var isPerson: Bool
        var mentions = 0
        var quotes: [Quote] = []
        /// Order of first appearance in the story, for ties.
        var first: Int
        var prominence: Int { mentions + 2 * quotes.count }
    }

    /// The story's key people, most prominent first: persons, then organisations, at most
    /// `maxPeople`. `members` are the story's articles in story order; `centralTerms` its
    /// heaviest content words.
    func people(members: [Int], quotes: [[Quote]], centralTerms: Set<UInt64>, terms: StoryTerms) -> [StoryPerson] {
        var candidates: [Candidate] = []
        var bySpeaker: [Int: Int] = [:]
        var byEntity: [Int: Int] = [:]

        for a in members {
            for quote in quotes[a] {
                guard let mention = quote.speaker, mention.kind != .group, let s = speakerOfQuote[quote.id] else { continue }
                if let c = bySpeaker[s] {
                    candidates[c].quotes.append(quote)
                    continue
                }
                let speaker = speakers[s]
                if placeNames.contains(FastCase.lowercased(speaker.name)) { continue }
                let entity = ([speaker.name] + speaker.aliases).lazy.compactMap { self.entityByName[FastCase.lowercased($0)] }
                    .first { (self.entities[$0].kind == .person) == (speaker.kind == .person) }
                if let entity, let c = byEntity[entity], candidates[c].speaker == nil {
                    candidates[c].speaker = s
                    candidates[c].quotes.append(quote)
                    bySpeaker[s] = c
                    continue
                }
                bySpeaker[s] = candidates.count
                if let entity, byEntity[entity] == nil { byEntity[entity] = candidates.count }
                candidates.append(Candidate(speaker: s, entity: entity, isPerson: speaker.kind == .person, quotes: [quote],
                                            first: candidates.count))
            }
            for k in entityStarts[a]..<entityStarts[a + 1] {
                let (e32, count) = articleEntities[k]
                let e = Int(e32)
                if let c = byEntity[e] {
                    candidates[c].mentions += Int(count)
                } else {
                    byEntity[e] = candidates.count
                    candidates.append(Candidate(speaker: nil, entity: e, isPerson: entities[e].kind == .person, mentions: Int(count),
                                                first: candidates.count))
                }
            }
        }

        let chosen = candidates.filter { !$0.quotes.isEmpty || $0.mentions >= 2 }
            .sorted { ($0.isPerson ? 0 : 1, -$0.prominence, $0.first) < ($1.isPerson ? 0 : 1, -$1.prominence, $1.first) }
            .prefix(Self.maxPeople)
        return chosen.map { c in
            var best: Quote?
            var bestScore = -Double.infinity
            for quote in c.quotes {  // story order: the first of equals wins
                let score = StrongestQuote.score(quote, centralTerms: centralTerms, terms: terms)
                if score > bestScore { best = quote; bestScore = score }
            }
            let name = c.speaker.map { speakers[$0].name } ?? entities[c.entity!].name
            let role = c.speaker.flatMap { speakers[$0].role } ?? best?.speaker?.role
            return StoryPerson(name: name, role: role, speaker: c.speaker, entity: c.entity, quote: best?.id)
        }
    }
}
