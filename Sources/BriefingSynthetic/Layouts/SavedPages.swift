/// The two shapes of the sample dumps: an archive page and a tab-indented blog export. Only
/// their structure is reproduced; every word comes from the generator.
extension PageWriter {
    mutating func archive() {
        line("Home / Archive / " + content.title)
        blank()
        line(content.title)
        blank()
        var stamp = ByteText()
        stamp.add("Last Updated ")
        stamp.addMonthFirst(content.published)
        stamp.add(byte: UInt8(ascii: " "))
        stamp.addTwelveHour(hour: content.hour, minute: content.minute)
        out.add(stamp.bytes)
        out.newline()
        line(content.author)
        out.add(stamp.bytes)
        out.newline()
        blank()
        body(noBreakSpaces: true)
        out.add("Featured image from " + content.pictureSource + ".")
    }

    mutating func tabbed() {
        let tabs = "\t\t\t\t\t"
        blank()
        line(tabs + content.title + tabs)
        var date = ByteText()
        date.add(tabs)
        date.addMonthFirst(content.published)
        date.add(tabs)
        out.add(date.bytes)
        out.newline()
        for paragraph in content.paragraphs {
            if dice.chance(35) { sprinkleNoBreakSpace(paragraph) } else { out.add(paragraph) }
            if dice.chance(10) { out.add(Marks.noBreakSpace) }
            out.newline()
        }
        out.add(Marks.noBreakSpace)
        out.newline()
        // The byline as such exports leave it: the name held together by a no-break space.
        let name = content.author.split(separator: " ", maxSplits: 1)
        out.add(String(name[0]))
        out.add(Marks.noBreakSpace)
        out.add(name.count > 1 ? String(name[1]) : "")
        out.newline()
        out.add("(" + content.outlet)
        out.add(Marks.noBreakSpace)
        out.add(Marks.enDash)
        out.add(" " + content.tags.joined(separator: ", ") + ")")
    }
}
