/// One news article as read from one file: metadata recovered from the page dump and the body
/// as clean paragraphs, each of which remembers where it came from in the raw file.
public struct Article: Sendable, Hashable, Identifiable {
    /// The file name without its extension, made unique within a corpus.
    public var id: String
    /// Where the text came from: a file path, or `seeds/NAME` for the built-in samples.
    public var path: String
    public var title: String?
    /// Offset of the title's first character in the raw file (Unicode scalars), when the title
    /// is a line of the file as written; nil for a title from front matter or a breadcrumb.
    public var titleStart: Int?
    public var author: String?
    public var outlet: String?
    /// ISO 8601 calendar date (`YYYY-MM-DD`) when the dump carries one.
    public var published: String?
    /// The standfirst (dek): the one-sentence summary a page sets right under its headline.
    /// It is the editor's pitch for the story, not part of it, so it is kept here and never in
    /// `paragraphs`, where it would repeat the lead and count as the story's first sentence.
    public var standfirst: String?
    public var paragraphs: [Paragraph]

    public init(
        id: String, path: String, title: String? = nil, author: String? = nil, outlet: String? = nil,
        published: String? = nil, paragraphs: [Paragraph]
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.author = author
        self.outlet = outlet
        self.published = published
        self.paragraphs = paragraphs
    }

    /// What to call the article where a title is needed: its title, else the start of its first
    /// paragraph, else its id. Lists must never show an empty row.
    public var displayTitle: String {
        if let title, !title.isEmpty { return title }
        if let first = paragraphs.first?.text, !first.isEmpty {
            return Self.excerpt(first, maxScalars: 90)
        }
        return id
    }

    static func excerpt(_ text: String, maxScalars: Int) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > maxScalars else { return text }
        var cut = scalars.index(scalars.startIndex, offsetBy: maxScalars)
        // Prefer to cut at a space so the excerpt ends on a whole word.
        if let space = scalars[..<cut].lastIndex(of: " "),
           scalars.distance(from: scalars.startIndex, to: space) > maxScalars / 2 {
            cut = space
        }
        return String(String.UnicodeScalarView(scalars[..<cut])) + "…"
    }
}

/// A paragraph of body text after cleaning.
///
/// `text` is normalised (whitespace runs collapsed, tabs and no-break spaces turned into spaces,
/// Markdown markup removed), so it is not always a verbatim slice of the file. `start`/`end` are
/// the paragraph's bounds in the raw file and `sourceMap` maps any offset in `text` back to the
/// raw file, so anything found in the text can point at its source.
public struct Paragraph: Sendable, Hashable {
    public var text: String
    /// Offset of the paragraph's first character in the raw file, in Unicode scalars.
    public var start: Int
    /// Offset just past the paragraph's last character in the raw file, in Unicode scalars.
    public var end: Int
    /// True for a subheading inside the body (e.g. a Markdown `##` line).
    public var isHeading: Bool
    public var sourceMap: OffsetMap

    public init(text: String, start: Int, end: Int, isHeading: Bool = false, sourceMap: OffsetMap? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.isHeading = isHeading
        self.sourceMap = sourceMap ?? OffsetMap(anchors: [.init(clean: 0, raw: start)])
    }

    /// The raw-file offset of the scalar at `cleanOffset` in `text`.
    public func rawOffset(ofCleanOffset cleanOffset: Int) -> Int {
        sourceMap.rawOffset(ofCleanOffset: cleanOffset)
    }
}

/// Maps offsets in cleaned text back to the raw file.
///
/// Cleaning only ever deletes characters or replaces one run of whitespace by one space, so the
/// mapping is piecewise linear: each anchor starts a run where both offsets advance together.
public struct OffsetMap: Sendable, Hashable {
    public struct Anchor: Sendable, Hashable {
        public var clean: Int
        public var raw: Int
        public init(clean: Int, raw: Int) {
            self.clean = clean
            self.raw = raw
        }
    }

    /// Sorted by `clean`, strictly increasing; never empty.
    public private(set) var anchors: [Anchor]

    public init(anchors: [Anchor]) {
        precondition(!anchors.isEmpty, "an offset map needs at least one anchor")
        self.anchors = anchors
    }

    public func rawOffset(ofCleanOffset offset: Int) -> Int {
        // Binary search for the last anchor at or before `offset`.
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if anchors[mid].clean <= offset { low = mid } else { high = mid - 1 }
        }
        let anchor = anchors[low]
        return anchor.raw + (offset - anchor.clean)
    }
}
