import BriefingSynthetic
import Testing
@testable import Briefing

/// `SearchSieve`: a sieved search finds exactly what a full scan finds, and skips most
/// articles for a word that is in few of them.
@Suite("Search sieve")
struct SearchSieveTests {
    static let model: AnalyzedCorpus = {
        let generator = CorpusGenerator(seed: 11)
        let documents = (0..<40).map { n in
            let article = generator.article(n)
            return SourceDocument(path: article.fileName, bytes: article.bytes)
        }
        return AnalyzedCorpus(CorpusLoader.load(documents: documents))
    }()

    /// Queries from the corpus itself (words and two-word phrases at intervals, in three cases,
    /// cut to odd lengths) and some that are nowhere.
    static let queries: [String] = {
        var words: [String] = []
        for article in model.articles {
            for paragraph in article.paragraphs.prefix(3) {
                words += paragraph.text.split(separator: " ").map(String.init)
            }
        }
        var queries: [String] = ["qzxvjwk", "zzz zzz", "é", "ab", "Müller"]
        for i in stride(from: 0, to: words.count - 1, by: 23) {
            let word = words[i]
            queries += [word, word.uppercased(), word.lowercased(), String(word.dropFirst()), words[i] + " " + words[i + 1]]
        }
        // Speakers' names, some of them only there (a surname for "he said").
        for speaker in model.speakers {
            queries += [speaker.name, String(speaker.name.split(separator: " ").last ?? "")]
        }
        return queries
    }()

    @Test("a sieved search finds exactly what a full scan finds")
    func sameMatches() {
        let sieve = SearchSieve(model: Self.model)
        #expect(sieve.count == Self.model.articles.count)
        #expect(Self.queries.count > 100)
        #expect(Self.model.speakers.count > SearchSieve.speakerGroup, "too few speakers to sieve them in groups")
        for query in Self.queries {
            let scanned = CorpusSearch(model: Self.model, query: query).matches(limit: .max)
            let sieved = CorpusSearch(model: Self.model, query: query, sieve: sieve).matches(limit: .max)
            #expect(sieved.matches == scanned.matches, "\(query.debugDescription)")
            // Pages resume in the same places.
            let page = CorpusSearch(model: Self.model, query: query, sieve: sieve).matches(limit: 3)
            #expect(page.matches == Array(scanned.matches.prefix(3)), "\(query.debugDescription)")
        }
    }

    @Test("an article that holds the text always passes; one that cannot mostly does not")
    func passes() {
        let sieve = SearchSieve(model: Self.model)
        for query in Self.queries {
            let key = SearchSieve.Key(FoldedPattern(query))
            for match in CorpusSearch(model: Self.model, query: query).matches(limit: .max).matches {
                guard let article = match.article else { continue }
                #expect(sieve.mayContain(article: article, key), "\(query.debugDescription) in article \(article)")
            }
        }
        // A word of seven letters that is nowhere: each article lets it through with odds of
        // (a quarter or so)⁵, so hardly any does.
        let absent = SearchSieve.Key(FoldedPattern("qzxvjwk"))
        let through = Self.model.articles.indices.filter { sieve.mayContain(article: $0, absent) }
        #expect(through.count <= 2, "\(through.count) of \(Self.model.articles.count) articles let through")
        // A title of one article: not many others share all its trigrams.
        let title = Self.model.articles[7].displayTitle
        let key = SearchSieve.Key(FoldedPattern(title))
        #expect(sieve.mayContain(article: 7, key))
        #expect(Self.model.articles.indices.filter { sieve.mayContain(article: $0, key) }.count < 10)
    }

    @Test("a pattern with no three bytes between spaces passes every article")
    func shortPatterns() {
        for query in ["ab", "a b c", "é"] {
            #expect(SearchSieve.Key(FoldedPattern(query)).passesEverything, "\(query.debugDescription)")
        }
        #expect(!SearchSieve.Key(FoldedPattern("abc")).passesEverything)
    }
}
