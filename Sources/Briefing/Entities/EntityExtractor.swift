/// A person, organisation or place one article names, merged within the article: the corpus
/// merge (`EntityDirectory`) joins these across articles.
public struct ArticleEntity: Sendable, Hashable {
    public var name: String
    public var kind: Entity.Kind
    /// Other ways the article writes it, in order of first use.
    public var aliases: [String]
    public var mentions: [EntityMention]

    public init(name: String, kind: Entity.Kind, aliases: [String], mentions: [EntityMention]) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
    }
}

/// What one article names. `unclassified` holds capitalised names the article gives no evidence
/// for ("Norvane" alone): they count only when another article shows what they are.
public struct ArticleEntities: Sendable, Hashable {
    public var entities: [ArticleEntity] = []
    public var unclassified: [ArticleEntity] = []

    public init(entities: [ArticleEntity] = [], unclassified: [ArticleEntity] = []) {
        self.entities = entities
        self.unclassified = unclassified
    }

    /// Every mention placed in the article at `index` of the corpus.
    mutating func place(at index: Int) {
        for e in entities.indices {
            for m in entities[e].mentions.indices { entities[e].mentions[m].article = index }
        }
        for e in unclassified.indices {
            for m in unclassified[e].mentions.indices { unclassified[e].mentions[m].article = index }
        }
    }
}

/// Finds the people, organisations and places of an article.
///
/// Capitalised name phrases are read with the quote extractor's `PhraseReader` (titles split off,
/// "Department of Energy" kept whole, sentence-initial common words, months and weekdays left
/// out); each is then classified only on evidence: the gazetteer (`places.tsv`), an organisation
/// word at the head of the name, a title before a name, a given name, a context cue ("a man named
/// X", "X, 34,", "X, who", "the city of X", "X-based", "X chief executive"), or the article's own
/// quotes (a speaker is a person or an organisation). A name with no evidence is left out:
/// precision comes before recall. Within the article a surname joins the full name ("Ruiz" →
/// "Ana Ruiz", unless two people share it), an acronym its expansion ("DOE" → "Department of
/// Energy"), and "Energy Department" the "Department of Energy".
public enum EntityExtractor {
    /// The entities of an article whose quotes were found with `reading` (the quote extractor's
    /// tokens, reused rather than made again).
    static func entities(in article: Article, articleIndex: Int, quotes: [Quote], reading: ArticleReading) -> ArticleEntities {
        var run = EntityRun(article: article, articleIndex: articleIndex, quotes: quotes)
        return run.extract(reading)
    }

    static func entities(in article: Article, articleIndex: Int, quotes: [Quote]) -> ArticleEntities {
        entities(in: article, articleIndex: articleIndex, quotes: quotes, reading: ArticleReading(article))
    }

    /// The entities of one article on its own, merged with its speakers as a corpus of one.
    public static func entities(in article: Article, articleIndex: Int = 0) -> [Entity] {
        let (quotes, reading) = QuoteExtractor.read(article, articleIndex: articleIndex)
        return EntityDirectory.build([entities(in: article, articleIndex: articleIndex, quotes: quotes, reading: reading)],
                                     speakers: SpeakerDirectory.build(quotes: [quotes]).speakers)
    }
}

/// How sure a piece of evidence is of a name's kind; the strongest wins for the whole article.
enum EntityEvidence: Int, Comparable {
    case none, personWeak, placeCue, organisationWeak, personStrong, organisationStrong, gazetteer

    static func < (a: EntityEvidence, b: EntityEvidence) -> Bool { a.rawValue < b.rawValue }
}

/// One capitalised name as written, with what its context says it is.
struct EntityCandidate {
    var paragraph: Int
    /// The name (without a title before it) in the paragraph's clean text.
    var cleanRange: Range<Int>
    var name: String
    /// The whole phrase as written, title included ("U.S. Health Secretary Ana Ruiz").
    var surface: String
    var kind: Entity.Kind?
    var evidence: EntityEvidence
    var words: Int
    /// In a title-case line (a heading): its words say nothing of what they are.
    var headline: Bool
    /// After "in", "to", "from", "near": a place more likely than a person.
    var locative: Bool
    /// After "the": "the Journal" may be the newspaper the article named.
    var afterThe: Bool
    /// Before a lowercase word: an adjective ("the Arvanian statistics office") or a modifier.
    var beforeLowercase: Bool = false
}

struct EntityRun {
    let article: Article
    let articleIndex: Int
    let lexicon = Lexicon.shared
    let words = EntityLexicon.shared
    var candidates: [EntityCandidate] = []
    /// Paragraphs in title case, read once the article's names are known.
    var headings: [PreparedParagraph] = []
    /// Acronyms the article spells out: "Department of Energy (DOE)".
    var acronyms: [String: String] = [:]
    var commonWords: Set<String> = []
    var organisationNames: Set<String> = []
    /// Names (and surfaces) of the article's speakers, by kind.
    let personSpeakers: Set<String>
    let organisationSpeakers: Set<String>

    /// Role words that, capitalised after a name, belong to it ("Harbor City coach").
    static let placeModifiers: WordSet = ["city", "county", "state", "national", "regional", "federal", "local"]
    static let groupNouns: WordSet = ["group", "company", "firm", "party", "charity", "network", "organisation", "organization"]
    static let locatives: WordSet = ["in", "at", "to", "from", "near", "across", "outside", "inside", "into", "throughout", "around", "toward", "towards", "via"]
    static let auxiliaries: WordSet = ["has", "had", "have", "also", "later", "then", "will", "would", "again", "previously", "recently"]

    init(article: Article, articleIndex: Int, quotes: [Quote]) {
        self.article = article
        self.articleIndex = articleIndex
        var people = Set<String>(), organisations = Set<String>()
        for speaker in quotes.compactMap(\.speaker) {
            switch speaker.kind {
            case .person:
                people.insert(speaker.name)
                if speaker.surface != speaker.name, speaker.surface.unicodeScalars.first.map(CharacterClass.isUppercase) == true {
                    people.insert(speaker.surface)
                }
            case .organization:
                organisations.insert(speaker.name)
                organisations.insert(speaker.surface.droppingDeterminer)
            case .group:
                break
            }
        }
        personSpeakers = people
        organisationSpeakers = organisations
    }

