import Briefing

/// The texts a full-screen list's filter is matched against, lower-cased, in list order, in one
/// buffer (as `SpeakerNames` keeps the speakers' names): each text ends with a 0 byte and each
/// entry's texts with a 1 byte, bytes no typed filter holds, so a filter is one byte scan of
/// the buffer and no match runs from one entry into the next. Built when a filter is first
/// typed in the list (`/`), not with the state: most lists are never filtered.
struct ListTexts: Sendable {
    let mode: ViewState.Mode
    let kind: Entity.Kind?
    let bytes: [UInt8]
    /// Where each entry starts in `bytes`; one more at the end.
    let starts: [Int32]

    static let textEnd: UInt8 = 0, entryEnd: UInt8 = 1

    init(mode: ViewState.Mode, kind: Entity.Kind?, count: Int, texts: (Int, (String) -> Void) -> Void) {
        self.mode = mode
        self.kind = kind
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        starts.reserveCapacity(count + 1)
        for i in 0..<count {
            starts.append(Int32(bytes.count))
            texts(i) { Self.append($0, to: &bytes) }
            bytes.append(Self.entryEnd)
        }
        starts.append(Int32(bytes.count))
        self.bytes = bytes
        self.starts = starts
    }

    func holds(for view: ViewState) -> Bool { mode == view.mode && kind == view.entityKind }

    /// A text lower-cased, and its end: ASCII byte by byte, anything else as the standard
    /// library lower-cases it.
    private static func append(_ text: String, to bytes: inout [UInt8]) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Copied whole, then folded in place: one copy rather than an append per byte.
            let start = bytes.count
            bytes.append(contentsOf: text.utf8)
            for i in start..<bytes.count where bytes[i] &- 0x41 < 26 { bytes[i] |= 0x20 }
        } else {
            bytes += text.lowercased().utf8
        }
        bytes.append(Self.textEnd)
    }

    static func pattern(_ filter: String) -> FoldedPattern {
        FoldedPattern(bytes: filter.lowercased().utf8)
    }

    /// The entries with a text containing `filter`, in list order: one scan of the buffer, going
    /// on after each match at the next entry; or, among a few candidates (a filter that grew),
    /// a scan of each candidate's texts.
    func entries(matching filter: String, among candidates: [Int]? = nil) -> [Int] {
        let pattern = Self.pattern(filter)
        guard !pattern.isEmpty else { return Array(0..<(starts.count - 1)) }
        return bytes.withUnsafeBufferPointer { buffer in
            if let candidates, candidates.count < (starts.count - 1) / 8 {
                return candidates.filter { c in
                    let start = Int(starts[c]), end = Int(starts[c + 1])
                    var hit = false
                    pattern.scan(UnsafeBufferPointer(rebasing: buffer[start..<end])) { _ in hit = true; return false }
                    return hit
                }
            }
            var found: [Int] = []
            var p = 0
            pattern.scan(buffer, skipping: { range in
                while Int(starts[p + 1]) <= range.lowerBound { p += 1 }
                found.append(p)
                return Int(starts[p + 1])
            })
            return found
        }
    }
}
