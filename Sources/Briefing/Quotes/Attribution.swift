/// Deciding what a passage in quotation marks is, and what a reporting verb reports.
extension ArticleRun {
    struct SpanVerdict {
        var kind: Quote.Kind
        /// The cue that attributes it, when one is written next to it.
        var cue: Cue?
        var referent: Referent?
        var consumesCue = true
    }

    // MARK: - Quotation marks

    /// What the passage `k` is: a direct quote, a partial quote, or nothing to report (a scare
    /// quote, a title, a nickname). Returns nil for the last.
    func judge(span k: Int, in p: PreparedParagraph, sentence s: Int, cues: [[Cue]], reader: PhraseReader) -> SpanVerdict? {
        let span = p.spans[k]
        let open = p.openToken[k]
        let tokens = p.tokens
        let contentTokens = (open + 1)..<(p.closeToken[k] ?? tokens.count)
        let words = contentTokens.filter { tokens[$0].kind != .punctuation }.count
        guard words > 0 else { return nil }
        let sentence = p.sentences[s]

        // Titles and names: "the film “Dark Water”", "so-called “smart”", Robert “Bobby” Kane.
        if open > 0 {
            let before = tokens[open - 1]
            // (A title starts with a capital: "called the novel “bold”" quotes a word.)
            let capital = p.scalars[span.content.lowerBound...].first { CharacterClass.isLetter($0) }.map(CharacterClass.isUppercase) ?? false
            if before.kind == .word, lexicon.workNouns.contains(before.lower), capital { return nil }
            if before.lower == "as", open > 1, ["known", "described", "billed", "branded", "dubbed"].contains(tokens[open - 2].lower) { return nil }
            // "known to readers of the Sunday Courant as “the Hanging Judge”": a nickname.
            if before.lower == "as", (max(sentence.lowerBound, open - 10)..<open).contains(where: { tokens[$0].lower == "known" }) { return nil }
            // "signs reading ‘Books not budgets’", "a banner that said “…”": words on a thing.
            if ["reading", "read", "reads", "saying", "said", "says"].contains(before.lower),
               (max(sentence.lowerBound, open - 5)..<(open - 1)).contains(where: { lexicon.evidenceNouns.contains(tokens[$0].lower) }) { return nil }
            // "a notebook labeled “Fuel”", "a report titled “…”", "a dog named “Biscuit”".
            if ["labeled", "labelled", "titled", "entitled", "named", "nicknamed", "dubbed", "marked", "branded"].contains(before.lower) { return nil }
            if ["called", "calling"].contains(before.lower), open > 1, tokens[open - 2].kind == .word, !tokens[open - 2].isCapitalized,
               !PhraseReader.pronouns.contains(tokens[open - 2].lower), !lexicon.collectives.contains(tokens[open - 2].lower),
               !CueFinder.auxiliaries.contains(tokens[open - 2].lower) { return nil }
            if let close = p.closeToken[k], reader.isNameWord(open - 1), reader.isNameWord(close + 1) { return nil }
        }

        // Where the passage sits in its sentence.
        let previousClose = (0..<k).reversed().compactMap { p.closeToken[$0] }.first { $0 >= sentence.lowerBound && $0 < open }
        let beforeStart = (previousClose.map { $0 + 1 } ?? sentence.lowerBound)
        let before = beforeStart..<open
        let endSentence = p.closeToken[k].map { p.sentence(containing: $0) } ?? s
        let afterEnd = nextOpen(after: k, in: p) ?? p.sentences[endSentence].upperBound
        let after = (p.closeToken[k].map { $0 + 1 } ?? tokens.count)..<max(afterEnd, p.closeToken[k].map { $0 + 1 } ?? tokens.count)

        let trailing = trailingCue(after, cues: cues[endSentence], reader: reader)
        let leading = leadingCue(before, cues: cues[s], sentence: sentence, p: p, reader: reader)
        let adjacent = trailing ?? leading ?? p.closeToken[k].flatMap { thatWasHow(after: $0, in: p, cues: cues, reader: reader) }
        // "A sign on the harbour gate read “…”": words on a thing are not speech.
        if let cue = adjacent?.cue, adjacent?.referent == nil, saidByThing(cue, sentence: sentence, tokens: tokens) { return nil }

        // "In the words of one veteran nurse, Hilde Aakre, “…”", "“…” Those were the first words
        // of farmer Aurelio Benedetti", "Ekberg: “…”", "“…” — Jonas Ekberg, council treasurer":
        // the source without a reporting verb.
        if adjacent == nil, let source = wordsOfSource(in: before, ceiling: open, reader: reader)
            ?? p.closeToken[k].flatMap({ wordsOfNextSentence(after: $0, in: p, reader: reader) })
            ?? speakerLabel(before, reader: reader)
            ?? p.closeToken[k].flatMap({ dashSignature(after: $0, in: p, reader: reader) }) {
            return SpanVerdict(kind: .direct, cue: nil, referent: source)
        }
        let beforeText = before.filter { tokens[$0].kind != .punctuation || tokens[$0].text == ":" || tokens[$0].text == "," }
        let endsWithColon = before.last.map { tokens[$0].text == ":" } ?? false
        let startsCapital = p.scalars[span.content.lowerBound...].first { CharacterClass.isLetter($0) }.map(CharacterClass.isUppercase) ?? false

        // Scare quotes and short terms: a few words inside a noun phrase ("the “savings”",
        // "“dark web” marketplaces") with no cue beside them. A short fragment that is a
        // predicate ("was “gratified”", "called it “disproportionate”") is a partial quote
        // when the sentence reports someone's words.
        // ("“Not once.”" standing as a sentence of its own goes on a quotation, as in "“We were
        // never consulted,” she said. “Not once.”")
        if adjacent == nil && words <= 2 && !endsWithColon && !(beforeText.isEmpty && endsLikeSentence(span, p.scalars) && k > 0) {
            if isInsideNounPhrase(open: open, close: p.closeToken[k], tokens) { return nil }
            guard cues[s].contains(where: { $0.tokens.upperBound <= open && $0.form != .accordingTo }) else { return nil }
        }
        // A title in title case, not a sentence: “The Art of Losing Everything”.
        if adjacent == nil, words >= 2, !endsLikeSentence(span, p.scalars), isTitleCase(contentTokens, tokens) { return nil }

        let direct = beforeText.isEmpty || endsWithColon || leading != nil && (before.last.map { tokens[$0].text == "," } ?? false)
            || (leading != nil && startsCapital)
        if direct {
            return SpanVerdict(kind: .direct, cue: adjacent?.cue, referent: adjacent?.referent, consumesCue: adjacent?.consumesCue ?? true)
        }
        // A fragment inside the writer's sentence: its speaker is the sentence's reporter.
        guard words >= 3 || adjacent != nil || !isInsideNounPhrase(open: open, close: p.closeToken[k], tokens) else { return nil }
        if let adjacent {
            // "said the close result reflected “…”": a verb right before the fragment whose
            // subject cannot speak yields to the reporting verb of the sentence.
            if trailing == nil, leading != nil,
               let (cue, referent) = fragmentCue(before: open, after: beforeStart, cues: cues[s], in: p, sentence: sentence, reader: reader),
               cue.tokens.lowerBound < adjacent.cue.tokens.lowerBound, let referent, isSpeakerLike(referent) {
                return SpanVerdict(kind: .partial, cue: cue, referent: referent, consumesCue: false)
            }
            return SpanVerdict(kind: .partial, cue: adjacent.cue, referent: adjacent.referent, consumesCue: adjacent.consumesCue)
        }
        // (A second fragment after "called the novel “bold” in its structure and" shares the verb
        // of the first.)
        if let (cue, referent) = fragmentCue(before: open, after: beforeStart, cues: cues[s], in: p, sentence: sentence, reader: reader)
            ?? fragmentCue(before: open, after: sentence.lowerBound, cues: cues[s], in: p, sentence: sentence, reader: reader) {
            // The verb also reports its own clause ("said the levee … had been due …, calling
            // the delay “…”"): the quotation borrows its speaker without taking it.
            return SpanVerdict(kind: .partial, cue: cue, referent: referent, consumesCue: false)
        }
        // A fragment with no reporting verb anywhere in its sentence quotes a line, a slogan or
        // a title ("The film's most famous line, “…”, is printed …"), not what someone said.
        guard let later = cues[endSentence].first(where: { $0.tokens.lowerBound > (p.closeToken[k] ?? open) && $0.form == .finite }) else { return nil }
        let referent = subjectReferent(before: later.tokens.lowerBound, floor: sentence.lowerBound, reader: reader)
        return SpanVerdict(kind: .partial, cue: later, referent: referent, consumesCue: false)
    }

