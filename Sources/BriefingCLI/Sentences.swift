import ArgumentParser
import Briefing
import Foundation

/// Prints the sentences of every paragraph, one a line: a view of what the sentence splitter
/// (and so the quote extractor built on it) sees, and output to compare with other segmenters.
struct Sentences: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the sentences of every paragraph, one a line.",
        discussion: """
            Cleans each article as the reader does and prints every sentence of every paragraph on \
            a line of its own, articles and paragraphs in order, nothing else. `-` reads one article \
            from standard input. With --raw, input is plain text and is not \
            cleaned: every line is a paragraph (blank lines are skipped), so the output can be \
            compared line by line with other sentence segmenters.

            Examples:
              briefing sentences ~/news/
              briefing sentences - < story.txt
              briefing sentences --raw notes.txt
            """
    )

    @Flag(help: "Read plain text without cleaning it; every line is a paragraph.")
    var raw = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        var output = LineWriter()
        if raw {
            let documents = corpus.paths.isEmpty ? SampleCorpus.documents() : try RawFiles.read(corpus.paths)
            for document in documents {
                let text = RawFiles.decode(document.bytes)
                text.enumerateLines { line, _ in
                    for sentence in SentenceSplitter.sentenceTexts(in: line) { output.write(sentence) }
                }
            }
        } else {
            let loaded = try corpus.loadOrExit()
            for article in loaded.articles {
                for paragraph in article.paragraphs {
                    for sentence in SentenceSplitter.sentenceTexts(in: paragraph.text) { output.write(sentence) }
                }
            }
            output.flush()
            Diagnostics.report(loaded.problems)
        }
        output.flush()
    }
}

/// Sanitised lines to standard output, written in large chunks.
private struct LineWriter {
    private var buffer: [UInt8] = []

    mutating func write(_ line: String) {
        buffer.append(contentsOf: TerminalSafety.sanitize(line).utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Plain-text input for `sentences --raw`: files as they are, folders searched recursively for
/// .txt and .md files, decoded without any cleaning.
private enum RawFiles {
    static func read(_ paths: [String]) throws -> [SourceDocument] {
        var documents: [SourceDocument] = []
        var failures = 0
        for path in paths {
            if path == CorpusLoader.standardInputPath {
                documents.append(SourceDocument(path: path, bytes: StandardInput.read()))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                Diagnostics.warn("\(path): no such file or folder")
                failures += 1
                continue
            }
            let files = isDirectory.boolValue ? textFiles(in: path) : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    Diagnostics.warn("\(file): cannot be read")
                    failures += 1
                    continue
                }
                documents.append(SourceDocument(path: file, bytes: [UInt8](data)))
            }
        }
        if documents.isEmpty {
            if failures == 0 { Diagnostics.warn("no .txt or .md files found") }
            throw ExitCode(1)
        }
        return documents
    }

    static func textFiles(in folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = relative.lowercased()
            guard name.hasSuffix(".txt") || name.hasSuffix(".md") || name.hasSuffix(".markdown") else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }

    /// UTF-8 (a BOM dropped), UTF-16 with a BOM, else Windows-1252 when the bytes are not UTF-8.
    static func decode(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]),
           let text = String(data: Data(bytes), encoding: .utf16) {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(data: Data(bytes), encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
    }
}
