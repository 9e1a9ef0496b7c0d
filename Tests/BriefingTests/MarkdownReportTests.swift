import Foundation
import Ink
import Testing
@testable import Briefing

/// The Markdown report read back by a Markdown parser (Ink), so the checks are about what a
/// viewer shows: headings, tables with whole rows, one block quote per quoted person, and no
/// article text turned into markup, HTML or terminal control.
@Suite("Markdown report")
struct MarkdownReportTests {
    static func model(_ texts: [String]) -> AnalyzedCorpus {
        AnalyzedCorpus(CorpusLoader.load(documents: texts.enumerated().map {
            SourceDocument(path: "article\($0.offset + 1).txt", bytes: Array($0.element.utf8))
        }))
    }

    static func html(_ markdown: String) -> String {
        MarkdownParser().html(from: markdown)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The cells of every body row of every table: `rows[t][r]` is the cell count of row r of table t.
    static func tableRowCells(_ html: String) -> [[Int]] {
        html.components(separatedBy: "<table>").dropFirst().map { table in
            let body = table.components(separatedBy: "</table>")[0].components(separatedBy: "<tbody>").last ?? ""
            return body.components(separatedBy: "<tr>").dropFirst().map { count("<td", in: $0) }
        }
    }

    static let hostileTitle = "Markets | crash # as *panic* spreads <script>alert(1)</script> \u{1B}[31mred\u{1B}[0m [link](http://x) `code` _under_"
    static let hostileArticle = """
        \(hostileTitle)

        By Jane Example

        “We will rebuild every home,” said Health Minister Ana Ruiz on Monday, March 1, 2021. The flood near the river killed at least 40 people, rescuers said.

        # Hashes open this line as if it were a heading in the report.

        > - not a heading | nor a table \u{202E}reversed\u{202C} and \u{9B}31m C1 in a sentence.

        The river rose 3 metres in 12 hours, officials said.
        """

    @Test("the samples: one h1, one h2 per story and one for the articles, one table per story with figures, four cells a row")
    func samplesStructure() throws {
        let model = try GoldenOutputTests.samples()
        let markdown = MarkdownReport.render(model)
        let html = Self.html(markdown)
        #expect(markdown.hasPrefix("# Briefing\n\n"))
        #expect(Self.count("<h1>", in: html) == 1)
        #expect(Self.count("<h2>", in: html) == model.stories.count + 1)
        #expect(Self.count("<h3>", in: html) >= model.articles.count)
        let withFigures = model.stories.filter { !$0.figures.isEmpty }.count
        let tables = Self.tableRowCells(html)
        #expect(tables.count == withFigures)
        for rows in tables {
            #expect(!rows.isEmpty, "an empty table")
            #expect(rows.allSatisfy { $0 == 4 }, "cells per row: \(rows)")
        }
        #expect(Self.count("<thead>", in: html) == withFigures)
        #expect(Self.count("<th>", in: html) == 4 * withFigures)
    }

    @Test("every article's summary sentences are listed under its title")
    func summariesListed() throws {
        let model = try GoldenOutputTests.samples()
        let markdown = MarkdownReport.render(model, summaryLength: 2)
        let articles = try #require(markdown.components(separatedBy: "\n## Articles\n").last)
        for (index, summary) in model.summaries.enumerated() {
            #expect(articles.contains("### " + MarkdownText.text(model.articles[index].displayTitle).markup))
            for sentence in summary.sentences(2) {
                #expect(articles.contains("- " + MarkdownEscaping.escapeBlockStart(MarkdownText.text(sentence.text).markup)))
            }
        }
    }

    @Test("blank lines: exactly one between blocks, one newline at the end, no trailing spaces")
    func blankLines() throws {
        for markdown in [MarkdownReport.render(try GoldenOutputTests.samples()), MarkdownReport.render(Self.model([Self.hostileArticle]))] {
            #expect(!markdown.contains("\n\n\n"))
            #expect(markdown.hasSuffix("\n") && !markdown.hasSuffix("\n\n"))
            #expect(!markdown.split(separator: "\n").contains { $0.hasSuffix(" ") })
            // Every heading, table and list stands apart from the block before it.
            let lines = markdown.components(separatedBy: "\n")
            for (i, line) in lines.enumerated() where i > 0 && (line.hasPrefix("#") || line.hasPrefix("| Figure")) {
                #expect(lines[i - 1].isEmpty, "no blank line before \(line.debugDescription)")
            }
        }
    }

    @Test("hostile text stays text: no raw HTML, no escape byte, no markup, one h2 per story")
    func hostileText() throws {
        let model = Self.model([Self.hostileArticle])
        let markdown = MarkdownReport.render(model, summaryLength: Summarizer.maxSentences)
        let html = Self.html(markdown)
        #expect(!markdown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E })
        #expect(!html.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E })
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<a "), "a link was made: \(html)")
        #expect(!html.contains("<code>"))
        #expect(!html.contains("<em>panic</em>") && !html.contains("<em>under</em>"))
        #expect(Self.count("<h1>", in: html) == 1)
        #expect(Self.count("<h2>", in: html) == model.stories.count + 1)
        #expect(Self.count("<blockquote>", in: html) == model.stories.flatMap(\.people).filter { $0.quote != nil }.count)
        // The title reads as written, ESC shown as its control picture.
        #expect(html.contains("<h2>Markets | crash # as *panic* spreads &lt;script&gt;"))
        #expect(html.contains("␛[31mred␛[0m"))
        // The sentences that look like a heading, a numbered list, a quote and a list are a list
        // item's text.
        #expect(html.contains("<li># Hashes open this line"), "\(html)")
        #expect(html.contains("<li>&gt; - not a heading | nor a table"), "\(html)")
        for rows in Self.tableRowCells(html) {
            #expect(rows.allSatisfy { $0 == 4 }, "cells per row: \(rows)")
        }
    }

    @Test("a title that is a list, a quote or a heading in Markdown is still a heading")
    func blockStarts() {
        for title in ["# Not a level-one heading", "> Not a quote", "- Not a list", "+ Not a list", "1. Not a list", "2021) Not a list", "=== Not a rule", "    Not code"] {
            let model = Self.model(["\(title)\n\nA paragraph of body text that says something about the title.\n"])
            let html = Self.html(MarkdownReport.render(model))
            #expect(Self.count("<h1>", in: html) == 1, "\(title): \(html)")
            #expect(Self.count("<h2>", in: html) == 2, "\(title): \(html)")
            #expect(!html.contains("<blockquote>") && !html.contains("<ol") && !html.contains("<hr") && !html.contains("<pre"),
                    "\(title): \(html)")
        }
    }

