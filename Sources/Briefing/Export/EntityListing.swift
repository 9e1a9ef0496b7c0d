/// Entities as readable plain text: one line per entity with its kind, mentions and articles,
/// then the other names it goes by and its mentions per article. Every line is sanitised for the
/// terminal.
public enum EntityListing {
    /// Lists the entities of `model`, only those of `kind` when it is given.
    public static func render(_ model: AnalyzedCorpus, kind: Entity.Kind? = nil) -> String {
        var blocks: [String] = []
        for entity in model.entities where kind == nil || entity.kind == kind {
            let total = entity.mentions.count
            var lines = ["\(entity.name) · \(entity.kind.rawValue) · \(total) mention\(total == 1 ? "" : "s") in \(entity.articles.count) article\(entity.articles.count == 1 ? "" : "s")"]
            if !entity.aliases.isEmpty { lines.append("  also “" + entity.aliases.joined(separator: "”, “") + "”") }
            let perArticle = zip(entity.articles, entity.mentionCounts).map { "\(model.articles[$0].id) \($1)" }
            lines.append("  " + perArticle.joined(separator: ", "))
            blocks.append(lines.map { TerminalSafety.sanitize($0) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + (blocks.isEmpty ? "" : "\n")
    }
}
