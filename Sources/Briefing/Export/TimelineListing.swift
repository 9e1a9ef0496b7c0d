/// The timeline as readable plain text: the date, the expression as written, whether the date
/// is certain, the event sentence and where it comes from. Every line is sanitised for the
/// terminal.
public enum TimelineListing {
    public static func render(_ model: AnalyzedCorpus) -> String {
        var blocks: [String] = []
        for event in model.timeline {
            let article = model.articles[event.article]
            var head = "\(event.date) · \(event.dateText)"
            if !event.certain { head += " · uncertain" }
            let place = event.kind == .published
                ? "\(article.id), published or last updated"
                : "\(article.id), paragraph \(event.paragraph + 1), characters \(event.start)–\(event.end)"
            var lines = [head, "  \(event.event)", "  \(place)"]
            if !event.alsoIn.isEmpty { lines.append("  also in " + event.alsoIn.map { model.articles[$0].id }.joined(separator: ", ")) }
            blocks.append(lines.map { TerminalSafety.sanitize($0) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + (blocks.isEmpty ? "" : "\n")
    }
}
