/// The analyst's briefing as Markdown: what `briefing PATH | less` prints and
/// `briefing export --format markdown` writes.
///
/// ```
/// # Briefing
/// 2 articles · 2 stories · 2021-03-04 to 2021-03-09 · 12 quotes
/// ## <story headline>          (per story, biggest first)
///   its articles; ### Key people (block quotes); ### Key figures (table); ### Timeline (list)
/// ## Articles
///   ### <title>, byline, summary sentences (per article)
/// ```
///
/// Model side only: it reads `AnalyzedCorpus` and writes text. All article text goes through
/// `MarkdownText.text`, so it is escaped for Markdown and sanitised for the terminal.
public enum MarkdownReport {
    public static func render(_ model: AnalyzedCorpus, summaryLength: Int = Summarizer.defaultLength) -> String {
        render(model, stories: model.stories, summaryLength: summaryLength)
    }

    /// The report with the stories given rather than the model's: lets tests show people,
    /// quotes and disagreeing figures whatever the story grouping of the day produces.
    static func render(_ model: AnalyzedCorpus, stories: [Story], summaryLength: Int) -> String {
        var document = MarkdownDocument()
        document.heading(1, "Briefing")
        document.paragraph(.text(overview(model, storyCount: stories.count)))
        for story in stories {
            MarkdownStorySection.append(story, of: model, to: &document)
        }
        if !model.articles.isEmpty {
            document.heading(2, "Articles")
            for index in model.articles.indices {
                MarkdownArticleSummary.append(index, of: model, headingLevel: 3, sentences: summaryLength, to: &document)
            }
        }
        return document.text
    }

    /// "3 articles · 2 stories · 2021-03-04 to 2021-03-09 (1 undated) · 12 quotes".
    static func overview(_ model: AnalyzedCorpus, storyCount: Int) -> String {
        let quotes = model.quotes.reduce(0) { $0 + $1.count }
        return [counted(model.articles.count, "article"), counted(storyCount, "story", plural: "stories"),
                dateSpan(model.articles), counted(quotes, "quote")].joined(separator: " · ")
    }

    /// The span of the articles' own dates (ISO dates sort as text).
    static func dateSpan(_ articles: [Article]) -> String {
        let dates = articles.compactMap { ArticleCitation.nonEmpty($0.published) }.sorted()
        guard let first = dates.first, let last = dates.last else { return "undated" }
        let undated = articles.count - dates.count
        return (first == last ? first : "\(first) to \(last)") + (undated > 0 ? " (\(undated) undated)" : "")
    }

    static func counted(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }
}
