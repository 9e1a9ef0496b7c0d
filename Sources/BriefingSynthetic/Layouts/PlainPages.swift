/// Pages with little or no furniture: agency copy, clean extractions, Markdown with front
/// matter, metadata at the end, and e-mail digests with hard-wrapped lines.
extension PageWriter {
    mutating func wire() {
        line(content.title)
        blank()
        out.addMonthFirst(content.published)
        out.add(byte: UInt8(ascii: " "))
        out.addTwelveHour(hour: content.hour, minute: content.minute)
        line(" GMT")
        blank()
        line(String(dice.number(in: 2...7)) + " min read")
        blank()
        // The dateline opens the first paragraph: "PORTO (GWS) - ".
        for (i, paragraph) in content.paragraphs.enumerated() {
            if i == 0 { out.add(content.city.dateline + " (" + content.agency.short + ") - ") }
            out.add(paragraph)
            out.newline()
            blank()
        }
        line("Reporting by " + content.author + "; Editing by " + content.editor)
    }

    mutating func clean() {
        line(content.title)
        blank()
        line("By " + content.author)
        switch dice.below(3) {
        case 0:
            out.add("Published ")
            out.addDayFirst(content.published)
        case 1:
            out.addMonthFirst(content.published)
        default:
            out.addShortMonthFirst(content.published)
            out.add(", ")
            out.addTwelveHour(hour: content.hour, minute: content.minute)
        }
        out.newline()
        blank()
        body()
    }

    mutating func frontMatter() {
        line("---")
        var title = ""
        for scalar in content.title.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { title.unicodeScalars.append("\\") }
            title.unicodeScalars.append(scalar)
        }
        line("title: \"" + title + "\"")
        line("author: " + content.author)
        out.add("date: ")
        out.addISO(content.published)
        out.newline()
        line("source: " + content.outlet)
        line("tags: [" + content.tags.map { $0.lowercased() }.joined(separator: ", ") + "]")
        line("---")
        blank()
        line("# " + content.title)
        blank()
        line("![" + content.caption + "](images/" + content.slug + ".jpg)")
        blank()
        let subheading = content.paragraphs.count > 8 ? dice.number(in: 3...(content.paragraphs.count - 3)) : -1
        let heading = dice.pick(["What happens next", "Background", "Reaction", "The response", "What we know"])
        body { writer, i in
            if i == subheading {
                writer.line("## " + heading)
                writer.blank()
            }
        }
    }

    mutating func metadataAtEnd() {
        line(content.title)
        blank()
        body()
        out.add("Published: ")
        out.addISO(content.published)
        out.newline()
        line("Author: " + content.author)
        line("Source: " + content.outlet)
    }

    mutating func newsletter() {
        line("Title: " + content.title)
        line("Author: " + content.author)
        out.add("Date: ")
        out.addWeekdayDayFirst(content.published)
        out.newline()
        line("Publication: " + content.outlet)
        blank()
        for paragraph in content.paragraphs {
            wrap(paragraph, width: 72)
            blank()
        }
    }

    /// Writes `paragraph` broken at spaces into lines of at most `width` bytes.
    mutating func wrap(_ paragraph: [UInt8], width: Int) {
        var lineStart = 0
        var lastSpace: Int?
        var i = 0
        while i < paragraph.count {
            if paragraph[i] == UInt8(ascii: " ") { lastSpace = i }
            if i - lineStart >= width, let space = lastSpace, space > lineStart {
                out.add(Array(paragraph[lineStart..<space]))
                out.newline()
                lineStart = space + 1
                lastSpace = nil
            }
            i += 1
        }
        out.add(Array(paragraph[lineStart...]))
        out.newline()
    }
}
