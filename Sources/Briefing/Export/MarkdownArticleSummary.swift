/// One article as the Markdown outputs show it when there is no time to read it: its title as a
/// heading, a line of author, outlet and date, and its summary sentences as a list (whole
/// sentences of the article in its own order, so they read as extracts, not as new prose).
/// Shared by the report's "Articles" section and `briefing summary --format markdown`.
enum MarkdownArticleSummary {
    static func append(_ index: Int, of model: AnalyzedCorpus, headingLevel: Int, sentences count: Int,
                       to document: inout MarkdownDocument) {
        let article = model.articles[index]
        document.heading(headingLevel, .text(article.displayTitle))
        let byline = ArticleCitation.byline(article)
        if !byline.isEmpty {
            document.paragraph(.emphasis(byline.joined(separator: " · ")))
        }
        let sentences = model.summaries.indices.contains(index) ? model.summaries[index].sentences(count) : []
        document.list(sentences.map { .text($0.text) })
    }
}