    mutating func extract(_ reading: ArticleReading) -> ArticleEntities {
        commonWords = reading.commonWords
        organisationNames = reading.organisationNames
        for p in reading.paragraphs { scan(p) }
        return resolve()
    }

    // MARK: - Reading names

    mutating func scan(_ p: PreparedParagraph) {
        let tokens = p.tokens
        guard !tokens.isEmpty else { return }
        let headline = p.paragraph.isHeading || Self.isTitleCase(tokens)
        if headline {
            // A heading's capitals say nothing: only places, and names the article establishes
            // elsewhere (found in `resolve`), are read in it.
            headings.append(p)
            for i in tokens.indices {
                if let place = words.place(in: tokens, at: i), !isAttached(i, tokens) {
                    add(p, i..<place.end, name: words.places[place.place].name, surface: PhraseReader(tokens: tokens, lexicon: lexicon).text(i..<place.end),
                        kind: .place, evidence: .gazetteer, headline: false)
                }
            }
            return
        }
        let dateline = p.index < 3 ? ArticleRun.datelineEnd(tokens) : 0
        let reader = PhraseReader(tokens: tokens, lexicon: lexicon, commonWords: commonWords, organisationNames: organisationNames,
                                  datelineEnd: dateline)
        if dateline > 0 { readDateline(p, end: dateline) }
        var i = dateline
        while i < tokens.count {
            let t = tokens[i]
            guard t.kind == .word, t.isCapitalized || t.lower == "the" else { i += 1; continue }
            if isScareQuoted(i, p) || isAttached(i, tokens) { i += 1; continue }
            // "Kessler Bay-based", "Lyon-based": where something is based is a place.
            if t.isCapitalized, t.lower.hasSuffix("-based"), t.text.unicodeScalars.count > 6 {
                basedPlace(at: i, p, reader: reader, headline: headline)
                i += 1
                continue
            }
            // "Danish police", "the French navy": a country's national body.
            if let end = nationalBody(at: i, tokens) {
                add(p, i..<end, name: reader.text(i..<end), kind: .organization, evidence: .organisationStrong, headline: false)
                i = end
                continue
            }
            let place = words.place(in: tokens, at: i)
            var chunk = t.isCapitalized ? reader.chunk(startingAt: i, ceiling: tokens.count) : nil
            // "Securities and Exchange Commission": "and" inside an organisation's name, when
            // only the words after it end in an organisation word.
            if let first = chunk, first.tokens.upperBound + 1 < tokens.count, tokens[first.tokens.upperBound].lower == "and",
               first.tokens.count <= 2, place == nil, !words.givenNames.contains(t.lower),
               !hasOrganisationHead(first.tokens.filter { tokens[$0].kind == .word }, tokens),
               let rest = reader.chunk(startingAt: first.tokens.upperBound + 1, ceiling: tokens.count), rest.kind == .organization,
               words.place(in: tokens, at: first.tokens.upperBound + 1) == nil,
               lexicon.organisationWords.contains(tokens[rest.tokens.upperBound - 1].lower) {
                let whole = i..<rest.tokens.upperBound
                chunk = NameChunk(kind: .organization, name: reader.text(whole), role: nil, surface: reader.text(whole), tokens: whole)
            }
            // "Developer Tidewell Renewables said": a role opening the sentence is not part of the name.
            if let first = chunk, first.kind == .organization, first.tokens.count >= 3, PhraseReader.opensSentence(tokens, i),
               isRoleHead(t.lower) || words.organisationNouns.contains(t.lower) || commonWords.contains(t.lower), hasOrganisationHead(Array(first.tokens.dropFirst()).filter { tokens[$0].kind == .word }, tokens) {
                let rest = (i + 1)..<first.tokens.upperBound
                chunk = NameChunk(kind: .organization, name: reader.text(rest), role: nil, surface: reader.text(rest), tokens: rest)
            }
            // "the Citizens' Movement": a plural possessive inside an organisation's name.
            if let first = chunk, first.tokens.upperBound + 1 < tokens.count, first.tokens.count == 1, t.text.endsWithBytes("s"),
               ["'", "’"].contains(tokens[i + 1].text), tokens[i + 1].range.lowerBound == t.range.upperBound,
               let rest = reader.chunk(startingAt: i + 2, ceiling: tokens.count), rest.kind == .organization {
                let whole = i..<rest.tokens.upperBound
                chunk = NameChunk(kind: .organization, name: reader.text(whole), role: nil, surface: reader.text(whole), tokens: whole)
            }
            if let place, place.end >= (chunk?.tokens.upperBound ?? 0) {
                // "Los Angeles County", "Quebec Province": a region named after the place.
                if place.end < tokens.count, tokens[place.end].isCapitalized, words.placeHeads.contains(tokens[place.end].lower),
                   place.end + 1 >= tokens.count || !tokens[place.end + 1].isCapitalized {
                    add(p, i..<(place.end + 1), name: reader.text(i..<(place.end + 1)), kind: .place, evidence: .placeCue, headline: false)
                    i = place.end + 1
                    continue
                }
                if !(place.end - i == 1 && isAttached(i, tokens)) {
                    add(p, i..<place.end, name: words.places[place.place].name, surface: reader.text(i..<place.end), kind: .place,
                        evidence: .gazetteer, headline: headline)
                }
                i = place.end
                continue
            }
            guard var chunk else {
                if let end = surnameLikeRole(from: i, tokens, reader: reader) {
                    // "Tim Cook", "Jane Baker": a surname that is also a role word.
                    let range = i..<end
                    add(p, range, name: reader.text(range), kind: .person, evidence: .personStrong, headline: headline)
                    i = end
                } else if t.isCapitalized, let end = affiliation(from: i, p, reader: reader, headline: headline) {
                    i = end
                } else {
                    i += 1
                }
                continue
            }
            if chunk.tokens.contains(where: { isAttached($0, tokens) }) { i = chunk.tokens.upperBound; continue }
            // "Kessler Bay-based": the place is read with its "-based".
            if chunk.tokens.upperBound < tokens.count, tokens[chunk.tokens.upperBound].lower.hasSuffix("-based"), tokens[chunk.tokens.upperBound].isCapitalized {
                i = chunk.tokens.upperBound
                continue
            }
            if let joined = nickname(after: chunk, p, reader: reader) {
                add(p, joined.range, name: joined.name, surface: reader.text(joined.range), kind: .person, evidence: .personStrong, headline: headline)
                i = joined.range.upperBound
                continue
            }
            if let whole = possessiveName(chunk, tokens, reader: reader) ?? possessiveOwner(before: chunk, tokens, reader: reader) { chunk = whole }
            read(chunk, p, reader: reader, headline: headline, place: place)
            i = chunk.tokens.upperBound
        }
    }

