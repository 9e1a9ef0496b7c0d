import Briefing
import Foundation
import Testing
@testable import BriefingCache

/// The hand-written encoding: every model value reads back as itself, and a payload that is cut,
/// flipped, or made for another file or build is refused before it is used.
@Suite("Binary encoding of the model")
struct BinaryCodingTests {
    static func analyses() -> [ArticleAnalysis] {
        let corpus = CorpusLoader.load(paths: [Workspace.fixtures.appendingPathComponent("Stories").path,
                                               Workspace.fixtures.appendingPathComponent("Layouts").path])
        return ArticleAnalysis.analyze(corpus.articles)
    }

    static func roundTrip<T: BinaryCodable & Equatable>(_ value: T) throws -> T {
        var w = BinaryWriter()
        w.write(value)
        return try w.bytes.withUnsafeBytes { buffer in
            var r = BinaryReader(buffer)
            let read = try r.read(T.self)
            #expect(r.isAtEnd)
            return read
        }
    }

    @Test("every article analysis and the corpus merge read back equal")
    func roundTrips() throws {
        let analyses = Self.analyses()
        #expect(analyses.count > 10)
        for analysis in analyses { #expect(try Self.roundTrip(analysis) == analysis) }
        let model = AnalyzedCorpus(analyses: analyses)
        #expect(!model.merge.speakers.isEmpty && !model.merge.stories.isEmpty && !model.merge.timeline.isEmpty)
        #expect(try Self.roundTrip(model.merge) == model.merge)
        // Quotes repeated across articles are written sparsely: one linked among unlinked ones.
        var linked = model.merge
        let a = try #require(linked.quoteLinks.firstIndex { $0.count >= 3 })
        linked.quoteLinks[a][1] = ["other#2", "another#7"]
        #expect(try Self.roundTrip(linked) == linked)
    }

    @Test("shared strings read back byte for byte, canonically equivalent ones kept apart")
    func sharedStrings() throws {
        let strings = ["said", "Ana Ruiz", "said", "caf\u{E9}", "cafe\u{301}", "caf\u{E9}", "", "", "Ana Ruiz"]
        var w = BinaryWriter(sharingStrings: true)
        for s in strings { w.write(s) }
        let read = try w.bytes.withUnsafeBytes { buffer throws -> [String] in
            var r = BinaryReader(buffer, sharingStrings: true)
            return try strings.map { _ in try r.string() }
        }
        #expect(read.map { Array($0.utf8) } == strings.map { Array($0.utf8) })
        var plain = BinaryWriter()
        for s in strings { plain.write(s) }
        #expect(w.bytes.count < plain.bytes.count)
    }

    @Test("numbers at the edges read back: negatives, zero, the extremes")
    func numbers() throws {
        var w = BinaryWriter()
        let ints = [0, -1, 1, 63, -64, 64, 127, 128, Int.max, Int.min, -1_000_000]
        for n in ints { w.write(n) }
        w.write(Double.nan)
        w.write(-0.0)
        w.write("é🙂\u{0}")
        let (read, nan, zero, text, atEnd) = try w.bytes.withUnsafeBytes { buffer throws -> ([Int], Double, Double, String, Bool) in
            var r = BinaryReader(buffer)
            let read = try ints.map { _ in try r.int() }
            return (read, try r.double(), try r.double(), try r.string(), r.isAtEnd)
        }
        #expect(read == ints)
        #expect(nan.isNaN && zero == 0 && zero.sign == .minus)
        #expect(text == "é🙂\u{0}" && atEnd)
    }

    @Test("a payload cut anywhere, or with any byte flipped, is refused")
    func damagedPayloadsAreRefused() throws {
        let key = FileKey(path: "/news/a.txt", size: 1234, modified: 1_700_000_000_123_456_789)
        let article = try #require(Self.analyses().first)
        for outcome in [CachedOutcome.skipped(.binary), .article(article, note: .decoded(from: "Windows-1252"))] {
            let payload = FilePayload.encode(outcome, key: key, identity: 7)
            #expect(try FilePayload.decode(payload, key: key, identity: 7) == outcome)
            let positions = payload.count < 200 ? Array(payload.indices) : Array(Swift.stride(from: 0, to: payload.count, by: max(1, payload.count / 300)))
            for i in positions {
                for bit in [0x01, 0x80] as [UInt8] {
                    var flipped = payload
                    flipped[i] ^= bit
                    #expect(throws: (any Error).self) { try FilePayload.decode(flipped, key: key, identity: 7) }
                }
                #expect(throws: (any Error).self) { try FilePayload.decode(Array(payload[..<i]), key: key, identity: 7) }
            }
        }
    }

    @Test("a payload is used only for its own file, size, time and analyser")
    func payloadKeyIsChecked() throws {
        let key = FileKey(path: "/news/a.txt", size: 10, modified: 5)
        let payload = FilePayload.encode(.skipped(.empty), key: key, identity: 7)
        #expect(throws: PayloadError.otherAnalyser) { try FilePayload.decode(payload, key: key, identity: 8) }
        for other in [FileKey(path: "/news/b.txt", size: 10, modified: 5), FileKey(path: "/news/a.txt", size: 11, modified: 5),
                      FileKey(path: "/news/a.txt", size: 10, modified: 6)] {
            #expect(throws: PayloadError.otherKey) { try FilePayload.decode(payload, key: other, identity: 7) }
        }
    }

    @Test("the checksum tells apart inputs that differ in one byte or in length")
    func checksum() {
        var seen = Set<UInt64>()
        let base = [UInt8](repeating: 0, count: 37)
        seen.insert(base.withUnsafeBytes { Checksum.of($0) })
        for i in base.indices {
            var changed = base
            changed[i] = 1
            seen.insert(changed.withUnsafeBytes { Checksum.of($0) })
        }
        for n in 0..<37 { seen.insert(Array(base[..<n]).withUnsafeBytes { Checksum.of($0) }) }
        #expect(seen.count == 1 + 37 + 37)
    }

    @Test("this build has an identity of its own")
    func identity() {
        #expect(!BuildIdentity.current.isEmpty)
        #expect(AnalyserIdentity.current != 0)
    }
}
