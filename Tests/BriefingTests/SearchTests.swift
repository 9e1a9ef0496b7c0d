import Testing
@testable import Briefing

/// `CorpusSearch` and its byte matcher: case, phrases, where matches are, pages.
@Suite("Search")
struct SearchTests {
    static let model: AnalyzedCorpus = {
        let texts = [
            ("harbour.txt", """
                Harbour Council Approves New SEA WALL

                The harbour council voted on Tuesday to build a new sea wall along the eastern front.

                “The wall will protect every home on the front,” said Mayor Ines Duarte after the vote.

                Café owners on the front said the sea\u{A0}wall would block their view.
                """),
            ("muller.txt", """
                Müller Wins the Regional Vote

                Anna Müller won the regional vote on Sunday, the electoral office said.

                MÜLLER told supporters that the harbour would get its wall.
                """),
        ]
        return AnalyzedCorpus(CorpusLoader.load(documents: texts.map { SourceDocument(path: $0.0, bytes: Array($0.1.utf8)) }))
    }()

    /// Every match of `query`, in one run.
    func all(_ query: String, in model: AnalyzedCorpus = model) -> [SearchMatch] {
        CorpusSearch(model: model, query: query).matches(limit: .max).matches
    }

    /// The text a match is in.
    func text(of match: SearchMatch, in model: AnalyzedCorpus = model) -> String {
        switch match.place {
        case .speaker(let s, let alias): alias.map { model.speakers[s].aliases[$0] } ?? model.speakers[s].name
        case .title(let a): model.articles[a].title ?? ""
        case .paragraph(let a, let p): model.articles[a].paragraphs[p].text
        }
    }

    /// The matched text, cut out by the byte range and by the scalar range (they must agree).
    func matched(_ match: SearchMatch) -> (bytes: String, scalars: String) {
        let text = self.text(of: match)
        let bytes = String(decoding: Array(text.utf8)[match.bytes], as: UTF8.self)
        let scalars = String(String.UnicodeScalarView(Array(text.unicodeScalars)[match.scalars]))
        return (bytes, scalars)
    }

    @Test("ASCII letters match in any case, in titles and paragraphs")
    func caseFolding() {
        let found = all("Sea Wall")
        #expect(found.map(\.place) == [.title(article: 0), .paragraph(article: 0, paragraph: 0), .paragraph(article: 0, paragraph: 2)])
        #expect(found.map { matched($0).bytes.lowercased() }.allSatisfy { $0 == "sea wall" })
        #expect(all("HARBOUR COUNCIL").map(\.place) == [.title(article: 0), .paragraph(article: 0, paragraph: 0)])
        #expect(all("harbour council") == all("HARBOUR COUNCIL"))
    }

    @Test("letters outside ASCII match exactly; the ASCII letters around them in any case")
    func nonASCII() {
        // "müller" and "Müller" (M is ASCII), never "MÜLLER": Ü is not ü.
        let lower = all("müller").map { matched($0).bytes }
        #expect(lower.contains("Müller") && !lower.contains("MÜLLER"))
        let upper = all("MÜLLER")
        #expect(upper.allSatisfy { matched($0).bytes == "MÜLLER" })
        #expect(upper.contains { $0.place == .paragraph(article: 1, paragraph: 1) })
        #expect(all("café").map { matched($0).bytes } == ["Café"])
    }

    @Test("a phrase: runs of spaces in the query are one space, which matches any whitespace")
    func multiWord() {
        let spaced = all("  sea    wall ")
        #expect(spaced == all("sea wall"))
        // The cleaner turned the no-break space into a space; either way the phrase is found.
        #expect(spaced.contains { $0.place == .paragraph(article: 0, paragraph: 2) })
        #expect(all("wall sea").isEmpty)
        #expect(all("the regional vote").map(\.place) == [.title(article: 1), .paragraph(article: 1, paragraph: 0)])
    }