    @Test("a quoted person gets a block quote with their strongest quote and who said it")
    func keyPeople() throws {
        let model = Self.model([Self.hostileArticle])
        let quote = try #require(model.quotes[0].first { $0.speaker?.name.contains("Ruiz") == true })
        let story = Story(id: "story-1", headline: "Flood", headlineArticle: 0, articles: [0],
                          people: [StoryPerson(name: "Ana Ruiz", role: "Health | Minister", quote: quote.id),
                                   StoryPerson(name: "Rescuers <b>", role: nil, quote: nil)],
                          figures: [], timeline: [])
        let markdown = MarkdownReport.render(model, stories: [story], summaryLength: 3)
        let html = Self.html(markdown)
        #expect(Self.count("<blockquote>", in: html) == 1, "\(html)")
        #expect(markdown.contains("> “\(MarkdownText.text(quote.text).markup)”\n>\n> — Ana Ruiz, Health \\| Minister · Jane Example"))
        #expect(html.contains("— Ana Ruiz, Health | Minister · Jane Example"))
        #expect(html.contains("Rescuers &lt;b&gt;") && !html.contains("<b>"))
        #expect(Self.count("<h2>", in: html) == 2)
        #expect(!html.contains("<table>"), "a story without figures has no table")
    }

    @Test("figures that disagree between sources are flagged in the Note column")
    func discrepancies() throws {
        let model = Self.model([
            "Quake\n\nBy Ann Writer\n\nThe earthquake near the border killed at least 40 people, rescuers said.\n",
            "Quake toll\n\nBy Bo Writer\n\nThe earthquake near the border killed 32 people, according to the health ministry.\n",
        ])
        let forty = try #require(model.keyFigures.firstIndex { model.figure($0.representative).text.contains("40 people") })
        let thirtyTwo = try #require(model.keyFigures.firstIndex { model.figure($0.representative).text.contains("32 people") })
        let story = Story(id: "story-1", headline: "Quake", headlineArticle: 0, articles: [0, 1], people: [],
                          figures: [forty, thirtyTwo], timeline: [])
        let html = Self.html(MarkdownReport.render(model, stories: [story], summaryLength: 1))
        #expect(Self.tableRowCells(html) == [[4, 4]])
        // Figure | What it counts | Source (who gave it, when a source did) | Note.
        #expect(html.contains("<tr><td>at least 40</td><td>people</td><td>Ann Writer"), "\(html)")
        #expect(html.contains("<td><strong>Disagrees:</strong> 32 people (Bo Writer)</td></tr>"), "\(html)")
        #expect(html.contains("<tr><td>32</td><td>people</td><td>Bo Writer"), "\(html)")
        #expect(html.contains("<td><strong>Disagrees:</strong> at least 40 people (Ann Writer)</td></tr>"), "\(html)")
    }

