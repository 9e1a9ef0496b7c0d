/// How reports name the article a quote, figure or date comes from, in a few words: the outlet
/// when the page gave one, else the author, else the article's id (which `briefing export`
/// and the other listings use too), then its date. Plain text; callers escape it for their
/// format.
public enum ArticleCitation {
    /// Who published it: "Outlet", else "Author", else the id.
    public static func source(_ article: Article) -> String {
        nonEmpty(article.outlet) ?? nonEmpty(article.author) ?? article.id
    }

    /// "Outlet, 2021-03-04", or just the source when the article is undated.
    public static func cite(_ article: Article) -> String {
        [source(article), nonEmpty(article.published)].compactMap { $0 }.joined(separator: ", ")
    }

    /// Author, outlet and date, those the article has, in that order.
    public static func byline(_ article: Article) -> [String] {
        [article.author, article.outlet, article.published].compactMap(nonEmpty)
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}
