/// Turns an article's candidates into its entities: each name takes the kind its strongest
/// evidence gives, surnames join full names, acronyms and short names join the organisation they
/// stand for, and mentions without evidence stay unclassified.
extension EntityRun {
    mutating func resolve() -> ArticleEntities {
        // The kind of each name, from its strongest evidence anywhere in the article (a heading's
        // words give none, except the gazetteer's).
        var kindOf: [String: (kind: Entity.Kind, evidence: EntityEvidence)] = [:]
        for c in candidates where !c.headline {
            guard let kind = c.kind else { continue }
            if let known = kindOf[c.name], known.evidence >= c.evidence { continue }
            kindOf[c.name] = (kind, c.evidence)
        }

        // People's full names by surname and by given name. "Ruiz" is "Ana Ruiz" when she is
        // the article's only Ruiz; "Jeff Ruiz" and "Jeffrey A. Ruiz" are one person when the
        // words of one are all in the other.
        var fullNames: [String] = []
        var seen = Set<String>()
        for c in candidates where c.words >= 2 && kindOf[c.name]?.kind == .person && seen.insert(c.name).inserted {
            fullNames.append(c.name)
        }
        var bySurname: [String: [String]] = [:]
        for name in fullNames { bySurname[EntityNames.surnameKey(name), default: []].append(name) }
        var canonicalPerson: [String: String] = [:]
        var sharedSurnames = Set<String>()
        for (surname, names) in bySurname {
            let longest = names.max { ($0.unicodeScalars.count, $1) < ($1.unicodeScalars.count, $0) }!
            let longestWords = Set(EntityNames.words(longest))
            if names.allSatisfy({ Set(EntityNames.words($0)).isSubset(of: longestWords) }) {
                for n in names { canonicalPerson[n] = longest }
            } else {
                for n in names { canonicalPerson[n] = n }
                sharedSurnames.insert(surname)
            }
        }
        var byGivenName: [String: Set<String>] = [:]
        for name in fullNames {
            if let first = EntityNames.words(name).first { byGivenName[FastCase.lowercased(first), default: []].insert(canonicalPerson[name] ?? name) }
        }

        // Organisations: variants of one name ("Energy Department", "Department of Energy"),
        // acronyms, short names ("Norvik" for "Norvik Steel") and heads ("the Journal").
        var organisationNames: [String] = []
        seen = []
        for c in candidates where kindOf[c.name]?.kind == .organization && seen.insert(c.name).inserted {
            if acronyms[c.name] == nil { organisationNames.append(c.name) }
        }
        for expansion in acronyms.values where seen.insert(expansion).inserted { organisationNames.append(expansion) }
        let canonicalOrganisation = EntityNames.mergeVariants(organisationNames, places: words)
        func organisation(_ name: String) -> String { canonicalOrganisation[name] ?? name }
        // A short name is the start of one organisation's name, the rest being organisation
        // words: "Northwind" for "Northwind Airways", "Harbor City" for "Harbor City FC".
        var byPrefix: [String: Set<String>] = [:]
        var byHead: [String: Set<String>] = [:]
        var byInitials: [String: Set<String>] = [:]
        for name in organisationNames {
            let parts = EntityNames.words(name)
            guard parts.count >= 2 else { continue }
            let first = FastCase.lowercased(parts[0])
            if !lexicon.organisationWords.contains(first), words.adjectives[String(parts[0])] == nil, !lexicon.roleWords.contains(first),
               !lexicon.functionWords.contains(first) {
                for k in 1..<parts.count {
                    let rest = parts[k...]
                    guard rest.allSatisfy({ lexicon.organisationWords.contains(FastCase.lowercased($0)) }) else { continue }
                    // (Not "Bank of England" in "Bank of England Museum": a name of its own.)
                    if !parts[..<k].contains(where: { lexicon.organisationWords.contains(FastCase.lowercased($0)) }) {
                        byPrefix[parts[..<k].joined(separator: " "), default: []].insert(organisation(name))
                    }
                }
            }
            // "Rovers" for "Wexcombe Rovers", "Alliance" for "Rural Alliance", "the Journal".
            if let last = parts.last, !parts.contains(where: { $0 == "of" || $0 == "for" }) {
                byHead[String(last), default: []].insert(organisation(name))
            }
            for initials in EntityNames.initials(of: name) { byInitials[initials, default: []].insert(organisation(name)) }
        }

        // Each mention's entity.
        var order: [String] = []
        var entities: [String: ArticleEntity] = [:]
        var unclassifiedOrder: [String] = []
        var unclassified: [String: ArticleEntity] = [:]
        var lastOfSurname: [String: String] = [:]
        let paragraphs = article.paragraphs
        for c in candidates {
            let paragraph = paragraphs[c.paragraph]
            let mention = EntityMention(article: articleIndex, paragraph: c.paragraph, cleanRange: c.cleanRange,
                                        start: paragraph.rawOffset(ofCleanOffset: c.cleanRange.lowerBound),
                                        end: paragraph.rawOffset(ofCleanOffset: c.cleanRange.upperBound - 1) + 1)
            let known = kindOf[c.name]
            var decided: (kind: Entity.Kind, name: String)?
            let key = FastCase.lowercased(c.name)
            if c.words == 1, let owners = bySurname[key], !(c.locative && known?.kind == .place) {
                // A surname: the person, or of two sharing it the one named last.
                let owner = sharedSurnames.contains(key) ? (lastOfSurname[key] ?? owners[0]) : (canonicalPerson[owners[0]] ?? owners[0])
                decided = (.person, owner)
            } else if let known {
                switch known.kind {
                case .person:
                    if c.words >= 2 {
                        decided = (.person, canonicalPerson[c.name] ?? c.name)
                    } else if let owners = byGivenName[key], owners.count == 1 {
                        decided = (.person, owners.first!)
                    } else {
                        decided = (.person, c.name)
                    }
                case .organization:
                    if let expansion = acronyms[c.name] {
                        decided = (.organization, organisation(expansion))
                    } else if let whole = byPrefix[c.name] ?? (c.words == 1 ? byHead[c.name] : nil), whole.count == 1 {
                        decided = (.organization, whole.first!)
                    } else if c.words == 1, let whole = byInitials[c.name], whole.count == 1 {
                        decided = (.organization, whole.first!)
                    } else {
                        decided = (.organization, organisation(c.name))
                    }
                case .place:
                    decided = (.place, c.name)
                }
            } else if let whole = byPrefix[c.name], whole.count == 1, c.words > 1 {
                decided = (.organization, whole.first!)
            } else if c.words == 1 {
                if let expansion = acronyms[c.name] {
                    decided = (.organization, organisation(expansion))
                } else if let whole = byInitials[c.name], whole.count == 1, c.name.unicodeScalars.count >= 2,
                          c.name.unicodeScalars.allSatisfy({ CharacterClass.isUppercase($0) || $0 == "." }) {
                    decided = (.organization, whole.first!)
                } else if let owners = byGivenName[key], owners.count == 1 {
                    decided = (.person, owners.first!)
                } else if let whole = byPrefix[c.name], whole.count == 1, !(c.beforeLowercase && EntityNames.isAdjectiveLike(c.name)) {
                    decided = (.organization, whole.first!)
                } else if let whole = byHead[c.name], whole.count == 1 {
                    decided = (.organization, whole.first!)
                }
            }
            if let decided, decided.kind == .person, c.words >= 2 { lastOfSurname[EntityNames.surnameKey(decided.name)] = decided.name }
            guard let decided else {
                guard !c.headline, c.kind == nil else { continue }
                if unclassified[c.name] == nil {
                    unclassifiedOrder.append(c.name)
                    unclassified[c.name] = ArticleEntity(name: c.name, kind: .organization, aliases: [], mentions: [])
                }
                unclassified[c.name]!.mentions.append(mention)
                continue
            }
            let id = "\(decided.kind.rawValue):\(decided.name)"
            if entities[id] == nil {
                order.append(id)
                entities[id] = ArticleEntity(name: decided.name, kind: decided.kind, aliases: [], mentions: [])
            }
            entities[id]!.mentions.append(mention)
            for alias in [c.name, c.surface] where alias != decided.name && !entities[id]!.aliases.contains(alias) {
                entities[id]!.aliases.append(alias)
            }
        }
        // Headings: the names the article establishes, wherever they stand in them.
        for p in headings {
            let tokens = p.tokens
            var known: [String: [(words: [String], id: String)]] = [:]
            for id in order where entities[id]!.kind != .place {
                let entity = entities[id]!
                for written in [entity.name] + entity.aliases {
                    let w = Tokenizer.tokens(Array(written.unicodeScalars)).map(\.text)
                    if let first = w.first { known[first, default: []].append((w, id)) }
                }
            }
            var i = 0
            while i < tokens.count {
                var match: (words: [String], id: String)?
                for candidate in known[tokens[i].text] ?? [] where i + candidate.words.count <= tokens.count {
                    var same = true
                    for (k, word) in candidate.words.enumerated() where tokens[i + k].text != word { same = false; break }
                    if same, candidate.words.count > (match?.words.count ?? 0) { match = candidate }
                }
                guard let match else { i += 1; continue }
                let end = i + match.words.count
                let range = tokens[i].range.lowerBound..<tokens[end - 1].range.upperBound
                entities[match.id]!.mentions.append(EntityMention(article: articleIndex, paragraph: p.index, cleanRange: range,
                                                                  start: p.paragraph.rawOffset(ofCleanOffset: range.lowerBound),
                                                                  end: p.paragraph.rawOffset(ofCleanOffset: range.upperBound - 1) + 1))
                i = end
            }
        }
        // An acronym the article spells out is an alias even where it is never used alone.
        for (acronym, expansion) in acronyms.sorted(by: { $0.key < $1.key }) {
            let id = "organization:\(organisation(expansion))"
            if entities[id] != nil, !entities[id]!.aliases.contains(acronym) { entities[id]!.aliases.append(acronym) }
        }
        return ArticleEntities(entities: order.map { entities[$0]! }, unclassified: unclassifiedOrder.map { unclassified[$0]! })
    }
}

