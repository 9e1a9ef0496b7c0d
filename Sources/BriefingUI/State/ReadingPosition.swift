import Briefing
import Foundation

/// Where the reader was in a set of folders when it quit: the open article (by path and id,
/// not by index, so files added since do not move it), the reader's scroll, the focused pane
/// and whether it showed the summary.
public struct ReadingPosition: Codable, Sendable, Equatable {
    public var articlePath: String
    public var articleID: String
    public var readerTop: Int
    public var focus: String
    public var summary: Bool
    /// The article selected in the list, when it is not the open one.
    public var selectedPath: String?

    public init(articlePath: String, articleID: String, readerTop: Int, focus: String, summary: Bool, selectedPath: String? = nil) {
        self.articlePath = articlePath
        self.articleID = articleID
        self.readerTop = readerTop
        self.focus = focus
        self.summary = summary
        self.selectedPath = selectedPath
    }
}

extension PaneID {
    /// The pane's name in a saved position.
    var storedName: String { String(describing: self) }
}

extension ReaderState {
    /// Where the panes are now (whatever view is up, the panes underneath are remembered);
    /// nil with no article.
    public var readingPosition: ReadingPosition? {
        // Under a full-screen view the panes are those the view was opened from.
        let panes = current.mode == .panes ? current : (history.last { $0.mode == .panes } ?? current)
        guard model.articles.indices.contains(panes.openArticle) else { return nil }
        let article = model.articles[panes.openArticle]
        let selected = panes.articleCursor != panes.openArticle && model.articles.indices.contains(panes.articleCursor)
            ? model.articles[panes.articleCursor].path : nil
        return ReadingPosition(articlePath: article.path, articleID: article.id, readerTop: panes.readerTop,
                               focus: panes.focus.storedName, summary: panes.readerSummary, selectedPath: selected)
    }

    /// Back at `position`: its article open and selected, scrolled and focused as it was. An
    /// article no longer there (by path, else by id) leaves the state as it is.
    public mutating func restore(_ position: ReadingPosition) {
        let articles = model.articles
        guard let index = articles.firstIndex(where: { $0.path == position.articlePath })
            ?? articles.firstIndex(where: { $0.id == position.articleID }) else { return }
        current.mode = .panes
        current.openArticle = index
        current.articleCursor = index
        if let selected = position.selectedPath, let cursor = articles.firstIndex(where: { $0.path == selected }) {
            current.articleCursor = cursor
        }
        current.readerTop = max(0, position.readerTop)
        current.readerSummary = position.summary
        current.focus = PaneID.allCases.first { $0.storedName == position.focus } ?? .articles
    }
}

/// Saved positions, one small JSON file per set of paths opened, in
/// `$XDG_STATE_HOME/briefing/positions/` (else `~/.local/state/briefing/positions/`). Anything
/// missing or unreadable is no position; a save writes a temporary file and renames it.
public struct PositionStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The store where the environment says: nil without a usable home.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> PositionStore? {
        if let base = environment["XDG_STATE_HOME"], base.hasPrefix("/") {
            return PositionStore(directory: base + "/briefing/positions")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return PositionStore(directory: home + "/.local/state/briefing/positions")
    }

    /// The file for a set of paths: the same set in any order, written any way (relative,
    /// with a trailing slash), is the same file. No paths (the samples) is a set too.
    public func file(for paths: [String]) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = paths.map { path -> String in
            let full = path.hasPrefix("/") ? path : cwd + "/" + path
            return URL(fileURLWithPath: full).standardizedFileURL.path
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Set(absolute).sorted().joined(separator: "\n").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return directory + "/" + String(repeating: "0", count: 16 - hex.count) + hex + ".json"
    }

    public func load(paths: [String]) -> ReadingPosition? {
        guard let data = FileManager.default.contents(atPath: file(for: paths)) else { return nil }
        return try? JSONDecoder().decode(ReadingPosition.self, from: data)
    }

    public func save(_ position: ReadingPosition, paths: [String]) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let target = file(for: paths)
        let temporary = target + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(position).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, target) == 0 else {
            let failure = errno
            unlink(temporary)
            throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO)
        }
    }
}