    @Test("a match's bytes and scalars cut out the same text, after multi-byte letters too")
    func spans() throws {
        let owners = try #require(all("owners").first)
        #expect(owners.place == .paragraph(article: 0, paragraph: 2))
        // "Café " is 6 bytes and 5 scalars.
        #expect(owners.bytes == 6..<12)
        #expect(owners.scalars == 5..<11)
        for match in all("e") + all("müller") + all("the") {
            let cut = matched(match)
            #expect(cut.bytes == cut.scalars, "\(match)")
        }
    }

    @Test("a match inside a quote names the quote; speakers' names come after the articles")
    func quotesAndSpeakers() throws {
        let model = Self.model
        let protect = try #require(all("protect every home").first)
        let quote = try #require(protect.quote)
        #expect(model.quotes[0][quote].text.contains("protect every home"))
        #expect(all("voted on Tuesday").first?.quote == nil)
        let duarte = all("duarte")
        #expect(duarte.first?.place == .paragraph(article: 0, paragraph: 1))
        let speaker = try #require(duarte.last)
        guard case .speaker(let s, _) = speaker.place else {
            Issue.record("the speaker's name is not the last match: \(duarte)")
            return
        }
        #expect(model.speakers[s].name.contains("Duarte"))
        #expect(speaker.article == nil)
        let firstSpeaker = try #require(duarte.firstIndex { $0.article == nil })
        #expect(duarte[firstSpeaker...].allSatisfy { $0.article == nil })
    }

    @Test("pages joined are exactly one long run, whatever their size")
    func resume() {
        for query in ["e", "the", "wall", "müller", " "] {
            let search = CorpusSearch(model: Self.model, query: query)
            let whole = search.matches(limit: .max)
            #expect(whole.next == nil)
            for size in [1, 2, 3, 7, 50] {
                var joined: [SearchMatch] = []
                var position: SearchPosition? = .start
                var pages = 0
                while let from = position {
                    let page = search.matches(from: from, limit: size)
                    #expect(page.matches.count <= size)
                    joined += page.matches
                    position = page.next
                    pages += 1
                    if pages > 10_000 { break }
                }
                #expect(joined == whole.matches, "query \(query.debugDescription), pages of \(size)")
            }
            var streamed: [SearchMatch] = []
            search.forEach(pageSize: 4) { streamed.append($0); return true }
            #expect(streamed == whole.matches)
        }
        #expect(all("e").count > 20)
    }

    @Test("no match, an empty query and a query of spaces find nothing")
    func nothing() {
        for query in ["qzxvjwk", "", "   ", "sea-wall"] {
            let page = CorpusSearch(model: Self.model, query: query).matches(limit: 10)
            #expect(page.matches.isEmpty, "\(query.debugDescription)")
            #expect(page.next == nil)
        }
    }

    @Test("the eight-byte scan finds what a byte-by-byte comparison finds")
    func scanAgainstNaive() {
        var random = SeededRandom(seed: 7)
        let alphabet: [String] = ["a", "A", "b", "B", " ", "\t", "é", "É", "[", "{", "@", "`"]
        for _ in 0..<400 {
            let length = Int(random.next() % 40)
            let text = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            let needleLength = 1 + Int(random.next() % 4)
            let query = (0..<needleLength).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            let pattern = FoldedPattern(query)
            guard !pattern.isEmpty else { continue }
            var found: [Range<Int>] = []
            _ = Array(text.utf8).withUnsafeBufferPointer { bytes in
                pattern.scan(bytes) { found.append($0); return true }
            }
            #expect(found == naive(pattern.bytes, in: Array(text.utf8)), "\(query.debugDescription) in \(text.debugDescription)")
        }
    }

    /// Non-overlapping matches, left to right, compared byte by byte.
    func naive(_ needle: [UInt8], in text: [UInt8]) -> [Range<Int>] {
        func same(_ p: UInt8, _ t: UInt8) -> Bool {
            if p == 0x20 { return [0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B].contains(t) }
            let folded = t >= 0x41 && t <= 0x5A ? t + 0x20 : t
            return folded == p
        }
        var out: [Range<Int>] = []
        var i = 0
        while i + needle.count <= text.count {
            if (0..<needle.count).allSatisfy({ same(needle[$0], text[i + $0]) }) {
                out.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return out
    }
}
