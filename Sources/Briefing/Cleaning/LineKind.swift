import Foundation
/// What one line of a page dump is, judged from the line alone. Where the line sits (head, body,
/// tail) decides what the parser does with it; see `ArticleParser`.
enum LineKind: Equatable {
    case blank
    /// "Home / Archive / Title"; the last step is often the title.
    case breadcrumb(lastStep: String)
    /// A line that is only a date, perhaps labelled ("Last Updated March 4, 2021 4:58 PM").
    case date(CalendarDate, DateText.DateLabel)
    /// "By Jane Doe", "Reporting by Jane Doe; Editing by John Roe", "By Jane Doe | Outlet",
    /// "By Jane Doe · 2 March 2026", "Posted on March 7, 2026 by Jane Doe": the date when the
    /// line carries one too.
    case byline(author: String, outlet: String?, date: CalendarDate? = nil, dateLabel: DateText.DateLabel = .none)
    /// "Author: Jane Doe", "Source: The Daily Planet".
    case field(MetadataField, String)
    /// "Featured image from Shutterstock.", "Photo: Reuters".
    case imageCredit
    /// "(Outlet – tags)": a closing outlet line.
    case outletTag(String)
    /// Share buttons, tag lists, "Advertisement", copyright notices.
    case furniture
    /// A Markdown thematic break or a row of separators.
    case rule
    /// A Markdown image.
    case markdownImage
    /// A Markdown ATX heading ("## Background").
    case heading(level: Int, text: String)
    case text

    /// True for lines that describe the article rather than belong to it.
    var isMetadata: Bool {
        switch self {
        case .breadcrumb, .date, .byline, .field, .outletTag: true
        default: false
        }
    }
}

enum LineClassifier {
    /// Longer lines are prose: no metadata, credit or furniture line runs this long.
    static let maxNonProseBytes = 400