    /// A given name and a surname that is also a role word ("Tim Cook", "Jane Baker"), which the
    /// phrase reader takes for a title: the index past it.
    func surnameLikeRole(from i: Int, _ tokens: [Token], reader: PhraseReader) -> Int? {
        guard i + 1 < tokens.count, reader.isNameWord(i), words.givenNames.contains(tokens[i].lower), !lexicon.roleWords.contains(tokens[i].lower),
              !lexicon.personTitles.contains(tokens[i].lower) else { return nil }
        var end = i + 1
        if end + 1 < tokens.count, reader.isNameWord(end), !lexicon.roleWords.contains(tokens[end].lower), reader.isNameWord(end + 1) { end += 1 }
        guard reader.isNameWord(end), lexicon.roleWords.contains(tokens[end].lower) || lexicon.personTitles.contains(tokens[end].lower),
              end + 1 >= tokens.count || !reader.isNameWord(end + 1), !words.notEntities.contains(tokens[end].lower) else { return nil }
        return end + 1
    }

    /// "goalkeeper Jonjo ‘Spider’ Raikes", "Tobi \"The Wall\" Adeyemo": a nickname in quotation
    /// marks between a given name and a surname. The name is the two without the nickname.
    func nickname(after chunk: NameChunk, _ p: PreparedParagraph, reader: PhraseReader) -> (range: Range<Int>, name: String)? {
        let tokens = p.tokens
        let open = chunk.tokens.upperBound
        guard chunk.kind == .person, !chunk.name.unicodeScalars.contains(" "), open + 2 < tokens.count, tokens[open].isQuoteMark,
              let close = ((open + 2)..<min(tokens.count, open + 5)).first(where: { tokens[$0].isQuoteMark }), close + 1 < tokens.count,
              tokens[close + 1].range.lowerBound > tokens[close].range.upperBound,
              let surname = reader.chunk(startingAt: close + 1, ceiling: tokens.count), surname.kind == .person, surname.role == nil,
              surname.tokens.count == 1 else { return nil }
        let start = chunk.tokens.upperBound - 1  // the given name, without a title before it
        return (start..<surname.tokens.upperBound, chunk.name + " " + surname.name)
    }

    /// "the District Attorney’s Office", "the Global Women’s Tennis Circuit": a possessive
    /// inside an organisation's name, when an organisation word ends it or the owner is a
    /// plural such as "Women".
    func possessiveName(_ chunk: NameChunk, _ tokens: [Token], reader: PhraseReader) -> NameChunk? {
        let apostrophe = chunk.tokens.upperBound
        guard apostrophe + 1 < tokens.count, tokens[apostrophe].lower == "’s" || tokens[apostrophe].lower == "'s",
              let rest = reader.chunk(startingAt: apostrophe + 1, ceiling: tokens.count), rest.tokens.count <= 3 else { return nil }
        let owner = tokens[apostrophe - 1].lower
        guard lexicon.organisationWords.contains(tokens[rest.tokens.upperBound - 1].lower) && tokens[rest.tokens.upperBound - 1].isCapitalized
            || Self.pluralOwners.contains(owner) else { return nil }
        let whole = chunk.tokens.lowerBound..<rest.tokens.upperBound
        return NameChunk(kind: .organization, name: reader.text(whole), role: nil, surface: reader.text(whole), tokens: whole)
    }

    /// "the District Attorney’s Office", "the Sheriff’s Department": an organisation word after a
    /// possessive whose owner is a title (which reads as no name of its own).
    func possessiveOwner(before chunk: NameChunk, _ tokens: [Token], reader: PhraseReader) -> NameChunk? {
        let apostrophe = chunk.tokens.lowerBound - 1
        guard apostrophe >= 1, tokens[apostrophe].lower == "’s" || tokens[apostrophe].lower == "'s", chunk.tokens.count <= 2,
              lexicon.organisationWords.contains(tokens[chunk.tokens.upperBound - 1].lower) else { return nil }
        var start = apostrophe
        while start - 1 >= 0, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized, apostrophe - start < 5 { start -= 1 }
        guard start < apostrophe, lexicon.personTitles.contains(tokens[apostrophe - 1].lower) || lexicon.roleWords.contains(tokens[apostrophe - 1].lower) else { return nil }
        while start < apostrophe, lexicon.functionWords.contains(tokens[start].lower) { start += 1 }
        let whole = start..<chunk.tokens.upperBound
        return NameChunk(kind: .organization, name: reader.text(whole), role: nil, surface: reader.text(whole), tokens: whole)
    }

    /// "Sixth-former", "Ex-minister": a compound of common words, not a double-barrelled name.
    static func hasLowercaseAfterHyphen(_ word: String) -> Bool {
        var afterHyphen = false
        for s in word.unicodeScalars {
            if afterHyphen, CharacterClass.isLowercase(s) { return true }
            afterHyphen = s == "-"
        }
        return false
    }

    static let pluralOwners: Set<String> = ["women", "men", "children", "people", "workers", "citizens", "veterans", "farmers",
                                            "teachers", "nurses", "doctors", "lawyers", "writers", "artists", "miners", "consumers"]

