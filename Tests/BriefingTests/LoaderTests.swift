import Foundation
import Testing
@testable import Briefing

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }
}

@Suite("Loading files and folders")
struct LoaderTests {
    let article = "A Short Headline About Nothing\n\nThe first paragraph has enough words to be prose for the parser.\n"

    @Test("folders are searched recursively for .txt and .md in name order; other files are ignored")
    func recursiveDiscovery() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", article)
        try folder.write("a/z.md", article)
        try folder.write("a/notes.pdf", article)
        try folder.write(".hidden/secret.txt", article)
        let corpus = CorpusLoader.load(paths: [folder.path])
        #expect(corpus.articles.map(\.id) == ["z", "b"])
        #expect(corpus.problems.isEmpty)
    }

    @Test("a file named explicitly is loaded whatever its extension")
    func explicitFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("story.html.dump", article)
        #expect(CorpusLoader.load(paths: [path]).articles.count == 1)
    }

    @Test("bad files are reported and skipped; the rest loads")
    func badFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.txt", article)
        let empty = try folder.write("empty.txt", "")
        let blank = try folder.write("blank.txt", " \n\u{A0}\n")
        let binary = try folder.write("binary.txt", [0x00, 0x01, 0x02, 0x03])
        let unreadable = try folder.write("locked.txt", article)
        chmod(unreadable, 0)
        defer { chmod(unreadable, 0o644) }
        let missing = folder.path + "/missing.txt"

        let corpus = CorpusLoader.load(paths: [folder.path, missing])
        // Root reads files whatever their mode; anyone else is refused the locked one.
        #expect(corpus.articles.map(\.id) == (getuid() == 0 ? ["good", "locked"] : ["good"]))
        let reasons = Dictionary(corpus.problems.map { ($0.path, $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons[empty] == .empty)
        #expect(reasons[blank] == .empty)
        #expect(reasons[binary] == .binary)
        #expect(reasons[missing] == .notFound)
        if getuid() != 0 {  // root reads anything
            guard case .unreadable = reasons[unreadable] else {
                Issue.record("unreadable file not reported: \(corpus.problems)")
                return
            }
        }
        #expect(corpus.skipped.allSatisfy { $0.description.contains("skipped") })
    }

    @Test("symbolic link loops are followed once")
    func symlinkLoop() throws {
        let folder = try TemporaryFolder()
        try folder.write("inner/a.txt", article)
        symlink(folder.path, folder.path + "/inner/loop")
        let corpus = CorpusLoader.load(paths: [folder.path])
        #expect(corpus.articles.count == 1)
    }

    @Test("- reads one article from standard input, once, in its place among the paths; its id is stdin")
    func standardInput() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("first.txt", "First Headline Here\n\nThe first article has a sentence of body text.\n")
        var reads = 0
        let corpus = CorpusLoader.load(paths: [file, "-", "-"], standardInput: {
            reads += 1
            return Array("Piped Headline Here\n\nThe piped article has a sentence of body text too.\n".utf8)
        })
        #expect(reads == 1)
        #expect(corpus.articles.map(\.id) == ["first", "stdin"])
        #expect(corpus.articles.map(\.path) == [file, "-"])
        #expect(corpus.articles[1].title == "Piped Headline Here")
        #expect(corpus.problems.isEmpty)
        // Without a reader, - is an ordinary path.
        #expect(CorpusLoader.load(paths: ["-"]).problems.map(\.reason) == [.notFound])
    }

    @Test("ids are file names without extension, made unique across folders")
    func uniqueIDs() throws {
        let folder = try TemporaryFolder()
        try folder.write("one/story.txt", article)
        try folder.write("two/story.txt", article)
        try folder.write("two/story.md", article)
        let ids = CorpusLoader.load(paths: [folder.path]).articles.map(\.id)
        #expect(ids == ["story", "story-2", "story-3"])
    }

    @Test("a file with nothing but boilerplate is reported, not turned into an empty article")
    func onlyBoilerplate() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("furniture.txt", "Home / News / World\n\nAdvertisement\n\nFeatured image from Shutterstock.\n")
        let corpus = CorpusLoader.load(paths: [path])
        #expect(corpus.articles.isEmpty)
        #expect(corpus.problems.map(\.reason) == [.noArticleText])
    }
}

@Suite("Loading with progress")
struct LoaderProgressTests {
    let article = "A Short Headline About Nothing\n\nThe first paragraph has enough words to be prose for the parser.\n"

    @Test("the same corpus as loading without progress, counted file by file up to the total")
    func sameCorpus() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", article)
        try folder.write("a/z.md", article)
        try folder.write("a/empty.txt", "")
        try folder.write("c.txt", [0, 1, 2, 0])
        let single = try folder.write("single.txt", article)
        let missing = folder.path + "/missing.txt"
        let stdin = Array("Standard Input Has A Headline\n\nA paragraph read from standard input, long enough.\n".utf8)
        for paths in [[folder.path], [single, "-", folder.path, "-", missing], ["-"], [missing], []] {
            let plain = CorpusLoader.load(paths: paths, standardInput: { stdin })
            let box = ProgressReports()
            let counted = CorpusLoader.load(paths: paths, standardInput: { stdin }, progress: { box.append($0, $1) })
            #expect(counted.articles == plain.articles, "\(paths)")
            #expect(counted.problems == plain.problems, "\(paths)")
            // Every source counted once, in increasing order (files are few, so each is told).
            let reports = box.all
            let total = reports.last?.1 ?? 0
            #expect(reports.map(\.0) == (total == 0 ? [] : Array(1...total)), "\(paths): \(reports)")
            #expect(reports.allSatisfy { $0.1 == total })
        }
    }
}

/// Progress reports gathered from the loader's worker threads.
private final class ProgressReports: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [(Int, Int)] = []

    func append(_ done: Int, _ total: Int) { lock.withLock { reports.append((done, total)) } }
    var all: [(Int, Int)] { lock.withLock { reports } }
}
