import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where cache databases live, and which one a command line's paths use.
///
/// One database per set of paths opened (a folder, usually), named by a digest of their
/// absolute paths, rather than one shared database with a folder column:
/// - a file that is gone is one whose row the database still has after a walk of the same
///   paths, so deleted files are dropped exactly, with no prefix queries;
/// - the corpus merges are kept per database, one row, for the one list of files opened;
/// - two briefings on two folders never wait for each other's write lock;
/// - a damaged database costs one folder's cache, and removing a folder's cache is removing
///   one file.
/// A subfolder opened on its own gets its own database: its files are analysed once more.
public enum CacheLocation {
    /// `$XDG_CACHE_HOME/briefing`, or `~/.cache/briefing` when it is unset, empty or relative
    /// (as the XDG base directory specification says); nil when there is no home either.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return join(xdg, "briefing") }
        if let home = environment["HOME"], home.hasPrefix("/") { return join(join(home, ".cache"), "briefing") }
        return nil
    }

    /// The database file for these paths (in any order, `-` left out) inside `directory`.
    static func database(for paths: [String], in directory: String) -> String {
        let roots = Set(paths.filter { $0 != "-" }.map(absolute)).sorted()
        var sum = Checksum(seed: 0x726F_6F74)  // "root"
        for root in roots { sum.add(root) }
        return join(directory, "corpus-" + hex(sum.value) + ".sqlite")
    }

    /// The absolute form of a path, symbolic links resolved where it exists.
    static func absolute(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        if path.hasPrefix("/") { return path }
        return join(FileManager.default.currentDirectoryPath, path)
    }

    static func join(_ a: String, _ b: String) -> String {
        a.hasSuffix("/") ? a + b : a + "/" + b
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Turns the paths files were found at into the absolute paths that key them, resolving each
/// folder once: a hundred thousand files in a few hundred folders cost a few hundred
/// `realpath` calls. The file's own name is kept (a link to an article is keyed by the link).
struct KeyPaths {
    private var folders: [Substring: String] = [:]

    mutating func key(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { path[..<$0] } ?? "."
        let name = slash.map { path[path.index(after: $0)...] } ?? path[...]
        if let known = folders[folder] { return known + "/" + name }
        var resolved = CacheLocation.absolute(folder.isEmpty ? "/" : String(folder))
        if resolved.hasSuffix("/") { resolved.removeLast() }
        folders[folder] = resolved
        return resolved + "/" + name
    }
}
