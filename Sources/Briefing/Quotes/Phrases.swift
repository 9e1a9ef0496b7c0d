/// What a phrase in subject (or inverted subject) position refers to, before it is resolved
/// against the rest of the article.
indirect enum Referent: Sendable, Equatable {
    /// A named person or organisation ("U.S. Health Secretary Ana Ruiz", "Norvik Steel").
    case named(NameChunk)
    /// he, she, they, it, we, I.
    case pronoun(String)
    /// "the company", "the city council": an organisation named earlier, or, when none was,
    /// the organisation as the phrase describes it.
    case organisationAnaphor(head: String, written: String)
    /// An unnamed group reported as speaking: "police", "critics", "US and European police".
    case collective(String)
    /// An unnamed holder of a role speaking for someone: "a spokesman for the ministry".
    case unnamedRole(role: String, for: Referent?)
    /// "the chef", "the judge": someone the article has named, referred to by their role.
    case definiteRole(String)
    /// "His closing remarks": what was said stands for who said it.
    case possessor(Referent)
    /// "The statement said", "the letter added": a document the article has just attributed.
    case document(String)
}

extension Referent {
    /// The role a description gives ("spokesperson for the ministry", "the judge"), if any.
    var roleText: String? {
        switch self {
        case .unnamedRole(let role, _), .definiteRole(let role): role
        default: nil
        }
    }
}

/// A run of capitalised words that names someone or something, with any role in front of it.
struct NameChunk: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case person, organization }

    var kind: Kind
    /// The name without titles or role words ("Ana Ruiz", "US Justice Department").
    var name: String
    /// The role or title written before the name ("U.S. Attorney General"), if any.
    var role: String?
    /// The whole chunk as written.
    var surface: String
    /// Token indices of the chunk (role included).
    var tokens: Range<Int>
}

/// Reads names and subject phrases from tokens. All word lists come from `Lexicon`.
struct PhraseReader {
    let tokens: [Token]
    let lexicon: Lexicon
    /// Words the article writes in lowercase and never capitalised inside a sentence: at the
    /// start of a sentence they are capitalised only for being first ("Told of the ruling, …",
    /// "Born in Oslo, …", "Anyone who …").
    var commonWords: Set<String> = []
    /// Names the article shows to be organisations though no word in them says so
    /// ("Kestridge Freight, which fired him, …").
    var organisationNames: Set<String> = []
    /// Tokens before this index are a wire dateline ("LASSITER, Iowa —"), which names a place.
    var datelineEnd = 0