    struct Attribution {
        var cue: Cue
        var referent: Referent?
        /// False when the cue only lends its subject (a colon after a clause whose own verb
        /// reports something else): the cue stays free for its own indirect quote.
        var consumesCue = true
    }

    /// A cue right after the closing mark: ", he said", ", said Maria Lopez, …", " Ruiz said".
    func trailingCue(_ after: Range<Int>, cues: [Cue], reader: PhraseReader) -> Attribution? {
        let tokens = reader.tokens
        var k = after.lowerBound
        while k < after.upperBound, tokens[k].text == "," || tokens[k].text == "—" || tokens[k].text == "–" { k += 1 }
        guard k < after.upperBound else { return nil }
        // "“…,” according to Marta Sorensen, an economist at …".
        if let cue = cues.first(where: { $0.tokens.lowerBound == k && $0.form == .accordingTo }),
           let source = subjectReferent(after: cue.tokens.upperBound, ceiling: after.upperBound, reader: reader) {
            return Attribution(cue: cue, referent: source)
        }
        // Verb first: "said Maria Lopez".
        // ("…”, said they would appeal": a pronoun after the verb is the subject of a new clause,
        // and the verb belongs to a subject before the quotation.)
        if let cue = cues.first(where: { $0.tokens.lowerBound == k && $0.form == .finite }),
           !(cue.tokens.upperBound < after.upperBound && PhraseReader.pronouns.contains(tokens[cue.tokens.upperBound].lower)
             && cue.tokens.upperBound + 1 < after.upperBound && tokens[cue.tokens.upperBound + 1].kind == .word) {
            return Attribution(cue: cue, referent: subjectReferent(after: cue.tokens.upperBound, ceiling: after.upperBound, reader: reader))
        }
        // Subject first: "he said", "coach Ben Hale said", "Ruiz said in a clear message".
        // The words between must be a subject ("and promised …" continues the writer's
        // sentence instead).
        // An appositive subject may hold two commas: "Quillpay's chief executive, Daniel
        // Okafor-Reyes, wrote".
        if let cue = cues.first(where: { $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + 16 && $0.form == .finite }),
           !(k..<cue.tokens.lowerBound).contains(where: { (tokens[$0].kind == .punctuation && tokens[$0].text != "," && !isAbbreviationDot($0, tokens) && tokens[$0].text != "-")
               || PhraseReader.phraseBoundaries.contains(tokens[$0].lower) && !joinsRoles($0, tokens) }),
           (k..<cue.tokens.lowerBound).filter({ tokens[$0].text == "," }).count <= 2,
           cue.tokens.lowerBound - k <= 8 || (k..<cue.tokens.lowerBound).contains(where: { tokens[$0].text == "," }),
           let referent = subjectReferent(before: cue.tokens.lowerBound, floor: k, reader: reader) {
            return Attribution(cue: cue, referent: referent)
        }
        return nil
    }

    /// "Ekberg: “…”", "Councillor Petra Lindqvist: “…”": a name alone before a colon, as
    /// transcripts and interviews label speech.
    func speakerLabel(_ before: Range<Int>, reader: PhraseReader) -> Referent? {
        let tokens = reader.tokens
        guard before.count >= 2, before.count <= 6, let colon = before.last, tokens[colon].text == ":",
              let name = reader.chunk(startingAt: before.lowerBound, ceiling: colon), name.tokens.upperBound == colon,
              name.kind == .person else { return nil }
        return .named(name)
    }

    /// "“…” — Jonas Ekberg, council treasurer.": a name after a dash that follows the quotation.
    func dashSignature(after close: Int, in p: PreparedParagraph, reader: PhraseReader) -> Referent? {
        let tokens = p.tokens
        guard close + 2 < tokens.count, ["—", "–"].contains(tokens[close + 1].text),
              let name = reader.chunk(startingAt: close + 2, ceiling: tokens.count), name.kind == .person else { return nil }
        let end = name.tokens.upperBound
        guard end == tokens.count || [",", ".", "(", ";"].contains(tokens[end].text) else { return nil }
        return .named(name)
    }

