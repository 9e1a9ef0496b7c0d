/// Finds the reported speech of one article: direct and partial quotes (passages in quotation
/// marks) and indirect quotes (a reporting verb with a content clause, "according to"), each
/// with its speaker resolved within the article.
public enum QuoteExtractor {
    public static func quotes(in article: Article, articleIndex: Int) -> [Quote] {
        read(article, articleIndex: articleIndex).quotes
    }

    /// The quotes, and the article as the extractor read it, for the extractors that come after
    /// (entities), so the article is tokenised once.
    static func read(_ article: Article, articleIndex: Int) -> (quotes: [Quote], reading: ArticleReading) {
        var run = ArticleRun(article: article, articleIndex: articleIndex, lexicon: .shared)
        run.extract()
        return (run.quotes, ArticleReading(paragraphs: run.prepared, commonWords: run.commonWords, organisationNames: run.organisationNames))
    }
}

/// An article as the quote extractor read it: its paragraphs tokenised, with their quotation
/// marks and sentences, the words it writes in lowercase (`PhraseReader.commonWords`) and the
/// names it shows to be organisations (`PhraseReader.organisationNames`).
struct ArticleReading {
    let paragraphs: [PreparedParagraph]
    let commonWords: Set<String>
    let organisationNames: Set<String>

    init(paragraphs: [PreparedParagraph], commonWords: Set<String>, organisationNames: Set<String>) {
        self.paragraphs = paragraphs
        self.commonWords = commonWords
        self.organisationNames = organisationNames
    }

    /// Reads an article from scratch (when its quotes were found elsewhere).
    init(_ article: Article) {
        var run = ArticleRun(article: article, articleIndex: 0, lexicon: .shared)
        paragraphs = article.paragraphs.enumerated().map { PreparedParagraph(index: $0.offset, paragraph: $0.element) }
        commonWords = ArticleRun.commonWords(paragraphs)
        run.commonWords = commonWords
        organisationNames = run.whichNames(paragraphs)
    }
}

/// One paragraph prepared for extraction.
struct PreparedParagraph {
    let index: Int
    let paragraph: Paragraph
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Token index ranges of the sentences.
    let sentences: [Range<Int>]
    let spans: [QuoteSpan]
    /// For each token, the span that holds it (marks included), if any.
    let spanOfToken: [Int?]
    /// For each span, the token indices of its opening and closing marks.
    let openToken: [Int]
    let closeToken: [Int?]

    init(index: Int, paragraph: Paragraph) {
        self.index = index
        self.paragraph = paragraph
        scalars = SentenceSplitter.unicodeScalars(of: paragraph.text)  // decoded once, by bytes
        tokens = Tokenizer.tokens(scalars)
        spans = QuoteMarks.spans(in: scalars)
        var spanOfToken = [Int?](repeating: nil, count: tokens.count)
        var openToken: [Int] = []
        var closeToken: [Int?] = []
        for (s, span) in spans.enumerated() {
            let end = (span.close ?? scalars.count - 1) + 1
            var open = -1
            var close: Int?
            for (i, t) in tokens.enumerated() where t.range.lowerBound >= span.open && t.range.upperBound <= end {
                spanOfToken[i] = s
                if t.range.lowerBound == span.open { open = i }
                if let c = span.close, t.range.lowerBound == c { close = i }
            }
            openToken.append(open)
            closeToken.append(close)
        }
        self.spanOfToken = spanOfToken
        self.openToken = openToken
        self.closeToken = closeToken
        // Sentences as token ranges.
        let ranges = SentenceSplitter.sentences(in: scalars)
        var sentences: [Range<Int>] = []
        var t = 0
        for range in ranges {
            let start = t
            while t < tokens.count, tokens[t].range.lowerBound < range.upperBound { t += 1 }
            if t > start { sentences.append(start..<t) }
        }
        if t < tokens.count { sentences.append(t..<tokens.count) }
        self.sentences = sentences
    }

    func sentence(containing token: Int) -> Int {
        sentences.firstIndex { $0.contains(token) } ?? max(0, sentences.count - 1)
    }
}

/// What the article has said so far, for resolving pronouns and continuations.
enum Gender: Sendable { case male, female }

struct Discourse {
    /// The subject of the previous sentence: "She said" refers to it before anyone else.
    var previousSubject: SpeakerMention?
    /// Everyone quoted, or the subject of a sentence, so far.
    var speakersSoFar: Set<String> = []
    /// The paragraph of `previousSubject`'s sentence.
    var previousSubjectParagraph = -10
    /// The speaker of the latest quote and its paragraph.
    var lastSpeaker: SpeakerMention?
    var lastSpeakerParagraph = -10
    var lastPerson: SpeakerMention?
    var lastGroup: SpeakerMention?
    /// Organisations in the order they were named, and the paragraph of the last.
    var organisations: [SpeakerMention] = [] {
        didSet { lastOrganisationParagraph = paragraph }
    }
    var lastOrganisationParagraph = -10
    /// The paragraph being read.
    var paragraph = 0
    /// What the article says of each person's gender ("Mr", "spokeswoman", "she said"), by name.
    var genders: [String: Gender] = [:]
    /// People in the order they were last mentioned, most recent last.
    var recentPeople: [SpeakerMention] = []
    /// A cue that ends a paragraph with a colon ("He stated:"): the next paragraph's quote.
    var colonSpeaker: SpeakerMention?
    var colonParagraph = -10
    /// The speaker of a quote left open at the end of a paragraph.
    var openQuoteSpeaker: SpeakerMention?
    var openQuoteParagraph = -10
}

struct ArticleRun {
    let article: Article
    let articleIndex: Int
    let lexicon: Lexicon
    var quotes: [Quote] = []
    var state = Discourse()
    /// Full person names by lowercased surname, when one full name owns the surname.
    var fullNames: [String: (name: String, role: String?)] = [:]
    /// Roles seen for each full name.
    var roles: [String: String] = [:]
    /// Organisation names by acronym written after them: "Department of Justice (DOJ)".
    var acronyms: [String: String] = [:]
    /// Organisation names by their first word, which articles use as a short name.
    var organisationsByFirstWord: [String: String] = [:]
    /// Every organisation the article names, with how often: "the company" means the one the
    /// article is about, and "their union" may come before the union is named.
    var organisationCounts: [String: Int] = [:]
    var organisationOrder: [String] = []
    /// See `PhraseReader.commonWords`.
    var commonWords: Set<String> = []
    /// Full names by lowercased surname, in order of first mention, where several people share
    /// the surname.
    var sharedSurnames: [String: [String]] = [:]
    /// See `PhraseReader.organisationNames`.
    var organisationNames: Set<String> = []
    /// The paragraphs as read, kept for the entity extractor.
    var prepared: [PreparedParagraph] = []