    @Test("uncertain dates are marked in the timeline")
    func uncertainDates() throws {
        // No article date: a date without a year is a guess.
        let model = Self.model(["Storm\n\nThe storm reached the coast on July 4th and the port closed.\n"])
        let markdown = MarkdownReport.render(model)
        let timeline = try #require(markdown.components(separatedBy: "### Timeline\n\n").dropFirst().first)
        #expect(timeline.hasPrefix("- **XXXX-07-04** (uncertain) — The storm reached the coast"), "\(timeline)")
    }

    @Test("the escaping: inline metacharacters everywhere, block markers only at the start of a block")
    func escaping() {
        #expect(MarkdownText.text("a*b_c`d[e]f<g|h~i\\j").markup == "a\\*b\\_c\\`d\\[e\\]f\\<g\\|h\\~i\\\\j")
        #expect(MarkdownText.text("AT&T &amp; &#42;").markup == "AT&T \\&amp; \\&#42;")
        #expect(MarkdownText.text("line one\nline two\r\n").markup == "line one line two  ")
        #expect(MarkdownEscaping.escapeBlockStart("# x") == "\\# x")
        #expect(MarkdownEscaping.escapeBlockStart("12. x") == "12\\. x")
        #expect(MarkdownEscaping.escapeBlockStart("12 x") == "12 x")
        #expect(MarkdownEscaping.escapeBlockStart("   > x  ") == "\\> x")
        #expect(MarkdownEscaping.escapeBlockStart("a # b") == "a # b")
    }

    @Test("no empty table and no empty section when a story has no figures, people or dates")
    func emptySections() {
        let model = Self.model(["Plain\n\nNothing here is counted, dated or said by anyone in particular.\n"])
        let markdown = MarkdownReport.render(model)
        #expect(!markdown.contains("| Figure"))
        #expect(!markdown.contains("### Key people") && !markdown.contains("### Key figures") && !markdown.contains("### Timeline"))
    }

    @Test("summary listings: text sanitised, Markdown parsed as one h2 per article")
    func summaryListing() throws {
        let model = Self.model([Self.hostileArticle, "Second\n\nA second article with one sentence.\n"])
        let text = SummaryListing.text(model, sentences: 2)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
        let first = try #require(model.summaries[0].sentences(2).first)
        #expect(text.contains("\n  " + TerminalSafety.sanitize(first.text)), "each summary sentence on its own indented line")
        let html = Self.html(SummaryListing.markdown(model, sentences: 2))
        #expect(Self.count("<h1>", in: html) == 1)
        #expect(Self.count("<h2>", in: html) == 2)
        #expect(!html.contains("<script"))
    }
}
