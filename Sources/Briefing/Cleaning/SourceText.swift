/// The raw text of one file split into lines, each knowing its offset in the file in Unicode
/// scalars (the unit of every offset Briefing exports).
struct SourceText {
    struct Line {
        /// The line without its terminator (`\n`, `\r\n` or `\r`).
        var content: Substring
        /// Offset of the line's first scalar in the raw text.
        var start: Int
        /// The line with surrounding spaces removed and inner runs of spaces collapsed, for
        /// classifying and comparing lines; empty for a blank line.
        var normalized: String

        var isBlank: Bool { normalized.isEmpty }
    }

    let text: String
    let lines: [Line]

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        // One pass over the UTF-8 bytes: line breaks are ASCII, and a scalar starts at every byte
        // that is not a continuation byte (10xxxxxx).
        var bounds: [(utf8Start: Int, utf8End: Int, scalarStart: Int)] = []
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var lineStart = 0
            var lineScalarStart = 0
            var scalars = 0
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte == 0x0A || byte == 0x0D {
                    bounds.append((lineStart, i, lineScalarStart))
                    i += 1
                    scalars += 1
                    if byte == 0x0D, i < bytes.count, bytes[i] == 0x0A {
                        i += 1
                        scalars += 1
                    }
                    lineStart = i
                    lineScalarStart = scalars
                    continue
                }
                if byte & 0xC0 != 0x80 { scalars += 1 }
                i += 1
            }
            if lineStart < bytes.count { bounds.append((lineStart, bytes.count, lineScalarStart)) }
        }
        let utf8 = text.utf8
        lines = bounds.map { bound in
            let lower = utf8.index(utf8.startIndex, offsetBy: bound.utf8Start)
            let upper = utf8.index(utf8.startIndex, offsetBy: bound.utf8End)
            let content = text[lower..<upper]
            return Line(content: content, start: bound.scalarStart, normalized: content.collapsingSpaces)
        }
    }
}
