import Briefing

/// What identifies one file's content without reading it: where it is and what `stat` says.
/// A cached result is used only for the same key.
public struct FileKey: Sendable, Hashable {
    /// Absolute, with the folders' symbolic links resolved.
    public var path: String
    public var size: Int
    /// Nanoseconds since 1970.
    public var modified: Int64

    public init(path: String, size: Int, modified: Int64) {
        self.path = path
        self.size = size
        self.modified = modified
    }
}

/// What loading one file gave, as the cache keeps it: the reason it gave no article, or its
/// analysis (not placed in any corpus) with a caveat about its decoding, if any.
public enum CachedOutcome: Sendable, Hashable {
    case skipped(LoadProblem.Reason)
    case article(ArticleAnalysis, note: LoadProblem.Reason?)
}

/// A file's cached outcome as bytes: a magic number and the format version, the analyser
/// identity and the file's key, the outcome, and a checksum of all of it. The key and identity
/// sit inside the checksummed bytes, so a payload is trusted only for the file and the build it
/// was made for, whatever the database around it says: a damaged row, a row moved to another
/// path, a row of another build are all rejected here.
enum FilePayload {
    static let magic: [UInt8] = Array("BRF1".utf8)

    static func encode(_ outcome: CachedOutcome, key: FileKey, identity: UInt64) -> [UInt8] {
        var w = BinaryWriter(capacity: 4096, sharingStrings: true)
        w.write(raw: magic)
        w.write(varint: CacheFormat.version)
        w.write(fixed: identity)
        w.write(key.path)
        w.write(count: key.size)
        w.write(Int(key.modified))
        switch outcome {
        case .skipped(let reason):
            w.write(byte: 0)
            w.write(reason)
        case .article(let analysis, let note):
            w.write(byte: 1)
            w.write(note)
            w.write(analysis)
        }
        return Framing.seal(w)
    }

    static func decode(_ bytes: [UInt8], key: FileKey, identity: UInt64) throws -> CachedOutcome {
        try Framing.open(bytes, magic: magic, identity: identity) { r in
            guard try r.string() == key.path, try r.count(elementSize: 0) == key.size, Int64(try r.int()) == key.modified else {
                throw PayloadError.otherKey
            }
            switch try r.byte() {
            case 0: return .skipped(try r.read(LoadProblem.Reason.self))
            case 1:
                let note = try r.readOptional(LoadProblem.Reason.self)
                return .article(try r.read(ArticleAnalysis.self), note: note)
            case let b: throw BinaryDecodingError.malformed("outcome code \(b)")
            }
        }
    }
}

/// The corpus merges kept for one exact list of files, as bytes: magic, version, identity, the
/// digest of the files' keys in corpus order, the merge, a checksum.
enum MergePayload {
    static let magic: [UInt8] = Array("BRM1".utf8)

    static func encode(_ merge: CorpusMerge, digest: [UInt8], identity: UInt64) -> [UInt8] {
        var w = BinaryWriter(capacity: 1 << 16, sharingStrings: true)
        w.write(raw: magic)
        w.write(varint: CacheFormat.version)
        w.write(fixed: identity)
        w.write(count: digest.count)
        w.write(raw: digest)
        w.write(merge)
        return Framing.seal(w)
    }

    static func decode(_ bytes: [UInt8], digest: [UInt8], identity: UInt64) throws -> CorpusMerge {
        try Framing.open(bytes, magic: magic, identity: identity) { r in
            let n = try r.count()
            var stored: [UInt8] = []
            for _ in 0..<n { stored.append(try r.byte()) }
            guard stored == digest else { throw PayloadError.otherKey }
            return try r.read(CorpusMerge.self)
        }
    }
}

/// Why a stored payload was not used.
enum PayloadError: Error, Equatable, CustomStringConvertible {
    case checksum
    case notAPayload
    case otherFormat
    case otherAnalyser
    case otherKey
    case trailingBytes

    var description: String {
        switch self {
        case .checksum: "checksum does not match"
        case .notAPayload: "not a cache payload"
        case .otherFormat: "another cache format"
        case .otherAnalyser: "made by another build"
        case .otherKey: "made for another file or version of it"
        case .trailingBytes: "bytes after the end"
        }
    }
}

/// The frame around every payload: checked before a single field is decoded.
enum Framing {
    static func seal(_ writer: BinaryWriter) -> [UInt8] {
        var w = writer
        let sum = w.bytes.withUnsafeBytes { Checksum.of($0) }
        w.write(fixed: sum)
        return w.bytes
    }

    static func open<T>(_ bytes: [UInt8], magic: [UInt8], identity: UInt64, _ body: (inout BinaryReader) throws -> T) throws -> T {
        guard bytes.count >= magic.count + 8 else { throw PayloadError.notAPayload }
        return try bytes.withUnsafeBytes { all in
            let content = UnsafeRawBufferPointer(rebasing: all[..<(all.count - 8)])
            let stored = UInt64(littleEndian: all.loadUnaligned(fromByteOffset: all.count - 8, as: UInt64.self))
            guard Checksum.of(content) == stored else { throw PayloadError.checksum }
            guard content.starts(with: magic) else { throw PayloadError.notAPayload }
            var r = BinaryReader(content, sharingStrings: true)
            try r.skip(magic.count)
            guard try r.varint() == CacheFormat.version else { throw PayloadError.otherFormat }
            guard try r.fixed() == identity else { throw PayloadError.otherAnalyser }
            let value = try body(&r)
            guard r.isAtEnd else { throw PayloadError.trailingBytes }
            return value
        }
    }
}
