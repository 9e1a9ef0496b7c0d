import Briefing

/// Every speaker's names, lower-cased, in list order, in one buffer, so the speaker filter is
/// one byte scan (`FoldedPattern`) instead of a string search per name: each name ends with a
/// 0 byte and each speaker's names with a 1 byte, bytes no typed filter holds, so no match
/// runs from one name into the next.
struct SpeakerNames: Sendable {
    let bytes: [UInt8]
    /// Where each place of the list starts in `bytes`; one more at the end.
    let starts: [Int32]
    /// The place in the list of each speaker (index into `model.speakers`).
    let place: [Int32]

    static let nameEnd: UInt8 = 0, speakerEnd: UInt8 = 1

    init(_ speakers: [Speaker], order: [Int]) {
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        starts.reserveCapacity(order.count + 1)
        var place = [Int32](repeating: 0, count: speakers.count)
        for (p, s) in order.enumerated() {
            starts.append(Int32(bytes.count))
            place[s] = Int32(p)
            for name in [speakers[s].name] + speakers[s].aliases {
                bytes += name.lowercased().utf8
                bytes.append(Self.nameEnd)
            }
            bytes.append(Self.speakerEnd)
        }
        starts.append(Int32(bytes.count))
        self.bytes = bytes
        self.starts = starts
        self.place = place
    }

    /// The filter as a pattern over the lower-cased names.
    static func pattern(_ filter: String) -> FoldedPattern {
        FoldedPattern(bytes: filter.lowercased().utf8)
    }

    /// Speakers with a name containing `filter`, in list order (`order` maps places to
    /// speakers): one scan of the buffer, going on after each match at the next speaker.
    func speakers(matching filter: String, order: [Int]) -> [Int] {
        let pattern = Self.pattern(filter)
        var found: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            var from = 0, p = 0
            while from < buffer.count {
                var hit: Int?
                pattern.scan(buffer, from: from) { hit = $0.lowerBound; return false }
                guard let at = hit else { break }
                while Int(starts[p + 1]) <= at { p += 1 }
                found.append(order[p])
                from = Int(starts[p + 1])
            }
        }
        return found
    }

    /// Those of `candidates` with a name containing `filter`, in the same order.
    func speakers(matching filter: String, among candidates: [Int]) -> [Int] {
        let pattern = Self.pattern(filter)
        return bytes.withUnsafeBufferPointer { buffer in
            candidates.filter { first(pattern, in: buffer, speaker: $0) != nil }
        }
    }

    /// Which of the speaker's names (0 the name, k alias k - 1) first contains `filter`.
    func firstName(of speaker: Int, matching filter: String) -> Int? {
        let pattern = Self.pattern(filter)
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let at = first(pattern, in: buffer, speaker: speaker) else { return nil }
            let start = Int(starts[Int(place[speaker])])
            return buffer[start..<at].reduce(0) { $0 + ($1 == Self.nameEnd ? 1 : 0) }
        }
    }

    /// Where the pattern first occurs among one speaker's names.
    private func first(_ pattern: FoldedPattern, in buffer: UnsafeBufferPointer<UInt8>, speaker: Int) -> Int? {
        guard place.indices.contains(speaker) else { return nil }
        let p = Int(place[speaker])
        let start = Int(starts[p]), end = Int(starts[p + 1])
        var hit: Int?
        pattern.scan(UnsafeBufferPointer(rebasing: buffer[start..<end])) { hit = start + $0.lowerBound; return false }
        return hit
    }
}