    /// Records what the chunk names: the place or organisation in its title ("U.S. Attorney
    /// General", "Norvik chief executive"), and the name itself with its evidence.
    mutating func read(_ chunk: NameChunk, _ p: PreparedParagraph, reader: PhraseReader, headline: Bool, place: (place: Int, end: Int)?) {
        let tokens = p.tokens
        var nameStart = chunk.tokens.lowerBound
        var titled = false
        if chunk.kind == .person, chunk.role != nil {
            nameStart = (chunk.tokens.lowerBound..<chunk.tokens.upperBound).first {
                PhraseReader.stripTrailingDot(reader.text($0..<chunk.tokens.upperBound)) == chunk.name
            } ?? chunk.tokens.lowerBound
            let nameWords = (nameStart..<chunk.tokens.upperBound).filter { tokens[$0].kind == .word }
            titled = roleEndsInHead(chunk.tokens.lowerBound..<nameStart, tokens) && looksPersonal(nameWords, tokens)
            // "Institute for Regional Studies": words that look like a title inside an
            // organisation's name leave it whole.
            if !titled, hasOrganisationHead(chunk.tokens.filter { tokens[$0].kind == .word }, tokens) {
                nameStart = chunk.tokens.lowerBound
            }
            if nameStart > chunk.tokens.lowerBound {
                readTitle(chunk.tokens.lowerBound..<nameStart, p, reader: reader, headline: headline, place: place)
            }
        }
        // "Sixth-former Callan Ives", "Grandmother Edna Roe": a common noun opening the sentence
        // before a given name is no part of the name.
        if !titled, chunk.kind == .person, nameStart == chunk.tokens.lowerBound, chunk.tokens.count >= 3, PhraseReader.opensSentence(tokens, nameStart),
           tokens[nameStart + 1].kind == .word, !words.givenNames.contains(tokens[nameStart].lower),
           words.givenNames.contains(tokens[nameStart + 1].lower) || tokens[nameStart].text.containsBytes("-") && Self.hasLowercaseAfterHyphen(tokens[nameStart].text) {
            nameStart += 1
        }
        var nameEnd = chunk.tokens.upperBound
        while nameEnd > nameStart + 1, tokens[nameEnd - 1].kind == .punctuation { nameEnd -= 1 }
        let range = nameStart..<nameEnd
        guard !isExcluded(range, tokens) else { return }
        let name = titled ? chunk.name : PhraseReader.stripTrailingDot(reader.text(range))
        let (kind, evidence) = classify(chunk, name: name, range: range, titled: titled, p, reader: reader)
        // "Department of Energy (DOE)" and "DOE (Department of Energy)": the acronym is its name too.
        if kind == .organization || kind == nil, range.upperBound + 2 < tokens.count, tokens[range.upperBound].text == "(",
           tokens[range.upperBound + 2].text == ")", reader.isAcronym(tokens[range.upperBound + 1].text), range.count > 1 {
            acronyms[tokens[range.upperBound + 1].text] = name
        }
        add(p, range, name: name, surface: chunk.surface, kind: kind, evidence: evidence ?? .none, headline: headline)
    }

    /// A title before a name: a place at its start is a mention of the place ("U.S. Attorney
    /// General"), other capitalised words an organisation ("Halden Executive Director").
    mutating func readTitle(_ range: Range<Int>, _ p: PreparedParagraph, reader: PhraseReader, headline: Bool, place: (place: Int, end: Int)?) {
        if let place, place.end <= range.upperBound {
            add(p, range.lowerBound..<place.end, name: words.places[place.place].name, surface: reader.text(range.lowerBound..<place.end),
                kind: .place, evidence: .gazetteer, headline: headline)
            return
        }
        let tokens = p.tokens
        var end = range.lowerBound
        while end < range.upperBound, isAffiliationWord(end, tokens)
                || end > range.lowerBound && tokens[end].isCapitalized && Self.placeModifiers.contains(tokens[end].lower) {
            end += 1
        }
        guard end > range.lowerBound, end < range.upperBound, isAffiliationWord(range.lowerBound, tokens) else { return }
        // ("Carewell Staff Pension Scheme": "Staff" is no one's title.)
        if let last = range.last(where: { tokens[$0].kind == .word }), !isRoleHead(tokens[last].lower),
           !words.placeHeads.contains(tokens[end - 1].lower) {
            return
        }
        addAffiliation(range.lowerBound..<end, roleEnd: range.upperBound, p, reader: reader, headline: headline)
    }

    /// The organisation (or place) before a role: "Halden" in "Halden Executive Director",
    /// "Drummond County" in "Drummond County Sheriff". Not a portfolio ("Trade Minister") nor a
    /// nationality-like word ("Belmarrean Foreign Minister"), nor a word a person of the article
    /// is called by ("Halvorsen adviser").
    mutating func addAffiliation(_ range: Range<Int>, roleEnd: Int, _ p: PreparedParagraph, reader: PhraseReader, headline: Bool) {
        let tokens = p.tokens
        let name = reader.text(range)
        let last = tokens[range.upperBound - 1]
        if let place = words.place(in: tokens, at: range.lowerBound), place.end == range.upperBound {
            add(p, range, name: words.places[place.place].name, surface: name, kind: .place, evidence: .gazetteer, headline: headline)
            return
        }
        if range.count > 1, words.placeHeads.contains(last.lower) {
            add(p, range, name: name, kind: .place, evidence: .placeCue, headline: headline)
            return
        }
        guard let roleHead = (range.upperBound..<roleEnd).last(where: { tokens[$0].kind == .word }),
              !Self.portfolioTitles.contains(tokens[roleHead].lower), !isExcluded(range, tokens), !isKnownPersonWord(last),
              !(range.count == 1 && (EntityNames.isAdjectiveLike(last.text) || lexicon.organisationWords.contains(last.lower))) else { return }
        // ("Tournament director", "Opposition leader": a plain noun opening a sentence, unless the
        // article names an organisation it is short for.)
        let plainNoun = range.count == 1 && PhraseReader.opensSentence(tokens, range.lowerBound) && !lexicon.knownOrganisations.contains(name)
        add(p, range, name: name, kind: plainNoun ? nil : .organization, evidence: plainNoun ? .none : .organisationWeak, headline: headline)
    }

    /// Titles whose first words name a portfolio, not an organisation.
    static let portfolioTitles: Set<String> = ["minister", "secretary", "ambassador", "envoy", "consul", "commissioner", "czar", "tsar"]