    /// "“…” Those were the first words of X …": the sentence right after a quotation.
    func wordsOfNextSentence(after close: Int, in p: PreparedParagraph, reader: PhraseReader) -> Referent? {
        let s = p.sentence(containing: close)
        guard s + 1 < p.sentences.count else { return nil }
        let next = p.sentences[s + 1]
        guard next.lowerBound <= close + 2, ["those", "these", "that", "this", "such"].contains(p.tokens[next.lowerBound].lower) else { return nil }
        return wordsOfSource(in: next, ceiling: next.upperBound, reader: reader)
    }

    /// The source named by "the words of X" in `range`, X running to a clause boundary.
    func wordsOfSource(in range: Range<Int>, ceiling: Int, reader: PhraseReader) -> Referent? {
        let tokens = reader.tokens
        guard let words = range.first(where: { tokens[$0].lower == "words" && $0 + 2 < ceiling && tokens[$0 + 1].lower == "of" }) else { return nil }
        return subjectReferent(after: words + 2, ceiling: ceiling, reader: reader)
    }

    /// "co-founder and chief executive", "Smith and Jones": an "and" inside one subject phrase.
    func joinsRoles(_ i: Int, _ tokens: [Token]) -> Bool {
        guard tokens[i].lower == "and", i > 0, i + 1 < tokens.count else { return false }
        let before = tokens[i - 1], after = tokens[i + 1]
        func nounLike(_ t: Token) -> Bool {
            t.isCapitalized || lexicon.roleWords.contains(t.lower) || lexicon.personTitles.contains(t.lower)
        }
        return nounLike(before) && nounLike(after)
    }

    /// "“…” That was how shop assistant Leona Mbatha-Pryce described the robbery": the
    /// sentence after a quotation names its speaker.
    func thatWasHow(after close: Int, in p: PreparedParagraph, cues: [[Cue]], reader: PhraseReader) -> Attribution? {
        let tokens = p.tokens
        let s = p.sentence(containing: close)
        guard s + 1 < p.sentences.count else { return nil }
        let next = p.sentences[s + 1]
        guard next.count > 4, next.lowerBound == close + 1 || next.lowerBound == close + 2,
              ["that", "this", "so", "those", "these"].contains(tokens[next.lowerBound].lower) else { return nil }
        guard let how = (next.lowerBound..<min(next.upperBound, next.lowerBound + 4)).first(where: { tokens[$0].lower == "how" }),
              let cue = cues[s + 1].first(where: { $0.form == .finite && $0.tokens.lowerBound > how }),
              let referent = subjectReferent(before: cue.tokens.lowerBound, floor: how + 1, reader: reader) else { return nil }
        return Attribution(cue: cue, referent: referent)
    }

    /// A cue right before the opening mark: "He said:", "Karl Berg disagreed:", "“A,” Ortega
    /// said, “B”", or a colon after any clause ("… and gave examples:").
    func leadingCue(_ before: Range<Int>, cues: [Cue], sentence: Range<Int>, p: PreparedParagraph, reader: PhraseReader) -> Attribution? {
        let tokens = reader.tokens
        var end = before.upperBound
        var colon = false
        while end > before.lowerBound, tokens[end - 1].kind == .punctuation, tokens[end - 1].text == "," || tokens[end - 1].text == ":" || tokens[end - 1].text == "—" {
            if tokens[end - 1].text == ":" { colon = true }
            end -= 1
        }
        guard end > before.lowerBound else { return nil }
        if let cue = cues.last(where: { $0.tokens.upperBound == end && $0.form != .accordingTo }) {
            let referent: Referent?
            if cue.form == .participle {
                referent = participleSubject(cue, sentence: sentence, p: p, reader: reader)
            } else {
                referent = subjectReferent(before: cue.tokens.lowerBound, floor: before.lowerBound, reader: reader)
            }
            return Attribution(cue: cue, referent: referent)
        }
        // "He pointed out …, and gave examples:": the clause's subject introduces the quote.
        if colon, let cue = cues.last(where: { $0.tokens.upperBound <= end && $0.form == .finite && !isInRelativeClause($0, tokens: tokens, floor: sentence.lowerBound) }) {
            return Attribution(cue: cue, referent: subjectReferent(before: cue.tokens.lowerBound, floor: sentence.lowerBound, reader: reader),
                               consumesCue: false)
        }
        return nil
    }

    /// True when a subject phrase can be someone who speaks: a name, a pronoun, a role, an
    /// organisation, or a group; not any noun phrase that happens to stand before a verb ("the
    /// close result reflected", "evacuation orders").
    func isSpeakerLike(_ referent: Referent) -> Bool {
        guard case .collective(let text) = referent else { return true }
        let words = text.lowercased().split(separator: " ").map(String.init)
        guard let head = words.last else { return false }
        return words.contains { lexicon.collectives.contains($0) } || lexicon.roleWords.contains(head)
            || lexicon.organisationWords.contains(head)
            || head.count > 3 && head.hasSuffix("s") && !head.hasSuffix("ss") && lexicon.verbForms[head] == nil
    }

    /// The reporting verb of a quoted fragment: the verb whose clause holds it. A verb whose
    /// subject cannot speak does not count ("said the close result reflected “…”"); a verb inside
    /// the clause another verb reports stays inside it ("The board's statement said Ferrowave had
    /// reported the incident “within the required time”" is the board's); a new clause takes over
    /// ("…, but Jones called it “…”", "Brandvold, who said he had “…”", ", saying …"). Failing all,
    /// the nearest finite verb.
    func fragmentCue(before open: Int, after start: Int, cues: [Cue], in p: PreparedParagraph, sentence: Range<Int>,
                     reader: PhraseReader) -> (Cue, Referent?)? {
        let tokens = p.tokens
        var governing: (Cue, Referent)?
        var fallback: (Cue, Referent?)?
        for cue in cues where cue.tokens.lowerBound >= start && cue.tokens.upperBound <= open
            && (cue.form == .finite || cue.form == .participle || cue.form == .nounModifier) {
            let referent = fragmentReferent(cue, in: p, sentence: sentence, before: open, reader: reader)
            if cue.form == .finite { fallback = (cue, referent) }
            guard let referent, isSpeakerLike(referent) else { continue }
            if let (outer, _) = governing {
                let between = outer.tokens.upperBound..<cue.tokens.lowerBound
                let newClause = cue.form == .participle
                    || between.contains { ["but", "while", "whereas", "although", "though", "who", "which", ";"].contains(tokens[$0].lower) }
                    || between.last.map({ tokens[$0].lower == "and" }) == true
                    || isCoordinatedWithSubject(between, tokens)
                if !newClause { continue }
            }
            governing = (cue, referent)
        }
        if let governing { return governing }
        return fallback
    }

