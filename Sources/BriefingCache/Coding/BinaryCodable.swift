import Briefing

/// A model value the cache writes and reads back field by field. Every conformance writes all
/// of the value's stored properties, so `init(from:)` of `write(to:)` is the same value (the
/// round-trip tests hold each type to that). Changing what a type writes changes the payload
/// format: bump `CacheFormat.version` with it.
public protocol BinaryCodable {
    func write(to writer: inout BinaryWriter)
    init(from reader: inout BinaryReader) throws
}

extension BinaryWriter {
    public mutating func write<T: BinaryCodable>(_ value: T) {
        value.write(to: &self)
    }

    public mutating func write<T: BinaryCodable>(_ values: [T]) {
        write(array: values) { $1.write(to: &$0) }
    }

    public mutating func write<T: BinaryCodable>(_ value: T?) {
        write(optional: value) { $1.write(to: &$0) }
    }

    /// An enum case as its place in `cases`, one byte.
    mutating func write<T: Equatable>(code value: T, of cases: [T]) {
        write(byte: UInt8(cases.firstIndex(of: value)!))
    }
}

extension BinaryReader {
    public mutating func read<T: BinaryCodable>(_: T.Type = T.self) throws -> T {
        try T(from: &self)
    }

    public mutating func readArray<T: BinaryCodable>(_: T.Type = T.self) throws -> [T] {
        try array { try T(from: &$0) }
    }

    public mutating func readOptional<T: BinaryCodable>(_: T.Type = T.self) throws -> T? {
        try optional { try T(from: &$0) }
    }
}

/// The codes of the model's enums, in a fixed order: a case's place here is what is written.
/// New cases go at the end (and the format version goes up).
enum Codes {
    static let quoteKinds: [Quote.Kind] = [.direct, .partial, .indirect]
    static let speakerKinds: [SpeakerMention.Kind] = [.person, .organization, .group]
    static let figureKinds: [Figure.Kind] = [.count, .money, .percent, .rate, .age, .duration, .measure]
    static let precisions: [TimelineDate.Precision] = [.year, .month, .week, .day]
    static let eventKinds: [TimelineEvent.Kind] = [.mention, .published]
    static let entityKinds: [Entity.Kind] = [.person, .organization, .place]
}
