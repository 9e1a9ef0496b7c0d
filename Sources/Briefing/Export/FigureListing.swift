/// Figures as readable plain text, most salient first: rank, the figure as written, its kind
/// and value, who gave it, its sentence, where it comes from, and the other articles and
/// disagreeing figures. Every line is sanitised for the terminal.
public enum FigureListing {
    /// The first `limit` key figures (all when nil).
    public static func render(_ model: AnalyzedCorpus, limit: Int? = nil) -> String {
        var blocks: [String] = []
        for (r, key) in model.keyFigures.prefix(limit ?? Int.max).enumerated() {
            let figure = model.figure(key.representative)
            let article = model.articles[figure.article]
            var head = "#\(r + 1) \(figure.text) · \(figure.kind.rawValue) · \(valueText(figure))"
            if let speaker = figure.speaker { head += " · \(speaker)" }
            var lines = [head, "  \(figure.sentence)",
                         "  \(article.id), \(figure.paragraph == FigureExtractor.titleParagraph ? "title" : "paragraph \(figure.paragraph + 1)"), characters \(figure.start)–\(figure.end)"]
            if key.articles.count > 1 {
                let others = key.articles.dropFirst().map { model.articles[$0].id }
                lines.append("  also in " + others.prefix(5).joined(separator: ", ") + (others.count > 5 ? " and \(others.count - 5) more" : ""))
            }
            for other in key.discrepancies.prefix(3) {
                let o = model.figure(model.keyFigures[other].representative)
                lines.append("  disagrees with #\(other + 1): \(o.text) (\(model.articles[o.article].id))")
            }
            blocks.append(lines.map { TerminalSafety.sanitize($0) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + (blocks.isEmpty ? "" : "\n")
    }

    /// The value as a reader checks it: "250000 (more than)", "10000 or more", "10–15".
    public static func valueText(_ figure: Figure) -> String {
        var text = format(figure.value)
        if let upper = figure.upper { text += "–\(format(upper))" }
        if figure.approximate { text += " or more" }
        if let qualifier = figure.qualifier { text += " (\(qualifier))" }
        return text
    }

    /// Whole numbers without a decimal point; fractions with up to three decimals.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String((value * 1000).rounded() / 1000)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
