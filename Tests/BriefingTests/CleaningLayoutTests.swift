import Foundation
import Testing
@testable import Briefing

/// The cleaning rules run over page dumps in layouts unlike the two samples: no title, metadata at
/// the end, Windows line endings, Markdown with front matter, hard-wrapped text, wire copy, heavy
/// page furniture, a byte order mark and Windows-1252 bytes. One fixture file per case lives in
/// Fixtures/Layouts; every text in them is invented for these tests.
@Suite("Cleaning page dumps in many layouts")
struct CleaningLayoutTests {
    /// What one fixture must come out as.
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var title: String?
        var author: String?
        var outlet: String?
        var published: String?
        var paragraphs: Int
        /// The first words of the first and of the last paragraph.
        var firstStarts: String
        var lastStarts: String
        /// Text from lines that are page furniture or metadata: none may appear in any paragraph.
        var boilerplate: [String]
        /// Text that must survive somewhere in the paragraphs (decoding, inline markup).
        var kept: [String] = []
        /// Texts of the paragraphs that are subheadings, in order.
        var headings: [String] = []

        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(
            file: "no-title-byline.txt", title: nil, author: "Marta Kellerman", outlet: nil, published: "2022-06-14",
            paragraphs: 5, firstStarts: "The harbour board in Port Wexley", lastStarts: "The board said work",
            boilerplate: ["By Marta Kellerman", "June 14, 2022"]),
        Case(
            file: "no-title-bare.txt", title: nil, author: nil, outlet: nil, published: "2023-09-09",
            paragraphs: 4, firstStarts: "Rain delayed the opening", lastStarts: "The fair continues on Sunday",
            boilerplate: ["Sat 9 Sep", "18.40 BST"]),
        Case(
            file: "metadata-at-end.txt", title: "Night trains return to the northern line after five-year pause",
            author: "Tobias Renwick", outlet: "The Harrowgate Courier", published: "2023-05-02",
            paragraphs: 4, firstStarts: "Sleeper services between Aldergate", lastStarts: "Rail unions welcomed the return",
            boilerplate: ["Published:", "2023-05-02", "Author:", "Tobias Renwick", "Source:", "Harrowgate Courier", "Night trains return"]),
        Case(
            file: "crlf-windows.txt", title: "Library extends opening hours after student petition",
            author: "Helena Vasquez-Orr", outlet: "Midland Campus Post", published: "2021-11-03",
            paragraphs: 5, firstStarts: "The university library will stay", lastStarts: "Weekend hours are unchanged",
            boilerplate: ["By Helena", "Midland Campus Post", "Posted on", "Updated", "4:12 PM", "\r"]),
        Case(
            file: "front-matter.md", title: "Seed libraries take root in small-town branches",
            author: "Ruth Okonkwo-Bell", outlet: "Greenway Weekly", published: "2024-03-18",
            paragraphs: 10, firstStarts: "Public libraries in at least nine", lastStarts: "The network hopes to add",
            boilerplate: ["---", "tags:", "gardening", "Seed libraries take root", "![", "seed-drawer", "labelled seed packets",
                          "https://", "](", "**", "## ", "- runner"],
            kept: ["lend seeds as well", "according to a survey by the county library network.", "heritage tomatoes, grown",
                   "runner beans, which are easy to save;"],
            headings: ["How the scheme works", "What comes next"]),
        Case(
            file: "hard-wrapped.txt", title: "COASTAL TOWNS TEST FLOOD BARRIERS MADE FROM OLD SHIPPING CONTAINERS",
            author: "Ansel Whitcombe", outlet: "AP", published: "2017-07-21",
            paragraphs: 5, firstStarts: "NAIROBI, Kenya (AP) — Engineers in three", lastStarts: "A second trial section",
            boilerplate: ["By Ansel", "Friday, 21 July", "___", "contributed to this report"],
            kept: ["coastal air. The council plans", "filled with sand and gravel"]),
        Case(
            file: "wire-reuters.txt", title: "Shipping insurers raise premiums for Baltic routes after stormy winter",
            author: "Ingrid Solberg", outlet: "Reuters", published: "2023-02-16",
            paragraphs: 4, firstStarts: "LONDON (Reuters) - Marine insurers", lastStarts: "Shipowners' associations have asked",
            boilerplate: ["11:42 AM", "min read", "Reporting by", "Editing by", "Conor Pask"]),
        Case(
            file: "wire-parenthesised.txt", title: "Savings banks plan joint payments app",
            author: "Lena Hartwig", outlet: "Reuters", published: nil,
            paragraphs: 3, firstStarts: "FRANKFURT, Oct 3 (Reuters) - A group", lastStarts: "A spokesperson for the group",
            boilerplate: ["By Lena", "Reporting by", "Editing by", "Paul Ostrander"]),
        Case(
            file: "breadcrumb-furniture.txt", title: "Wetland birds return to restored gravel pits",
            author: "Noor Haddad", outlet: nil, published: "2020-04-12",
            paragraphs: 5, firstStarts: "Three years after the last lorry", lastStarts: "The trust now plans",
            boilerplate: ["News ›", "Environment", "By Noor", "Published:", "Updated:", "9:05 AM", "Photo:", "Ines Calder",
                          "Getty Images", "Advertisement", "Read more", "Rare heron", "Share this article", "Tags:", "wetlands, birds"]),
        Case(
            file: "bom-utf8.txt", title: "Old bookshop reopens as reading café",
            author: "Élodie Marchetti", outlet: "Norrvik Evening Standard", published: "2022-03-12",
            paragraphs: 4, firstStarts: "A bookshop that closed its doors", lastStarts: "Books can still be bought",
            boilerplate: ["\u{FEFF}", "Norrvik Evening Standard", "Home »", "Culture", "By Élodie", "12 March 2022"],
            kept: ["said co-owner Björn Lindqvist."]),
        Case(
            file: "windows-1252.txt", title: "Ferry strike ends after overnight talks",
            author: "Seán Ó Braonáin", outlet: nil, published: "2019-04-05",
            paragraphs: 4, firstStarts: "Ferry crews on the island routes", lastStarts: "Timetables will be back",
            boilerplate: ["By Seán", "Published on", "5th of April", "\r"],
            kept: ["four o’clock.", "a single shift – the issue", "“Nobody wanted the islands cut off", "Fionnuala Déry."]),
        Case(
            file: "markdown-emphasis.md", title: "Harbour festival draws record crowds",
            author: "Kalani Moreau", outlet: nil, published: "2023-08-06",
            paragraphs: 4, firstStarts: "The three-day harbour festival in Port Elsin", lastStarts: "Next year’s festival is planned",
            boilerplate: ["====", "* * *", "By Kalani", "August 6, 2023", "https://", "**", "> "],
            kept: ["the largest crowds in its history", "“We ran out of programmes"]),
        Case(
            // Navigation menus above the headline and footer links below the story; a short
            // list inside the body stays, one item a paragraph, not joined into one line.
            file: "site-menus.txt", title: "River authority warns of early spring floods in the valley",
            author: "Tomas Lindgren", outlet: nil, published: "2024-03-12",
            paragraphs: 7, firstStarts: "The river authority said on Tuesday", lastStarts: "Residents were told",
            boilerplate: ["Skip to main content", "Menu", "Business", "Sign in", "By Tomas", "More on this story",
                          "Flood maps explained", "About us", "Privacy Policy", "Terms of Use"],
            kept: ["What residents should do", "Move cars to high ground"]),
        Case(
            // Relative timestamps give no date; listening times, a lone bullet and comment
            // counters are furniture.
            file: "relative-times.txt", title: "Council approves new cycle lanes for the city centre",
            author: "Ada Brennan", outlet: nil, published: nil,
            paragraphs: 2, firstStarts: "The council voted on Monday", lastStarts: "Work will start in the spring",
            boilerplate: ["Listen to this", "min listen", "hours ago", "Transport Correspondent", "•", "yesterday", "comments"]),
    ]

    @Test("metadata, paragraphs and offsets", arguments: cases)
    func layout(_ expected: Case) throws {
        let path = Self.fixture(expected.file)
        let corpus = CorpusLoader.load(paths: [path])
        #expect(corpus.skipped.isEmpty, "\(corpus.problems)")
        let article = try #require(corpus.articles.first, "no article from \(expected.file): \(corpus.problems)")
        let texts = article.paragraphs.map(\.text)

        #expect(article.title == expected.title)
        #expect(article.author == expected.author)
        #expect(article.outlet == expected.outlet)
        #expect(article.published == expected.published)
        #expect(article.paragraphs.count == expected.paragraphs, "\(texts)")
        #expect(texts.first?.hasPrefix(expected.firstStarts) == true, "first paragraph: \(texts.first ?? "-")")
        #expect(texts.last?.hasPrefix(expected.lastStarts) == true, "last paragraph: \(texts.last ?? "-")")
        for line in expected.boilerplate {
            for text in texts where text.contains(line) {
                Issue.record("boilerplate \(line.debugDescription) survived in: \(text)")
            }
        }
        for piece in expected.kept {
            #expect(texts.contains { $0.contains(piece) }, "lost \(piece.debugDescription)")
        }
        #expect(article.paragraphs.filter(\.isHeading).map(\.text) == expected.headings)

        let raw = try Self.rawText(path)
        Self.checkInvariants(article, raw: raw)
    }

    @Test("the whole folder loads: articles from every dump, the unusable files reported")
    func wholeFolder() {
        let folder = Self.fixture("")
        let corpus = CorpusLoader.load(paths: [folder])
        let ids = Set(corpus.articles.map(\.id))
        #expect(ids == Set(Self.cases.map { ArticleIDs.baseName($0.file) }))
        let reasons = Dictionary(corpus.problems.map { (ArticleIDs.baseName($0.path), $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons == [
            "empty": .empty, "whitespace-only": .empty, "binary-nul": .binary,
            "windows-1252": .decoded(from: "Windows-1252"),
        ])
    }

    @Test("empty, whitespace-only and binary files are skipped with a reason", arguments: [
        ("empty.txt", LoadProblem.Reason.empty), ("whitespace-only.txt", .empty), ("binary-nul.txt", .binary),
    ])
    func unusableFile(_ file: String, _ reason: LoadProblem.Reason) {
        let path = Self.fixture(file)
        let corpus = CorpusLoader.load(paths: [path])
        #expect(corpus.articles.isEmpty)
        #expect(corpus.problems == [LoadProblem(path: path, reason: reason)])
    }

    // MARK: - Limits of the layout rules

    static let body = "\n\nThe council met on Monday evening and agreed the budget after a long debate about road repairs.\n\nMembers will meet again next month to discuss the library.\n"

    @Test("a bar after a byline names the outlet only when what follows reads as one", arguments: [
        ("By Ana Ruiz | Lakeside Herald", "Lakeside Herald" as String?),
        ("By Ana Ruiz | Staff Writer", nil),
        ("By Ana Ruiz | March 3, 2021", nil),
        ("By Ana Ruiz | 4 min read", nil),
        ("By Ana Ruiz, Lakeside Herald", nil),  // after a comma as often a job title: not read
    ])
    func bylineOutlet(_ byline: String, _ outlet: String?) throws {
        let article = try #require(ArticleParser.parse("A Headline For The Test\n\n" + byline + Self.body, id: "t", path: "t.txt", format: .plainText))
        #expect(article.author == "Ana Ruiz")
        #expect(article.outlet == outlet)
        #expect(article.paragraphs.count == 2)
    }

    @Test("only a capitalised place, a short name in brackets and a dash make a wire dateline", arguments: [
        ("ST. LOUIS, Mo. (AP) — The council met", "AP" as String?),
        ("During talks in Geneva (Switzerland) - the council met", nil),
        ("LONDON (Reuters) the council met", nil),
        ("The council (which met late) - agreed", nil),
    ])
    func datelines(_ line: String, _ agency: String?) {
        #expect(LineClassifier.datelineAgency(line) == agency)
    }

    @Test("a labelled story link goes from mid-body; a sentence that starts with the label stays")
    func storyLinks() throws {
        let text = "A Headline For The Test\n\nThe council met on Monday and agreed the budget.\n\nRead more: Council agrees budget after long night\n\nRelated: the council said it would publish the minutes on Friday.\n\nMembers will meet again next month.\n"
        let article = try #require(ArticleParser.parse(text, id: "t", path: "t.txt", format: .plainText))
        #expect(article.paragraphs.map(\.text) == [
            "The council met on Monday and agreed the budget.",
            "Related: the council said it would publish the minutes on Friday.",
            "Members will meet again next month.",
        ])
    }

    @Test("timestamps with the time first are dates; a bare time or a numeric date is not", arguments: [
        ("Updated 12:30 p.m. ET Sept. 9, 2022", "2022-09-09" as String?),
        ("Published 16.58 CET | Sat 4 March 2023", "2023-03-04"),
        ("9:30 Monday meeting", nil),
        ("10.30 12.03.2022", nil),
        ("25:10 March 3, 2021", nil),
    ])
    func timeFirst(_ line: String, _ iso: String?) {
        #expect(DateText.dateLine(line)?.date.iso8601 == iso)
    }

    @Test("a caption that ends with its credit is removed; a sentence that only mentions one stays", arguments: [
        ("Flooded streets in the old town on Monday. Photograph: Jane Roe/Reuters", false),
        ("A volunteer fills sandbags near the river. (Photo: Lars Berg/AFP)", false),
        ("Residents at the meeting. Picture: Supplied", false),
        ("The mayor said the photograph: was taken in 1990 by a local man who later moved abroad with his family.", true),
        ("He asked one question. Credit: where is it due, and who will pay for the repairs this year?", true),
    ])
    func captions(_ line: String, _ kept: Bool) throws {
        let text = "A Title About Floods Here\n\nThe first paragraph is a sentence of ordinary prose.\n\n\(line)\n\nThe last paragraph is also an ordinary sentence.\n"
        let article = try #require(ArticleParser.parse(text, id: "t", path: "t.txt", format: .plainText))
        #expect(article.paragraphs.contains { $0.text == line } == kept)
        #expect(article.paragraphs.count == (kept ? 3 : 2))
    }

    @Test("short lines one paragraph each are not joined as if hard-wrapped")
    func shortLinesStayApart() throws {
        let text = "A Short Page\n\nThis first line is a sentence of about eighty characters and it ends right here.\nShort second.\n\nAnother paragraph line that is quite a bit shorter than the first one.\nAnd one more.\n"
        let article = try #require(ArticleParser.parse(text, id: "t", path: "t.txt", format: .plainText))
        #expect(article.paragraphs.count == 4)
    }

    // MARK: - Shared checks (also used by SeedMetadataTests)

    static func fixture(_ name: String, filePath: String = #filePath) -> String {
        URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Layouts").appendingPathComponent(name).path
    }

    /// The file decoded as the loader decodes it: the text every offset counts in.
    static func rawText(_ path: String) throws -> [Unicode.Scalar] {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        guard case .text(let text, _) = TextDecoding.decode(bytes) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return Array(text.unicodeScalars)
    }

    /// What must hold for every article whatever its layout: clean text without stray
    /// whitespace or invisible characters, and offsets that point back at the text's source.
    static func checkInvariants(_ article: Article, raw: [Unicode.Scalar], sourceLocation: SourceLocation = #_sourceLocation) {
        for field in [article.title, article.author, article.outlet].compactMap({ $0 }) {
            #expect(field == field.collapsingSpaces && !field.isEmpty, "untidy metadata \(field.debugDescription)",
                    sourceLocation: sourceLocation)
        }
        var previousEnd = 0
        for paragraph in article.paragraphs {
            let text = paragraph.text
            #expect(!text.isEmpty && text == text.collapsingSpaces, "untidy paragraph \(text.debugDescription)",
                    sourceLocation: sourceLocation)
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{A0}" || $0 == "\u{FEFF}" },
                    "control or invisible character in \(text.debugDescription)", sourceLocation: sourceLocation)
            guard 0 <= paragraph.start, paragraph.start < paragraph.end, paragraph.end <= raw.count,
                  previousEnd <= paragraph.start
            else {
                Issue.record("bad or overlapping bounds \(paragraph.start)..<\(paragraph.end) for \(text.prefix(40))",
                             sourceLocation: sourceLocation)
                continue
            }
            previousEnd = paragraph.end
            let slice = Array(raw[paragraph.start..<paragraph.end])
            #expect(containsWordsInOrder(slice, words: words(of: text)),
                    "raw slice \(String(String.UnicodeScalarView(slice)).debugDescription) does not hold \(text.debugDescription)",
                    sourceLocation: sourceLocation)
            // Every kept character maps back to the same character in the raw file.
            for (k, scalar) in text.unicodeScalars.enumerated() where scalar != " " {
                let at = paragraph.rawOffset(ofCleanOffset: k)
                guard at >= 0, at < raw.count, raw[at] == scalar else {
                    Issue.record("clean offset \(k) (\(scalar)) maps to raw \(at) in \(text.prefix(40))",
                                 sourceLocation: sourceLocation)
                    break
                }
            }
        }
    }

    /// The runs of letters and digits in `text`: its words without the punctuation that Markdown
    /// markup may separate them from in the raw file ("[network](url)." cleans to "network.").
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if CharacterClass.isLetter(scalar) || CharacterClass.isDigit(scalar) {
                word.append(scalar)
            } else if !word.isEmpty {
                words.append(String(word))
                word.removeAll()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// True when each word occurs in `slice` after the previous one. Markup removed from the clean
    /// text may sit between the words in the raw slice, so only order is checked, not adjacency.
    static func containsWordsInOrder(_ slice: [Unicode.Scalar], words: [String]) -> Bool {
        var cursor = 0
        for word in words {
            let needle = Array(word.unicodeScalars)
            guard let found = firstIndex(of: needle, in: slice, from: cursor) else { return false }
            cursor = found + needle.count
        }
        return true
    }

    private static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty ? start : nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