    /// "The agency quoted Defence Minister Arkady Volin as saying …": the one quoted; "Volin was
    /// quoted as saying …": the subject before the passive.
    func asSayingSource(_ cue: Cue, sentence: Range<Int>, tokens: [Token], reader: PhraseReader) -> Referent? {
        let start = cue.tokens.lowerBound
        guard start - 1 > sentence.lowerBound, tokens[start - 1].lower == "as",
              let quoted = (max(sentence.lowerBound, start - 12)..<(start - 1)).last(where: { ["quoted", "cited"].contains(tokens[$0].lower) })
        else { return nil }
        // "was quoted by state media as saying": a passive, whose "by" names the medium.
        let passive = quoted > sentence.lowerBound && CueFinder.beForms.contains(tokens[quoted - 1].lower) || tokens[quoted + 1].lower == "by"
        if quoted + 1 < start - 1, !passive {
            return reader.referent(of: (quoted + 1)..<(start - 1))
                ?? reader.chunk(endingAt: start - 2, floor: quoted + 1).map { .named($0) }
        }
        var j = quoted - 1
        while j >= sentence.lowerBound, CueFinder.beForms.contains(tokens[j].lower) || CueFinder.auxiliaries.contains(tokens[j].lower) { j -= 1 }
        return j >= sentence.lowerBound ? subjectReferent(before: j + 1, floor: sentence.lowerBound, reader: reader) : nil
    }

    /// "… and Jones called": "and" followed by a new subject before the verb.
    private func isCoordinatedWithSubject(_ between: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let and = between.last(where: { tokens[$0].lower == "and" }) else { return false }
        return (and + 1..<between.upperBound).contains { tokens[$0].isCapitalized || PhraseReader.pronouns.contains(tokens[$0].lower) }
    }

    /// The speaker a reporting verb gives a quoted fragment of its sentence.
    func fragmentReferent(_ cue: Cue, in p: PreparedParagraph, sentence: Range<Int>, before open: Int, reader: PhraseReader) -> Referent? {
        if cue.form == .participle { return participleSubject(cue, sentence: sentence, p: p, reader: reader) }
        if cue.form == .nounModifier, let quoted = asSayingSource(cue, sentence: sentence, tokens: p.tokens, reader: reader) { return quoted }
        return isCoordinated(cue, sentence: sentence, tokens: p.tokens)
            ? sentenceSubjectReferent(sentence.lowerBound..<cue.tokens.lowerBound, p: p, reader: reader)
            : subjectReferent(before: cue.tokens.lowerBound, floor: sentence.lowerBound, reader: reader)
                ?? subjectReferent(after: cue.tokens.upperBound, ceiling: open, reader: reader)
    }

    /// The dot of an initial or a title inside a name ("J.", "Dr.", "Gov."), not a full stop.
    func isAbbreviationDot(_ i: Int, _ tokens: [Token]) -> Bool {
        PhraseReader(tokens: tokens, lexicon: lexicon).isAbbreviation(i)
    }

    /// True when quoted words sit inside a noun phrase: after a determiner or possessive ("the
    /// “savings”"), or before the noun they describe ("“dark web” marketplaces").
    func isInsideNounPhrase(open: Int, close: Int?, _ tokens: [Token]) -> Bool {
        if open > 0, PhraseReader.determiners.contains(tokens[open - 1].lower) || tokens[open - 1].lower == "’s" || tokens[open - 1].lower == "'s"
            || tokens[open - 1].lower == "so-called" {
            return true
        }
        guard let close, close + 1 < tokens.count else { return false }
        let next = tokens[close + 1]
        return next.kind == .word && !next.isCapitalized && !lexicon.functionWords.contains(next.lower)
            && lexicon.verbForms[next.lower] == nil && !isClauseVerb(next) && !Self.prepositions.contains(next.lower)
    }

    func nextOpen(after k: Int, in p: PreparedParagraph) -> Int? {
        k + 1 < p.spans.count ? p.openToken[k + 1] : nil
    }

    func endsLikeSentence(_ span: QuoteSpan, _ scalars: [Unicode.Scalar]) -> Bool {
        var i = span.content.upperBound - 1
        while i >= span.content.lowerBound, CharacterClass.isClosingWrapper(scalars[i]) { i -= 1 }
        return i >= span.content.lowerBound && (CharacterClass.isSentenceFinal(scalars[i]) || scalars[i] == ",")
    }

    func isTitleCase(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        let words = range.map { tokens[$0] }.filter(\.isWord)
        guard !words.isEmpty else { return false }
        let significant = words.filter { !PhraseReader.nameJoiners.contains($0.lower) && !["a", "an", "to", "in", "at", "with"].contains($0.lower) }
        return !significant.isEmpty && significant.allSatisfy(\.isCapitalized)
    }

    // MARK: - Indirect speech

    struct IndirectFinding {
        /// Token range of the reported content.
        var content: Range<Int>
        var referent: Referent?
    }

