/// The furniture news sites wrap around a story, as page dumps keep it: menu and share rows,
/// newsletter prompts, cookie banners, lists of other stories, disclaimers, copyright lines,
/// role lines and author bios. The phrases are data (`Data/page-furniture.tsv`); this file holds
/// the shapes that apply them. Every rule reads one short line: prose runs longer, and the
/// callers ask only about lines short enough to be furniture.
enum PageFurniture {
    /// The phrase lists of `page-furniture.tsv`, by kind.
    struct Phrases: Sendable {
        var shareWords: Set<String> = []
        var shareLabels: [String] = []
        var listHeadings: Set<String> = []
        var listHeadingPrefixes: [String] = []
        var newsletterTopics: [String] = []
        var newsletterOpeners: [String] = []
        var newsletterButtons: [String] = []
        var emailFields: Set<String> = []
        var cookiePhrases: [String] = []
        var disclaimers: [String] = []
        var disclaimerSubjects: [String] = []
        var roles: Set<String> = []
        var bioVerbs: Set<String> = []
        var bioHeadings: Set<String> = []

        init(rows: [[String]]) {
            for row in rows where row.count >= 2 {
                let phrase = row[1].lowercased()
                switch row[0] {
                case "share": shareWords.insert(phrase)
                case "shareLabel": shareLabels.append(phrase)
                case "listHeading": listHeadings.insert(phrase)
                case "listHeadingPrefix": listHeadingPrefixes.append(phrase + " ")
                case "newsletterTopic": newsletterTopics.append(phrase)
                case "newsletterOpener": newsletterOpeners.append(phrase)
                case "newsletterButton": newsletterButtons.append(phrase)
                case "emailField": emailFields.insert(phrase)
                case "cookie": cookiePhrases.append(phrase)
                case "disclaimer": disclaimers.append(phrase)
                case "disclaimerSubject": disclaimerSubjects.append(phrase)
                case "role": roles.insert(phrase)
                case "bioVerb": bioVerbs.insert(phrase)
                case "bioHeading": bioHeadings.insert(phrase)
                default: preconditionFailure("page-furniture.tsv: unknown kind \(row[0])")
                }
            }
            // Longest first, so "share this article" is taken before "share".
            shareLabels.sort { $0.utf8.count > $1.utf8.count }
        }
    }

    static let phrases = Phrases(rows: WordList.rows("page-furniture.tsv"))

    /// Words a share row may open with: a button, or the first word of a label.
    private static let shareFirstWords = WordSet(phrases.shareWords.subtracting(shareLinkWords).union(phrases.shareLabels.compactMap {
        $0.split(whereSeparator: { $0 == " " || $0 == ":" }).first.map(String.init)
    }))

    /// Share words that only link the buttons ("Share on X", "via Email"): never a button.
    private static let shareLinkWords: Set<String> = ["on", "via"]

    private static let roleWords = WordSet(phrases.roles)

    /// What stands between or around share buttons: bars, dots, bullets, dashes, colons, commas.
    private static let shareSeparators: Set<Unicode.Scalar> = ["|", "·", "•", ",", ":", "/", "–", "—", "-"]

    /// First words of the newsletter openers and last words of its buttons: a line that opens
    /// and ends with neither is no prompt, whatever it holds.
    private static let newsletterFirstWords = WordSet(phrases.newsletterOpeners.compactMap {
        $0.split(whereSeparator: { $0 == " " || $0 == ":" }).first.map(String.init)
    })
    private static let newsletterLastWords = WordSet(phrases.newsletterButtons.compactMap { $0.split(separator: " ").last.map(String.init) })

    /// The first bytes the disclaimer subjects open with.
    private static let disclaimerFirstBytes = Set(phrases.disclaimerSubjects.compactMap(\.utf8.first))