    /// A capitalised word that can name an organisation before a role: not a title or role
    /// word, a demonym, a month or an ordinary word capitalised for opening the sentence.
    func isAffiliationWord(_ i: Int, _ tokens: [Token]) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.isCapitalized, !lexicon.personTitles.contains(t.lower), !lexicon.roleWords.contains(t.lower),
              !lexicon.functionWords.contains(t.lower), !lexicon.demonyms.contains(t.lower), words.adjectives[t.text] == nil,
              !words.notEntities.contains(t.lower), !PhraseReader.months.contains(t.lower), !PhraseReader.weekdays.contains(t.lower),
              !t.text.unicodeScalars.contains(where: CharacterClass.isDigit) else { return false }
        return !(PhraseReader.opensSentence(tokens, i) && commonWords.contains(t.lower))
    }

    /// "Halden Executive Director", "Norvik chief executive": capitalised words, then role
    /// words ending in a role an organisation has. Returns the index past the role.
    mutating func affiliation(from i: Int, _ p: PreparedParagraph, reader: PhraseReader, headline: Bool) -> Int? {
        let tokens = p.tokens
        var end = i
        while end < tokens.count, end - i < 5, isAffiliationWord(end, tokens)
                || end > i && tokens[end].isCapitalized && Self.placeModifiers.contains(tokens[end].lower) {
            end += 1
        }
        guard end > i, isAffiliationWord(i, tokens) else { return nil }
        // "Residents of Orwick County": a place whose last word is also a role word.
        if end - i >= 2, words.placeHeads.contains(tokens[end - 1].lower), end >= tokens.count || !lexicon.roleWords.contains(tokens[end].lower) {
            add(p, i..<end, name: reader.text(i..<end), kind: .place, evidence: .placeCue, headline: headline)
            return end
        }
        var roleEnd = end
        while roleEnd < tokens.count, tokens[roleEnd].kind == .word, lexicon.roleWords.contains(tokens[roleEnd].lower) || lexicon.personTitles.contains(tokens[roleEnd].lower) {
            roleEnd += 1
        }
        guard roleEnd > end, words.agentRoles.contains(tokens[roleEnd - 1].lower) else { return nil }
        addAffiliation(i..<end, roleEnd: roleEnd, p, reader: reader, headline: headline)
        return roleEnd
    }

    /// A word that some person of the article is called by ("Halvorsen adviser"): not an organisation.
    func isKnownPersonWord(_ t: Token) -> Bool {
        candidates.contains { $0.kind == .person && $0.words >= 2 && ($0.name.endsWithBytes(" " + t.text) || $0.name.startsWithBytes(t.text + " ")) }
    }

    // MARK: - Evidence

    /// The kind a name's context shows, and how strongly; nil when nothing does.
    func classify(_ chunk: NameChunk, name: String, range: Range<Int>, titled: Bool, _ p: PreparedParagraph, reader: PhraseReader) -> (Entity.Kind?, EntityEvidence?) {
        let tokens = p.tokens
        let wordIndices = range.filter { tokens[$0].kind == .word }
        guard let firstWord = wordIndices.first, let lastWord = wordIndices.last else { return (nil, nil) }
        let single = wordIndices.count == 1
        // "the Arvanian statistics office": an adjective, whatever a quote made of it.
        if single, EntityNames.isAdjectiveLike(tokens[firstWord].text), range.upperBound < tokens.count,
           tokens[range.upperBound].kind == .word, !tokens[range.upperBound].isCapitalized {
            return (nil, nil)
        }
        let acronym = single && reader.isAcronym(tokens[firstWord].text)
        let before = range.lowerBound - 1
        let afterThe = before >= 0 && tokens[before].lower == "the"

        // Organisations by their name: a head word ("Norvik Steel", "Department of Energy"),
        // a known name, "&", or the article's own use ("Kestridge Freight, which …", a speaker).
        let ampersand = range.contains(where: { tokens[$0].text == "&" }) && wordIndices.allSatisfy { tokens[$0].text.unicodeScalars.count >= 2 }
        // ("lives on Larkspur Court": a street.)
        let street = before >= 0 && tokens[before].lower == "on" && tokens[lastWord].lower == "court"
        if !street, hasOrganisationHead(wordIndices, tokens) || ampersand
            || lexicon.knownOrganisations.contains(name) || organisationNames.contains(chunk.surface) || organisationSpeakers.contains(name)
            || wordIndices.count == 2 && wordIndices.contains(where: { lexicon.knownOrganisations.contains(tokens[$0].text) }) {
            return (.organization, .organisationStrong)
        }
        // "the Save Harwick Bay group", "the Tallow company": the name of the group.
        if afterThe, range.upperBound < tokens.count, Self.groupNouns.contains(tokens[range.upperBound].lower), !tokens[range.upperBound].isCapitalized {
            return (.organization, .organisationWeak)
        }
        // Places by their name: "Orange County", "Lake Tana", "Mount Kenya".
        if !single, !hasFacilityHead(tokens[lastWord]), words.placeHeads.contains(tokens[lastWord].lower) && tokens[lastWord].isCapitalized
            || words.placePrefixes.contains(tokens[firstWord].lower) {
            return (.place, .placeCue)
        }
        // "Jo Quill, 54, of Mill Lane, Ashby Cross, admitted": an address's town.
        if before >= 1, tokens[before].text == ",", tokens[before - 1].isCapitalized, words.facilities.contains(tokens[before - 1].lower),
           range.upperBound < tokens.count, tokens[range.upperBound].kind == .punctuation {
            return (.place, .placeCue)
        }
        // "the newspaper Vestby Tidende", "carmaker Orlik": a kind of organisation before the name.
        if before >= 0, tokens[before].kind == .word, !tokens[before].isCapitalized, words.organisationNouns.contains(tokens[before].lower),
           !lexicon.roleWords.contains(tokens[before].lower) {
            return (.organization, .organisationWeak)
        }
        // ("the Tennis Circuit": a person is not "the X", unless titled: "the late Ana Ruiz".)
        let personal = looksPersonal(wordIndices, tokens) && (!afterThe || titled)
        // "BBC News and The Guardian": "The" capitalised inside a sentence is part of a title.
        if single, before >= 0, tokens[before].text == "The", !PhraseReader.opensSentence(tokens, before),
           lexicon.organisationWords.contains(tokens[firstWord].lower) {
            return (.organization, .organisationWeak)
        }
        let prepositionBefore = before >= 0 && tokens[before].kind == .word && !tokens[before].isCapitalized
            && lexicon.functionWords.contains(tokens[before].lower) && !["and", "but", "or", "then"].contains(tokens[before].lower)
        let verbEnd = prepositionBefore ? nil : reportingVerbEnd(range.upperBound, tokens)
        // "Orlik Foods said its profits …": what speaks of its own is an organisation.
        let saidIts = verbEnd.map { $0 < tokens.count && tokens[$0].lower == "its" } ?? false
        // People by their title, their given name or their words.
        if personal {
            if titled { return (.person, .personStrong) }
            // (A one-word speaker may be a website or a firm the quote extractor took for a person.)
            if !single, !saidIts, personSpeakers.contains(name) { return (.person, .personStrong) }
            if !single, wordIndices.count <= 4, words.givenNames.contains(tokens[firstWord].lower), !PhraseReader.months.contains(tokens[firstWord].lower) {
                return (.person, .personStrong)
            }
            // "president Marta Velasquez", "coach Ben Hale".
            if before >= 0, tokens[before].kind == .word, !tokens[before].isCapitalized, isRoleHead(tokens[before].lower) {
                return (.person, .personStrong)
            }
            // "X, 34,", "X, who", "X (34)".
            let after = range.upperBound
            if after + 1 < tokens.count, tokens[after].text == "," || tokens[after].text == "(",
               tokens[after + 1].kind == .number && Int(tokens[after + 1].text).map({ (1...120).contains($0) }) == true
                || tokens[after].text == "," && ["who", "whom", "aged"].contains(tokens[after + 1].lower) && !(before >= 0 && Self.locatives.contains(tokens[before].lower)) {
                return (.person, .personStrong)
            }
            // "a man named X", "a 34-year-old woman called X".
            if before >= 1, ["named", "called"].contains(tokens[before].lower), words.personNouns.contains(tokens[before - 1].lower)
                || tokens[before - 1].lower.hasSuffix("-old") {
                return (.person, .personStrong)
            }
            // "X, the company's chief executive,", "X, Norvik Executive Director".
            if !single, after + 1 < tokens.count, tokens[after].text == ",", roleFollows(after + 1, tokens) {
                return (.person, .personStrong)
            }
        }
        // Organisations by context. "Norvik chief executive Ana Ruiz": a role after the name
        // (one capitalised word opening a sentence may be a plain noun: "Opposition leader").
        if !personal || single, affiliationFollows(range.upperBound, tokens), !isKnownPersonWord(tokens[lastWord]) {
            return single && PhraseReader.opensSentence(tokens, firstWord) ? (nil, nil) : (.organization, .organisationWeak)
        }
        if before >= 1, ["named", "called"].contains(tokens[before].lower), words.organisationNouns.contains(tokens[before - 1].lower) {
            return (.organization, .organisationWeak)
        }
        // "X, a logistics firm,", "X, the state broadcaster".
        if range.upperBound + 2 < tokens.count, tokens[range.upperBound].text == ",", ["a", "an", "the"].contains(tokens[range.upperBound + 1].lower) {
            var k = range.upperBound + 2
            while k < tokens.count, k - range.upperBound < 7, tokens[k].kind == .word || tokens[k].text == "-" {
                if words.organisationNouns.contains(tokens[k].lower) && (k + 1 >= tokens.count || tokens[k + 1].kind != .word || lexicon.functionWords.contains(tokens[k + 1].lower)) {
                    return (.organization, .organisationWeak)
                }
                k += 1
            }
        }
        // "the Orrisey published", "the NHS said": "the" before a name a person never has.
        if afterThe, !personal || acronym, reportingVerbFollows(range.upperBound, tokens), !isExcluded(range, tokens) {
            return (.organization, .organisationWeak)
        }
        // "the ECB will", "ordered the FDA to": an acronym after "the", then a function word or a mark.
        if acronym, afterThe, range.upperBound < tokens.count,
           tokens[range.upperBound].kind == .punctuation && tokens[range.upperBound].text != "-"
            || lexicon.functionWords.contains(tokens[range.upperBound].lower) || reportingVerbFollows(range.upperBound, tokens) {
            return (.organization, .organisationWeak)
        }
        // "chief executive of Norvik", "a researcher at Halden".
        if before >= 1, ["of", "at"].contains(tokens[before].lower), tokens[before - 1].kind == .word, words.agentRoles.contains(tokens[before - 1].lower),
           !personal || single {
            return (.organization, .organisationWeak)
        }
        // People by their words: "Jane Roe said", "Jane Roe said she …"; "Orlik Foods said its …"
        // is an organisation.
        if !single, let verbEnd {
            let next = verbEnd < tokens.count ? tokens[verbEnd].lower : ""
            if saidIts { return (.organization, .organisationWeak) }
            if personal { return (.person, ["he", "she", "his", "her"].contains(next) ? .personStrong : .personWeak) }
        }
        // Places by context: "the city of X", "in X, Iowa".
        if before >= 1, tokens[before].lower == "of", tokens[before - 1].kind == .word, !tokens[before - 1].isCapitalized,
           words.placeNouns.contains(tokens[before - 1].lower) {
            return (.place, .placeCue)
        }
        if before >= 0, Self.locatives.contains(tokens[before].lower), range.upperBound + 1 < tokens.count, tokens[range.upperBound].text == ",",
           let place = words.place(in: tokens, at: range.upperBound + 1), [.state, .country].contains(words.places[place.place].kind),
           place.end >= tokens.count || tokens[place.end].kind == .punctuation || !tokens[place.end].isCapitalized {
            return (.place, .placeCue)
        }
        return (nil, nil)
    }

    /// True for a name whose last word is an organisation word ("Norvik Steel", "Energy
    /// Department"), whose first is one followed by "of" or "for" ("Bank of England"), or whose
    /// organisation word is followed only by a place ("Public Health England").
    func hasOrganisationHead(_ wordIndices: [Int], _ tokens: [Token]) -> Bool {
        guard wordIndices.count >= 2, let last = wordIndices.last else { return false }
        func isHead(_ i: Int) -> Bool { tokens[i].isCapitalized && lexicon.organisationWords.contains(tokens[i].lower) }
        if isHead(last) { return true }
        for (n, i) in wordIndices.enumerated() where isHead(i) {
            if i + 1 < tokens.count, ["of", "for"].contains(tokens[i + 1].lower) { return true }
            if n + 1 < wordIndices.count, let place = words.place(in: tokens, at: wordIndices[n + 1]), place.end == last + 1 { return true }
        }
        return false
    }

    func hasFacilityHead(_ t: Token) -> Bool { words.facilities.contains(t.lower) }

    /// A name a person can have: one to four capitalised words, none of them an organisation,
    /// place or facility word, an acronym or a demonym.
    func looksPersonal(_ wordIndices: [Int], _ tokens: [Token]) -> Bool {
        guard (1...4).contains(wordIndices.count) else { return false }
        for i in wordIndices {
            let t = tokens[i]
            if !t.isCapitalized { if PhraseReader.particles.contains(t.lower) { continue } else { return false } }
            if lexicon.organisationWords.contains(t.lower) || words.facilities.contains(t.lower) || words.notEntities.contains(t.lower) { return false }
            if lexicon.demonyms.contains(t.lower) || words.adjectives[t.text] != nil { return false }
            let letters = t.text.unicodeScalars.filter { $0 != "." }
            if letters.count >= 2, letters.allSatisfy({ CharacterClass.isUppercase($0) }) { return false }
        }
        if let last = wordIndices.last, words.placeHeads.contains(tokens[last].lower), wordIndices.count > 1 { return false }
        return true
    }

    /// A lowercase word that, before a name, is the person's title or role ("president",
    /// "coach", "spokeswoman"), not a modifier of one ("deputy", "foreign").
    func isRoleHead(_ word: String) -> Bool {
        (lexicon.personTitles.contains(word) || lexicon.roleWords.contains(word)) && !words.roleModifiers.contains(word)
            && !lexicon.functionWords.contains(word)
    }

    /// True when the title's last word is a role head: "Surgeon General", "Health Minister".
    func roleEndsInHead(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let last = range.last(where: { tokens[$0].kind == .word }) else { return false }
        return isRoleHead(tokens[last].lower)
    }

    /// Lowercase role words at `i` ending in an organisation's role, then a name: "chief
    /// executive Ana Ruiz", "spokesman Ivo Lind".
    func affiliationFollows(_ i: Int, _ tokens: [Token]) -> Bool {
        var k = i
        while k < tokens.count, k - i < 4, tokens[k].kind == .word, !tokens[k].isCapitalized,
              lexicon.roleWords.contains(tokens[k].lower) || lexicon.personTitles.contains(tokens[k].lower) {
            k += 1
        }
        guard k > i, words.agentRoles.contains(tokens[k - 1].lower), !Self.portfolioTitles.contains(tokens[k - 1].lower),
              k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized else { return false }
        return true
    }

    /// A role in apposition at `i`: "the company's chief executive", "Norvik Executive Director".
    func roleFollows(_ i: Int, _ tokens: [Token]) -> Bool {
        var k = i
        while k < tokens.count, k - i < 8, tokens[k].kind == .word || tokens[k].text == "’" || tokens[k].text == "'" {
            if isRoleHead(tokens[k].lower), k + 1 >= tokens.count || tokens[k + 1].kind == .punctuation || tokens[k + 1].lower == "of"
                || tokens[k + 1].lower == "at" || tokens[k + 1].lower == "for" {
                return true
            }
            if tokens[k].isWord, !tokens[k].isCapitalized, lexicon.verbForms[tokens[k].lower] != nil, !lexicon.roleWords.contains(tokens[k].lower) { return false }
            k += 1
        }
        return false
    }

    /// True when a finite reporting verb comes at `i` (after an auxiliary or adverb): "said",
    /// "has confirmed", "published".
    func reportingVerbFollows(_ i: Int, _ tokens: [Token]) -> Bool { reportingVerbEnd(i, tokens) != nil }

    /// The index past the reporting verb at `i` (see `reportingVerbFollows`).
    func reportingVerbEnd(_ i: Int, _ tokens: [Token]) -> Int? {
        var k = i
        while k < tokens.count, k - i < 2, Self.auxiliaries.contains(tokens[k].lower) { k += 1 }
        guard k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized, let forms = lexicon.verbForms[tokens[k].lower] else { return nil }
        return forms.first { entry in
            guard entry.form.tense == .past || entry.form.tense == .thirdPerson || entry.form.tense == .participle && k > i,
                  k + entry.words.count <= tokens.count else { return false }
            // Every word of a form such as "went on" ("went down" is no reporting).
            return entry.words.indices.allSatisfy { tokens[k + $0].lower == entry.words[$0] }
        }.map { k + $0.words.count }
    }

    // MARK: - What is never a name

    /// Months, weekdays, demonyms, words with digits ("Covid-19"), and words that are never
    /// entities on their own.
    func isExcluded(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        let wordIndices = range.filter { tokens[$0].kind == .word }
        guard !wordIndices.isEmpty else { return true }
        for i in wordIndices where tokens[i].text.unicodeScalars.contains(where: CharacterClass.isDigit) { return true }
        if wordIndices.allSatisfy({ lexicon.personTitles.contains(tokens[$0].lower) || lexicon.roleWords.contains(tokens[$0].lower) }) { return true }
        if wordIndices.count == 1 {
            let t = tokens[wordIndices[0]]
            if PhraseReader.months.contains(t.lower) || PhraseReader.weekdays.contains(t.lower) || lexicon.demonyms.contains(t.lower)
                || words.adjectives[t.text] != nil || words.notEntities.contains(t.lower) || lexicon.functionWords.contains(t.lower) {
                return true
            }
            // A demonym's plural ("Americans") or a nationality noun in -s.
            if t.lower.hasSuffix("s"), lexicon.demonyms.contains(String(t.lower.dropLast())) || words.adjectives[String(t.text.dropLast())] != nil {
                return true
            }
        }
        if let first = wordIndices.first, words.notEntities.contains(tokens[first].lower), wordIndices.count <= 2 { return true }
        return false
    }

    /// A word inside a short quotation: a scare quote, a nickname or a title ("the “Iron
    /// Lady”"), not a mention.
    func isScareQuoted(_ i: Int, _ p: PreparedParagraph) -> Bool {
        guard let s = p.spanOfToken[i], p.openToken[s] >= 0, let close = p.closeToken[s] else { return false }
        return close - p.openToken[s] - 1 <= 4
    }

    /// A word glued to an address or handle: "jane_roe@example.org", "Norvik.com", "@Norvik".
    func isAttached(_ i: Int, _ tokens: [Token]) -> Bool {
        func glue(_ t: Token) -> Bool {
            guard t.kind == .punctuation, let b = t.text.utf8.first else { return false }
            return b == UInt8(ascii: "_") || b == UInt8(ascii: "@") || b == UInt8(ascii: "/") || b == UInt8(ascii: "\\")
                || b == UInt8(ascii: "#") || b == UInt8(ascii: "=")
        }
        if i > 0, tokens[i - 1].range.upperBound == tokens[i].range.lowerBound {
            if glue(tokens[i - 1]) { return true }
            if tokens[i - 1].text == ".", i > 1, tokens[i - 2].range.upperBound == tokens[i - 1].range.lowerBound, tokens[i - 2].kind == .word { return true }
        }
        if i + 1 < tokens.count, tokens[i + 1].range.lowerBound == tokens[i].range.upperBound {
            if glue(tokens[i + 1]) { return true }
            if tokens[i + 1].text == ".", i + 2 < tokens.count, tokens[i + 2].range.lowerBound == tokens[i + 1].range.upperBound,
               tokens[i + 2].kind == .word, !tokens[i + 2].isCapitalized {
                return true
            }
        }
        return false
    }

    /// A line in title case ("Ministers Reject Harbour Plan After Long Debate"): at least four
    /// words, nearly all capitalised.
    static func isTitleCase(_ tokens: [Token]) -> Bool {
        var words = 0, capitalised = 0
        for t in tokens where t.kind == .word && t.text.utf8.count > 3 {
            words += 1
            if t.isCapitalized { capitalised += 1 }
        }
        return words >= 4 && capitalised * 5 >= words * 4
    }

    // MARK: - Places from cues

    /// "LASSITER, Iowa —": the city a wire story is filed from, and its state or country.
    mutating func readDateline(_ p: PreparedParagraph, end: Int) {
        let tokens = p.tokens
        var i = 0
        var first = true
        while i < end {
            guard tokens[i].kind == .word, tokens[i].isCapitalized else {
                if tokens[i].text == "(" { break }
                i += 1
                continue
            }
            var j = i
            while j < end, tokens[j].kind == .word, tokens[j].isCapitalized { j += 1 }
            if j < end, tokens[j].kind == .number { break }  // "Oct 3": the date has begun
            let written = (i..<j).map { Self.titleCased(tokens[$0].text) }.joined(separator: " ")
            let titled = Tokenizer.tokens(Array(written.unicodeScalars))
            if let place = words.place(in: titled, at: 0), place.end == titled.count {
                add(p, i..<j, name: words.places[place.place].name, surface: written, kind: .place, evidence: .gazetteer, headline: false)
            } else if first, !PhraseReader.months.contains(titled.first?.lower ?? "") {
                add(p, i..<j, name: written, surface: written, kind: .place, evidence: .placeCue, headline: false)
            }
            first = false
            i = j
        }
    }

    /// "LASSITER" → "Lassiter"; a word already in mixed case is kept.
    static func titleCased(_ word: String) -> String {
        guard word.unicodeScalars.allSatisfy({ !CharacterClass.isLowercase($0) }) else { return word }
        var out = String.UnicodeScalarView()
        var startOfWord = true
        for s in word.unicodeScalars {
            out.append(startOfWord ? s : (s.properties.lowercaseMapping.unicodeScalars.count == 1 ? s.properties.lowercaseMapping.unicodeScalars.first! : s))
            startOfWord = !CharacterClass.isLetter(s)
        }
        return String(out)
    }

    /// "Kessler Bay-based", "Lyon-based": the place before "-based".
    mutating func basedPlace(at i: Int, _ p: PreparedParagraph, reader: PhraseReader, headline: Bool) {
        let tokens = p.tokens
        var start = i
        while start - 1 >= 0, reader.isNameWord(start - 1), !isAttached(start - 1, tokens) { start -= 1 }
        let lastLength = tokens[i].text.unicodeScalars.count - 6
        let cleanRange = tokens[start].range.lowerBound..<(tokens[i].range.lowerBound + lastLength)
        let text = String(scalars: p.scalars[cleanRange])
        let parts = Tokenizer.tokens(Array(text.unicodeScalars))
        guard !parts.isEmpty, !isExcluded(0..<parts.count, parts) else { return }
        var name = text
        var evidence = EntityEvidence.placeCue
        if let place = words.place(in: parts, at: 0), place.end == parts.count {
            name = words.places[place.place].name
            evidence = .gazetteer
        } else if hasOrganisationHead(Array(parts.indices).filter { parts[$0].kind == .word }, parts) {
            return  // "Norvik Steel-based" is no place
        }
        candidates.append(EntityCandidate(paragraph: p.index, cleanRange: cleanRange, name: name, surface: text, kind: .place,
                                          evidence: evidence, words: parts.count, headline: headline && evidence != .gazetteer,
                                          locative: false, afterThe: false))
    }

    /// "Danish police", "the French navy": a country's adjective and a national body, not one of
    /// several ("US and European police" are two forces, named by neither).
    func nationalBody(at i: Int, _ tokens: [Token]) -> Int? {
        guard tokens[i].isCapitalized, let place = words.adjectives[tokens[i].text], words.places[place].kind == .country else { return nil }
        if i > 0, ["and", "or", ","].contains(tokens[i - 1].lower) { return nil }
        for body in words.nationalBodies where i + body.count < tokens.count {
            var same = true
            for (k, word) in body.enumerated() where tokens[i + 1 + k].text != word { same = false; break }
            guard same else { continue }
            let end = i + 1 + body.count
            if end < tokens.count, ["and", "or"].contains(tokens[end].lower) { return nil }
            return end
        }
        return nil
    }

    mutating func add(_ p: PreparedParagraph, _ range: Range<Int>, name: String, surface: String? = nil, kind: Entity.Kind?,
                      evidence: EntityEvidence, headline: Bool) {
        let tokens = p.tokens
        let before = range.lowerBound - 1
        let words = range.filter { tokens[$0].kind == .word }.count
        candidates.append(EntityCandidate(
            paragraph: p.index, cleanRange: tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound,
            name: name, surface: surface ?? name, kind: kind, evidence: evidence, words: words,
            headline: headline && evidence != .gazetteer,
            locative: before >= 0 && Self.locatives.contains(tokens[before].lower),
            afterThe: before >= 0 && tokens[before].lower == "the",
            beforeLowercase: range.upperBound < tokens.count && tokens[range.upperBound].kind == .word && !tokens[range.upperBound].isCapitalized))
    }
}