    /// The reported content of `cue` and who reports it, if the cue introduces indirect speech.
    func indirect(_ cue: Cue, in p: PreparedParagraph, sentence: Range<Int>, reader: PhraseReader) -> IndirectFinding? {
        let tokens = p.tokens
        if cue.form == .accordingTo { return accordingTo(cue, in: p, sentence: sentence, reader: reader) }
        if cue.form == .passiveListener, state.lastSpeaker == nil, cue.tokens.upperBound < sentence.upperBound, tokens[cue.tokens.upperBound].lower != "by" { return nil }
        guard !cue.flags.contains(.cognition) || true else { return nil }

        var k = cue.tokens.upperBound
        let end = sentence.upperBound
        while k < end, CueFinder.auxiliaries.contains(tokens[k].lower) { k += 1 }
        var sawThat = false
        // The listener of "told", "warned", "assured": skip it ("told Reuters that", "told the
        // meeting he had …").
        if cue.flags.contains(.listener), k < end, tokens[k].lower != "that" {
            k = afterListener(k, end: end, tokens: tokens, reader: reader)
        }
        // "said in a statement that", "said on Monday that", "said, in a statement, that".
        if k < end, tokens[k].lower != "that", let that = (k..<min(end, k + 10)).first(where: { tokens[$0].lower == "that" }),
           Self.prepositions.contains(tokens[k].lower) || tokens[k].text == ",",
           !(k..<that).contains(where: { p.spanOfToken[$0] != nil || isClauseVerb(tokens[$0]) && !($0 > k && PhraseReader.determiners.contains(tokens[$0 - 1].lower))
               || (tokens[$0].text == "," && $0 != k && $0 + 1 != that) }) {
            k = that
        } else if !cue.flags.contains(.listener), let clause = afterAdverbial(k, end: end, tokens: tokens) {
            k = clause
        }
        if cue.form == .passiveListener, let that = (k..<end).first(where: { tokens[$0].lower == "that" }) { k = that }
        if k < end, tokens[k].lower == "that" { sawThat = true; k += 1 }
        // "asked whether the money had been spent …": an indirect question keeps "whether".
        if !sawThat, k < end, ["whether", "if"].contains(tokens[k].lower), ["ask", "wonder", "question", "inquire", "enquire"].contains(cue.lemma) {
            sawThat = true
        }
        // A cue in commas inside the report: "Crucially, she said, protection did not fade …",
        // "The county, she noted, had also offered …".
        if !sawThat, let aside = parenthetical(cue, in: p, sentence: sentence, reader: reader) { return aside }
        // Reported first, attributed after: "The vote is next month, officials said."
        if !sawThat, let reversed = reportedBefore(cue, at: k, in: p, sentence: sentence, reader: reader) { return reversed }
        if k < end, tokens[k].text == "," && !sawThat { return nil }
        guard k < end else { return nil }
        // A quotation right after the cue is reported by the quotation itself.
        if let s = p.spanOfToken[k], p.openToken[s] == k { return nil }
        if tokens[k].text == ":" { return nil }

        var contentEnd = contentEnd(from: k, in: p, sentence: sentence)
        contentEnd = trimContent(k..<contentEnd, tokens)
        guard contentEnd > k else { return nil }
        let content = k..<contentEnd
        let wordCount = content.filter { tokens[$0].isWord || tokens[$0].kind == .number }.count
        guard wordCount >= 2 else { return nil }
        // A reported clause that holds a quoted fragment of the speaker's words gives only the
        // partial quote (see Fixtures/Quotes/GUIDELINES.md, "Mixed clauses"): one verb, one quote.
        // A clause cut short by a quotation ("the chain had “…”") counts the quotation as its own;
        // one introduced by a colon stands apart ("…, and gave examples: “…”").
        var clauseRange = tokens[content.lowerBound].range.lowerBound..<tokens[content.upperBound - 1].range.upperBound
        let stop = self.contentEnd(from: k, in: p, sentence: sentence)
        if stop < sentence.upperBound, let span = p.spanOfToken[stop], p.openToken[span] == stop, stop > 0, tokens[stop - 1].text != ":" {
            clauseRange = clauseRange.lowerBound..<max(clauseRange.upperBound, p.spans[span].content.upperBound)
        }
        if quotes.contains(where: { $0.paragraph == p.index && $0.kind == .partial && $0.cleanRange.overlaps(clauseRange) }) { return nil }

        let clause = looksLikeClause(content, tokens)
        let accepted = sawThat ? !cue.flags.contains(.cognition) || true
            : (!cue.flags.contains(.weak) && !cue.flags.contains(.cognition) && clause)
              || (cue.flags.contains(.object) && wordCount >= 3 && !Self.prepositions.contains(tokens[k].lower))
        guard accepted else { return nil }
        // Cognition verbs report beliefs; with "that" they count, alone they do not.
        if cue.flags.contains(.cognition) && !sawThat { return nil }

        let referent: Referent?
        switch cue.form {
        case _ where isCoordinated(cue, sentence: sentence, tokens: tokens):
            // "X was gracious in defeat but said …": the subject of the first verb.
            referent = sentenceSubjectReferent(sentence.lowerBound..<cue.tokens.lowerBound, p: p, reader: reader)
        case .participle:
            referent = participleSubject(cue, sentence: sentence, p: p, reader: reader)
        case .nounModifier:
            if let quoted = asSayingSource(cue, sentence: sentence, tokens: tokens, reader: reader) {
                referent = quoted
            } else {
                referent = subjectReferent(before: cue.tokens.lowerBound, floor: sentence.lowerBound, reader: reader)
            }
        case .passiveListener:
            // "Reporters were told by the ministry's spokeswoman, Leyla Demir, that …".
            if cue.tokens.upperBound < sentence.upperBound, tokens[cue.tokens.upperBound].lower == "by",
               let that = (cue.tokens.upperBound..<sentence.upperBound).first(where: { tokens[$0].lower == "that" }) {
                var agentEnd = that
                while agentEnd > cue.tokens.upperBound + 1, tokens[agentEnd - 1].text == "," { agentEnd -= 1 }
                let agent = (cue.tokens.upperBound + 1)..<agentEnd
                if let comma = agent.first(where: { tokens[$0].text == "," }), let name = reader.chunk(startingAt: comma + 1, ceiling: agent.upperBound), name.kind == .person {
                    referent = .named(name)
                } else {
                    referent = reader.referent(of: agent)
                }
            } else {
                referent = state.lastSpeaker.map { .named(NameChunk(kind: $0.kind == .person ? .person : .organization, name: $0.name, role: $0.role, surface: $0.name, tokens: 0..<0)) }
            }
        default:
            referent = subjectReferent(before: cue.tokens.lowerBound, floor: sentence.lowerBound, reader: reader)
                ?? subjectReferent(after: cue.tokens.upperBound, ceiling: k, reader: reader)
        }
        // "A study of 9,000 nurses found that …", "Data from the board show that …": evidence,
        // not speech.
        // ("A study commissioned by the city and released in March found": the sentence's head
        // noun counts too.)
        if ["find", "show", "suggest", "indicate"].contains(cue.lemma), cue.form == .finite,
           (phraseStart(endingAt: cue.tokens.lowerBound - 1, floor: sentence.lowerBound, tokens: tokens)..<cue.tokens.lowerBound)
            .contains(where: { lexicon.evidenceNouns.contains(tokens[$0].lower) })
            || (sentence.lowerBound..<min(cue.tokens.lowerBound, sentence.lowerBound + 3)).contains(where: { lexicon.evidenceNouns.contains(tokens[$0].lower) }) {
            return nil
        }
        // "accusing the builder of pouring foundations …": a charge, not a reported clause.
        if !sawThat, Self.chargeVerbs.contains(cue.lemma), (content.lowerBound..<min(content.upperBound, content.lowerBound + 8)).contains(where: { i in
            ["of", "for"].contains(tokens[i].lower) && i + 1 < content.upperBound && tokens[i + 1].lower.hasSuffix("ing") }) {
            return nil
        }
        // "It has been estimated that …": nobody to attribute.
        if case .pronoun("it") = referent, cue.tokens.lowerBound - 1 >= sentence.lowerBound, tokens[cue.tokens.lowerBound - 1].lower == "been" { return nil }
        return IndirectFinding(content: content, referent: referent)
    }

