/// A reporting expression in a sentence: a verb form ("said", "pointed out", "has warned") or
/// "according to".
struct Cue: Sendable, Equatable {
    enum Form: Sendable, Equatable {
        /// A finite verb: its subject is the speaker.
        case finite
        /// ", adding that …", ", saying …": the speaker is the subject of the main clause.
        case participle
        /// "several members warning that …": the noun before the participle is the speaker.
        case nounModifier
        /// "Reporters were told that …": the listener is the subject; the speaker is whoever
        /// the passage is about (or the "by" agent).
        case passiveListener
        /// "according to X": X is the source.
        case accordingTo
    }

    var form: Form
    var lemma: String
    var flags: Lexicon.VerbFlags
    /// Token indices of the expression ("pointed out" is two tokens).
    var tokens: Range<Int>
    /// The expression as written.
    var text: String
}

/// Finds cues among a sentence's tokens, telling verb uses from nouns ("his remarks", "the
/// report"), infinitives ("declined to comment") and passives ("it has been estimated").
struct CueFinder {
    let tokens: [Token]
    let lexicon: Lexicon
    /// True for tokens inside quotation marks, which never hold a cue of the writer's sentence.
    let quoted: (Int) -> Bool

    static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being", "am", "’s", "'s", "’re", "'re"]
    static let auxiliaries: WordSet = [
        "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "shall", "did",
        "does", "do", "not", "never", "also", "then", "later", "previously", "repeatedly", "again", "once", "further",
        "publicly", "privately", "separately", "reportedly", "recently", "earlier", "now", "already", "first", "simply",
        "only", "even", "still", "often", "always", "quickly", "flatly", "firmly", "strongly", "angrily", "calmly",
        "bluntly", "openly", "frankly", "repeatedly", "initially", "subsequently", "ultimately", "finally", "just",
        "n't", "’ve", "'ve", "’d", "'d", "’ll", "'ll", "jointly", "formally", "officially", "widely", "privately",
    ]

    /// Words after a participle that opens a sentence as an adverbial ("Asked about …").
    static let openerFollowers: Set<String> = ["of", "about", "by", "on", "whether", "if", "why", "how", "what", "for", "in", "at", "to", ","]

    private func form0IsPast(_ word: String) -> Bool {
        lexicon.verbForms[word]?.contains { $0.form.tense == .past || $0.form.tense == .participle } ?? false
    }

    /// Words after a participle that show it modifies the noun before it.
    static let modifierFollowers: WordSet = ["in", "by", "on", "at", "from", "last", "this", "earlier", "online", "today", "yesterday", "for", "with"]