/// Name arithmetic shared by the article and corpus merges.
enum EntityNames {
    static func words(_ name: String) -> [Substring] { FastCase.spaceSeparatedWords(name) }

    /// A word shaped like a nationality ("Arvanian", "Kestovese", "Vellish"), not a given name
    /// ("Brian") nor an organisation word ("Guardian").
    static func isAdjectiveLike(_ word: String) -> Bool {
        let lower = FastCase.lowercased(word)
        guard ["ian", "ean", "ese", "ish"].contains(where: { lower.endsWithBytes($0) }) else { return false }
        return !Lexicon.shared.organisationWords.contains(lower) && !EntityLexicon.shared.givenNames.contains(lower)
    }

    /// The lowercased last word of a person's name.
    static func surnameKey(_ name: String) -> String {
        FastCase.lowercased(words(name).last ?? Substring(name))
    }

    /// The acronyms a name's initials spell, with and without its small words: "Department of
    /// Energy" → "DOE", "DE"; "European Central Bank" → "ECB".
    static func initials(of name: String) -> [String] {
        var all = "", capitals = ""
        for word in words(name) {
            guard let first = word.unicodeScalars.first, CharacterClass.isLetter(first) else { continue }
            let upper = first.properties.uppercaseMapping
            all += upper
            if CharacterClass.isUppercase(first) { capitals += upper }
        }
        return Array(Set([all, capitals].filter { $0.unicodeScalars.count >= 2 }))
    }

