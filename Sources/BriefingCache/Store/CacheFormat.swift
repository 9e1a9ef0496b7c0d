import Briefing
import Foundation

/// The version of everything the cache writes: payload framing, the model encodings and the
/// database schema. A database or payload of another version is never read.
enum CacheFormat {
    static let version: UInt64 = 1
    /// `PRAGMA user_version` of a cache database.
    static let schemaVersion = 1
}

/// Who made a cached result: the cache format, the analyser's version and rule data, and this
/// build of the program. A result is trusted only by the same identity, so a new build never
/// trusts what an old one stored, even where neither the rules nor the version changed (a rule
/// written in Swift and rebuilt).
public enum AnalyserIdentity {
    /// This program's identity.
    public static let current: UInt64 = {
        var sum = Checksum(seed: 0x6272_6965_6669_6E67)  // "briefing"
        sum.add(CacheFormat.version)
        sum.add(Analyser.version)
        for file in Analyser.ruleData {
            sum.add(file.name)
            sum.add(file.bytes)
        }
        sum.add(BuildIdentity.current)
        return sum.value
    }()
}

/// Bytes that change whenever the program is rebuilt: the GNU build id the linker writes into
/// the executable (a hash of its contents), or else the executable's size and modification time.
enum BuildIdentity {
    static let current: [UInt8] = buildID() ?? executableStamp()

    private static func executableStamp() -> [UInt8] {
        guard let path = Bundle.main.executablePath, let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return [] }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return Array("\(path)|\(size)|\(modified)".utf8)
    }

    /// The NT_GNU_BUILD_ID note of the running executable, read from its ELF program headers
    /// (little-endian ELF64; nil for anything else, or without such a note).
    private static func buildID() -> [UInt8]? {
        guard let file = FileHandle(forReadingAtPath: "/proc/self/exe") else { return nil }
        defer { try? file.close() }
        func read(_ offset: UInt64, _ count: Int) -> [UInt8]? {
            guard (try? file.seek(toOffset: offset)) != nil, let data = try? file.read(upToCount: count), data.count == count else { return nil }
            return [UInt8](data)
        }
        func number(_ bytes: [UInt8], _ at: Int, _ size: Int) -> UInt64 {
            (0..<size).reduce(0) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
        }
        guard let header = read(0, 64), header[0..<4] == [0x7F, 0x45, 0x4C, 0x46], header[4] == 2, header[5] == 1 else { return nil }
        let tableOffset = number(header, 32, 8), entrySize = Int(number(header, 54, 2)), entries = Int(number(header, 56, 2))
        guard entrySize >= 56, entries < 256, let table = read(tableOffset, entrySize * entries) else { return nil }
        for e in 0..<entries where number(table, e * entrySize, 4) == 4 {  // PT_NOTE
            let offset = number(table, e * entrySize + 8, 8), size = Int(number(table, e * entrySize + 32, 8))
            guard size < 1 << 16, let notes = read(offset, size) else { continue }
            var at = 0
            while at + 12 <= size {
                let nameSize = Int(number(notes, at, 4)), descSize = Int(number(notes, at + 4, 4)), type = number(notes, at + 8, 4)
                let desc = at + 12 + (nameSize + 3) / 4 * 4
                guard desc + descSize <= size else { break }
                if type == 3, nameSize == 4, notes[(at + 12)..<(at + 15)] == [0x47, 0x4E, 0x55], descSize > 0 {  // NT_GNU_BUILD_ID, "GNU"
                    return Array(notes[desc..<(desc + descSize)])
                }
                at = desc + (descSize + 3) / 4 * 4
            }
        }
        return nil
    }
}
