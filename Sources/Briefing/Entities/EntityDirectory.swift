/// Merges the entities of every article into corpus entities, agreeing with the speakers: a
/// person whose name (or a name they go by) is a speaker's takes the speaker's name and aliases.
///
/// Across articles a person's lone surname joins the one full name the corpus gives it, an
/// acronym joins the organisation it is an alias of, variants of an organisation's name join
/// ("US Energy Department" and "Department of Energy"), and a name one article leaves
/// unclassified counts where another article shows what it is.
enum EntityDirectory {
    static func build(_ articles: [ArticleEntities], speakers: [Speaker]) -> [Entity] {
        let places = EntityLexicon.shared
        // Every name a person speaker goes by, to that speaker (names two speakers share are no one's).
        var speakerOf: [String: Int] = [:]
        var ambiguous = Set<String>()
        for (n, speaker) in speakers.enumerated() where speaker.kind == .person {
            for alias in Set([speaker.name] + speaker.aliases) {
                let key = FastCase.lowercased(alias)
                if let other = speakerOf[key], other != n { ambiguous.insert(key) } else { speakerOf[key] = n }
            }
        }
        for key in ambiguous { speakerOf[key] = nil }
        // A speaker's name is the person's when it is as full: the same words, or more of them
        // that start with a given name ("Ana María Ruiz" for "Ana Ruiz"), not a title the quote
        // extractor kept ("Sixth-former Callan Ives").
        func fits(_ speaker: Speaker, _ name: String) -> Bool {
            let mine = EntityNames.words(name).map { FastCase.lowercased($0) }
            let theirs = EntityNames.words(speaker.name).map { FastCase.lowercased($0) }
            if mine == theirs { return true }
            guard theirs.count > mine.count, Set(mine).isSubset(of: Set(theirs)), let first = theirs.first else { return false }
            return places.givenNames.contains(first)
        }
        func speaker(of entity: ArticleEntity) -> Speaker? {
            guard entity.kind == .person else { return nil }
            if let n = speakerOf[FastCase.lowercased(entity.name)], fits(speakers[n], entity.name) { return speakers[n] }
            // A lone surname or given name is matched by its full name, below, not by an alias.
            guard entity.name.unicodeScalars.contains(" ") else { return nil }
            return entity.aliases.lazy.compactMap { speakerOf[FastCase.lowercased($0)] }.first { fits(speakers[$0], entity.name) }.map { speakers[$0] }
        }

        // Person names: the speaker's where there is one; lone surnames to the corpus's only
        // full name with that surname.
        var personName: [[String]] = articles.map { $0.entities.map { speaker(of: $0)?.name ?? $0.name } }
        var fullBySurname: [String: Set<String>] = [:]
        for (a, article) in articles.enumerated() {
            for (e, entity) in article.entities.enumerated() where entity.kind == .person {
                let name = personName[a][e]
                if name.unicodeScalars.contains(" ") { fullBySurname[EntityNames.surnameKey(name), default: []].insert(name) }
            }
        }
        for (a, article) in articles.enumerated() {
            for (e, entity) in article.entities.enumerated() where entity.kind == .person && !personName[a][e].unicodeScalars.contains(" ") {
                if let full = fullBySurname[FastCase.lowercased(personName[a][e])], full.count == 1 { personName[a][e] = full.first! }
            }
        }

        // Organisation names: acronyms to the one organisation that has them as an alias, then
        // variants of one name to one name.
        var byAcronym: [String: Set<String>] = [:]
        var organisationNames: [String] = []
        var seen = Set<String>()
        for article in articles {
            for entity in article.entities where entity.kind == .organization {
                if seen.insert(entity.name).inserted { organisationNames.append(entity.name) }
                for alias in entity.aliases where isAcronym(alias) && EntityNames.initials(of: entity.name).contains(alias.replacingDots) {
                    byAcronym[alias, default: []].insert(entity.name)
                }
            }
        }
        let variants = EntityNames.mergeVariants(organisationNames, places: places)
        func organisationName(_ name: String) -> String {
            let expanded = isAcronym(name) ? byAcronym[name].flatMap { $0.count == 1 ? $0.first : nil } ?? name : name
            return variants[expanded] ?? expanded
        }

        // Merge, in corpus order.
        var merged: [Merged] = []
        var index: [String: Int] = [:]
        var byAlias: [String: Set<Int>] = [:]
        for (a, article) in articles.enumerated() {
            for (e, entity) in article.entities.enumerated() {
                let name: String
                switch entity.kind {
                case .person: name = personName[a][e]
                case .organization: name = organisationName(entity.name)
                case .place: name = entity.name
                }
                let key = "\(entity.kind.rawValue):\(FastCase.lowercased(name))"
                let id: Int
                if let existing = index[key] {
                    id = existing
                } else {
                    id = merged.count
                    index[key] = id
                    merged.append(Merged(name: name, kind: entity.kind))
                    if entity.kind == .person, let s = speaker(of: entity) {
                        for alias in s.aliases { merged[id].addAlias(alias) }
                    }
                }
                merged[id].mentions += entity.mentions
                for alias in [entity.name] + entity.aliases { merged[id].addAlias(alias) }
            }
        }
        for (id, m) in merged.enumerated() {
            for alias in [m.name] + m.aliases { byAlias[alias, default: []].insert(id) }
        }
        // Names an article gave no evidence for, where another shows what they are.
        for article in articles {
            for name in article.unclassified {
                guard let owners = byAlias[name.name], owners.count == 1, let id = owners.first else { continue }
                merged[id].mentions += name.mentions
            }
        }

        var entities = merged.enumerated().map { id, m -> (Entity, first: EntityMention) in
            let mentions = m.mentions.sorted { ($0.article, $0.paragraph, $0.cleanRange.lowerBound) < ($1.article, $1.paragraph, $1.cleanRange.lowerBound) }
            var articles: [Int] = [], counts: [Int] = []
            for mention in mentions {
                if articles.last == mention.article { counts[counts.count - 1] += 1 } else { articles.append(mention.article); counts.append(1) }
            }
            return (Entity(id: id, name: m.name, kind: m.kind, aliases: m.aliases.filter { $0 != m.name }, mentions: mentions,
                           articles: articles, mentionCounts: counts), mentions[0])
        }
        entities.sort { a, b in
            if a.0.mentions.count != b.0.mentions.count { return a.0.mentions.count > b.0.mentions.count }
            return (a.first.article, a.first.paragraph, a.first.cleanRange.lowerBound) < (b.first.article, b.first.paragraph, b.first.cleanRange.lowerBound)
        }
        return entities.enumerated().map { n, pair in
            var entity = pair.0
            entity.id = n
            return entity
        }
    }

    struct Merged {
        var name: String
        var kind: Entity.Kind
        var aliases: [String] = []
        var aliasSet = Set<String>()
        var mentions: [EntityMention] = []

        init(name: String, kind: Entity.Kind) {
            self.name = name
            self.kind = kind
        }

        mutating func addAlias(_ alias: String) {
            guard alias != name, !alias.isEmpty, aliasSet.insert(alias).inserted else { return }
            aliases.append(alias)
        }
    }

    /// Two to six capitals, dots aside ("DOE", "U.N.").
    static func isAcronym(_ s: String) -> Bool {
        var letters = 0
        for scalar in s.unicodeScalars where scalar != "." {
            guard CharacterClass.isUppercase(scalar) else { return false }
            letters += 1
        }
        return (2...6).contains(letters)
    }
}

private extension String {
    var replacingDots: String { String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "." })) }
}
