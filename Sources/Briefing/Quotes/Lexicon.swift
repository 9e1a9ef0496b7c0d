/// The word lists the quote extractor reasons with, loaded once from the embedded data files
/// (Sources/Briefing/Data). Every rule about which words report speech, name people or mark an
/// organisation lives in those files, not in code.
///
/// A final class, not a struct: every `PhraseReader` and `CueFinder` holds the lexicon, and
/// copying a struct of a dozen word lists retained each list's storage every time.
final class Lexicon: Sendable {
    struct VerbForm: Sendable {
        enum Tense: Sendable { case base, thirdPerson, past, gerund, participle }
        var lemma: String
        var tense: Tense
        var words: Int
    }

    struct VerbFlags: OptionSet, Sendable {
        let rawValue: UInt8
        static let listener = VerbFlags(rawValue: 1)
        static let object = VerbFlags(rawValue: 2)
        static let cognition = VerbFlags(rawValue: 4)
        static let weak = VerbFlags(rawValue: 8)
    }

    /// Every inflected form of every reporting verb, by its first word (lowercased). Multi-word
    /// forms ("pointed out") are listed under their first word with their full word list.
    /// (The lists are `WordSet`s and `WordMap`s: asked of every token, they answer by bytes.)
    let verbForms: WordMap<[(words: [String], form: VerbForm)]>
    let verbFlags: [String: VerbFlags]
    let personTitles: WordSet
    let roleWords: WordSet
    let organisationWords: WordSet
    let knownOrganisations: WordSet
    /// "The Italian said": nationality nouns, which stand for a person after "the".
    let demonyms: WordSet
    let collectives: WordSet
    let speechNouns: WordSet
    let workNouns: WordSet
    let functionWords: WordSet
    let genderedWords: WordMap<Gender>
    /// Given names borne overwhelmingly by one gender ("she said" after "Angus Tulloch" and
    /// "Bryony Tulloch" is Bryony).
    let firstNameGenders: WordMap<Gender>
    let evidenceNouns: WordSet

    static let shared = Lexicon()

    private init() {
        var forms: [String: [(words: [String], form: VerbForm)]] = [:]
        var flags: [String: VerbFlags] = [:]
        for row in WordList.rows("reporting-verbs.tsv") where row.count >= 5 {
            let lemma = row[0].lowercased()
            let tenses: [VerbForm.Tense] = [.base, .thirdPerson, .past, .gerund, .participle]
            var seen = Set<String>()
            for (column, tense) in zip(row[0..<5], tenses) {
                let words = column.lowercased().split(separator: " ").map(String.init)
                let key = words.joined(separator: " ") + "|\(tense)"
                guard let first = words.first, seen.insert(key).inserted else { continue }
                forms[first, default: []].append((words, VerbForm(lemma: lemma, tense: tense, words: words.count)))
            }
            var f = VerbFlags()
            for flag in (row.count > 5 ? row[5] : "").split(separator: ",") {
                switch flag {
                case "listener": f.insert(.listener)
                case "object": f.insert(.object)
                case "cognition": f.insert(.cognition)
                case "weak": f.insert(.weak)
                default: break
                }
            }
            flags[lemma] = f
        }
        // Longest forms first, so "pointed out" wins over "pointed".
        verbForms = WordMap(forms.mapValues { $0.sorted { $0.words.count > $1.words.count } })
        verbFlags = flags
        personTitles = WordSet(WordList.set("person-titles.txt"))
        roleWords = WordSet(WordList.set("role-words.txt"))
        organisationWords = WordSet(WordList.set("organisation-words.txt"))
        knownOrganisations = WordSet(WordList.rows("known-organisations.txt").compactMap(\.first))
        demonyms = WordSet(WordList.set("demonyms.txt"))
        collectives = WordSet(WordList.set("collective-speakers.txt"))
        speechNouns = WordSet(WordList.set("speech-nouns.txt"))
        workNouns = WordSet(WordList.set("work-nouns.txt"))
        functionWords = WordSet(WordList.set("function-words.txt"))
        var gendered: [String: Gender] = [:]
        for row in WordList.rows("gendered-words.tsv") where row.count >= 2 {
            gendered[row[0].lowercased()] = row[1] == "female" ? .female : .male
        }
        genderedWords = WordMap(gendered)
        var names: [String: Gender] = [:]
        for row in WordList.rows("first-names.tsv") where row.count >= 2 {
            names[row[0].lowercased()] = row[1] == "female" ? .female : .male
        }
        firstNameGenders = WordMap(names)
        evidenceNouns = WordSet(WordList.set("evidence-nouns.txt"))
    }

    func flags(_ lemma: String) -> VerbFlags { verbFlags[lemma] ?? [] }
}
