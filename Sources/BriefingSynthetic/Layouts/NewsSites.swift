/// Pages saved from news sites and blogs, with the furniture such dumps keep: banners, menus,
/// share rows, advertisements, captions, related stories, newsletter prompts, footers.
extension PageWriter {
    static let menuSections = ["News", "Business", "Sport", "Opinion", "Culture", "World", "Science", "Travel", "Video"]

    /// A menu row of the site's sections, tab-separated.
    mutating func menuRow() {
        var sections = ["News"]
        for section in Self.menuSections.dropFirst() where sections.count < 5 && dice.chance(60) { sections.append(section) }
        if !sections.contains(content.section) { sections.append(content.section) }
        row(sections)
    }

    /// A caption and its credit on the next line, as a photo's text is saved.
    mutating func captionAndCredit() {
        line(content.caption)
        line("Image: " + content.photographer + " / " + content.pictureSource)
    }

    mutating func newsSite() {
        line("We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.")
        row(["Accept all", "Manage preferences"])
        blank()
        line(masthead)
        menuRow()
        blank()
        line(content.title)
        line(content.standfirst)
        blank()
        line("Listen to this article " + String(dice.number(in: 2...9)) + " min")
        blank()
        line("By " + content.author)
        line("Published " + String(dice.number(in: 2...11)) + " hours ago")
        out.add("Updated: ")
        out.addISOTimestamp(content.published, hour: content.hour, minute: content.minute)
        out.newline()
        blank()
        let advert = dice.number(in: 1...3), picture = dice.number(in: 3...6)
        body { writer, i in
            if i == advert {
                writer.line("Advertisement")
                writer.blank()
            }
            if i == picture, i < writer.content.paragraphs.count - 1 {
                writer.captionAndCredit()
                writer.blank()
            }
        }
        line("Topics: " + content.tags.joined(separator: ", "))
        blank()
        line(content.author + " is the " + outletShort + "'s " + content.section.lowercased() + " correspondent. "
             + (content.authorGender == .female ? "She" : "He") + " has covered the region since "
             + String(content.published.year - dice.number(in: 2...15)) + ".")
        blank()
        line("Comments (" + String(dice.number(in: 0...240)) + ")")
        out.add(Marks.copyright)
        line(" " + String(content.published.year) + " " + outletShort + " Media Ltd")
    }

    mutating func courier() {
        line("Skip to main content")
        line(masthead)
        line("Home > " + content.section + " > " + country)
        row(["Subscribe", "Log in", "Search"])
        blank()
        line(content.title)
        line(content.standfirst)
        blank()
        line("By " + content.author + ", " + dice.pick(["Senior Correspondent", "Staff Reporter", "Chief Reporter", country + " Correspondent"]))
        out.addWeekdayDayFirst(content.published)
        out.add(", ")
        out.addTwentyFourHour(hour: content.hour, minute: content.minute)
        line(" CET")
        var updated = ByteText()
        updated.add("Last Updated: ")
        updated.addDayFirst(content.published)
        updated.add(", ")
        updated.addTwentyFourHour(hour: min(content.hour + dice.number(in: 1...6), 23), minute: dice.number(in: 0...59))
        updated.add(" CET")
        out.add(updated.bytes)
        out.newline()
        blank()
        line("Share this article")
        row(["Facebook", "Twitter", "Email", "Copy link"])
        blank()
        let picture = dice.number(in: 1...3), advert = dice.number(in: 3...5), readMore = dice.number(in: 5...8)
        body { writer, i in
            guard i < writer.content.paragraphs.count - 1 else { return }
            if i == picture {
                writer.line(writer.content.caption + " (Photo: " + writer.content.photographer + "/" + writer.content.pictureSource + ")")
                writer.blank()
            }
            if i == advert {
                writer.line("Advertisement")
                writer.blank()
            }
            if i == readMore {
                writer.line("Read more: " + writer.content.related[0])
                writer.blank()
            }
        }
        out.add(updated.bytes)
        out.newline()
        blank()
        line("Related stories")
        for headline in content.related {
            out.add(Marks.bullet)
            line("\t" + headline)
        }
        blank()
        line("Sign up for our morning newsletter")
        out.add("Get the day's biggest stories in your inbox before breakfast.")
        out.add(Marks.noBreakSpace)
        line("Sign up")
        blank()
        line("Share this article")
        row(["Facebook", "Twitter", "Email"])
        blank()
        line("About us | Contact | Advertise | Privacy policy | Cookie settings")
        out.add(Marks.copyright)
        line(" " + String(content.published.year) + " " + content.outlet + ". All rights reserved.")
    }

    mutating func blog() {
        out.add("This website uses cookies. Read our cookie policy.\tOK")
        out.newline()
        blank()
        line(content.outlet)
        let dot = " " + String(decoding: Marks.middleDot, as: UTF8.self) + " "
        line(["Reviews", "Guides", "News", "Deals"].joined(separator: dot))
        blank()
        line(content.section)
        blank()
        line(content.title)
        blank()
        out.add("Posted on ")
        out.addMonthFirst(content.published)
        line(" by " + content.author)
        blank()
        row(["Share on X", "Share on Facebook", "Copy link"])
        blank()
        body()
        line("Filed under: " + content.tags.joined(separator: ", "))
        blank()
        out.add("\u{2190} Previous article: ")
        line(content.related[0])
        line("Next article: " + content.related[1] + " \u{2192}")
        blank()
        line("Leave a comment")
        blank()
        out.add(Marks.copyright)
        line(" Copyright " + String(content.published.year) + " " + content.outlet + ". All rights reserved.")
    }
}
