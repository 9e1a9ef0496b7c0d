import Foundation

/// Access to the rule data in `Sources/Briefing/Data/`, embedded in the binary at build time
/// (see Plugins/EmbedData). Files are UTF-8 text: one entry a line, `#` starts a comment,
/// blank lines are ignored, and tab-separated columns split an entry into fields.
enum WordList {
    /// The entries of a data file, each split into its tab-separated fields.
    static func rows(_ name: String) -> [[String]] {
        guard let file = EmbeddedData.files.first(where: { $0.name == name }) else {
            preconditionFailure("data file \(name) is not embedded; add it to Sources/Briefing/Data")
        }
        return String(decoding: file.bytes, as: UTF8.self)
            .split(whereSeparator: \.isNewline)
            .map { line in line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "" }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .map { $0.split(separator: "\t").map { String($0).trimmingCharacters(in: .whitespaces) } }
    }

    /// The first field of every entry, lowercased, as a set.
    static func set(_ name: String) -> Set<String> {
        Set(rows(name).compactMap { $0.first?.lowercased() })
    }
}