    init(article: Article, articleIndex: Int, lexicon: Lexicon) {
        self.article = article
        self.articleIndex = articleIndex
        self.lexicon = lexicon
    }

    mutating func extract() {
        let paragraphs = article.paragraphs.enumerated().map { PreparedParagraph(index: $0.offset, paragraph: $0.element) }
        commonWords = Self.commonWords(paragraphs)
        organisationNames = whichNames(paragraphs)
        prepared = paragraphs
        collectNames(paragraphs)
        // An interview written as questions and answers ("Q: …" / "A: …"): every answer is the
        // interviewee's own words; the questions are the writer's.
        let interview = paragraphs.contains { Self.label(of: $0) == "q" } && paragraphs.contains { Self.label(of: $0) == "a" }
        let interviewee = interview ? mostMentionedPerson(paragraphs) : nil
        for p in paragraphs {
            if interview, Self.label(of: p) != nil {
                if Self.label(of: p) == "a" { answer(p, by: interviewee) }
                continue
            }
            extract(p)
        }
        // Number quotes in text order.
        quotes.sort { ($0.paragraph, $0.cleanRange.lowerBound) < ($1.paragraph, $1.cleanRange.lowerBound) }
        for i in quotes.indices { quotes[i].id = "\(article.id)#\(i + 1)" }
    }