    func parenthetical(_ cue: Cue, in p: PreparedParagraph, sentence: Range<Int>, reader: PhraseReader) -> IndirectFinding? {
        let tokens = p.tokens
        guard cue.form == .finite, cue.tokens.upperBound < sentence.upperBound, tokens[cue.tokens.upperBound].text == "," else { return nil }
        // The subject sits between a comma and the verb: ", she said," / ", the minister said,".
        guard let comma = (sentence.lowerBound..<cue.tokens.lowerBound).last(where: { tokens[$0].text == "," }),
              cue.tokens.lowerBound - comma <= 5, comma > sentence.lowerBound,
              let referent = subjectReferent(before: cue.tokens.lowerBound, floor: comma + 1, reader: reader) else { return nil }
        let after = cue.tokens.upperBound + 1
        let end = trimContent(after..<contentEnd(from: after, in: p, sentence: sentence), tokens)
        guard end > after, looksLikeClause(after..<end, tokens) || (after..<end).contains(where: { isClauseVerb(tokens[$0]) }) else { return nil }
        // A sentence adverb before the aside ("Crucially,") is the writer's; a subject ("The
        // county,") belongs to the report.
        let before = sentence.lowerBound..<comma
        let adverb = before.count == 1 && (tokens[before.lowerBound].lower.hasSuffix("ly") || lexicon.functionWords.contains(tokens[before.lowerBound].lower))
        let start = adverb || before.isEmpty ? after : sentence.lowerBound
        return IndirectFinding(content: start..<end, referent: referent)
    }

    /// True when the words before the cue name a thing that displays words (a sign, a banner)
    /// rather than anyone who speaks.
    func saidByThing(_ cue: Cue, sentence: Range<Int>, tokens: [Token]) -> Bool {
        // (The cue may open its sentence, or even the paragraph: then nothing stands before it.)
        guard cue.tokens.lowerBound > sentence.lowerBound else { return false }
        let start = phraseStart(endingAt: cue.tokens.lowerBound - 1, floor: sentence.lowerBound, tokens: tokens)
        return (start..<cue.tokens.lowerBound).contains { lexicon.evidenceNouns.contains(tokens[$0].lower) }
    }

    /// True when the cue's verb is joined to an earlier one by "and"/"but" ("… but said").
    func isCoordinated(_ cue: Cue, sentence: Range<Int>, tokens: [Token]) -> Bool {
        var j = cue.tokens.lowerBound - 1
        while j >= sentence.lowerBound, CueFinder.auxiliaries.contains(tokens[j].lower) { j -= 1 }
        return j > sentence.lowerBound && ["and", "but", "yet"].contains(tokens[j].lower)
    }

    /// Past the listener of a verb like "told": an object pronoun, a name, or a short noun
    /// phrase ("the meeting"), up to "that" or the start of the reported clause.
    func afterListener(_ start: Int, end: Int, tokens: [Token], reader: PhraseReader) -> Int {
        var l = start
        if Self.listenerWords.contains(tokens[l].lower) {
            l += 1
        } else if let chunk = reader.chunk(startingAt: l, ceiling: end) {
            l = chunk.tokens.upperBound
        } else if PhraseReader.determiners.contains(tokens[l].lower) {
            l += 1
            // "told the Brinehaven Chronicle he had …".
            if let chunk = reader.chunk(startingAt: l, ceiling: end) { l = chunk.tokens.upperBound }
            while l < end, l - start < 5, tokens[l].kind == .word, !tokens[l].isCapitalized, tokens[l].lower != "that",
                  !PhraseReader.pronouns.contains(tokens[l].lower), !PhraseReader.determiners.contains(tokens[l].lower), !isClauseVerb(tokens[l]) {
                l += 1
            }
        } else {
            return start
        }
        // "told reporters on Monday that": a short phrase may stand before "that".
        if l < end, tokens[l].lower != "that", let that = (l..<min(end, l + 6)).first(where: { tokens[$0].lower == "that" }),
           Self.prepositions.contains(tokens[l].lower), !(l..<that).contains(where: { isClauseVerb(tokens[$0]) }) {
            return that
        }
        if let clause = afterAdverbial(l, end: end, tokens: tokens) { return clause }
        if l < end, tokens[l].lower == "that" || isClauseStart(l, tokens) { return l }
        return start
    }

    /// "said on Monday it had …", "told reporters in an email the plan …": past a short
    /// adverbial of time or means to the clause it reports, or nil. The adverbial names a time
    /// or a means of speech, and a pronoun, determiner or name opens the clause after it.
    func afterAdverbial(_ k: Int, end: Int, tokens: [Token]) -> Int? {
        guard k < end, Self.prepositions.contains(tokens[k].lower) || PhraseReader.weekdays.contains(tokens[k].lower) else { return nil }
        var j = k + 1
        var named = PhraseReader.weekdays.contains(tokens[k].lower) || PhraseReader.timeWords.contains(tokens[k].lower)
        while j < end, j - k <= 6, tokens[j].kind == .word || tokens[j].kind == .number {
            let t = tokens[j]
            if PhraseReader.pronouns.contains(t.lower) && t.lower != "it" || (t.lower == "it" && j > k + 1) { break }
            if PhraseReader.weekdays.contains(t.lower) || PhraseReader.timeWords.contains(t.lower) || lexicon.speechNouns.contains(t.lower)
                || ["night", "morning", "afternoon", "evening", "interview", "address", "email", "e-mail", "briefing", "post", "call"].contains(t.lower) {
                named = true
                j += 1
                continue
            }
            if named, j > k + 1, PhraseReader.determiners.contains(t.lower) || t.isCapitalized { break }
            if isClauseVerb(t) && !PhraseReader.determiners.contains(tokens[j - 1].lower) { return nil }
            j += 1
        }
        guard named, j < end, j > k + 1, tokens[j].kind == .word,
              PhraseReader.pronouns.contains(tokens[j].lower) || PhraseReader.determiners.contains(tokens[j].lower) || tokens[j].isCapitalized,
              looksLikeClause(j..<min(end, j + 16), tokens) else { return nil }
        return j
    }

    static let listenerWords: Set<String> = ["him", "her", "them", "us", "me", "you", "reporters", "journalists", "lawmakers",
                                             "parliament", "congress", "investors", "analysts", "viewers", "listeners", "readers",
                                             "supporters", "residents", "voters", "staff", "employees", "colleagues", "police",
                                             "officials", "senators", "members", "delegates", "students", "fans", "jurors"]

