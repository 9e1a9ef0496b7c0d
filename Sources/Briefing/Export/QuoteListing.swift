/// Quotes as readable plain text: for each quote its speaker (with role), kind and cue, the
/// quote itself, and where it comes from. Every line is sanitised for the terminal.
public enum QuoteListing {
    /// Lists the quotes of `model`, only those of speakers whose name or an alias contains
    /// `speaker` (case-insensitive) when it is given.
    public static func render(_ model: AnalyzedCorpus, speaker filter: String? = nil) -> String {
        let wanted = filter.map { $0.lowercased() }
        let speakerOfQuote = Dictionary(model.speakers.flatMap { s in s.quotes.map { ($0, s) } }, uniquingKeysWith: { a, _ in a })
        var blocks: [String] = []
        for quote in model.quotes.joined() {
            let speaker = speakerOfQuote[quote.id]
            if let wanted {
                guard let speaker, ([speaker.name] + speaker.aliases).contains(where: { $0.lowercased().contains(wanted) }) else { continue }
            }
            let article = model.articles[quote.article]
            var who = speaker?.name ?? "unattributed"
            if let role = speaker?.role { who += " (\(role))" }
            var head = "\(who) · \(quote.kind.rawValue)"
            if let cue = quote.cue { head += " · \(cue)" }
            // Reported speech is the writer's wording: quotation marks would put it in the speaker's mouth.
            let said = quote.kind == .indirect ? quote.text : "“\(quote.text)”"
            var lines = [head, "  \(said)", "  \(article.id), paragraph \(quote.paragraph + 1), characters \(quote.start)–\(quote.end)"]
            if !quote.alsoIn.isEmpty { lines.append("  also in \(quote.alsoIn.joined(separator: ", "))") }
            blocks.append(lines.map { TerminalSafety.sanitize($0) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + (blocks.isEmpty ? "" : "\n")
    }
}