    static func classify(_ line: String, markdown: Bool) -> LineKind {
        if line.isEmpty { return .blank }
        if isRule(line) { return .rule }
        if markdown && line.startsWithBytes("![") && line.endsWithBytes(")") { return .markdownImage }
        // Every kind but prose is a short line (the longest, a caption with its credit, stays
        // under 45 words), so a long line is prose without further tests.
        if line.utf8.count > maxNonProseBytes { return .text }
        if markdown {
            if let heading = heading(line) { return heading }
            // Judge the line as a reader sees it: "*By Jane Doe*", "_Sunday, August 6, 2023_",
            // "By [Jane Doe](/authors/jane)" are a byline and a date under their markup. Only a
            // verdict other than prose is taken, so body text is judged exactly as before.
            let markup = line.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "`") || $0 == UInt8(ascii: ">") }
            let shown = markup ? MarkdownInline.displayText(line) : line
            if shown != line, !shown.isEmpty {
                let kind = classifyText(shown)
                if kind != .text { return kind }
            }
        }
        return classifyText(line)
    }

    /// What the rules look at, measured once per line so each rule is tried only on lines
    /// that could match it: every kind but prose is short, and most need a digit, a colon or a
    /// bracket.
    private struct Shape {
        var words = 1
        var hasDigit = false
        var hasColon = false
        /// A byte every breadcrumb separator holds (see `breadcrumb`).
        var hasTrailSeparator = false

        init(_ line: String) {
            for byte in line.utf8 {
                switch byte {
                case UInt8(ascii: " "): words += 1
                case UInt8(ascii: "0")...UInt8(ascii: "9"): hasDigit = true
                case UInt8(ascii: ":"): hasColon = true; hasTrailSeparator = true
                case UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "|"), 0xBB, 0xBA, 0x92: hasTrailSeparator = true
                default: break
                }
            }
        }
    }

    private static func classifyText(_ line: String) -> LineKind {
        let shape = Shape(line)
        // A caption with its credit, the longest kind, stays under this many words.
        guard shape.words <= BoilerplateRules.maxCaptionWords else { return .text }
        // Lowercased only for lines the rules will read.
        let lower = FastCase.lowercased(line)
        if shape.hasDigit, shape.words <= 24, let date = DateText.dateLine(line) ?? dateCells(line) { return .date(date.date, date.label) }
        if shape.hasDigit, shape.words <= 24, let found = datedByline(line) { return found }
        if shape.hasTrailSeparator, let trail = breadcrumb(line, lower: lower) { return trail }
        if shape.hasColon, let field = field(line, lower: lower) { return field }
        if shape.words <= 20, let found = byline(line, lower: lower) ?? bracketedByline(line) ?? (shape.hasTrailSeparator ? bylineAfterLabel(line) : nil) {
            return .byline(author: found.author, outlet: found.outlet, date: found.date?.date, dateLabel: found.date?.label ?? .none)
        }
        if shape.words <= 12, let name = PageFurniture.nameBesideRole(line, lower: lower) { return .byline(author: name, outlet: nil) }
        if shape.words <= 14 || shape.hasColon, isImageCredit(lower) { return .imageCredit }
        if line.hasPrefix("("), let outlet = outletTag(line) { return .outletTag(outlet) }
        if shape.words <= 25, isFurniture(lower) { return .furniture }
        if shape.words <= 5, PageFurniture.isRoleLine(line) { return .furniture }
        return .text
    }

    // MARK: - Rules

    private static func isRule(_ line: String) -> Bool {
        // Every rule character is ASCII or starts with a lead byte (• and ·); letters end it early.
        guard let lead = line.utf8.first, lead >= 0xC2 || "-*_=~#".utf8.contains(lead) else { return false }
        // At least three of one rule character, spaces aside; read in place, as a line opening
        // with a curly quote gets this far and must not cost an array of its scalars.
        var first: Unicode.Scalar?
        var count = 0
        for scalar in line.unicodeScalars where scalar != " " {
            if let first {
                if scalar != first { return false }
            } else {
                guard "-*_=~#•·".unicodeScalars.contains(scalar) else { return false }
                first = scalar
            }
            count += 1
        }
        return count >= 3
    }

    private static func heading(_ line: String) -> LineKind? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.first == " " else { return nil }
        var text = rest.trimmingSpaces
        while text.hasSuffix("#") { text = text.dropLast().trimmingSpaces }  // closing hashes
        return text.isEmpty ? nil : .heading(level: hashes, text: String(text))
    }

    private static func breadcrumb(_ line: String, lower: String) -> LineKind? {
        // Every separator holds '/', '>', '|' or ':', or ends in the last byte of '»', '›' or '→'.
        guard line.utf8.contains(where: { byte in
            byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: ":")
                || byte == 0xBB || byte == 0xBA || byte == 0x92
        }) else { return nil }
        for separator in BoilerplateRules.breadcrumbSeparators where line.containsBytes(separator) {
            let steps = line.splitBytes(separator).map { String($0.trimmingSpaces) }
            guard steps.count >= 2, steps.allSatisfy({ !$0.isEmpty }) else { continue }
            let rooted = BoilerplateRules.breadcrumbRoots.contains(FastCase.lowercased(steps[0]))
            // Without a known root, a trail needs three short leading steps; two parts alone are
            // more often "Title | Outlet".
            let shortSteps = steps.dropLast().allSatisfy { $0.split(separator: " ").count <= 3 }
            if rooted || (steps.count >= 3 && shortSteps) {
                return .breadcrumb(lastStep: steps[steps.count - 1])
            }
        }
        return nil
    }

    private static func field(_ line: String, lower: String) -> LineKind? {
        guard let colon = lower.firstIndex(of: ":") else { return nil }
        let label = String(lower[..<colon]).collapsingSpaces
        guard let field = BoilerplateRules.fieldLabels[label] else { return nil }
        let value = String(line[line.index(after: colon)...].trimmingSpaces)
        guard !value.isEmpty, !value.hasPrefix("//") else { return nil }  // "source://" is not a label
        // A long value is a sentence that happens to start with the word, not a field.
        if field != .url && field != .title && field != .other && value.split(separator: " ").count > 12 { return nil }
        if field == .outlet, BoilerplateRules.stockPhotoSources.contains(where: { value.lowercased().contains($0) }) {
            return .imageCredit
        }
        if field == .date || field == .updated {
            guard let date = DateText.firstDate(in: value) else { return nil }
            return .date(date, field == .updated ? .updated : .published)
        }
        return .field(field, value)
    }

    typealias Byline = (author: String, outlet: String?, date: (date: CalendarDate, label: DateText.DateLabel)?)

    private static func byline(_ line: String, lower: String) -> Byline? {
        for opener in BoilerplateRules.bylineOpeners where lower.startsWithBytes(opener) && lower.utf8.dropFirst(opener.utf8.count).first == UInt8(ascii: " ") {
            let rest = line.dropFirst(opener.count).trimmingSpaces
            // The author list ends at the outlet or the editor: "By Jane Doe, Reuters",
            // "By Jane Doe | Outlet", "Reporting by Jane Doe; Editing by John Roe".
            let cut = rest.firstIndex { ",;|•·(".contains($0) } ?? rest.endIndex
            var names = rest[..<cut].trimmingSpaces
            // " at Kingsgate Park", " in Lyon": where the reporter was, not who.
            for dash in [" - ", " – ", " — ", " at ", " in "] {
                if let range = names.byteRange(of: dash) { names = names[..<range.lowerBound].trimmingSpaces }
            }
            let firstName = names.splitBytes(" and ").first.map { String($0.trimmingSpaces) } ?? ""
            guard PersonName.isLoneName(firstName) else { continue }
            // Only a bar sets off the outlet; after a comma there is as often a job title
            // ("By Jane Doe, Senior Correspondent"), and outletName refuses those too.
            var outlet: String?
            if cut < rest.endIndex, rest[cut] == "|" {
                let after = rest[rest.index(after: cut)...]
                outlet = outletName(after.prefix { $0 != "|" }.trimmingSpaces)
            }
            // A date set beside the name: "By Jane Doe · 2 March 2026 · 3 min read".
            var date: (date: CalendarDate, label: DateText.DateLabel)?
            if cut < rest.endIndex {
                for part in rest[rest.index(after: cut)...].split(whereSeparator: { ",;|•·".contains($0) }) {
                    if let found = DateText.dateLine(part.trimmingSpaces) { date = found; break }
                }
            }
            return (PageFurniture.recased(String(names), lowercase: BoilerplateRules.nameParticles.union(["and"])), outlet, date)
        }
        return nil
    }

    /// "Opinion | By Jane Doe": a section label, a bar, then the byline.
    private static func bylineAfterLabel(_ line: String) -> Byline? {
        guard let bar = line.byteRange(of: " | ") else { return nil }
        let label = line[..<bar.lowerBound]
        guard FastCase.wordCount(label) <= 3 else { return nil }
        let rest = String(line[bar.upperBound...].trimmingSpaces)
        return byline(rest, lower: FastCase.lowercased(rest))
    }

    /// "Posted on March 7, 2026 by Jane Doe": a date line that ends with its author.
    private static func datedByline(_ line: String) -> LineKind? {
        guard let by = line.byteRange(of: " by ", backwards: true) else { return nil }
        let name = line[by.upperBound...].trimmingSpaces
        guard PersonName.isLoneName(name), let date = DateText.dateLine(line[..<by.lowerBound]) else { return nil }
        return .byline(author: String(name), outlet: nil, date: date.date, dateLabel: date.label)
    }

    /// "Updated March 5, 2026 at 2:40 p.m. | Originally published March 5, 2026 at 9:00 a.m.":
    /// dates side by side, each a date line of its own. The published one is taken if labelled.
    private static func dateCells(_ line: String) -> (date: CalendarDate, label: DateText.DateLabel)? {
        guard line.utf8.contains(UInt8(ascii: "|")) else { return nil }
        let parts = line.splitBytes(" | ")
        guard parts.count >= 2 else { return nil }
        var dates: [(date: CalendarDate, label: DateText.DateLabel)] = []
        for part in parts {
            guard let date = DateText.dateLine(part.trimmingSpaces) else { return nil }
            dates.append(date)
        }
        return dates.first { $0.label == .published } ?? dates.first
    }

    /// "(Reporting by Jane Doe; Editing by John Roe)": wire credits in brackets.
    private static func bracketedByline(_ line: String) -> Byline? {
        guard line.hasPrefix("("), line.hasSuffix(")") else { return nil }
        let inner = String(line.dropFirst().dropLast().trimmingSpaces)
        return byline(inner, lower: FastCase.lowercased(inner))
    }

    /// `text` when it reads as the name of an outlet: a few capitalised words ("Midland Campus
    /// Post", "Times of the Valley", "AP"), not a date, a reading time or someone's job.
    static func outletName(_ text: Substring) -> String? {
        let words = text.split(separator: " ")
        guard (1...6).contains(words.count), text.unicodeScalars.count <= 60, DateText.firstDate(in: text) == nil else { return nil }
        for (i, word) in words.enumerated() {
            let lower = FastCase.lowercased(word)
            if BoilerplateRules.bylineRoleWords.contains(lower) { return nil }
            if i > 0, BoilerplateRules.outletNameConnectors.contains(lower) { continue }
            guard let first = word.unicodeScalars.first,
                  CharacterClass.isUppercase(first) || CharacterClass.isDigit(first) else { return nil }
        }
        return String(text)
    }

    /// The news agency named by a wire dateline that opens a story: "LONDON (Reuters) - ",
    /// "NAIROBI, Kenya (AP) — ", "FRANKFURT, Oct 3 (Reuters) - ". The place starts with a word in
    /// capitals and is short; the bracket holds a name and a dash follows it.
    static func datelineAgency(_ line: String) -> String? {
        guard let open = FastCase.firstIndex(ofASCII: "(", in: line[...]),
              let close = FastCase.firstIndex(ofASCII: ")", in: line[open...]) else { return nil }
        let place = line[..<open].trimmingSpaces
        let placeWords = place.split(separator: " ")
        guard (1...8).contains(placeWords.count), place.unicodeScalars.count <= 60,
              let firstWord = placeWords.first else { return nil }
        let letters = firstWord.unicodeScalars.filter { CharacterClass.isLetter($0) }
        guard letters.count >= 2, letters.allSatisfy({ CharacterClass.isUppercase($0) }) else { return nil }
        let after = line[line.index(after: close)...].trimmingSpaces
        let dashes = after.prefix { $0 == "-" || $0 == "–" || $0 == "—" }
        guard !dashes.isEmpty, after.dropFirst(dashes.count).first == " " else { return nil }
        let agency = line[line.index(after: open)..<close].trimmingSpaces
        guard agency.split(separator: " ").count <= 4 else { return nil }
        return outletName(agency)
    }

    /// "Featured image from Shutterstock.", "Photo: Jane Doe/Reuters", "Image credit: Getty".
    static func isImageCredit(_ lower: String) -> Bool {
        if isCaptionEndingInCredit(lower) { return true }
        guard FastCase.wordCount(lower) <= 14 else { return false }
        if FastCase.wordCount(lower) <= 6, isSourceAlone(lower) { return true }
        for opener in BoilerplateRules.imageCreditOpeners where lower.startsWithBytes(opener) {
            var rest = lower.dropFirst(opener.count)
            guard rest.isEmpty || rest.first == " " || rest.first == ":" || rest.first == "s" && opener.last != "s" else { continue }
            if rest.first == "s" { rest = rest.dropFirst() }
            rest = rest.trimmingSpaces
            var linked = false
            for link in BoilerplateRules.imageCreditLinks where rest.startsWithBytes(link) {
                rest = rest.dropFirst(link.count).trimmingSpaces
                linked = true
                break
            }
            let creditWords = rest.split(separator: " ").count
            let namesSource = BoilerplateRules.imageSources.contains { rest.contains($0) }
            if creditWords > 0 && ((linked && creditWords <= BoilerplateRules.maxCreditWords) || namesSource) {
                return true
            }
        }
        // "(Photo: Reuters)", "[Image: Getty Images]"
        if let first = lower.unicodeScalars.first, let last = lower.unicodeScalars.last,
           (first == "(" && last == ")") || (first == "[" && last == "]") {
            let inner = String(lower.dropFirst().dropLast())
            return isImageCredit(inner)
        }
        return false
    }

    /// "Getty Images", "Jane Roe/Reuters", "AFP via Getty Images": a picture source alone on its
    /// line, as the credit under a photo.
    private static func isSourceAlone(_ lower: String) -> Bool {
        var text = Substring(lower)
        while let last = text.last, last == "." || last == " " { text = text.dropLast() }
        // Every source ends with one of a few words: other lines end otherwise and are done.
        let start = text.utf8.lastIndex { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "/") }.map { text.utf8.index(after: $0) } ?? text.startIndex
        let lastWord = String(text[start...])
        guard imageSourceLastWords.contains(lastWord) else { return false }
        return BoilerplateRules.imageSources.contains { source in
            text == source || text.endsWithBytes("/" + source) || text.endsWithBytes("/ " + source) || text.endsWithBytes(" via " + source)
        }
    }

    private static let imageSourceLastWords = WordSet(BoilerplateRules.imageSources.compactMap { $0.split(separator: " ").last.map(String.init) })

    /// A photo caption that ends with its credit: "Flooded streets on Monday. Photograph: Jane
    /// Roe/Reuters", "A volunteer at work. (Photo: Lars Berg/AFP)". The label must follow a
    /// sentence end or an opening bracket, and the credit after it must be short.
    private static func isCaptionEndingInCredit(_ lower: String) -> Bool {
        // Every credit label ends with a colon.
        guard lower.utf8.contains(UInt8(ascii: ":")),
              lower.utf8.lazy.filter({ $0 == UInt8(ascii: " ") }).count < BoilerplateRules.maxCaptionWords else { return false }
        for label in BoilerplateRules.captionCreditLabels {
            guard let range = lower.byteRange(of: label, backwards: true), range.lowerBound > lower.startIndex else { continue }
            let before = lower[..<range.lowerBound].trimmingSpaces
            guard let last = before.unicodeScalars.last,
                  CharacterClass.isSentenceFinal(last) || CharacterClass.isClosingWrapper(last) || "([|–—-".unicodeScalars.contains(last)
            else { continue }
            var credit = lower[range.upperBound...].trimmingSpaces
            while let end = credit.last, ")].".contains(end) { credit = credit.dropLast().trimmingSpaces }
            let words = credit.split(separator: " ").count
            if words > 0 && words <= BoilerplateRules.maxCreditWords { return true }
        }
        return false
    }

    /// "(Security Affairs – Hacking, Dark web)": an outlet name, optionally with tags, in brackets.
    private static func outletTag(_ line: String) -> String? {
        guard line.hasPrefix("("), line.hasSuffix(")") else { return nil }
        let inner = line.dropFirst().dropLast().trimmingSpaces
        var outlet = inner
        for dash in [" – ", " — ", " - ", ": "] {
            if let range = inner.byteRange(of: dash) { outlet = inner[..<range.lowerBound].trimmingSpaces; break }
        }
        let words = outlet.split(separator: " ")
        guard (1...6).contains(words.count), inner.split(separator: " ").count <= 20,
              words.allSatisfy({ $0.unicodeScalars.first.map { CharacterClass.isUppercase($0) || CharacterClass.isDigit($0) } ?? false })
        else { return nil }
        return String(outlet)
    }

    private static func isFurniture(_ lower: String) -> Bool {
        if isWholeLineFurniture(lower) || isContributorCredit(lower) { return true }
        // Only lines whose first word opens a listed phrase are worth the phrase lists.
        let firstWord = String(lower.utf8.prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ":") }) ?? ""
        guard furnitureOpeners.contains(firstWord) else { return false }
        if BoilerplateRules.storyLinkLabels.contains(where: { lower.startsWithBytes($0) }) { return true }
        return BoilerplateRules.furniturePrefixes.contains { lower.startsWithBytes($0) }
    }

    /// First words of the furniture phrases, labels and timestamps, to skip lines quickly.
    private static let furnitureOpeners: WordSet = {
        let phrases = BoilerplateRules.storyLinkLabels + BoilerplateRules.furniturePrefixes
        return WordSet(phrases.compactMap { phrase in
            phrase.split(whereSeparator: { $0 == " " || $0 == ":" }).first.map(String.init)
        })
    }()

    /// The first bytes of the story-link labels: a line starting otherwise has none of them.
    private static let storyLinkFirstBytes = Set(BoilerplateRules.storyLinkLabels.compactMap(\.utf8.first))

    /// The first words of the story-link labels ("read", "related", "watch"): a line whose first
    /// word is none of them is not asked about every label.
    private static let storyLinkFirstWords = WordSet(BoilerplateRules.storyLinkLabels.compactMap {
        $0.split(whereSeparator: { $0 == " " || $0 == ":" }).first.map(String.init)
    })

    /// Furniture that goes even from the middle of the body, because no sentence looks like it:
    /// "Advertisement", "4 min read", "Read more: Heron nests on city canal". (A mid-body line
    /// that merely starts like a tag line, "Filed under ...", stays.)
    static func isWholeLineFurniture(_ lower: String) -> Bool {
        BoilerplateRules.furnitureLines.contains(lower) || isReadingTime(lower) || isStoryLink(lower)
            || isRelativeTimestamp(lower) || isCommentCounter(lower) || isTimedLabel(lower) || PageFurniture.isWholeLine(lower)
    }

    /// "Listen to this article 4 min", "Listen 5:32": a furniture label with the length of the
    /// audio or the read after it.
    private static func isTimedLabel(_ lower: String) -> Bool {
        guard lower.utf8.count <= 48, let space = lower.byteRange(of: " ", backwards: true) else { return false }
        var label = lower[..<space.lowerBound]
        let last = lower[space.upperBound...]
        if BoilerplateRules.readingTimeUnits.contains(String(last)) {
            guard let number = label.byteRange(of: " ", backwards: true),
                  label[number.upperBound...].allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
            label = label[..<number.lowerBound]
        } else {
            guard !last.isEmpty, last.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") }) else { return false }
        }
        return BoilerplateRules.furnitureLines.contains(String(label.trimmingSpaces))
    }

    /// "4 min read", "5-minute read", "12 mins read", "6 min listen".
    private static func isReadingTime(_ lower: String) -> Bool {
        guard lower.utf8.count <= 24 else { return false }
        let words = lower.split { $0 == " " || $0 == "-" }
        guard words.count == 3, words[0].allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return BoilerplateRules.readingTimeUnits.contains(String(words[1]))
            && BoilerplateRules.readingTimeVerbs.contains(String(words[2]))
    }

    /// "3 hours ago", "Published: 2 days ago", "Updated yesterday": a timestamp that gives no
    /// date to take, only page furniture to drop.
    private static func isRelativeTimestamp(_ lower: String) -> Bool {
        guard lower.utf8.count <= 48 else { return false }
        var rest = Substring(lower)
        for label in BoilerplateRules.timestampLabels where rest.startsWithBytes(label) {
            rest = rest.dropFirst(label.count).drop { $0 == ":" || $0 == " " }
            if rest.startsWithBytes("on ") { rest = rest.dropFirst(3) }
            break
        }
        if BoilerplateRules.relativeTimeWords.contains(String(rest)) { return true }
        let words = rest.split(separator: " ")
        guard words.count == 3, words[2] == "ago", BoilerplateRules.relativeTimeUnits.contains(String(words[1])) else { return false }
        return words[0].allSatisfy(\.isNumber) || ["a", "an", "one", "few"].contains(words[0])
    }

    /// "42 comments", "Comments (12)", "3 replies".
    private static func isCommentCounter(_ lower: String) -> Bool {
        guard lower.utf8.count <= 32 else { return false }
        let words = lower.split { $0 == " " || $0 == "(" || $0 == ")" }
        guard words.count == 2 else { return false }
        let (a, b) = (String(words[0]), String(words[1]))
        return (a.allSatisfy(\.isNumber) && BoilerplateRules.commentWords.contains(b))
            || (b.allSatisfy(\.isNumber) && BoilerplateRules.commentWords.contains(a))
    }

    /// A labelled link to another story whose text is a headline, not a sentence.
    private static func isStoryLink(_ lower: String) -> Bool {
        var text = Substring(lower)
        // "← Previous article: ...", "« Next post: ... →": arrows around the link.
        if let first = text.unicodeScalars.first, BoilerplateRules.linkArrows.contains(first) {
            text = Substring(text.unicodeScalars.dropFirst()).trimmingSpaces
        }
        guard let firstByte = text.utf8.first, storyLinkFirstBytes.contains(firstByte) else { return false }
        let firstWord = String(decoding: text.utf8.prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ":") }, as: UTF8.self)
        guard storyLinkFirstWords.contains(firstWord) else { return false }
        guard let label = BoilerplateRules.storyLinkLabels.first(where: { text.startsWithBytes($0) }) else { return false }
        var rest = text.dropFirst(label.count).trimmingSpaces
        if let last = rest.unicodeScalars.last, BoilerplateRules.linkArrows.contains(last) {
            rest = Substring(rest.unicodeScalars.dropLast()).trimmingSpaces
        }
        var scalars = rest.unicodeScalars
        while let last = scalars.last, CharacterClass.isClosingWrapper(last) { scalars = scalars.dropLast() }
        guard let last = scalars.last else { return true }  // a bare "Related:" label
        let words = rest.split(separator: " ").count
        // A headline may ask a question ("Read more: Is the valley ready?"); a sentence states.
        if last == "?" { return words <= 14 }
        return !CharacterClass.isSentenceFinal(last) && words <= 20
    }

    /// The suffixes with their leading space, joined once rather than for every line.
    private static let spacedContributorCreditSuffixes = BoilerplateRules.contributorCreditSuffixes.map { " " + $0 }

    /// "Associated Press writer Jane Doe in Lyon contributed to this report." closing a story.
    private static func isContributorCredit(_ lower: String) -> Bool {
        // Every suffix holds " contributed ": most lines are answered by one byte search.
        guard lower.containsBytes(" contributed ") else { return false }
        var text = Substring(lower)
        while let last = text.utf8.last, ".)]*_".utf8.contains(last) { text = text.dropLast() }
        guard spacedContributorCreditSuffixes.contains(where: { text.endsWithBytes($0) }) else { return false }
        return text.split(separator: " ").count <= BoilerplateRules.maxContributorCreditWords
    }
}

/// Recognises a line that is nothing but a person's name, as bylines are written.
enum PersonName {
    static func isLoneName(_ text: some StringProtocol) -> Bool {
        // Counted on bytes first: most lines asked are prose, far longer than a name.
        guard (2...5).contains(FastCase.wordCount(text)) else { return false }
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count), text.count <= 60 else { return false }
        for (i, word) in words.enumerated() {
            let lower = FastCase.lowercased(word)
            if BoilerplateRules.nonNameWords.contains(lower) { return false }
            if BoilerplateRules.nameParticles.contains(lower) && i > 0 && i < words.count - 1 { continue }
            guard let first = word.unicodeScalars.first, CharacterClass.isUppercase(first) else { return false }
            let allowed = word.unicodeScalars.allSatisfy {
                CharacterClass.isLetter($0) || $0 == "-" || $0 == "'" || $0 == "\u{2019}" || $0 == "."
            }
            if !allowed { return false }
        }
        return true
    }
}