    /// "The committee will vote next month, officials said (on Tuesday).": a cue at the end of
    /// its sentence, after a comma, reports the clause before the comma.
    func reportedBefore(_ cue: Cue, at k: Int, in p: PreparedParagraph, sentence: Range<Int>, reader: PhraseReader) -> IndirectFinding? {
        let tokens = p.tokens
        guard cue.form == .finite else { return nil }
        // What follows the cue is short and holds no clause: "on Tuesday", "in a statement",
        // or the speaker itself ("…, said the minister").
        // (", though a clerk was treated …" after the cue is the writer's next clause.)
        var restEnd = sentence.upperBound
        if let comma = (k..<sentence.upperBound).first(where: { tokens[$0].text == "," }), comma > cue.tokens.upperBound || comma == k {
            restEnd = comma
        }
        let rest = k..<restEnd
        let restWords = rest.filter { tokens[$0].kind != .punctuation }
        guard restWords.count <= 8, !rest.contains(where: { tokens[$0].lower == "that" || p.spanOfToken[$0] != nil || isClauseVerb(tokens[$0]) }) else { return nil }
        // After a subject and its verb only a phrase of time or place may follow ("…, officials
        // said on Tuesday"); an object ("… called EBX Technologies") makes it another clause.
        let verbFirst = cue.tokens.lowerBound - 1 > sentence.lowerBound && tokens[cue.tokens.lowerBound - 1].text == ","
        if !verbFirst, let first = restWords.first, !Self.prepositions.contains(tokens[first].lower), !CueFinder.auxiliaries.contains(tokens[first].lower) {
            return nil
        }
        // "…, but Brennan-Sato insists …" joins a new clause; it does not attribute the first.
        if isCoordinated(cue, sentence: sentence, tokens: tokens) { return nil }
        let referent: Referent?
        let comma: Int
        if cue.tokens.lowerBound - 1 > sentence.lowerBound, tokens[cue.tokens.lowerBound - 1].text == "," {
            comma = cue.tokens.lowerBound - 1
            referent = subjectReferent(after: cue.tokens.upperBound, ceiling: sentence.upperBound, reader: reader)
        } else {
            guard let c = (sentence.lowerBound..<cue.tokens.lowerBound).last(where: { tokens[$0].text == "," }),
                  cue.tokens.lowerBound - c <= 9,
                  !((c + 1)..<cue.tokens.lowerBound).contains(where: { tokens[$0].kind == .punctuation && !isAbbreviationDot($0, tokens) && tokens[$0].text != "-" })
            else { return nil }
            comma = c
            referent = subjectReferent(before: cue.tokens.lowerBound, floor: c + 1, reader: reader)
        }
        guard referent != nil else { return nil }
        var start = sentence.lowerBound
        // A quotation ending at the comma is reported by the quotation.
        if let s = p.spanOfToken[comma - 1], p.closeToken[s] == comma - 1 || p.closeToken[s] == nil { return nil }
        while start < comma, tokens[start].kind == .punctuation { start += 1 }
        let end = trimContent(start..<comma, tokens)
        guard end - start >= 3, looksLikeClause(start..<end, tokens) || (start..<end).contains(where: { isClauseVerb(tokens[$0]) }) else { return nil }
        if (start..<end).contains(where: { p.spanOfToken[$0] != nil && p.openToken[p.spanOfToken[$0]!] == $0 && p.spans[p.spanOfToken[$0]!].content.count > 20 }) {
            return nil
        }
        return IndirectFinding(content: start..<end, referent: referent)
    }

    /// Where reported content stops: before a quotation that is reported in its own right,
    /// before ", according to", before a trailing ", he said", or at the sentence's end.
    func contentEnd(from k: Int, in p: PreparedParagraph, sentence: Range<Int>) -> Int {
        let tokens = p.tokens
        var i = k
        while i < sentence.upperBound {
            if let s = p.spanOfToken[i], p.openToken[s] == i {
                let span = p.spans[s]
                let words = String(scalars: p.scalars[span.content]).split(separator: " ").count
                if words >= 3 { return i }
            }
            if tokens[i].text == ",", i + 2 < sentence.upperBound, tokens[i + 1].lower == "according", tokens[i + 2].lower == "to" { return i }
            // ", calling it ‘…’": a participle that introduces a quotation ends the report; the
            // quotation is a partial quote of its own.
            if tokens[i].text == ",", i + 1 < sentence.upperBound, tokens[i + 1].lower.hasSuffix("ing"),
               lexicon.verbForms[tokens[i + 1].lower]?.contains(where: { $0.form.tense == .gerund }) == true,
               ((i + 2)..<min(sentence.upperBound, i + 8)).contains(where: { j in p.spanOfToken[j].map { p.openToken[$0] == j } ?? false }) {
                return i
            }
            // "…, while the agency said inventories rose": a contrasting clause with its own
            // reporter ends the report.
            if tokens[i].text == ",", i + 1 < sentence.upperBound, ["while", "whereas", "but"].contains(tokens[i + 1].lower),
               ((i + 2)..<min(sentence.upperBound, i + 12)).contains(where: { lexicon.verbForms[tokens[$0].lower] != nil && !tokens[$0].isCapitalized }) {
                return i
            }
            // "… and described the breach as …": a second reporting verb of the same subject.
            if ["and", "but"].contains(tokens[i].lower), i + 1 < sentence.upperBound, i > k,
               let forms = lexicon.verbForms[tokens[i + 1].lower], forms.contains(where: { $0.form.tense == .past || $0.form.tense == .thirdPerson }) {
                return tokens[i - 1].text == "," ? i - 1 : i
            }
            i += 1
        }
        return sentence.upperBound
    }

    /// Drops closing punctuation, and an introduction to a quotation left at the end
    /// ("…, and gave examples:" / "…, stating:").
    func trimContent(_ range: Range<Int>, _ tokens: [Token]) -> Int {
        var end = range.upperBound
        while end > range.lowerBound, tokens[end - 1].kind == .punctuation, tokens[end - 1].text != ")" && tokens[end - 1].text != "”" && tokens[end - 1].text != "\"" && tokens[end - 1].text != "’" {
            let colon = tokens[end - 1].text == ":"
            end -= 1
            if colon, let comma = (range.lowerBound..<end).last(where: { tokens[$0].text == "," }) {
                end = comma
            }
        }
        return end
    }