    /// Heads of time phrases ("last year", "this week"), which never speak.
    static let timeWords: Set<String> = ["year", "years", "week", "weeks", "month", "months", "day", "days", "night", "morning",
                                         "afternoon", "evening", "ago", "yesterday", "today", "tonight", "weekend", "decade", "time"]
    /// Past participles that open a sentence as an adverbial ("Born in Oslo, …", "Told of the
    /// ruling, …"), which the -ed test misses.
    static let irregularParticiples: Set<String> = [
        "born", "told", "given", "taken", "seen", "known", "found", "made", "held", "left", "caught", "brought", "shown",
        "written", "driven", "beaten", "chosen", "grown", "thrown", "sworn", "struck", "kept", "lost", "won", "built",
        "sent", "spent", "hit", "hurt", "put", "set", "read", "heard", "met", "led", "fed", "bred", "shaken", "woken",
    ]
    /// Pronouns that start a sentence capitalised and never name anyone.
    static let indefinitePronouns: Set<String> = [
        "anyone", "everyone", "someone", "no-one", "nobody", "everybody", "somebody", "anybody", "nothing", "everything",
        "something", "anything", "none", "whoever",
    ]
    /// Family words: "her husband" is someone other than her.
    static let relatives: Set<String> = Set<String>([
        "husband", "wife", "son", "daughter", "mother", "father", "brother", "sister", "widow", "widower", "niece", "nephew",
        "grandson", "granddaughter", "grandmother", "grandfather", "uncle", "aunt", "cousin", "fiance", "fiancee",
        "girlfriend", "boyfriend", "partner", "parents", "children", "family",
    ]).union(counterparts)
    /// "His rival", "her opponent": the other one of two people just written about.
    static let counterparts: Set<String> = ["rival", "opponent", "challenger", "counterpart", "adversary", "foe", "opposite"]
    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                      "october", "november", "december"]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let pronouns: WordSet = ["he", "she", "they", "it", "we", "i"]
    static let possessives: WordSet = ["his", "her", "their", "its", "our", "my"]
    static let determiners: WordSet = ["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"]
    static let particles: WordSet = ["de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "ter", "ten", "mac", "st"]
    /// Words that may join the capitalised parts of an organisation's name.
    static let nameJoiners: WordSet = ["of", "for", "and", "&", "the", "on", "de"]

    // MARK: - Name chunks

    /// True when token `i` can be part of a name: a capitalised word that is not a function
    /// word, an initial or initialism ("J.", "U.S."), or an all-caps acronym.
    func isNameWord(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let t = tokens[i]
        guard t.kind == .word, t.isCapitalized, i >= datelineEnd else { return false }
        // (Only a word starting with the bytes of ’ or ' can be either: no string compare else.)
        if let b = t.lower.utf8.first, b == 0xE2 || b == 0x27, t.lower == "’s" || t.lower == "'s" { return false }
        if isIntroductoryWord(i) { return false }
        if isSentenceStart(i), commonWords.contains(t.lower), !(i + 1 < tokens.count && tokens[i + 1].isCapitalized) { return false }
        if Self.indefinitePronouns.contains(t.lower) { return false }
        // "released in March", "since January": a month after a preposition is a date.
        if i > 0, Self.months.contains(t.lower), ["in", "on", "since", "until", "by", "last", "next", "early", "late", "mid", "from", "of", "this"].contains(tokens[i - 1].lower) {
            return false
        }
        // "Kessler Bay-based software company Lumenfold": where it is based, not a name.
        if t.lower.hasSuffix("-based") { return false }
        // "the Italian said", "a 24-year-old Briton": a nationality, not a name.
        if i > 0, ["the", "a", "an"].contains(tokens[i - 1].lower) || tokens[i - 1].lower.hasSuffix("-old"), lexicon.demonyms.contains(t.lower) {
            return false
        }
        // "Q: …", "A: …": an interview's labels.
        if t.text.unicodeScalars.count == 1, i + 1 < tokens.count, tokens[i + 1].text == ":" { return false }
        // "Gov. Lorna Ridgeway on Friday vetoed": a weekday is never part of a name.
        if Self.weekdays.contains(t.lower) { return false }
        // "Economists at the institute said", "Residents of the town": a group noun is
        // capitalised at the start of a sentence, not because it names anyone.
        if isSentenceStart(i), lexicon.collectives.contains(t.lower), !(i + 1 < tokens.count && tokens[i + 1].isCapitalized) { return false }
        // "US", "IT", "WHO": capitals make an acronym of a function word.
        return !lexicon.functionWords.contains(t.lower) || lexicon.knownOrganisations.contains(t.text)
            || (t.text.unicodeScalars.count >= 2 && isAcronym(t.text) && t.text != "I")
    }

    /// The name chunk that ends at token `end` (inclusive), looking back no further than `floor`.
    func chunk(endingAt end: Int, floor: Int) -> NameChunk? {
        guard end >= floor, isNameWord(end) || isInitialDot(end) else { return nil }
        var start = end
        var k = end - 1
        while k >= floor {
            // "Gov. Lorna Ridgeway": the dot of a title belongs to the chunk.
            if isNameWord(k) || isInitialDot(k) || isAbbreviation(k) && k > floor {
                start = k
                k -= 1
            } else if k - 1 >= floor, isNameWord(k - 1), joins(k, after: k - 1) {
                // "Ludwig van Beethoven", "Department of Justice", "Ministry of Health".
                start = k - 1
                k -= 2
            } else if tokens[k].text == "-", k - 1 >= floor, isNameWord(k - 1) {
                start = k - 1
                k -= 2
            } else {
                break
            }
        }
        // A trailing joiner ("the") never starts a chunk.
        while start < end, Self.nameJoiners.contains(tokens[start].lower) || Self.particles.contains(tokens[start].lower) { start += 1 }
        return makeChunk(start...end)
    }

    /// The name chunk that starts at token `start`, looking no further than `ceiling` (exclusive).
    func chunk(startingAt start: Int, ceiling: Int) -> NameChunk? {
        guard start < ceiling, isNameWord(start) else { return nil }
        var end = start
        var k = start + 1
        while k < ceiling {
            if isNameWord(k) || isInitialDot(k) || isAbbreviation(k) && k + 1 < ceiling && isNameWord(k + 1) {
                end = k
                k += 1
            } else if k + 1 < ceiling, isNameWord(k + 1), joins(k, after: end) {
                end = k + 1
                k += 2
            } else if tokens[k].text == "-", k + 1 < ceiling, isNameWord(k + 1) {
                end = k + 1
                k += 2
            } else {
                break
            }
        }
        return makeChunk(start...end)
    }

    /// True when the lowercase word at `k` joins two parts of one name, the part before ending
    /// at `left`: a name particle ("van", "de"), "&" always, and "of", "for", "on", "the" only
    /// after an organisation word ("Bank of England"; "Maeve Costigan of Harlow Partners" is a
    /// person and an organisation).
    func joins(_ k: Int, after left: Int) -> Bool {
        let word = tokens[k].lower
        if word == "&" { return true }
        if Self.particles.contains(word) { return tokens[k].kind == .word && !tokens[k].isCapitalized }
        guard Self.nameJoiners.contains(word), word != "and" else { return false }
        return lexicon.organisationWords.contains(tokens[left].lower) || Self.organisationAnaphors.contains(tokens[left].lower)
    }

    /// True when token `i` opens a sentence or a quotation.
    func isSentenceStart(_ i: Int) -> Bool {
        i == datelineEnd || Self.opensSentence(tokens, i)
    }

    /// True when token `i` comes first in its sentence or quotation, after a sentence mark,
    /// a colon or a semicolon, or a quotation mark.
    static func opensSentence(_ tokens: [Token], _ i: Int) -> Bool {
        i == 0 || tokens[i - 1].kind == .punctuation && ([".", "!", "?", ":", ";"].contains(tokens[i - 1].text) || tokens[i - 1].isQuoteMark)
    }

    /// "Crucially, …", "Asked whether …", "Accepting the award, …": an adverb or participle
    /// opening a sentence is capitalised only because it comes first.
    func isIntroductoryWord(_ i: Int) -> Bool {
        let t = tokens[i]
        // (Cheap tests first: the suffixes end in y, g or d, so most words are answered without
        // comparing strings or counting characters.)
        guard isSentenceStart(i) else { return false }
        let last = t.lower.utf8.last
        let suffixed = (last == UInt8(ascii: "y") || last == UInt8(ascii: "g") || last == UInt8(ascii: "d"))
            && t.lower.count > 4 && (t.lower.hasSuffix("ly") || t.lower.hasSuffix("ing") || t.lower.hasSuffix("ed"))
        guard suffixed || Self.irregularParticiples.contains(t.lower) || lexicon.verbForms[t.lower] != nil && !t.lower.hasSuffix("s") else { return false }
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        return next.text == "," || Self.determiners.contains(next.lower) || ["of", "whether", "if", "by", "to", "for", "about", "with", "after", "on", "in", "how", "what", "why", "at"].contains(next.lower)
    }

    /// The dot of an initial or a title inside a name ("J.", "Dr.", "Gov."), not a full stop.
    func isAbbreviation(_ i: Int) -> Bool {
        guard i > 0, i < tokens.count, tokens[i].text == ".", tokens[i - 1].kind == .word else { return false }
        let previous = tokens[i - 1]
        return (previous.text.unicodeScalars.count == 1 && previous.isCapitalized) || lexicon.personTitles.contains(previous.lower)
    }

    /// "J." written as two tokens ("J" + "."): the dot after a single capital.
    private func isInitialDot(_ i: Int) -> Bool {
        guard i > 0, i < tokens.count, tokens[i].text == "." else { return false }
        let prev = tokens[i - 1]
        return prev.kind == .word && prev.text.unicodeScalars.count == 1 && prev.isCapitalized
    }

    /// Decides person or organisation, and splits a person's role from their name.
    func makeChunk(_ range: ClosedRange<Int>) -> NameChunk? {
        // Word positions, not copies of the tokens: no strings retained per word.
        let words = range.filter { tokens[$0].kind == .word }
        guard !words.isEmpty else { return nil }
        let surface = text(range.lowerBound..<(range.upperBound + 1))
        // "Health Secretary Miriam Oduya", "Bank of England Governor Andrew Bailey": a title with
        // a name after it makes a person, whatever organisation words stand in the title.
        let titledName = words.lastIndex(where: { (lexicon.personTitles.contains(tokens[$0].lower) || lexicon.roleWords.contains(tokens[$0].lower))
                && !lexicon.organisationWords.contains(tokens[$0].lower) })
            .map { last in
                last + 1 < words.count && words[(last + 1)...].allSatisfy {
                    !lexicon.organisationWords.contains(tokens[$0].lower) && !lexicon.collectives.contains(tokens[$0].lower)
                }
            } ?? false
        let isOrganisation = !titledName && words.contains { lexicon.organisationWords.contains(tokens[$0].lower) }
            || range.contains { tokens[$0].text == "&" }
            || lexicon.knownOrganisations.contains(surface) || organisationNames.contains(surface)
            || words.contains { lexicon.knownOrganisations.contains(tokens[$0].text) && words.count <= 2 }
            || (words.count == 1 && isAcronym(tokens[words[0]].text))
            || precededByThe(range.lowerBound) && !words.contains { lexicon.personTitles.contains(tokens[$0].lower) || lexicon.roleWords.contains(tokens[$0].lower) }
        if isOrganisation {
            return NameChunk(kind: .organization, name: surface, role: nil, surface: surface,
                             tokens: range.lowerBound..<(range.upperBound + 1))
        }
        // Role and title words (and initialisms or country words directly before them) come
        // first: "U.S. Health Secretary | Ana Ruiz", "Interior Minister | Paul Brandt".
        var lastRole = -1
        for (i, index) in range.enumerated() {
            let t = tokens[index]
            if t.kind == .word, lexicon.personTitles.contains(t.lower) || lexicon.roleWords.contains(t.lower) {
                lastRole = i
            }
        }
        let indices = Array(range)
        // The name is what follows the last role word; it must keep at least one word.
        var nameStart = lastRole + 1
        if nameStart >= indices.count { nameStart = indices.count }
        let nameIndices = indices[nameStart...].drop { tokens[$0].kind == .punctuation }
            .filter { tokens[$0].kind == .word || tokens[$0].text == "." || tokens[$0].text == "-" }
        guard !nameIndices.isEmpty else {
            // A role alone ("President", "the Minister"): not a name.
            return nil
        }
        let name = text(nameIndices.first!..<(nameIndices.last! + 1))
        let role = nameStart > 0 ? text(indices[0]..<(indices[nameStart - 1] + 1)) : nil
        return NameChunk(kind: .person, name: Self.stripTrailingDot(name), role: role, surface: surface,
                         tokens: range.lowerBound..<(range.upperBound + 1))
    }

    func isAcronym(_ s: String) -> Bool {
        // Two to six capitals or digits, dots aside; counted in place, without a filtered copy.
        var letters = 0
        for scalar in s.unicodeScalars where scalar != "." {
            guard CharacterClass.isUppercase(scalar) || CharacterClass.isDigit(scalar) else { return false }
            letters += 1
            if letters > 6 { return false }
        }
        return letters >= 2
    }

    private func precededByThe(_ i: Int) -> Bool {
        i > 0 && tokens[i - 1].lower == "the"
    }

    static func stripTrailingDot(_ s: String) -> String {
        s.hasSuffix(".") && !s.dropLast().contains(".") ? String(s.dropLast()) : s
    }

    /// The paragraph text covered by tokens `range`, as written.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        if range.count == 1 { return tokens[range.lowerBound].text }  // most names are one word
        var out = ""
        var previousEnd = tokens[range.lowerBound].range.lowerBound
        for i in range {
            let t = tokens[i]
            if t.range.lowerBound > previousEnd && !out.isEmpty { out += " " }
            out += t.text
            previousEnd = t.range.upperBound
        }
        return out
    }

    // MARK: - Subject phrases

    /// Where a subject phrase may not reach past: clause openers and conjunctions.
    static let phraseBoundaries: WordSet = [
        "that", "who", "whom", "which", "when", "while", "because", "although", "though", "if", "and", "but", "or",
        "as", "than", "where", "after", "before", "since", "until", "so", "said", "says",
    ]

    /// What the phrase `tokens[range]` (a subject, left to right) refers to. `anyNounPhrase`
    /// lets an ordinary noun phrase speak as written ("Traders on both sides"); it is right
    /// for a subject before its verb, not for words after a verb.
    func referent(of range: Range<Int>, anyNounPhrase: Bool = false) -> Referent? {
        guard !range.isEmpty else { return nil }
        let last = range.upperBound - 1
        let lastToken = tokens[last]

        // A speech or document noun with its source: "an article published in the Wall
        // Street Journal", "a statement from Norvik Steel", "His closing remarks".
        if let noun = range.first(where: { lexicon.speechNouns.contains(tokens[$0].lower) }) {
            if let source = sourceAfter(noun, within: range) { return source }
            let before = tokens[range.lowerBound..<noun]
            if let first = before.first, Self.possessives.contains(first.lower) { return .possessor(.pronoun(possessivePronoun(first.lower))) }
            if let apostrophe = before.lastIndex(where: { $0.lower == "’s" || $0.lower == "'s" }) {
                if let owner = chunk(endingAt: apostrophe - 1, floor: range.lowerBound) { return .possessor(.named(owner)) }
                // "The company’s statement", "the board’s annual report": the organisation.
                if apostrophe > range.lowerBound, let owner = referent(of: range.lowerBound..<apostrophe) { return .possessor(owner) }
            }
            if noun == last, tokens[range.lowerBound].lower == "the", range.count <= 3, !lexicon.evidenceNouns.contains(lastToken.lower) {
                return .document(lastToken.lower)
            }
        }
        if lastToken.kind == .word, Self.pronouns.contains(lastToken.lower) { return .pronoun(lastToken.lower) }

        // "a company spokesman", "the council's spokesperson", "a school spokeswoman": the
        // organisation speaks through them.
        if lastToken.kind == .word, ["spokesman", "spokeswoman", "spokesperson", "representative", "statement"].contains(lastToken.lower),
           last - 1 >= range.lowerBound, tokens[last - 1].kind == .word, !tokens[last - 1].isCapitalized,
           lexicon.organisationWords.contains(tokens[last - 1].lower) || Self.organisationAnaphors.contains(tokens[last - 1].lower) {
            let head = tokens[last - 1].lower
            return .unnamedRole(role: lastToken.lower, for: .organisationAnaphor(head: head, written: head))
        }

        // "A spokesperson for the airline", "a spokesman for the ministry".
        if let forIndex = range.first(where: { tokens[$0].lower == "for" || tokens[$0].lower == "at" }),
           range[range.lowerBound..<forIndex].contains(where: { lexicon.roleWords.contains(tokens[$0].lower) }),
           !range[range.lowerBound..<forIndex].contains(where: isNameWord) {
            let role = text(range.lowerBound..<forIndex).droppingDeterminer
            let ownerRange = (forIndex + 1)..<range.upperBound
            let owner = referent(of: ownerRange) ?? (ownerRange.isEmpty ? nil : .collective(text(ownerRange).droppingDeterminer))
            return .unnamedRole(role: role, for: owner)
        }
        // "the ministry's spokesman", "Apple's chief executive": the owner speaks.
        if let apostrophe = range.last(where: { tokens[$0].lower == "’s" || tokens[$0].lower == "'s" }), apostrophe < last,
           range[(apostrophe + 1)...].allSatisfy({ lexicon.roleWords.contains(tokens[$0].lower) || !tokens[$0].isWord }) {
            let role = text((apostrophe + 1)..<range.upperBound)
            return .unnamedRole(role: role, for: referent(of: range.lowerBound..<apostrophe))
        }

        // "Economists at the Institute for Regional Studies", "researchers from the university":
        // a group with its affiliation speaks as written.
        if let head = range.first(where: { tokens[$0].kind == .word && !Self.determiners.contains(tokens[$0].lower) }),
           lexicon.collectives.contains(tokens[head].lower), head + 2 < range.upperBound,
           ["at", "from", "of", "with", "in", "for"].contains(tokens[head + 1].lower) {
            return .collective(text(head..<range.upperBound))
        }
        // "The 29-year-old", "the 45-year-old": someone the article has just named, by age.
        if tokens[range.lowerBound].lower == "the", range.count <= 6, lastToken.lower.hasSuffix("year-old") || lastToken.lower == "old"
            && range.contains(where: { tokens[$0].lower.hasPrefix("year") }) {
            return .definiteRole(text((range.lowerBound + 1)..<range.upperBound).lowercased())
        }
        // "Sofia Brennmark of Dalsgaard Bank", "Jane Roe at the University of X": the person
        // named first speaks; what follows "of"/"at"/"from" is their affiliation.
        var scan = range.lowerBound
        while scan < range.upperBound {
            if let person = chunk(startingAt: scan, ceiling: range.upperBound) {
                if person.kind == .person, person.tokens.upperBound < range.upperBound,
                   ["of", "at", "from", "with"].contains(tokens[person.tokens.upperBound].lower),
                   person.tokens.upperBound + 1 < range.upperBound, isNameWord(person.tokens.upperBound + 1) || tokens[person.tokens.upperBound + 1].lower == "the" {
                    return .named(person)
                }
                scan = person.tokens.upperBound
            } else {
                scan += 1
            }
        }
        if let name = chunk(endingAt: last, floor: range.lowerBound) {
            // Lowercase role words before the name: "coach Ben Hale", "union leader Grace Obi".
            var roleStart = name.tokens.lowerBound
            while roleStart - 1 >= range.lowerBound, lexicon.roleWords.contains(tokens[roleStart - 1].lower) || lexicon.personTitles.contains(tokens[roleStart - 1].lower) {
                roleStart -= 1
            }
            // "Union leader Rafael Ortiz", "Police spokesman Ivo Lind": the word the role is of.
            if roleStart < name.tokens.lowerBound, roleStart - 1 >= range.lowerBound, tokens[roleStart - 1].kind == .word,
               lexicon.organisationWords.contains(tokens[roleStart - 1].lower) || lexicon.collectives.contains(tokens[roleStart - 1].lower)
                // "Rovers manager Sean Doyle", "Calder boss Ivana Petrovic": a team or firm.
                || tokens[roleStart - 1].isCapitalized && (roleStart - 1 == range.lowerBound || Self.determiners.contains(tokens[roleStart - 2].lower)) {
                roleStart -= 1
            }
            // "Her colleague Marc Dupuis" keeps "colleague"-like words out: only role words count.
            if roleStart < name.tokens.lowerBound, name.kind == .person {
                var withRole = name
                let extra = text(roleStart..<name.tokens.lowerBound)
                withRole.role = [extra, name.role].compactMap { $0 }.joined(separator: " ")
                withRole.tokens = roleStart..<name.tokens.upperBound
                return .named(withRole)
            }
            return .named(name)
        }

        // Groups: "Police", "critics", "US and European police", "local officials".
        if lastToken.kind == .word, lexicon.collectives.contains(lastToken.lower) {
            var start = last
            while start - 1 >= range.lowerBound, tokens[start - 1].kind == .word, !Self.determiners.contains(tokens[start - 1].lower),
                  !lexicon.functionWords.contains(tokens[start - 1].lower) || tokens[start - 1].lower == "and" && start - 2 >= range.lowerBound && tokens[start - 2].isCapitalized {
                start -= 1
            }
            return .collective(text(start..<range.upperBound))
        }
        // "the company", "the ministry", "the city council", "The firm".
        if lastToken.kind == .word, lexicon.organisationWords.contains(lastToken.lower) || Self.organisationAnaphors.contains(lastToken.lower),
           let the = range.last(where: { ["the", "its", "their", "his", "her", "our"].contains(tokens[$0].lower) }),
           last - the <= 3, ((the + 1)..<last).allSatisfy({ tokens[$0].kind == .word && (!tokens[$0].isCapitalized || tokens[$0].lower == "’s") }) {
            return .organisationAnaphor(head: lastToken.lower, written: text((the + 1)..<range.upperBound))
        }
        // "The Italian said": a nationality for someone named before.
        if tokens[range.lowerBound].lower == "the", range.count == 2, lexicon.demonyms.contains(lastToken.lower) {
            return .definiteRole(lastToken.lower)
        }
        // "her husband", "his daughter": a relative, named before or not at all.
        if Self.possessives.contains(tokens[range.lowerBound].lower), range.count <= 3, lastToken.kind == .word,
           Self.relatives.contains(lastToken.lower) {
            return .definiteRole(text(range).lowercased())
        }
        // A role alone: "the chef" (someone named before), "a spokesman" (someone unnamed).
        if lastToken.kind == .word, lexicon.roleWords.contains(lastToken.lower) || lexicon.personTitles.contains(lastToken.lower) {
            if tokens[range.lowerBound].lower == "the", range.count <= 3 {
                return .definiteRole(text((range.lowerBound + 1)..<range.upperBound).lowercased())
            }
            return .unnamedRole(role: text(range).droppingDeterminer, for: nil)
        }
        // Any other noun phrase in subject place speaks as written: "The scheme's trustees",
        // "Traders on both sides", "the city's travel information service".
        if anyNounPhrase, lastToken.kind == .word, !lastToken.isCapitalized, !lexicon.functionWords.contains(lastToken.lower),
           !Self.timeWords.contains(lastToken.lower),
           lexicon.verbForms[lastToken.lower] == nil, !lastToken.lower.hasSuffix("ly"),
           !range.contains(where: { lexicon.evidenceNouns.contains(tokens[$0].lower) }),
           range.count <= 8, !range.contains(where: { tokens[$0].kind == .punctuation && tokens[$0].text != "’" && tokens[$0].text != "'" && tokens[$0].text != "-" }) {
            return .collective(text(range).droppingDeterminer)
        }
        return nil
    }

    /// Words an organisation's name may hold for each generic noun used for it afterwards:
    /// "the school" for "Brackenmoor Academy", "the club" for "Harbor City FC".
    static let anaphorNameWords: [String: Set<String>] = [
        "school": ["school", "academy", "college", "institute"], "club": ["club", "fc", "united", "athletic", "rovers"],
        "union": ["union", "workers", "federation", "association", "guild"], "airline": ["airline", "airlines", "airways", "air"],
        "carrier": ["airline", "airlines", "airways", "air"], "party": ["party", "movement", "front", "alliance", "league"],
        "government": ["government", "ministry", "administration", "cabinet", "office"], "university": ["university", "college", "institute"],
        "hospital": ["hospital", "clinic", "infirmary", "trust"], "police": ["police", "constabulary"],
        "team": ["fc", "united", "club", "team"], "bank": ["bank", "capital", "securities", "partners"],
        "newspaper": ["times", "post", "journal", "herald", "tribune", "guardian", "gazette", "chronicle", "news"],
        "paper": ["times", "post", "journal", "herald", "tribune", "guardian", "gazette", "chronicle", "news"],
        "agency": ["agency", "authority", "office", "bureau", "service"], "regulator": ["authority", "commission", "agency", "office"],
    ]

    /// Words that name public bodies, which "the company" never refers to.
    static let publicBodyWords: WordSet = ["authority", "agency", "ministry", "department", "commission", "court", "police",
                                              "council", "government", "office", "bureau", "board", "tribunal", "parliament",
                                              "senate", "congress", "assembly", "inspectorate", "regulator", "service", "university"]

    /// Nouns that can stand for any organisation named before, whatever its name.
    static let genericOrganisationNouns: WordSet = ["company", "firm", "group", "organisation", "organization", "business",
                                                       "corporation", "carrier", "retailer", "lender", "insurer", "manufacturer",
                                                       "operator", "developer", "brand", "startup", "chain", "maker", "giant"]

    /// Generic nouns for an organisation named before ("the firm said").
    static let organisationAnaphors: WordSet = ["company", "firm", "group", "agency", "ministry", "department", "government",
                                                   "court", "council", "bank", "union", "airline", "club", "team", "party",
                                                   "authority", "commission", "organisation", "organization", "company's",
                                                   "carrier", "retailer", "insurer", "lender", "manufacturer", "developer",
                                                   "operator", "regulator", "charity", "newspaper", "broadcaster", "network",
                                                   "school", "university", "hospital", "administration", "campaign", "studio"]

    /// The source of a speech noun: "… published in the Wall Street Journal", "… from Norvik Steel".
    private func sourceAfter(_ noun: Int, within range: Range<Int>) -> Referent? {
        var k = noun + 1
        while k < range.upperBound {
            let word = tokens[k].lower
            // ("A study of 9,000 nurses" is about them, not by them.)
            if word == "in" || word == "by" || word == "from" {
                var start = k + 1
                while start < range.upperBound, Self.determiners.contains(tokens[start].lower) { start += 1 }
                if let name = chunk(startingAt: start, ceiling: range.upperBound) { return .named(name) }
                // "by the electoral commission on Monday": the source ends at a preposition.
                var end = k + 1
                while end < range.upperBound, tokens[end].kind == .word,
                      end == k + 1 || !["on", "in", "at", "last", "this", "after", "before", "during", "over", "for", "to", "about", "into", "titled", "entitled", "called"].contains(tokens[end].lower) {
                    end += 1
                }
                if k + 1 < end, let r = referent(of: (k + 1)..<end) { return r }
                return nil
            }
            k += 1
        }
        return nil
    }

    private func possessivePronoun(_ p: String) -> String {
        switch p {
        case "his": "he"
        case "her": "she"
        case "their": "they"
        case "its": "it"
        case "our": "we"
        default: "i"
        }
    }
}

extension String {
    /// The text without a leading article or possessive determiner ("a spokesman" → "spokesman").
    var droppingDeterminer: String {
        for d in ["the ", "a ", "an ", "The ", "A ", "An ", "its ", "Its "] where hasPrefix(d) {
            return String(dropFirst(d.count))
        }
        return self
    }
}