    /// Roles that speak for an organisation rather than for themselves.
    static let spokesRoles: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "representative", "spokespeople"]

    // MARK: - Interviews

    /// "q" or "a" for a paragraph that opens with "Q:" or "A:" (or "Q." / "A."), else nil.
    static func label(of p: PreparedParagraph) -> String? {
        guard p.tokens.count >= 3, [":", "."].contains(p.tokens[1].text), ["Q", "A"].contains(p.tokens[0].text) else { return nil }
        return p.tokens[0].lower
    }

    /// The person whose surname the article repeats most: whom an interview is with.
    func mostMentionedPerson(_ paragraphs: [PreparedParagraph]) -> SpeakerMention? {
        var counts: [String: Int] = [:]
        for p in paragraphs {
            for t in p.tokens where t.isCapitalized && fullNames[t.lower] != nil { counts[t.lower, default: 0] += 1 }
        }
        guard let (surname, _) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), let full = fullNames[surname] else { return nil }
        return SpeakerMention(name: full.name, kind: .person, surface: full.name, role: full.role)
    }

    /// Emits an answer as a direct quote by the person the interview is with (else the last
    /// person quoted or written about).
    mutating func answer(_ p: PreparedParagraph, by interviewee: SpeakerMention?) {
        let interviewee = interviewee ?? [state.lastSpeaker, state.previousSubject].compactMap { $0 }.first { $0.kind == .person }
            ?? state.recentPeople.last
        let start = p.tokens[2].range.lowerBound
        let range = trimmedQuote(start..<p.scalars.count, in: p.scalars)
        emit(kind: .direct, range: range, in: p, speaker: interviewee, cue: nil)
        if let interviewee { remember(interviewee, paragraph: p.index) }
    }

    // MARK: - Names of the article

    /// "LASSITER, Iowa — …", "VESTRAND, Oct 3 (Tidewire) — …": a place in capitals opening a
    /// story, up to its dash; 0 when the paragraph has none.
    static func datelineEnd(_ tokens: [Token]) -> Int {
        guard let first = tokens.first, first.kind == .word, first.text.unicodeScalars.count >= 3,
              first.text.unicodeScalars.allSatisfy({ !CharacterClass.isLetter($0) || CharacterClass.isUppercase($0) }) else { return 0 }
        for i in 1..<min(tokens.count, 12) {
            let t = tokens[i]
            if ["—", "–", "-"].contains(t.text) { return i + 1 }
            if t.kind == .word, !t.isCapitalized { return 0 }
        }
        return 0
    }

    /// Names followed by ", which": things, not people ("Kestridge Freight, which fired him").
    func whichNames(_ paragraphs: [PreparedParagraph]) -> Set<String> {
        var names = Set<String>()
        for p in paragraphs {
            let reader = PhraseReader(tokens: p.tokens, lexicon: lexicon, commonWords: commonWords)
            // ("Brackenridge Homes, based in Castor Ridge, …" is one too.)
            for i in p.tokens.indices where ["which", "based", "headquartered"].contains(p.tokens[i].lower) && i >= 2 && p.tokens[i - 1].text == "," {
                if let chunk = reader.chunk(endingAt: i - 2, floor: max(0, i - 8)), chunk.kind == .person, chunk.role == nil,
                   chunk.name.contains(" ") {
                    names.insert(chunk.surface)
                }
            }
        }
        return names
    }

    /// Words written in lowercase somewhere in the article and never capitalised inside a
    /// sentence.
    static func commonWords(_ paragraphs: [PreparedParagraph]) -> Set<String> {
        // Only words that open a sentence matter: collect those first, then look for them.
        let opensSentence = PhraseReader.opensSentence
        var openers = Set<String>()
        for p in paragraphs {
            for (i, t) in p.tokens.enumerated() where t.kind == .word && t.isCapitalized && opensSentence(p.tokens, i) {
                openers.insert(t.lower)
            }
        }
        var lower = Set<String>(), capitalisedInside = Set<String>()
        for p in paragraphs {
            for (i, t) in p.tokens.enumerated() where t.kind == .word && openers.contains(t.lower) {
                if !t.isCapitalized {
                    lower.insert(t.lower)
                } else if !opensSentence(p.tokens, i) {
                    capitalisedInside.insert(t.lower)
                }
            }
        }
        return lower.subtracting(capitalisedInside)
    }

    /// Learns the article's full names first, so a surname used before the full name
    /// ("Kowalski added …" … "Jan Kowalski") still resolves to the person.
    mutating func collectNames(_ paragraphs: [PreparedParagraph]) {
        var owners: [String: Set<String>] = [:]
        var firstOwners: [String: [String]] = [:]
        for p in paragraphs {
            let reader = PhraseReader(tokens: p.tokens, lexicon: lexicon, commonWords: commonWords, organisationNames: organisationNames)
            var i = 0
            while i < p.tokens.count {
                guard p.spanOfToken[i] == nil, let chunk = reader.chunk(startingAt: i, ceiling: p.tokens.count) else { i += 1; continue }
                let nameWords = FastCase.spaceSeparatedWords(chunk.name)
                if chunk.kind == .person, nameWords.count >= 2, let surname = nameWords.last {
                    let key = FastCase.lowercased(surname)
                    if owners[key, default: []].insert(chunk.name).inserted { firstOwners[key, default: []].append(chunk.name) }
                    if let role = chunk.role, roles[chunk.name] == nil { roles[chunk.name] = role }
                }
                if chunk.kind == .organization {
                    if organisationCounts[chunk.name] == nil { organisationOrder.append(chunk.name) }
                    organisationCounts[chunk.name, default: 0] += 1
                }
                if chunk.kind == .organization, let first = nameWords.first,
                   FastCase.isASCII(chunk.name) ? chunk.name.utf8.contains(0x20) : chunk.name.contains(" "),
                   reader.isNameWord(chunk.tokens.lowerBound), organisationsByFirstWord[String(first)] == nil {
                    organisationsByFirstWord[String(first)] = chunk.name
                }
                if chunk.kind == .organization, chunk.tokens.upperBound + 2 < p.tokens.count,
                   p.tokens[chunk.tokens.upperBound].text == "(", p.tokens[chunk.tokens.upperBound + 2].text == ")",
                   reader.isAcronym(p.tokens[chunk.tokens.upperBound + 1].text) {
                    acronyms[p.tokens[chunk.tokens.upperBound + 1].text] = chunk.name
                }
                i = chunk.tokens.upperBound
            }
        }
        for (surname, names) in owners {
            // The longest name that all others are part of: "Ana Ruiz" over "Ruiz".
            guard let longest = names.max(by: { $0.count < $1.count }) else { continue }
            if names.allSatisfy({ longest.hasSuffix($0) || longest.contains($0) }) {
                fullNames[surname] = (longest, roles[longest])
            } else {
                // Two people share the surname ("Margit Olsen" and her daughter "Karin Olsen"):
                // see `namesake(_:title:)`.
                sharedSurnames[surname] = firstOwners[surname] ?? []
            }
        }
    }

    // MARK: - One paragraph

    var currentParagraph: Int { state.paragraph }

    mutating func extract(_ p: PreparedParagraph) {
        state.paragraph = p.index
        let reader = PhraseReader(tokens: p.tokens, lexicon: lexicon, commonWords: commonWords, organisationNames: organisationNames,
                                  datelineEnd: p.index < 3 ? Self.datelineEnd(p.tokens) : 0)
        let finder = CueFinder(tokens: p.tokens, lexicon: lexicon) { p.spanOfToken[$0] != nil }
        let cues = p.sentences.map { finder.cues(in: $0) }
        var consumed = Set<Int>()  // cue token starts used by a quotation
        var spanSpeaker: [Int: SpeakerMention?] = [:]
        var paragraphSpeaker: SpeakerMention?

        for (s, sentence) in p.sentences.enumerated() {
            var sentenceSpeaker: SpeakerMention?
            // Organisations named in this sentence can be referred to in it ("X will ban
            // phones, the school told parents").
            noteOrganisations(in: sentence, p: p, reader: reader)

            // Quotations that open in this sentence.
            for (k, span) in p.spans.enumerated() where sentence.contains(p.openToken[k]) && p.openToken[k] >= 0 {
                guard let verdict = judge(span: k, in: p, sentence: s, cues: cues, reader: reader) else { continue }
                if let cue = verdict.cue, verdict.consumesCue { consumed.insert(cue.tokens.lowerBound) }
                var speaker = verdict.referent.flatMap { resolve($0) }
                if speaker == nil && verdict.cue == nil {
                    speaker = continuationSpeaker(span: k, in: p, paragraphSpeaker: paragraphSpeaker)
                }
                // Still nobody: a partial quote belongs to its sentence's subject; any quote to
                // the speaker of the passage (a reader attributes it so, and so does an analyst).
                if speaker == nil, verdict.kind == .partial {
                    speaker = sentenceSubjectReferent(sentence.lowerBound..<p.openToken[k], p: p, reader: reader).flatMap { resolve($0) }
                }
                if speaker == nil { speaker = fallbackSpeaker(paragraph: p.index, paragraphSpeaker: paragraphSpeaker) }
                spanSpeaker[k] = speaker
                if let speaker { paragraphSpeaker = speaker; learnGender(speaker) }
                if verdict.cue != nil, sentenceSpeaker == nil { sentenceSpeaker = speaker }
                var range = trimmedQuote(span.content, in: p.scalars)
                // A partial drops the full stop US punctuation sets inside the closing mark: it
                // ends the writer's sentence, not the fragment.
                if verdict.kind == .partial, range.count > 1, p.scalars[range.upperBound - 1] == "." { range = range.lowerBound..<(range.upperBound - 1) }
                emit(kind: verdict.kind, range: range, in: p, speaker: speaker, cue: verdict.cue?.text)
            }

            // Indirect speech from the cues quotations did not use.
            var covered: [Range<Int>] = []
            for cue in cues[s] where !consumed.contains(cue.tokens.lowerBound) {
                if covered.contains(where: { $0.contains(cue.tokens.lowerBound) }) { continue }
                guard let found = indirect(cue, in: p, sentence: sentence, reader: reader) else { continue }
                covered.append(found.content)
                guard let speaker = found.referent.flatMap({ resolve($0) }) else { continue }
                sentenceSpeaker = sentenceSpeaker ?? speaker
                paragraphSpeaker = speaker
                learnGender(speaker)
                let range = p.tokens[found.content.lowerBound].range.lowerBound..<p.tokens[found.content.upperBound - 1].range.upperBound
                emit(kind: .indirect, range: range, in: p, speaker: speaker, cue: cue.text)
            }

            // Remember who this sentence was about.
            noteMentions(in: sentence, p: p, reader: reader)
            if let subject = sentenceSpeaker ?? subject(of: sentence, p: p, reader: reader) {
                state.previousSubject = subject
                state.previousSubjectParagraph = p.index
                state.speakersSoFar.insert(subject.name)
            }
            if let speaker = sentenceSpeaker { remember(speaker, paragraph: p.index) }
        }

        // A paragraph that ends "He stated:" hands its speaker to the next paragraph's quote.
        if let last = p.tokens.last, last.text == ":", p.spanOfToken[p.tokens.count - 1] == nil {
            let finalSentence = p.sentences.last ?? 0..<p.tokens.count
            let finalCue = cues.last?.last(where: { $0.form == .finite && !isInRelativeClause($0, tokens: p.tokens, floor: finalSentence.lowerBound) })
            let referent = finalCue.flatMap { subjectReferent(before: $0.tokens.lowerBound, floor: finalSentence.lowerBound, reader: reader) }
            state.colonSpeaker = referent.flatMap { resolve($0) } ?? subject(of: finalSentence, p: p, reader: reader)
            state.colonParagraph = p.index
        }
        // A quotation still open at the paragraph's end goes on in the next one.
        if let k = p.spans.indices.last, p.spans[k].close == nil {
            state.openQuoteSpeaker = spanSpeaker[k] ?? nil
            state.openQuoteParagraph = p.index
        }
    }

    /// What a mention says about gender: its title or role ("Mrs", "spokeswoman"), or the
    /// pronoun that referred to it.
    mutating func learnGender(_ mention: SpeakerMention) {
        guard mention.kind == .person, state.genders[mention.name] == nil else { return }
        // FastCase: the same words as `lowercased().split { !$0.isLetter }`, by bytes.
        let words = FastCase.lowercaseWords((mention.role ?? "") + " " + mention.surface, numbers: false)
        let gendered = lexicon.genderedWords
        if let gender = words.lazy.compactMap({ gendered[$0] }).first {
            state.genders[mention.name] = gender
        } else if mention.name.contains(" "), let first = mention.name.split(separator: " ").first,
                  let gender = lexicon.firstNameGenders[FastCase.lowercased(first)] {
            state.genders[mention.name] = gender
        } else if ["he", "his", "him"].contains(FastCase.lowercased(mention.surface)) {
            state.genders[mention.name] = .male
        } else if ["she", "her"].contains(FastCase.lowercased(mention.surface)) {
            state.genders[mention.name] = .female
        }
    }

    mutating func notePerson(_ mention: SpeakerMention) {
        guard mention.kind == .person else { return }
        learnGender(mention)
        state.recentPeople.removeAll { $0.name == mention.name }
        state.recentPeople.append(mention)
        if state.recentPeople.count > 8 { state.recentPeople.removeFirst() }
    }

    /// "an astronomer who calculated the orbit": a verb in a relative clause is not the
    /// sentence's own.
    func isInRelativeClause(_ cue: Cue, tokens: [Token], floor: Int) -> Bool {
        var j = cue.tokens.lowerBound - 1
        while j >= floor, CueFinder.auxiliaries.contains(tokens[j].lower) { j -= 1 }
        return j >= floor && ["who", "which", "whom", "whose"].contains(tokens[j].lower)
    }

    mutating func remember(_ speaker: SpeakerMention, paragraph: Int) {
        notePerson(speaker)
        state.speakersSoFar.insert(speaker.name)
        state.lastSpeaker = speaker
        state.lastSpeakerParagraph = paragraph
        switch speaker.kind {
        case .person: state.lastPerson = speaker
        case .group: state.lastGroup = speaker
        case .organization: state.organisations.append(speaker)
        }
    }

    mutating func emit(kind: Quote.Kind, range: Range<Int>, in p: PreparedParagraph, speaker: SpeakerMention?, cue: String?) {
        guard !range.isEmpty else { return }
        if quotes.contains(where: { $0.paragraph == p.index && $0.cleanRange.overlaps(range) }) { return }
        let text = String(scalars: p.scalars[range])
        quotes.append(Quote(
            id: "", article: articleIndex, kind: kind, paragraph: p.index, cleanRange: range, text: text,
            start: p.paragraph.rawOffset(ofCleanOffset: range.lowerBound),
            end: p.paragraph.rawOffset(ofCleanOffset: range.upperBound - 1) + 1,
            speaker: speaker, cue: cue))
    }

    /// A quotation's text without the comma or semicolon the writer's sentence put inside the
    /// marks ("“We will win,” she said" quotes "We will win").
    func trimmedQuote(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var upper = range.upperBound
        while upper > range.lowerBound, scalars[upper - 1] == "," || scalars[upper - 1] == ";" || CharacterClass.isSpace(scalars[upper - 1]) {
            upper -= 1
        }
        return range.lowerBound..<upper
    }

    // MARK: - Continuations

    /// The speaker of a quotation with no cue of its own: the quote left open in the previous
    /// paragraph, the cue that ended it with a colon, an earlier quote of the same paragraph, or
    /// the quote of the paragraph just before.
    func continuationSpeaker(span k: Int, in p: PreparedParagraph, paragraphSpeaker: SpeakerMention?) -> SpeakerMention? {
        let opensParagraph = p.openToken[k] == 0
        if opensParagraph, state.openQuoteParagraph == p.index - 1, let s = state.openQuoteSpeaker { return s }
        if opensParagraph, state.colonParagraph == p.index - 1, let s = state.colonSpeaker { return s }
        if let s = paragraphSpeaker { return s }
        // "Blackmarsh, asked about it later, shrugged. “Honestly, it was.”": the person the
        // sentence before it was about, in the same paragraph.
        if !opensParagraph, state.previousSubjectParagraph == p.index, let s = state.previousSubject, s.kind == .person,
           p.sentences.first(where: { $0.contains(p.openToken[k]) })?.lowerBound == p.openToken[k] {
            return s
        }
        if state.lastSpeakerParagraph >= p.index - 1 { return state.lastSpeaker }
        // A quoted paragraph after "Fire chief Delphine Aubert described the night." is hers.
        if opensParagraph, let s = state.previousSubject, s.kind == .person { return s }
        return nil
    }

    /// The speaker of the passage when a quotation has no cue and no continuation: the last
    /// speaker within three paragraphs, else the person the previous sentence was about.
    func fallbackSpeaker(paragraph: Int, paragraphSpeaker: SpeakerMention?) -> SpeakerMention? {
        if let s = paragraphSpeaker { return s }
        if state.lastSpeakerParagraph >= paragraph - 3, let s = state.lastSpeaker { return s }
        if let s = state.previousSubject, s.kind != .group { return s }
        return state.recentPeople.last
    }

    // MARK: - Resolution

    /// Which of several people sharing a surname "Olsen" or "Ms. Olsen" means: among those whose
    /// gender fits the title, the first introduced who has spoken or been a sentence's subject
    /// (not "the building where Josef Olsen began"), else the first introduced. News style calls
    /// the others by their given names or in full.
    func namesake(_ surname: String, title: String?) -> String? {
        guard let owners = sharedSurnames[FastCase.lowercased(surname)], !owners.isEmpty else { return nil }
        let wanted = title.flatMap { FastCase.lowercaseWords($0, numbers: false).lazy.compactMap { lexicon.genderedWords[$0] }.first }
        let fitting = owners.filter { owner in
            guard let wanted else { return true }
            let known = state.genders[owner] ?? FastCase.spaceSeparatedWords(owner).first.flatMap { lexicon.firstNameGenders[FastCase.lowercased($0)] }
            return known == nil || known == wanted
        }
        let candidates = fitting.isEmpty ? owners : fitting
        return candidates.first { state.speakersSoFar.contains($0) } ?? candidates.first
    }

    func resolve(_ referent: Referent) -> SpeakerMention? {
        switch referent {
        case .named(let chunk):
            switch chunk.kind {
            case .organization:
                let name = acronyms[chunk.name] ?? chunk.name
                return SpeakerMention(name: name, kind: .organization, surface: chunk.surface, role: nil)
            case .person:
                var name = chunk.name
                var role = chunk.role
                let words = FastCase.spaceSeparatedWords(name)
                // "Northwind" after "Northwind Airways": the organisation's short name.
                if words.count == 1, chunk.role == nil, fullNames[name.lowercased()] == nil, let org = organisationsByFirstWord[name] {
                    return SpeakerMention(name: org, kind: .organization, surface: chunk.surface, role: nil)
                }
                if words.count == 1, let namesake = namesake(name, title: chunk.role) {
                    name = namesake
                    role = role ?? roles[namesake]
                } else if let surname = words.last, let full = fullNames[FastCase.lowercased(surname)], full.name.hasSuffix(name) || words.count == 1 {
                    name = full.name
                    role = role ?? full.role
                }
                return SpeakerMention(name: name, kind: .person, surface: chunk.surface, role: role ?? roles[name])
            }
        case .pronoun(let p):
            var found: SpeakerMention?
            switch p {
            case "he", "she", "i":
                // The most salient person whose gender, if the article gave one, agrees: the
                // previous sentence's subject, the last speaker, then people named recently.
                let wanted: Gender? = p == "he" ? .male : p == "she" ? .female : nil
                func agrees(_ m: SpeakerMention?) -> Bool {
                    guard let m, m.kind == .person else { return false }
                    guard let wanted, let known = state.genders[m.name] else { return true }
                    return known == wanted
                }
                func knownToAgree(_ m: SpeakerMention?) -> Bool {
                    guard let m, m.kind == .person, let wanted, let known = state.genders[m.name] else { return false }
                    return known == wanted
                }
                // A candidate whose gender the article confirmed beats one it never mentioned.
                // A named previous subject keeps its claim ("Sheriff Dana Whitfield warned … She
                // said"); a role without a name ("The landlord …") yields to someone the article
                // has already called "she".
                let salient = [state.previousSubject, state.lastSpeaker]
                let candidates = salient + state.recentPeople.reversed().map { Optional($0) }
                let namedSubject = state.previousSubject.map { $0.kind == .person && $0.name.first?.isUppercase == true } ?? false
                found = namedSubject && agrees(state.previousSubject) ? state.previousSubject
                    : (salient.first(where: knownToAgree) ?? nil) ?? (candidates.first(where: agrees) ?? nil)
                if found == nil, wanted == nil { found = state.lastPerson }
            case "they":
                if let s = state.previousSubject, s.kind != .person { found = s }
                else if let s = state.lastSpeaker, s.kind != .person { found = s }
                else { found = state.lastGroup ?? state.organisations.last }
            case "it":
                if let s = state.previousSubject, s.kind == .organization { found = s }
                else { found = state.organisations.last }
            default:  // we
                found = state.previousSubject ?? state.lastSpeaker
            }
            return found.map { SpeakerMention(name: $0.name, kind: $0.kind, surface: p, role: $0.role) }
        case .organisationAnaphor(let head, let written):
            // "the ministry" needs an organisation with "Ministry" (or a synonym) in its name,
            // named before, or else later in the article ("their union announced …" before
            // "United Transit Workers"). "The national weather service", with words of its own,
            // names itself. A generic head ("the company") means the organisation the article
            // mentions most, leaving out public bodies (the regulator is not "the company").
            let generic = PhraseReader.genericOrganisationNouns.contains(head)
            let nameWords = PhraseReader.anaphorNameWords[head] ?? [head]
            func fits(_ name: String) -> Bool {
                if written != head { return name.lowercased().contains(written) }
                return FastCase.lowercaseWords(name, numbers: false).contains { nameWords.contains($0) }
            }
            let named = state.organisations.last(where: { fits($0.name) }).map(\.name)
                ?? (written == head ? organisationOrder.first(where: fits) : nil)
            let business: String? = generic ? organisationOrder
                .filter { !FastCase.lowercaseWords($0, numbers: false).contains { PhraseReader.publicBodyWords.contains($0) } }
                // (Nor is it the newspaper the article quotes.)
                .filter { !FastCase.lowercaseWords($0, numbers: false).contains { PhraseReader.anaphorNameWords["newspaper"]?.contains($0) ?? false } }
                .filter { name in state.organisations.contains { $0.name == name } }
                .max { (organisationCounts[$0] ?? 0) < (organisationCounts[$1] ?? 0) } : nil
            // A company the previous sentence was about comes before the one the article names
            // most ("Brackenridge Homes denied wrongdoing. … the company said").
            let recentSubject = state.previousSubject.flatMap { $0.kind == .organization && state.previousSubjectParagraph >= state.paragraph - 1 ? $0.name : nil }
            // (Not for "the ministry" after a newspaper: a name that fits another noun is that.)
            let fitsOtherNoun = recentSubject.map { name in
                PhraseReader.anaphorNameWords.contains { noun, words in
                    noun != head && FastCase.lowercaseWords(name, numbers: false).contains { words.contains($0) }
                }
            } ?? false
            let aboutToSpeak = (generic || named == nil) && written == head && (generic || !fitsOtherNoun) ? recentSubject : nil
            if let match = (named ?? aboutToSpeak ?? business).map({ SpeakerMention(name: $0, kind: .organization, surface: "", role: nil) }) {
                return SpeakerMention(name: match.name, kind: .organization, surface: "the \(written)", role: nil)
            }
            return SpeakerMention(name: written, kind: .organization, surface: "the \(written)", role: nil)
        case .collective(let text):
            return SpeakerMention(name: text, kind: .group, surface: text, role: nil)
        case .unnamedRole(let role, let owner):
            if let owner, let resolved = resolve(owner) {
                return SpeakerMention(name: resolved.name, kind: resolved.kind, surface: "\(role) for \(resolved.name)", role: role)
            }
            // "A spokesman added …" after an organisation spoke: its spokesman.
            if Self.spokesRoles.contains(role.split(separator: " ").last.map { FastCase.lowercased($0) } ?? ""),
               let organisation = state.lastSpeaker, organisation.kind == .organization, state.lastSpeakerParagraph >= state.paragraph - 1 {
                return SpeakerMention(name: organisation.name, kind: .organization, surface: "\(role) for \(organisation.name)", role: nil)
            }
            return SpeakerMention(name: role, kind: .person, surface: role, role: role)
        case .possessor(let owner):
            return resolve(owner)
        case .document(let noun):
            // The source that last spoke, which is whoever issued it; else as written.
            if let speaker = state.lastSpeaker, state.lastSpeakerParagraph >= state.paragraph - 2 {
                return SpeakerMention(name: speaker.name, kind: speaker.kind, surface: "the \(noun)", role: speaker.role)
            }
            return SpeakerMention(name: noun, kind: .group, surface: "the \(noun)", role: nil)
        case .definiteRole(let role):
            // Someone recent whose role names it ("Judge Harriet Lindgate" for "the judge"),
            // else the person the article is about, else the role as written ("prime minister").
            let head = role.split(separator: " ").last.map(String.init) ?? role
            func hasRole(_ m: SpeakerMention) -> Bool { FastCase.lowercaseWords(m.role ?? "", numbers: false).contains(head) }
            let byRole = state.recentPeople.last(where: hasRole)
                // "A council spokesperson said …; the spokesperson said": whoever spoke through them.
                ?? state.lastSpeaker.flatMap { hasRole($0) ? $0 : nil }
            // ("Her husband" is not the woman the sentence before was about.)
            let possessive = role.split(separator: " ").first.map { PhraseReader.possessives.contains(String($0)) } ?? false
            // "His rival said": the person named last who is not the one the sentence before was about.
            if possessive, PhraseReader.counterparts.contains(head),
               let other = state.recentPeople.last(where: { $0.name != state.previousSubject?.name }) {
                return SpeakerMention(name: other.name, kind: .person, surface: role, role: other.role)
            }
            let salient = possessive ? nil : [state.previousSubject, state.lastSpeaker].compactMap { $0 }.first { $0.kind == .person }
            guard let person = byRole ?? salient else {
                return SpeakerMention(name: role, kind: .person, surface: "the \(role)", role: role)
            }
            return SpeakerMention(name: person.name, kind: .person, surface: "the \(role)", role: person.role)
        }
    }

    // MARK: - Mentions and subjects

    /// Notes the organisations a sentence names, capitalised ("Brackenmoor Academy") or not
    /// ("the electoral commission"), so "the commission" can refer back to them.
    mutating func noteOrganisations(in sentence: Range<Int>, p: PreparedParagraph, reader: PhraseReader) {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if p.spanOfToken[i] == nil, let chunk = reader.chunk(startingAt: i, ceiling: sentence.upperBound) {
                // ("Union leader Rafael Ortiz": "Union" names no organisation, it makes a role.)
                let modifiesRole = chunk.tokens.count == 1 && chunk.tokens.upperBound < sentence.upperBound
                    && lexicon.roleWords.contains(p.tokens[chunk.tokens.upperBound].lower) && !p.tokens[chunk.tokens.upperBound].isCapitalized
                if chunk.kind == .organization, !modifiesRole, let mention = resolve(.named(chunk)) { state.organisations.append(mention) }
                i = chunk.tokens.upperBound
                continue
            }
            // "the electoral commission": "the", lowercase words, an organisation word.
            if p.spanOfToken[i] == nil, p.tokens[i].lower == "the", i + 2 < sentence.upperBound {
                var j = i + 1
                while j < sentence.upperBound, j - i <= 3, p.tokens[j].kind == .word, !p.tokens[j].isCapitalized,
                      !lexicon.organisationWords.contains(p.tokens[j].lower), !lexicon.functionWords.contains(p.tokens[j].lower) {
                    j += 1
                }
                if j < sentence.upperBound, j - i >= 2, j - i <= 3, p.tokens[j].kind == .word, !p.tokens[j].isCapitalized,
                   lexicon.organisationWords.contains(p.tokens[j].lower), !(state.organisations.last?.name.lowercased().contains(p.tokens[j].lower) ?? false) {
                    let name = reader.text((i + 1)..<(j + 1))
                    state.organisations.append(SpeakerMention(name: name, kind: .organization, surface: "the \(name)", role: nil))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
    }

    /// Notes the people and organisations a sentence names outside quotation marks.
    mutating func noteMentions(in sentence: Range<Int>, p: PreparedParagraph, reader: PhraseReader) {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard p.spanOfToken[i] == nil, let chunk = reader.chunk(startingAt: i, ceiling: sentence.upperBound) else { i += 1; continue }
            if let mention = resolve(.named(chunk)) {
                if mention.kind == .organization {
                    // Noted already by noteOrganisations.
                } else if FastCase.wordCount(chunk.name) >= 2 || chunk.role != nil || fullNames[FastCase.lowercased(chunk.name)] != nil {
                    state.lastPerson = mention
                    notePerson(mention)
                }
            }
            i = chunk.tokens.upperBound
        }
    }

    /// The subject of a sentence: the first name, pronoun or group once any opening adverbial
    /// ("During a press briefing at the DOJ,", "In his opening remarks,", "Asked whether …,")
    /// is passed.
    func subject(of sentence: Range<Int>, p: PreparedParagraph, reader: PhraseReader) -> SpeakerMention? {
        sentenceSubjectReferent(sentence, p: p, reader: reader).flatMap { resolve($0) }
    }

    func sentenceSubjectReferent(_ sentence: Range<Int>, p: PreparedParagraph, reader: PhraseReader) -> Referent? {
        var start = max(sentence.lowerBound, reader.datelineEnd)
        while start < sentence.upperBound, p.spanOfToken[start] != nil { start += 1 }
        guard start < sentence.upperBound else { return nil }
        let first = p.tokens[start]
        let opensAdverbial = (lexicon.functionWords.contains(first.lower) && !PhraseReader.pronouns.contains(first.lower)
            && !PhraseReader.determiners.contains(first.lower)) || reader.isIntroductoryWord(start)
        if opensAdverbial, let comma = (start..<min(sentence.upperBound, start + 25)).first(where: { p.tokens[$0].text == "," }) {
            start = comma + 1
        }
        var end = start
        while end < sentence.upperBound, end - start < 10, p.tokens[end].kind != .punctuation || reader.isAbbreviation(end),
              !PhraseReader.phraseBoundaries.contains(p.tokens[end].lower) || end == start {
            // Stop at the first lowercase word after a name: the verb. A lowercase noun between
            // capitalised words ("Lighthouse keeper Agnes Morrow") belongs to the phrase.
            if end > start, p.tokens[end].kind == .word, !p.tokens[end].isCapitalized,
               p.tokens[end].lower != "’s", p.tokens[end].lower != "'s",
               !lexicon.roleWords.contains(p.tokens[end].lower), !PhraseReader.nameJoiners.contains(p.tokens[end].lower),
               !lexicon.collectives.contains(p.tokens[end].lower), !PhraseReader.determiners.contains(p.tokens[end].lower),
               !lexicon.organisationWords.contains(p.tokens[end].lower),
               // ("The senator for the district, Ruth Ingram": the noun after "for the" too.)
               !Self.followsAffiliation(end, p.tokens, from: start),
               !(end == start + 1 && end + 1 < sentence.upperBound && reader.isNameWord(end + 1) && reader.isNameWord(start)
                 && lexicon.verbForms[p.tokens[end].lower] == nil && !isClauseVerb(p.tokens[end])) {
                break
            }
            end += 1
        }
        guard end > start else { return nil }
        // "Another analyst, Maeve Costigan of Harlow Partners, was …": the name in apposition.
        if end < sentence.upperBound, p.tokens[end].text == ",", let name = reader.chunk(startingAt: end + 1, ceiling: sentence.upperBound),
           name.kind == .person, let first = reader.referent(of: start..<end), let role = first.roleText {
            var withRole = name
            withRole.role = withRole.role ?? role
            return .named(withRole)
        }
        if let referent = reader.referent(of: start..<end) { return referent }
        // "Chancellor Anna Weber met …", "Gov. Lorna Ridgeway on Friday vetoed": the first name
        // in the phrase, then the verb.
        if let chunk = (start..<end).lazy.compactMap({ reader.chunk(startingAt: $0, ceiling: end) }).first { return .named(chunk) }
        return nil
    }

    /// True when token `i` follows "for", "of", "at" or "from" (and perhaps a determiner) inside
    /// a phrase that starts at `start`.
    static func followsAffiliation(_ i: Int, _ tokens: [Token], from start: Int) -> Bool {
        let joiners = ["for", "of", "at", "from"]
        if i - 1 > start, joiners.contains(tokens[i - 1].lower) { return true }
        return i - 2 > start && joiners.contains(tokens[i - 2].lower) && PhraseReader.determiners.contains(tokens[i - 1].lower)
    }

    /// The speaker phrase written before a cue: "U.S. Health Secretary Ana Ruiz revealed",
    /// "A spokesperson for the airline, Sara Lindqvist, said", "an announcement that confirmed".
    func subjectReferent(before cueStart: Int, floor: Int, reader: PhraseReader) -> Referent? {
        let tokens = reader.tokens
        var j = cueStart - 1
        while j >= floor, CueFinder.auxiliaries.contains(tokens[j].lower) { j -= 1 }
        guard j >= floor else { return nil }
        // "Cyprian Wolde — who had not spoken for weeks — said", "Jane Roe (pictured) said":
        // a parenthesis before the verb is passed over.
        if tokens[j].text == "—" || tokens[j].text == "–" || tokens[j].text == ")" {
            let opener = tokens[j].text == ")" ? "(" : tokens[j].text
            if let open = (max(floor, j - 30)..<j).last(where: { tokens[$0].text == opener }), open > floor {
                j = open - 1
                while j >= floor, CueFinder.auxiliaries.contains(tokens[j].lower) { j -= 1 }
                guard j >= floor else { return nil }
            }
        }
        if tokens[j].text == "," {
            // Apposition: "<role>, <Name>, said" or "<Name>, <role>, said".
            guard var m = (floor..<j).last(where: { tokens[$0].text == "," }) else { return nil }
            var middle = (m + 1)..<j
            // "Etxeberria, 44, who grew up …, said": an age in commas belongs to the name.
            if middle.first.map({ ["who", "which", "whose", "whom"].contains(tokens[$0].lower) }) == true,
               m - 1 > floor, tokens[m - 1].kind == .number, tokens[m - 2].text == ",", m - 2 > floor {
                m -= 2
                middle = (m + 1)..<j
            }
            let before = phraseStart(endingAt: m - 1, floor: floor, tokens: tokens)..<m
            // "He, in turn, said", "The union, for its part, said": an aside between subject and verb.
            if let first = middle.first, middle.count <= 4, !before.isEmpty,
               ArticleRun.prepositions.contains(tokens[first].lower) || ["however", "meanwhile", "too", "though", "instead"].contains(tokens[first].lower) {
                return reader.referent(of: before, anyNounPhrase: true)
            }
            // "The plaintiffs, represented by …, said", "local campaigners, who call …, said":
            // a participle or relative clause between the commas describes the subject.
            if let first = middle.first, ["who", "which", "whose", "whom"].contains(tokens[first].lower)
                || (tokens[first].kind == .word && !tokens[first].isCapitalized && (tokens[first].lower.hasSuffix("ed") || tokens[first].lower.hasSuffix("ing"))
                    // ("retired teacher Anselm Krog" is a description, "represented by …" a clause.)
                    && (first + 1 >= middle.upperBound || tokens[first + 1].kind != .word || tokens[first + 1].isCapitalized
                        || lexicon.functionWords.contains(tokens[first + 1].lower))) {
                return before.isEmpty ? nil : reader.referent(of: before, anyNounPhrase: true)
            }
            // "The airport's owner, Kelby Holdings, said": an organisation named in apposition.
            if let r = reader.referent(of: middle), case .named(let organisation) = r, organisation.kind == .organization,
               organisation.tokens == middle, !before.isEmpty {
                return r
            }
            if let r = reader.referent(of: middle), case .named(var person) = r, person.kind == .person, person.tokens.lowerBound <= middle.lowerBound + 1 {
                if !before.isEmpty, let b = reader.referent(of: before), case .unnamedRole(let role, _) = b { person.role = person.role ?? role }
                return .named(person)
            }
            // "One of her sitters, hospital porter Clement Asante-Frimpong, told": lowercase
            // descriptors may stand before the name.
            if let name = reader.chunk(endingAt: j - 1, floor: middle.lowerBound), name.kind == .person,
               (middle.lowerBound..<name.tokens.lowerBound).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized
                   && !lexicon.functionWords.contains(tokens[$0].lower) }) {
                var withRole = name
                if !before.isEmpty, let r = reader.referent(of: before), case .unnamedRole(let role, _) = r { withRole.role = role }
                return .named(withRole)
            }
            if !before.isEmpty, let name = reader.chunk(endingAt: m - 1, floor: before.lowerBound) {
                // "<Name>, who runs a shop, said": a relative clause is not a role.
                var withRole = name
                let relative = ["who", "which", "whose", "whom", "where"].contains(tokens[middle.lowerBound].lower)
                let roleLike = middle.contains { lexicon.roleWords.contains(tokens[$0].lower) || lexicon.personTitles.contains(tokens[$0].lower) }
                if name.kind == .person, !relative, roleLike { withRole.role = withRole.role ?? reader.text(middle).droppingDeterminer }
                return .named(withRole)
            }
            return nil
        }
        if ["that", "which", "who"].contains(tokens[j].lower) {
            // A relative clause: the antecedent speaks, or the source of what it names.
            var a = j - 1
            if a >= floor, tokens[a].text == "," { a -= 1 }
            guard a >= floor else { return nil }
            let start = phraseStart(endingAt: a, floor: floor, tokens: tokens)
            let antecedent = reader.referent(of: start..<(a + 1))
            if let antecedent, case .named = antecedent { return antecedent }
            if lexicon.speechNouns.contains(tokens[a].lower) {
                // "The agency published a statement that confirmed …": the publisher.
                if let verb = (floor..<start).last(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized && !PhraseReader.determiners.contains(tokens[$0].lower) }) {
                    return subjectReferent(before: verb, floor: floor, reader: reader)
                }
            }
            return antecedent
        }
        let start = phraseStart(endingAt: j, floor: floor, tokens: tokens)
        // "Government guidance published last year says": the phrase before the participle.
        if start - 1 > floor, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized,
           lexicon.verbForms[tokens[start - 1].lower]?.contains(where: { $0.form.tense == .participle || $0.form.tense == .past }) == true
            || tokens[start - 1].lower.hasSuffix("ed"),
           reader.referent(of: start..<(j + 1)) == nil, (start..<(j + 1)).contains(where: { PhraseReader.timeWords.contains(tokens[$0].lower) }) {
            let head = phraseStart(endingAt: start - 2, floor: floor, tokens: tokens)
            if head < start - 1 { return reader.referent(of: head..<(start - 1), anyNounPhrase: true) }
        }
        return reader.referent(of: start..<(j + 1), anyNounPhrase: true)
    }

    /// The first token of the phrase that ends at `end`: back to a boundary, at most 12 tokens.
    func phraseStart(endingAt end: Int, floor: Int, tokens: [Token]) -> Int {
        guard end >= floor else { return end + 1 }  // no phrase: an empty range at end + 1
        var k = end
        while k - 1 >= floor, end - k < 12 {
            let t = tokens[k - 1]
            if t.kind == .punctuation && !isAbbreviationDot(k - 1, tokens) && t.text != "-" { break }
            if t.kind == .word && PhraseReader.phraseBoundaries.contains(t.lower) { break }
            if t.kind == .word && lexicon.verbForms[t.lower] != nil && !t.isCapitalized && !lexicon.speechNouns.contains(t.lower) { break }
            if t.kind == .word && !t.isCapitalized && ArticleRun.clauseVerbs.contains(t.lower) { break }
            k -= 1
        }
        return k
    }

    /// The speaker phrase after a cue, as in inverted order: "said Maria Lopez, the city's
    /// transport director", "said a spokesman for the ministry, Ali Rahimi".
    func subjectReferent(after cueEnd: Int, ceiling: Int, reader: PhraseReader) -> Referent? {
        let tokens = reader.tokens
        var k = cueEnd
        while k < ceiling, CueFinder.auxiliaries.contains(tokens[k].lower) { k += 1 }
        var e = k
        while e < ceiling, tokens[e].kind != .punctuation || isAbbreviationDot(e, tokens) || tokens[e].text == "-" {
            if tokens[e].kind == .word, ["that", "who", "which", "in", "on", "at", "after", "during", "as", "when", "to"].contains(tokens[e].lower) && e > k { break }
            e += 1
        }
        guard e > k else { return nil }
        let written = reader.referent(of: k..<e)
        // Apposition after a comma: a name for an unnamed role, a role for a name.
        guard e + 1 < ceiling, tokens[e].text == "," else { return written }
        var f = e + 1
        while f < ceiling, tokens[f].kind != .punctuation || tokens[f].text == "'" || tokens[f].text == "’" {
            if tokens[f].kind == .word, ["who", "which", "that", "said", "says", "told"].contains(tokens[f].lower) { break }
            f += 1
        }
        guard f > e + 1 else { return written }
        let second = (e + 1)..<f
        // "said one of them, Milena Hruskova": a name after words that name nobody.
        guard let first = written else {
            return reader.chunk(startingAt: second.lowerBound, ceiling: second.upperBound).flatMap { $0.kind == .person ? .named($0) : nil }
        }
        switch first {
        case .unnamedRole, .definiteRole, .pronoun, .collective:
            // "said the provincial governor, Ernesto Villacorta", "said one of them, Milena Hruskova".
            if let name = reader.chunk(startingAt: second.lowerBound, ceiling: second.upperBound), name.kind == .person {
                var withRole = name
                switch first {
                case .unnamedRole(let role, _), .definiteRole(let role): withRole.role = withRole.role ?? role
                default: break
                }
                return .named(withRole)
            }
        case .named(var name) where name.kind == .person:
            let words = second.map { tokens[$0] }.filter(\.isWord)
            if words.contains(where: { lexicon.roleWords.contains($0.lower) || lexicon.personTitles.contains($0.lower) }) {
                name.role = name.role ?? reader.text(second).droppingDeterminer
                return .named(name)
            }
        default:
            break
        }
        return first
    }
}