    /// Verbs that charge or credit someone with something ("accused the builder of …").
    static let chargeVerbs: Set<String> = ["accuse", "blame", "criticise", "criticize", "praise", "thank", "credit", "fault",
                                          "commend", "condemn", "applaud", "congratulate", "charge", "hail", "slam"]

    static let prepositions: WordSet = ["in", "on", "at", "during", "after", "before", "to", "with", "via", "through", "from",
                                            "by", "over", "late", "last", "this", "earlier", "later", "yesterday", "today",
                                            "tonight", "while", "when", "upon", "under", "for", "about", "of"]

    func isClauseVerb(_ t: Token) -> Bool {
        guard t.kind == .word, !t.isCapitalized || t.lower == "i" else { return false }
        if Self.clauseVerbs.contains(t.lower) { return true }
        return t.lower.count >= 5 && t.lower.hasSuffix("ed")
    }

    /// A content clause has a finite verb: "two men were arrested", "the talks had been …".
    func looksLikeClause(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let first = range.first, !Self.prepositions.contains(tokens[first].lower) else { return false }
        return range.prefix(16).enumerated().contains { offset, i in
            guard offset > 0, !PhraseReader.determiners.contains(tokens[i - 1].lower) else { return false }
            if isClauseVerb(tokens[i]) { return true }
            // "the scheme rewards …": determiner, noun, then a present-tense verb in -s.
            let t = tokens[i]
            return offset >= 2 && t.kind == .word && !t.isCapitalized && t.lower.count >= 4 && t.lower.hasSuffix("s")
                && !t.lower.hasSuffix("ss") && !t.lower.hasSuffix("us") && PhraseReader.determiners.contains(tokens[i - 2].lower)
                && tokens[i - 1].kind == .word && !lexicon.functionWords.contains(tokens[i - 1].lower)
        }
    }

    func isClauseStart(_ i: Int, _ tokens: [Token]) -> Bool {
        let t = tokens[i]
        return PhraseReader.determiners.contains(t.lower) || PhraseReader.pronouns.contains(t.lower) || t.isCapitalized || t.kind == .number
    }

    static let clauseVerbs = WordSet(WordList.set("clause-verbs.txt"))

    /// ", adding that …": the main clause's subject reports it.
    func participleSubject(_ cue: Cue, sentence: Range<Int>, p: PreparedParagraph, reader: PhraseReader) -> Referent? {
        let finder = CueFinder(tokens: p.tokens, lexicon: lexicon) { p.spanOfToken[$0] != nil }
        // The main verb's subject when it can speak ("A group of parents has set up a campaign
        // called …, arguing": not the campaign), else the sentence's subject.
        if let main = finder.cues(in: sentence).first(where: { $0.form == .finite && $0.tokens.upperBound <= cue.tokens.lowerBound }),
           let referent = subjectReferent(before: main.tokens.lowerBound, floor: sentence.lowerBound, reader: reader), isSpeakerLike(referent) {
            return referent
        }
        return sentenceSubjectReferent(sentence.lowerBound..<cue.tokens.lowerBound, p: p, reader: reader)
    }

    /// "According to X, …" and "…, according to X": X's report is the clause on the other side.
    func accordingTo(_ cue: Cue, in p: PreparedParagraph, sentence: Range<Int>, reader: PhraseReader) -> IndirectFinding? {
        let tokens = p.tokens
        let sourceStart = cue.tokens.upperBound
        var sourceEnd = sourceStart
        while sourceEnd < sentence.upperBound, tokens[sourceEnd].kind != .punctuation || isAbbreviationDot(sourceEnd, tokens)
                || tokens[sourceEnd].text == "-" || tokens[sourceEnd].text == "(" || tokens[sourceEnd].text == ")" || tokens[sourceEnd].text == "&" {
            sourceEnd += 1
        }
        guard sourceEnd > sourceStart else { return nil }
        var referent = reader.referent(of: sourceStart..<sourceEnd)
        // "according to Baptiste's producer, Ewan Castellanos": the name in apposition.
        if sourceEnd < sentence.upperBound, tokens[sourceEnd].text == ",", let name = reader.chunk(startingAt: sourceEnd + 1, ceiling: sentence.upperBound),
           name.kind == .person, name.tokens.upperBound >= sentence.upperBound - 1 || tokens[name.tokens.upperBound].text == "," {
            referent = .named(name)
            sourceEnd = name.tokens.upperBound
        }
        if referent == nil, let name = reader.chunk(startingAt: sourceStart + (PhraseReader.determiners.contains(tokens[sourceStart].lower) ? 1 : 0), ceiling: sourceEnd) {
            referent = .named(name)
        }
        // "according to court documents", "according to people familiar with the matter": the
        // source as written.
        if referent == nil { referent = .collective(reader.text(sourceStart..<sourceEnd).droppingDeterminer) }
        // Content after the source: "According to X, measles cases rose …". Mid-sentence,
        // what follows a source is the writer's unless it is a new clause of its own ("…,
        // according to the Times, the suspect has fled the country"): "…, according to Downwatch, a
        // site that tracks outages, and peaked at …" describes the source.
        let midSentence = cue.tokens.lowerBound > sentence.lowerBound + 2
        let followsApposition = sourceEnd + 1 < sentence.upperBound
            && (PhraseReader.determiners.contains(tokens[sourceEnd + 1].lower) || (tokens[sourceEnd + 1].kind == .word && !tokens[sourceEnd + 1].isCapitalized && !PhraseReader.pronouns.contains(tokens[sourceEnd + 1].lower)))
        if sourceEnd < sentence.upperBound, tokens[sourceEnd].text == ",", !(midSentence && followsApposition) {
            let start = sourceEnd + 1
            let end = trimContent(start..<contentEnd(from: start, in: p, sentence: sentence), tokens)
            if end - start >= 3 { return IndirectFinding(content: start..<end, referent: referent) }
        }
        // Content before it: "The factory will close in March, according to …".
        var start = sentence.lowerBound
        if let comma = (sentence.lowerBound..<cue.tokens.lowerBound).dropLast().last(where: { tokens[$0].text == "," }),
           sentence.lowerBound < comma, tokens[sentence.lowerBound..<comma].contains(where: { $0.lower == "that" }) == false,
           looksLikeClause((comma + 1)..<cue.tokens.lowerBound, tokens), !looksLikeClause(sentence.lowerBound..<comma, tokens) {
            start = comma + 1
        }
        let end = trimContent(start..<cue.tokens.lowerBound, tokens)
        guard end - start >= 3 else { return nil }
        return IndirectFinding(content: start..<end, referent: referent)
    }
}
