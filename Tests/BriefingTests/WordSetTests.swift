import Testing
@testable import Briefing

@Suite("Word sets answer as Set<String> does")
struct WordSetTests {
    static let queries = ["", "the", "The", "said", "says", "’s", "'s", "a", "an", "organisation", "ministry", "caf\u{E9}",
                          "cafe\u{301}", "\u{212A}elvin", "Kelvin", "x", "spokesperson", "according", "pointed", "zzzzzzzzzzzzzzzzzzzz"]

    @Test("ASCII words", arguments: [["the", "a", "an", "said", "ministry", "’s"], ["Kelvin", "caf\u{E9}"], [], ["said"]])
    func matches(words: [String]) {
        let set = Set(words), fast = WordSet(words)
        for query in Self.queries + words {
            #expect(fast.contains(query) == set.contains(query), "\(query)")
        }
    }

    @Test("the lexicon's lists")
    func lexicon() {
        let lexicon = Lexicon.shared
        let functionWords = WordList.set("function-words.txt")
        let verbFirstWords = Set(WordList.rows("reporting-verbs.tsv").filter { $0.count >= 5 }.flatMap { row in
            row.prefix(5).compactMap { $0.lowercased().split(separator: " ").first.map(String.init) }
        })
        for word in Array(functionWords) + Array(WordList.set("role-words.txt")) + ["say", "said", "pointed", "points"] + Self.queries {
            #expect(lexicon.functionWords.contains(word) == functionWords.contains(word))
            #expect((lexicon.verbForms[word] != nil) == verbFirstWords.contains(word))
        }
    }

    @Test("maps")
    func maps() {
        let dictionary = ["said": 1, "told": 2, "’s": 3, "Kelvin": 4]
        let map = WordMap(dictionary)
        for query in Self.queries + Array(dictionary.keys) {
            #expect(map[query] == dictionary[query], "\(query)")
        }
    }
}
