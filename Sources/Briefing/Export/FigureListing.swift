/// Figures as readable plain text: the figure as written, its value, kind and counted thing,
/// its sentence and where it comes from. Every line is sanitised for the terminal.
public enum FigureListing {
    public static func render(_ model: AnalyzedCorpus) -> String {
        var blocks: [String] = []
        for figure in model.figures.joined() {
            let article = model.articles[figure.article]
            var head = "\(figure.text) · \(figure.kind.rawValue) · \(format(figure.value))"
            if let upper = figure.upper { head += "–\(format(upper))" }
            if figure.approximate { head += " or more" }
            if let qualifier = figure.qualifier { head += " (\(qualifier))" }
            let lines = [head, "  \(figure.sentence)", "  \(article.id), paragraph \(figure.paragraph + 1), characters \(figure.start)–\(figure.end)"]
            blocks.append(lines.map { TerminalSafety.sanitize($0) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + (blocks.isEmpty ? "" : "\n")
    }

    /// Whole numbers without a decimal point; fractions with up to three decimals.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String((value * 1000).rounded() / 1000)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