    /// The words of an organisation's name that identify it whatever the word order, and the
    /// place written in front of it: "US Energy Department" and "Department of Energy" both
    /// give "department|energy" (the first with "United States"). Nil for other names.
    static func variant(of name: String, places: EntityLexicon) -> (key: String, place: String?)? {
        var tokens = Tokenizer.tokens(Array(name.unicodeScalars)).filter { $0.kind == .word }
        var place: String?
        if let first = tokens.first, first.lower == "the" { tokens.removeFirst() }
        if let match = places.place(in: tokens, at: 0), match.end < tokens.count {
            place = places.places[match.place].name
            tokens.removeFirst(match.end)
        }
        let lexicon = Lexicon.shared
        guard tokens.count >= 2 else { return nil }
        let head: String
        let rest: [String]
        if let of = tokens.firstIndex(where: { $0.lower == "of" || $0.lower == "for" }), of == 1, lexicon.organisationWords.contains(tokens[0].lower) {
            head = tokens[0].lower
            rest = tokens[2...].map(\.lower).filter { $0 != "the" && $0 != "and" }
        } else if let last = tokens.last, lexicon.organisationWords.contains(last.lower), !tokens.contains(where: { $0.lower == "of" }) {
            head = last.lower
            rest = tokens.dropLast().map(\.lower).filter { $0 != "and" }
        } else {
            return nil
        }
        guard !rest.isEmpty else { return nil }
        return (head + "|" + rest.sorted().joined(separator: " "), place)
    }

