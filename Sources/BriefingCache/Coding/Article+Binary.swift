import Briefing

extension OffsetMap.Anchor: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(clean)
        w.write(raw)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(clean: try r.int(), raw: try r.int())
    }
}

extension OffsetMap: BinaryCodable {
    /// Anchors as differences from the one before: offsets grow through a paragraph, so the
    /// differences are small and take a byte or two.
    public func write(to w: inout BinaryWriter) {
        w.write(count: anchors.count)
        var previous = OffsetMap.Anchor(clean: 0, raw: 0)
        for anchor in anchors {
            w.write(anchor.clean - previous.clean)
            w.write(anchor.raw - previous.raw)
            previous = anchor
        }
    }

    public init(from r: inout BinaryReader) throws {
        let n = try r.count(elementSize: 2)
        guard n > 0 else { throw BinaryDecodingError.malformed("offset map without anchors") }
        var anchors: [Anchor] = []
        anchors.reserveCapacity(n)
        var previous = Anchor(clean: 0, raw: 0)
        for _ in 0..<n {
            let (clean, o1) = previous.clean.addingReportingOverflow(try r.int())
            let (raw, o2) = previous.raw.addingReportingOverflow(try r.int())
            guard !o1, !o2 else { throw BinaryDecodingError.malformed("offset overflows") }
            previous = Anchor(clean: clean, raw: raw)
            anchors.append(previous)
        }
        self.init(anchors: anchors)
    }
}

extension Paragraph: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(text)
        w.write(start)
        w.write(end - start)
        w.write(isHeading)
        w.write(sourceMap)
    }

    public init(from r: inout BinaryReader) throws {
        let text = try r.string()
        let start = try r.int()
        let end = start + (try r.int())
        self.init(text: text, start: start, end: end, isHeading: try r.bool(), sourceMap: try r.read(OffsetMap.self))
    }
}

extension Article: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(path)
        w.write(title)
        w.write(titleStart)
        w.write(author)
        w.write(outlet)
        w.write(published)
        w.write(standfirst)
        w.write(paragraphs)
    }

    public init(from r: inout BinaryReader) throws {
        let id = try r.string(), path = try r.string(), title = try r.optionalString(), titleStart = try r.optionalInt()
        let author = try r.optionalString(), outlet = try r.optionalString(), published = try r.optionalString()
        let standfirst = try r.optionalString()
        self.init(id: id, path: path, title: title, author: author, outlet: outlet, published: published,
                  paragraphs: try r.readArray(Paragraph.self))
        self.titleStart = titleStart
        self.standfirst = standfirst
    }
}
