/// Everything loaded from the paths the user gave: the articles, in a stable order, and every
/// file that could not be used (or was used with a caveat), so nothing is lost silently.
public struct Corpus: Sendable {
    public var articles: [Article]
    public var problems: [LoadProblem]

    public init(articles: [Article], problems: [LoadProblem] = []) {
        self.articles = articles
        self.problems = problems
    }

    /// Files that were not loaded at all.
    public var skipped: [LoadProblem] { problems.filter { $0.isSkipped } }
}

/// Why a file was skipped, or what was wrong with one that loaded anyway.
public struct LoadProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        case notFound
        case unreadable(String)
        case empty
        case binary
        case noArticleText
        /// Loaded, but some bytes were not valid UTF-8 and were replaced by U+FFFD.
        case invalidUTF8(replaced: Int)
        /// Loaded after decoding from another encoding than UTF-8.
        case decoded(from: String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var isSkipped: Bool {
        switch reason {
        case .notFound, .unreadable, .empty, .binary, .noArticleText: true
        case .invalidUTF8, .decoded: false
        }
    }

    public var explanation: String {
        switch reason {
        case .notFound: "no such file or folder"
        case .unreadable(let why): "cannot be read (\(why))"
        case .empty: "empty file"
        case .binary: "binary data, not text"
        case .noArticleText: "no article text after removing boilerplate"
        case .invalidUTF8(let n): "\(n) invalid UTF-8 sequence\(n == 1 ? "" : "s") replaced with \u{FFFD}"
        case .decoded(let encoding): "decoded as \(encoding)"
        }
    }

    public var description: String {
        "\(path): \(isSkipped ? "skipped, " : "")\(explanation)"
    }
}
