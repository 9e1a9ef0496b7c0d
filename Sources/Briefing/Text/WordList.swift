/// The rule data in `Sources/Briefing/Data`, embedded into the binary at build time: one entry
/// per line, fields separated by tabs, `#` starting a comment, blank lines ignored.
///
/// Read on bytes: the lexicons are loaded before the first article is analysed, so their
/// parsing is part of every start.
enum WordList {
    /// The entries of a data file, each split into its tab-separated fields (spaces around each
    /// field trimmed, empty entries dropped).
    static func rows(_ name: String) -> [[String]] {
        guard let file = EmbeddedData.files.first(where: { $0.name == name }) else {
            preconditionFailure("data file \(name) is not embedded; add it to Sources/Briefing/Data")
        }
        var rows: [[String]] = []
        file.bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
                // A comment runs to the end of the line.
                var stop = start
                while stop < end, bytes[stop] != UInt8(ascii: "#") { stop += 1 }
                let fields = Self.fields(UnsafeBufferPointer(rebasing: bytes[start..<stop]))
                if !fields.isEmpty { rows.append(fields) }
                start = end + 1
            }
        }
        return rows
    }

    /// The tab-separated fields of one line, trimmed; none when the line holds only blanks.
    private static func fields(_ line: UnsafeBufferPointer<UInt8>) -> [String] {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        guard line.contains(where: { !isBlank($0) }) else { return [] }
        var fields: [String] = []
        var start = 0
        while start <= line.count {
            var end = start
            while end < line.count, line[end] != 0x09 { end += 1 }
            // Empty between two tabs is no field, as with `split`; blanks make an empty one.
            if end == start { start = end + 1; continue }
            var a = start, b = end
            while a < b, line[a] == 0x20 { a += 1 }
            while b > a, line[b - 1] == 0x20 { b -= 1 }
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: line[a..<b]), as: UTF8.self))
            start = end + 1
        }
        return fields
    }

    /// The first field of every entry, lowercased, as a set.
    static func set(_ name: String) -> Set<String> {
        Set(rows(name).compactMap { $0.first?.lowercased() })
    }
}