    func cues(in sentence: Range<Int>) -> [Cue] {
        var found: [Cue] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            defer { i += 1 }
            if quoted(i) { continue }
            let t = tokens[i]
            guard t.kind == .word else { continue }
            if t.lower == "according", i + 1 < sentence.upperBound, tokens[i + 1].lower == "to" {
                found.append(Cue(form: .accordingTo, lemma: "according to", flags: [], tokens: i..<(i + 2), text: "\(t.text) to"))
                i += 1
                continue
            }
            guard let candidates = lexicon.verbForms[t.lower] else { continue }
            // A verb is written in lowercase inside a sentence; "Judge Marian Castellane",
            // "Warning Signs" are names and titles.
            if t.isCapitalized {
                let first = i == sentence.lowerBound || tokens[i - 1].isQuoteMark
                let nextCapitalized = i + 1 < sentence.upperBound && tokens[i + 1].isCapitalized
                if !first || nextCapitalized { continue }
                // "Told of the appeal, …", "Asked about the plan, …": a participle opening the
                // sentence; the verb of the main clause reports.
                if form0IsPast(t.lower), i + 1 < sentence.upperBound, CueFinder.openerFollowers.contains(tokens[i + 1].lower) { continue }
            }
            for (words, form) in candidates {
                let end = i + words.count
                guard end <= sentence.upperBound,
                      zip(words.indices, i..<end).allSatisfy({ tokens[$1].lower == words[$0] && !quoted($1) }) else { continue }
                guard let kind = use(of: form, at: i, in: sentence) else { continue }
                let text = (i..<end).map { tokens[$0].text }.joined(separator: " ")
                found.append(Cue(form: kind, lemma: form.lemma, flags: lexicon.flags(form.lemma), tokens: i..<end, text: text))
                i = end - 1
                break
            }
        }
        return found
    }

    /// How the form at `i` is used, or nil when it is not a reporting verb here.
    private func use(of form: Lexicon.VerbForm, at i: Int, in sentence: Range<Int>) -> Cue.Form? {
        // The word before, skipping adverbs and auxiliaries ("has also said"). Speech denied
        // ("did not say", "never told") reports nothing.
        var p = i - 1
        while p >= sentence.lowerBound, CueFinder.auxiliaries.contains(tokens[p].lower) {
            if ["not", "n't", "never"].contains(tokens[p].lower) { return nil }
            p -= 1
        }
        let previous = p >= sentence.lowerBound ? tokens[p] : nil
        let directlyBefore = i - 1 >= sentence.lowerBound ? tokens[i - 1] : nil

        // A determiner or possessive before it makes it a noun: "the report", "his remarks".
        // "that"/"this" do so only for words that can be nouns; before a verb, "that" is a
        // relative pronoun ("an announcement that confirmed …").
        if let d = directlyBefore, PhraseReader.determiners.contains(d.lower) || d.lower == "’s" || d.lower == "'s" {
            let demonstrative = ["that", "this", "these", "those"].contains(d.lower)
            if !demonstrative || lexicon.speechNouns.contains(tokens[i].lower) { return nil }
        }
        // "His closing remarks", "the latest reports": a word that is also a speech noun, with a
        // determiner a few words back across adjectives, is the noun.
        // A plural whose singular is a speech noun ("evacuation orders", "taking questions") reads
        // the same way.
        let lower = tokens[i].lower
        let nounReading = lexicon.speechNouns.contains(lower)
            || form.tense == .thirdPerson && lower.hasSuffix("s") && lexicon.speechNouns.contains(String(lower.dropLast()))
        if nounReading {
            var b = i - 1
            while b >= sentence.lowerBound, i - b <= 3, tokens[b].kind == .word, !tokens[b].isCapitalized || PhraseReader.possessives.contains(tokens[b].lower) || tokens[b].lower == "the" {
                if PhraseReader.determiners.contains(tokens[b].lower) || tokens[b].lower == "’s" || tokens[b].lower == "'s" { return nil }
                b -= 1
            }
            if b >= sentence.lowerBound, tokens[b].lower == "’s" || tokens[b].lower == "'s" { return nil }
            // "stolen and fraudulent personal documents": after a lowercase word that is not a
            // speaker ("he", "officials", "the agency"), a present-tense form is the noun.
            if form.tense == .thirdPerson, i > sentence.lowerBound {
                let before = tokens[i - 1]
                let subjectLike = before.isCapitalized || PhraseReader.pronouns.contains(before.lower) || lexicon.collectives.contains(before.lower)
                    || lexicon.organisationWords.contains(before.lower) || lexicon.roleWords.contains(before.lower) || CueFinder.auxiliaries.contains(before.lower)
                if !subjectLike { return nil }
            }
        }
        // "a campaign called “Let Them Call Home”", "a group calling itself …": naming, not
        // speech, after a common noun.
        if form.lemma == "call", let d = directlyBefore, d.kind == .word, !d.isCapitalized,
           !PhraseReader.pronouns.contains(d.lower), !lexicon.collectives.contains(d.lower), !lexicon.roleWords.contains(d.lower),
           !CueFinder.auxiliaries.contains(d.lower),
           i + form.words < sentence.upperBound, tokens[i + form.words].isCapitalized || tokens[i + form.words].isQuoteMark
            || tokens[i + form.words].lower == "itself" || tokens[i + form.words].lower == "themselves" {
            return nil
        }
        // "quoted the minister as saying …": "saying" carries the report, and the minister speaks.
        if ["quote", "cite"].contains(form.lemma),
           ((i + form.words)..<min(sentence.upperBound, i + 12)).contains(where: { tokens[$0].lower == "as" && $0 + 1 < sentence.upperBound && tokens[$0 + 1].lower.hasSuffix("ing") }) {
            return nil
        }
        // "to say", "declined to comment": an infinitive reports nothing said.
        if let d = directlyBefore, d.lower == "to" { return nil }

        switch form.tense {
        case .gerund:
            // "He is saying that …" (progressive) is finite; ", adding that …" is a participle.
            if let prev = previous, CueFinder.beForms.contains(prev.lower) { return .finite }
            if let d = directlyBefore, d.text == "," || d.text == "—" || d.text == "–" { return .participle }
            // "quoted the minister as saying (that) …": the quoted one speaks.
            if let d = directlyBefore, d.lower == "as", (max(sentence.lowerBound, i - 12)..<i).contains(where: { ["quoted", "cited"].contains(tokens[$0].lower) }) {
                return .nounModifier
            }
            if let d = directlyBefore, d.kind == .word, i + form.words < sentence.upperBound, tokens[i + form.words].lower == "that" {
                return .nounModifier
            }
            if directlyBefore == nil, i == sentence.lowerBound { return nil }
            return nil
        case .participle, .past:
            // Passive: "it has been estimated", "is suspected to be", "were told".
            if let prev = previous, CueFinder.beForms.contains(prev.lower) || prev.lower == "get" || prev.lower == "got" {
                if lexicon.flags(form.lemma).contains(.listener), i + form.words < sentence.upperBound,
                   tokens[i + form.words].lower == "that" || tokens[i + form.words].lower == "by" {
                    return .passiveListener
                }
                return nil
            }
            // "an article published in …": a participle right after a noun, followed by a
            // preposition, describes the noun ("His remarks added that …" is finite).
            if let d = directlyBefore, d.kind == .word, lexicon.speechNouns.contains(d.lower) || lexicon.workNouns.contains(d.lower),
               i + form.words < sentence.upperBound, CueFinder.modifierFollowers.contains(tokens[i + form.words].lower) {
                return nil
            }
            return .finite
        case .base, .thirdPerson:
            return .finite
        }
    }
}