    /// Maps each name to the name its variants share: the "X of Y" form when there is one (the
    /// formal name), else the longest. Names with different places in front stay apart ("US
    /// Energy Department", "UK Energy Department"), and so does a name without a place from
    /// either of them.
    static func mergeVariants(_ names: [String], places: EntityLexicon) -> [String: String] {
        // "Norlyn Robotics" and "Norlyn Robotics Ltd": one company, by its fullest name.
        var bySuffixless: [String: [String]] = [:]
        var suffixOrder: [String] = []
        for name in names {
            let key = FastCase.lowercased(withoutCorporateSuffix(name))
            if bySuffixless[key] == nil { suffixOrder.append(key) }
            bySuffixless[key, default: []].append(name)
        }
        var canonical: [String: String] = [:]
        var distinct: [String] = []
        for key in suffixOrder {
            let group = bySuffixless[key]!
            let chosen = group.max { ($0.unicodeScalars.count, $1) < ($1.unicodeScalars.count, $0) }!
            if group.count > 1 { for member in group { canonical[member] = chosen } }
            distinct.append(chosen)
        }
        var groups: [String: [(name: String, place: String?)]] = [:]
        var order: [String] = []
        for name in distinct {
            guard let v = variant(of: withoutCorporateSuffix(name), places: places) else { continue }
            if groups[v.key] == nil { order.append(v.key) }
            groups[v.key, default: []].append((name, v.place))
        }
        for key in order {
            let group = groups[key]!
            guard group.count > 1, Set(group.compactMap(\.place)).count <= 1 else { continue }
            let formal = group.first { $0.name.containsBytes(" of ") || $0.name.containsBytes(" for ") }?.name
            let chosen = formal ?? group.max { ($0.name.unicodeScalars.count, $1.name) < ($1.name.unicodeScalars.count, $0.name) }!.name
            for member in group { canonical[member.name] = chosen }
            for (name, merged) in canonical where group.contains(where: { $0.name == merged }) { canonical[name] = chosen }
        }
        return canonical
    }

    static let corporateSuffixes: Set<String> = ["ltd", "limited", "inc", "incorporated", "plc", "llc", "llp", "corp", "co", "gmbh",
                                                 "ag", "sa", "nv", "bv", "ab", "asa", "oyj", "spa", "pty", "lp"]

    /// "Norlyn Robotics Ltd." → "Norlyn Robotics"; a name that is only a suffix stays whole.
    static func withoutCorporateSuffix(_ name: String) -> String {
        var parts = words(name)
        while parts.count > 1, let last = parts.last {
            var word = FastCase.lowercased(last)
            while word.last == "." || word.last == "," { word.removeLast() }
            guard corporateSuffixes.contains(word) else { break }
            parts.removeLast()
            if var previous = parts.popLast() {
                while previous.last == "," { previous = previous.dropLast() }
                parts.append(previous)
            }
        }
        return parts.joined(separator: " ")
    }
}
