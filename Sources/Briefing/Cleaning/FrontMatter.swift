import Yams

/// YAML front matter at the top of a Markdown file (`---` … `---`), as static site generators
/// and note-taking tools write it.
struct FrontMatter {
    var title: String?
    var author: String?
    var outlet: String?
    var published: CalendarDate?
    /// Number of lines the block spans, delimiters included.
    var lineCount: Int

    /// Reads front matter starting at `lines[first]`, which must be `---`.
    init?(lines: [SourceText.Line], first: Int) {
        guard first < lines.count, lines[first].normalized == "---" else { return nil }
        guard let close = lines[(first + 1)...].prefix(200).firstIndex(where: { $0.normalized == "---" || $0.normalized == "..." }) else {
            return nil
        }
        let yaml = lines[(first + 1)..<close].map { String($0.content) }.joined(separator: "\n")
        // Compose rather than load: scalars stay strings, so "2021-03-04" is not turned into a
        // timestamp in some time zone.
        guard let node = try? Yams.compose(yaml: yaml), let mapping = node.mapping else { return nil }
        func value(_ keys: [String]) -> String? {
            for key in keys {
                guard let entry = mapping[key] else { continue }
                if let s = entry.string, !s.trimmingSpaces.isEmpty { return String(s.trimmingSpaces) }
                if let items = entry.sequence {
                    let names = items.compactMap { $0.string ?? $0.mapping?["name"]?.string }
                    if !names.isEmpty { return names.joined(separator: ", ") }
                }
                if let name = entry.mapping?["name"]?.string { return name }
            }
            return nil
        }
        title = value(["title", "headline"])
        author = value(["author", "authors", "by", "byline", "creator"])
        outlet = value(["source", "outlet", "publication", "publisher", "site", "site_name"])
        published = value(["date", "published", "publishdate", "publishDate", "pubdate", "pubDate", "created"])
            .flatMap { DateText.firstDate(in: $0) }
            ?? value(["updated", "lastmod", "modified"]).flatMap { DateText.firstDate(in: $0) }
        lineCount = close - first + 1
    }
}
