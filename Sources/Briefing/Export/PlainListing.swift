/// The corpus as plain text for a pipe or a dumb terminal: for each article its title, a line of
/// author, outlet and date, and its first paragraph. Every line is sanitised: plain output goes
/// to terminals too.
public enum PlainListing {
    public static func render(_ corpus: Corpus) -> String {
        var blocks: [String] = []
        for article in corpus.articles {
            var lines = [TerminalSafety.sanitize(article.displayTitle)]
            let byline = [article.author, article.outlet, article.published].compactMap { $0 }
            if !byline.isEmpty { lines.append(TerminalSafety.sanitize(byline.joined(separator: " · "))) }
            if let first = article.paragraphs.first(where: { !$0.isHeading }) ?? article.paragraphs.first {
                lines.append(TerminalSafety.sanitize(first.text))
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + (blocks.isEmpty ? "" : "\n")
    }
}