    /// The line's first word, up to a space or a colon, as a small string.
    @inline(__always)
    private static func firstWord(_ lower: Substring) -> Substring {
        let end = lower.utf8.firstIndex { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ":") } ?? lower.endIndex
        return lower[..<end]
    }

    /// The line's last word, after its last space (or bracket), without a full stop.
    @inline(__always)
    private static func lastWord(_ lower: String) -> Substring {
        let utf8 = lower.utf8
        var end = utf8.endIndex
        if end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: ".") { end = utf8.index(before: end) }
        let start = utf8[..<end].lastIndex { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "]") }.map { utf8.index(after: $0) } ?? utf8.startIndex
        return lower[start..<end]
    }

    // MARK: - Whole lines (lowercased, spaces collapsed)

    /// Furniture wherever it stands: no sentence of a story is only share buttons, a newsletter
    /// prompt, an email box or an "About the author" heading.
    static func isWholeLine(_ lower: String) -> Bool {
        // Each rule opens with a known first word or ends with a known last one: one look at
        // the first word turns most lines away.
        let first = String(firstWord(lower[...]))
        if wholeLineFirstWords.contains(first) {
            if shareFirstWords.contains(first), isShareRow(lower) { return true }
            if newsletterFirstWords.contains(first), isNewsletterPrompt(lower) { return true }
        } else if let last = lower.utf8.last, last >= UInt8(ascii: "a"), last <= UInt8(ascii: "z"),
                  newsletterLastWords.contains(String(lastWord(lower))), isNewsletterPrompt(lower) {
            return true  // "... in your inbox before breakfast. Sign up"
        }
        guard lower.utf8.count <= 40 else { return false }
        return isEmailField(lower) || bioHeadings.contains(lower)
    }

    private static let bioHeadings = WordSet(phrases.bioHeadings)
    /// Every first word a share row or a newsletter prompt opens with, for one look-up.
    private static let wholeLineFirstWords = WordSet(phrases.shareWords.subtracting(shareLinkWords).union(phrases.shareLabels.compactMap {
        $0.split(whereSeparator: { $0 == " " || $0 == ":" }).first.map(String.init)
    }).union(phrases.newsletterOpeners.compactMap {
        $0.split(whereSeparator: { $0 == " " || $0 == ":" }).first.map(String.init)
    }))
    private static let emailFields = WordSet(phrases.emailFields)
    private static let listHeadings = WordSet(phrases.listHeadings)

    /// Furniture above (`head`) or below the story, asked by the head and tail readers only of
    /// the lines they meet: cookie banners and copyright notices, and below the story also
    /// disclaimers and headings of story lists. Mid-body such a line stays, as a story may well
    /// be about cookies or quote a disclaimer; and only these few lines pay for the searches.
    static func isOutsideStory(_ lower: String, head: Bool) -> Bool {
        if isCopyright(lower) || isCookieBanner(lower) { return true }
        return !head && (isListHeading(lower) || isDisclaimer(lower))
    }

    /// "Facebook Twitter Email Copy link", "Share this article: Facebook · Twitter · Email",
    /// "Share on X Share on Facebook": every word a share button once an opening share label is
    /// set aside, and at least one real button ("on" and "via" only link the words).
    static func isShareRow(_ lower: String) -> Bool {
        guard lower.utf8.count <= 120 else { return false }
        // The first word must be a button or open a label: most lines are turned away here.
        guard shareFirstWords.contains(String(firstWord(lower[...]))) else { return false }
        var rest = Substring(lower)
        for label in phrases.shareLabels where rest.startsWithBytes(label) {
            rest = rest.dropFirst(label.count)
            break
        }
        // Word by word (a row is spaced), stopping at the first that is no button: most lines
        // stop at once. Separators alone ("|", "·") and around a word (":", ",") are passed over.
        var buttons = 0
        for token in rest.split(separator: " ") {
            var word = Substring(token)
            while let last = word.unicodeScalars.last, shareSeparators.contains(last) { word = Substring(word.unicodeScalars.dropLast()) }
            while let first = word.unicodeScalars.first, shareSeparators.contains(first) { word = Substring(word.unicodeScalars.dropFirst()) }
            guard !word.isEmpty else { continue }
            let text = String(word)
            guard phrases.shareWords.contains(text) else { return false }
            if !shareLinkWords.contains(text) { buttons += 1 }
        }
        return buttons > 0
    }

    /// "Sign up for our morning newsletter", "Get the day's news in your inbox. Sign up",
    /// "Newsletter: ...", "[Enter your email] Subscribe": a line about a mailing (newsletter,
    /// inbox, email) that addresses the reader, opening like an invitation or ending on a
    /// button. A sentence that merely mentions a newsletter ("in the council's newsletter")
    /// neither opens nor ends so, and a quotation is never a prompt.
    static func isNewsletterPrompt(_ lower: String) -> Bool {
        guard lower.utf8.count <= 240, let first = lower.utf8.first,
              first != UInt8(ascii: "\""), first != 0xE2 /* curly quotes */ else { return false }
        guard newsletterFirstWords.contains(String(firstWord(first == UInt8(ascii: "[") ? lower.dropFirst() : lower[...])))
                || newsletterLastWords.contains(String(lastWord(lower))) else { return false }
        var text = Substring(lower)
        if first == UInt8(ascii: "[") { text = text.dropFirst() }
        let opens = phrases.newsletterOpeners.contains { opener in
            text.startsWithBytes(opener) && (text.utf8.count == opener.utf8.count || isWordBreak(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: opener.utf8.count)]))
        }
        let ends = !opens && phrases.newsletterButtons.contains { button in
            guard text.endsWithBytes(button), text.utf8.count > button.utf8.count else { return false }
            let before = text.utf8[text.utf8.index(text.utf8.endIndex, offsetBy: -button.utf8.count - 1)]
            return before == UInt8(ascii: " ") || before == UInt8(ascii: ".") || before == UInt8(ascii: "]")
        }
        guard opens || ends else { return false }
        return phrases.newsletterTopics.contains { text.containsBytes($0) }
    }

    /// "Enter your email", "[Your email address]": an email box alone on its line.
    static func isEmailField(_ lower: String) -> Bool {
        guard lower.utf8.count <= 40 else { return false }
        var text = Substring(lower)
        if text.first == "[", text.last == "]" { text = text.dropFirst().dropLast() }
        return emailFields.contains(String(text.trimmingSpaces))
    }

    /// A consent banner: "We use cookies to ...", "This website uses cookies. Read our cookie
    /// policy. OK". Every phrase speaks of cookies, so one byte search turns most lines away.
    static func isCookieBanner(_ lower: String) -> Bool {
        guard lower.utf8.count <= 400, lower.containsBytes("cookie") else { return false }
        return phrases.cookiePhrases.contains { lower.containsBytes($0) }
    }

    /// "This article is for information only and is not a substitute for medical advice.", "The
    /// views expressed ... do not necessarily reflect ...": a notice that speaks of the article
    /// itself. It opens with its subject ("This article", "The views expressed"), holds a
    /// disclaimer phrase and quotes no one, so a story's sentence that happens to use one of the
    /// phrases stays.
    static func isDisclaimer(_ lower: String) -> Bool {
        guard lower.utf8.count <= 300, let first = lower.utf8.first, disclaimerFirstBytes.contains(first),
              phrases.disclaimerSubjects.contains(where: { lower.startsWithBytes($0) }),
              !lower.containsBytes("said"), !lower.utf8.contains(UInt8(ascii: "\"")), !lower.containsBytes("\u{201C}") else { return false }
        return phrases.disclaimers.contains { lower.containsBytes($0) }
    }

    /// "Related stories", "Most read", "More from The Courier": the heading of a list of links.
    static func isListHeading(_ lower: String) -> Bool {
        guard lower.utf8.count <= 48 else { return false }
        var text = Substring(lower)
        while let last = text.last, last == ":" || last == " " { text = text.dropLast() }
        if listHeadings.contains(String(text)) { return true }
        return phrases.listHeadingPrefixes.contains { text.startsWithBytes($0) } && FastCase.wordCount(text) <= 6
    }

    /// "© 2026 The Courier. All rights reserved.", "Copyright 2026 Courier Ltd", "© Courier
    /// 2026": a copyright notice (the outlet is read from it by `copyrightHolder`).
    static func isCopyright(_ lower: String) -> Bool {
        guard lower.utf8.count <= 200 else { return false }
        if lower.startsWithBytes("©") || lower.startsWithBytes("(c) ") { return true }
        if lower.startsWithBytes("copyright "), let next = lower.utf8.dropFirst(10).first,
           next == 0xC2 || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9")) {
            return true
        }
        return lower.endsWithBytes("all rights reserved") || lower.endsWithBytes("all rights reserved.")
    }

    private static let copyrightMarks = ["©", "(c)", "(C)", "Copyright", "copyright", "COPYRIGHT"]

    /// The holder a copyright notice names, when it reads as an outlet's name: "© 2026 The
    /// Meridian Courier. All rights reserved." → "The Meridian Courier"; "© Metro Ledger 2026".
    static func copyrightHolder(_ cell: Substring) -> String? {
        var text = cell.trimmingSpaces
        // Marks and years, in any order, before the name.
        var stripped = true
        while stripped {
            stripped = false
            for mark in copyrightMarks where text.startsWithBytes(mark) {
                text = text.dropFirst(mark.count).trimmingSpaces
                stripped = true
            }
            let digits = text.utf8.prefix { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") }
            if !digits.isEmpty {
                text = Substring(text.utf8.dropFirst(digits.count)).trimmingSpaces
                stripped = true
            }
        }
        // The name ends at the first full stop, bar or comma ("... Courier. All rights reserved").
        if let end = text.utf8.firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ",") || $0 == 0x09 }) {
            text = text[..<end]
        }
        text = text.trimmingSpaces
        // A year after the name: "© Metro Ledger 2026".
        while let space = text.utf8.lastIndex(of: UInt8(ascii: " ")),
              text.utf8[text.utf8.index(after: space)...].allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") }) {
            text = text[..<space].trimmingSpaces
        }
        // An outlet's name: a few words, each capitalised but the connectors ("Times of the Valley").
        let words = text.split(separator: " ")
        guard (1...6).contains(words.count), text.utf8.count <= 60 else { return nil }
        for (i, word) in words.enumerated() {
            if i > 0, BoilerplateRules.outletNameConnectors.contains(FastCase.lowercased(word)) { continue }
            guard let first = word.unicodeScalars.first, CharacterClass.isUppercase(first) || CharacterClass.isDigit(first) else { return nil }
        }
        return String(text)
    }

    // MARK: - Rows of cells (raw line)

    /// The cells of a raw line that a page laid out side by side: separated by tabs, by runs of
    /// two or more spaces, or by a bar, middle dot or bullet between spaces.
    static func cells(_ raw: Substring) -> [Substring] {
        // On the UTF-8 bytes: every separator is ASCII but the dot (C2 B7) and the bullet
        // (E2 80 A2), and a cell boundary is always a scalar boundary.
        let utf8 = raw.utf8
        var cells: [Substring] = []
        var start = utf8.startIndex
        func close(_ end: String.Index) {
            let cell = raw[start..<end].trimmingSpaces
            if !cell.isEmpty { cells.append(cell) }
        }
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let b = utf8[i]
            let next = utf8.index(after: i)
            if b == 0x09 {
                close(i)
                start = next
            } else if b == 0x20, next < utf8.endIndex {
                let n = utf8[next]
                if n == 0x20 || n == 0x09 {
                    close(i)
                    start = next
                } else {
                    // " | ", " · ", " • ": the mark's bytes, then a space or a tab.
                    let width = n == UInt8(ascii: "|") ? 1 : n == 0xC2 ? 2 : n == 0xE2 ? 3 : 0
                    if width > 0, let after = utf8.index(next, offsetBy: width, limitedBy: utf8.endIndex), after < utf8.endIndex,
                       utf8[after] == 0x20 || utf8[after] == 0x09,
                       width == 1 || raw[next..<after] == "·" || raw[next..<after] == "•" {
                        close(i)
                        start = after
                        i = after
                        continue
                    }
                }
            }
            i = next
        }
        close(utf8.endIndex)
        return cells
    }

    /// A quick test on the raw bytes before `cells`: a tab, two spaces, or a bar, middle dot or
    /// bullet. Most lines have none and are never split.
    static func mayHaveCells(_ raw: Substring) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var previous: UInt8 = 0
            for b in bytes {
                if b == 0x09 || (b == 0x20 && previous == 0x20) || b == UInt8(ascii: "|") || b == 0xB7 || b == 0xA2 { return true }
                previous = b
            }
            return false
        }
        return raw.utf8.withContiguousStorageIfAvailable(scan) ?? Array(raw.utf8).withUnsafeBufferPointer(scan)
    }

    /// A menu, share or footer row: "Subscribe⇥Log in⇥Search", "About us | Contact | Privacy",
    /// "Monday, 12 October 2026 | E-paper | Subscribe". Three or more cells that are each a short
    /// label; two are enough when both are furniture ("Subscribe⇥Sign in"). A row of sentences
    /// is not a menu.
    static func isMenuRow(_ cells: [Substring]) -> Bool {
        guard cells.count >= 2 else { return false }
        for cell in cells {
            guard cell.unicodeScalars.count <= BoilerplateRules.maxLabelLength,
                  FastCase.wordCount(cell) <= BoilerplateRules.maxLabelWords + 1 else { return false }
            if let last = cell.unicodeScalars.last, last == "." || last == "," || last == ";" { return false }
        }
        if cells.count >= 3 { return true }
        return cells.allSatisfy { cell in
            let lower = FastCase.lowercased(cell)
            return BoilerplateRules.furnitureLines.contains(lower) || isShareRow(lower) || isEmailField(lower)
        }
    }

    // MARK: - Bylines, roles and bios (original case)

    /// "Staff Writer", "Southern Europe Correspondent": a short capitalised line that ends in a
    /// journalist's job, as sites set under a byline.
    static func isRoleLine(_ line: some StringProtocol) -> Bool {
        let text = Substring(line)
        // The last word first: it is a job for few lines.
        guard text.utf8.count <= 60 else { return false }
        let lastStart = text.utf8.lastIndex(of: UInt8(ascii: " ")).map { text.utf8.index(after: $0) } ?? text.startIndex
        guard roleWords.contains(FastCase.lowercased(text[lastStart...])) else { return false }
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.unicodeScalars.first else { return false }
            return CharacterClass.isUppercase(first) || BoilerplateRules.outletNameConnectors.contains(FastCase.lowercased(word))
        }
    }

    /// "Rhiannon Tate, Courts Reporter", "Tomasz Kowal | Science Writer": a name set off from
    /// its role by a comma, a bar or a dash, with no "By"; returns the name.
    static func nameBesideRole(_ line: String, lower: String) -> String? {
        guard line.utf8.count <= 90, line.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 >= 0xC2 }),
              roleWords.contains(String(lastWord(lower))) else { return nil }
        for separator in [", ", " | ", " – ", " — ", " - ", " · "] {
            guard let cut = line.byteRange(of: separator) else { continue }
            let name = line[..<cut.lowerBound].trimmingSpaces
            let role = line[cut.upperBound...].trimmingSpaces
            if isRoleLine(role), PersonName.isLoneName(name) { return String(name) }
        }
        return nil
    }

    /// "Jane Doe is the Herald's transport correspondent.", "Jane Doe covers city hall ...": a
    /// closing bio that opens with one of the byline's names and a verb.
    static func isBio(_ line: String, author: String) -> Bool {
        guard FastCase.wordCount(line) <= 80 else { return false }
        var text = Substring(line)
        while let first = text.first, first == "—" || first == "–" || first == "-" || first == "*" || first == "_" || first == " " {
            text = text.dropFirst()
        }
        for name in author.splitBytes(" and ") + author.splitBytes(", ") {
            let name = name.trimmingSpaces
            guard !name.isEmpty, text.startsWithBytes(String(name) + " ") else { continue }
            let verb = text.dropFirst(name.count + 1).prefix { $0 != " " && $0 != "," }
            if phrases.bioVerbs.contains(FastCase.lowercased(verb)) { return true }
        }
        return false
    }

    /// A name written in capitals ("HELGA BRANDVOLD", "THE MERIDIAN COURIER") in the case a
    /// reader would write it: each word capitalised after a hyphen or apostrophe too, the
    /// `lowercase` words (connectors, particles) lowercased unless first, and any word the page
    /// also spells in mixed case (`spellings`, lowercased to written) spelled so.
    static func recased(_ text: String, lowercase: Set<String>, spellings: [String: String] = [:]) -> String {
        let letters = text.unicodeScalars.filter { CharacterClass.isLetter($0) }
        guard !letters.isEmpty, letters.allSatisfy({ CharacterClass.isUppercase($0) }) else { return text }
        var words: [String] = []
        for (i, word) in text.split(separator: " ").enumerated() {
            let lower = word.lowercased()
            if let written = spellings[lower] {
                words.append(written)
            } else if i > 0, lowercase.contains(lower) {
                words.append(lower)
            } else {
                var out = ""
                var capital = true
                for c in lower {
                    out.append(capital ? Character(c.uppercased()) : c)
                    capital = c == "-" || c == "'" || c == "\u{2019}"
                }
                words.append(out)
            }
        }
        return words.joined(separator: " ")
    }

    // MARK: - Lists and pull quotes

    /// "• Headline", "- Headline", "1. Headline", "2) Headline": a list item's marker.
    static func hasListMarker(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        guard let first = scalars.first else { return false }
        if "•-*–·▪►›>".unicodeScalars.contains(first) {
            return scalars.dropFirst().first == " "
        }
        let digits = scalars.prefix { $0.isASCII && CharacterClass.isDigit($0) }
        guard (1...2).contains(digits.count) else { return false }
        let rest = scalars.dropFirst(digits.count)
        return (rest.first == "." || rest.first == ")") && rest.dropFirst().first == " "
    }

    /// The text of a line that is only a quotation in double marks, perhaps with a dash and its
    /// speaker after it ("“The wind is doing the work” – Jane Doe, incident commander"): how
    /// pull quotes are set.
    static func quotationAlone(_ line: String) -> Substring? {
        // Bytes first: most lines do not open with a quotation mark ('"', or “ after 0xE2).
        guard let lead = line.utf8.first, lead == UInt8(ascii: "\"") || lead == 0xE2, line.utf8.count <= 400 else { return nil }
        let utf8 = line.utf8
        let open: String = lead == UInt8(ascii: "\"") ? "\"" : "\u{201C}"
        guard line.startsWithBytes(open) else { return nil }
        let innerStart = utf8.index(utf8.startIndex, offsetBy: open.utf8.count)
        let rest = line[innerStart...]
        guard let close = rest.byteRange(of: open == "\"" ? "\"" : "\u{201D}") else { return nil }
        let after = line[close.upperBound...].trimmingSpaces
        if !after.isEmpty {
            // Only a dash and a short attribution may follow: a "said" makes it a paragraph.
            guard let dash = after.first, dash == "–" || dash == "—" || dash == "-", FastCase.wordCount(after) <= 10 else { return nil }
        }
        return line[innerStart..<close.lowerBound]
    }

    @inline(__always)
    private static func isWordBreak(_ b: UInt8) -> Bool {
        !((b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b >= 0x80)
    }
}
