/// `briefing summary` for people: each article's title, a line of author, outlet and date, and
/// its summary sentences, one a line. Plain text is sanitised line by line for the terminal;
/// Markdown shares the report's article block, so both read the same.
public enum SummaryListing {
    public static func text(_ model: AnalyzedCorpus, sentences count: Int = Summarizer.defaultLength) -> String {
        var blocks: [String] = []
        for (index, article) in model.articles.enumerated() {
            var lines = [article.displayTitle]
            let byline = ArticleCitation.byline(article)
            if !byline.isEmpty { lines.append(byline.joined(separator: " · ")) }
            let sentences = model.summaries.indices.contains(index) ? model.summaries[index].sentences(count) : []
            lines += sentences.map { "  " + $0.text }
            blocks.append(lines.map { TerminalSafety.sanitize($0) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + (blocks.isEmpty ? "" : "\n")
    }

    public static func markdown(_ model: AnalyzedCorpus, sentences count: Int = Summarizer.defaultLength) -> String {
        var document = MarkdownDocument()
        document.heading(1, "Summaries")
        for index in model.articles.indices {
            MarkdownArticleSummary.append(index, of: model, headingLevel: 2, sentences: count, to: &document)
        }
        return document.text
    }
}
