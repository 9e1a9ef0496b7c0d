#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Expands the paths given on the command line into article files.
///
/// Files named explicitly are always taken; folders are walked recursively for `.txt` and `.md`
/// files in name order (so the corpus order is stable), skipping hidden entries and following
/// symbolic links without looping.
enum FileDiscovery {
    static let articleExtensions: Set<String> = ["txt", "md", "markdown", "text"]

    struct Result {
        var files: [ArticleFile] = []
        var problems: [LoadProblem] = []
    }

    static func discover(_ paths: [String]) -> Result {
        var result = Result()
        var visited = Set<FileIdentity>()
        for path in paths {
            guard let info = FileInfo(path: path) else {
                result.problems.append(LoadProblem(path: path, reason: errno == ENOENT || errno == ENOTDIR ? .notFound : .unreadable(lastError())))
                continue
            }
            if info.isDirectory {
                walk(path, identity: info.identity, into: &result, visited: &visited)
            } else {
                result.files.append(ArticleFile(path: path, info: info))
            }
        }
        return result
    }

    static func isArticleFile(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return articleExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private static func walk(_ directory: String, identity: FileIdentity, into result: inout Result, visited: inout Set<FileIdentity>) {
        guard visited.insert(identity).inserted else { return }  // a symlink loop, or a folder given twice
        guard let dir = opendir(directory) else {
            result.problems.append(LoadProblem(path: directory, reason: .unreadable(lastError())))
            return
        }
        // Names with their type as the folder lists it, so plain files that are not articles
        // (images, PDFs) are never stat'ed; the rest are stat'ed relative to the open folder,
        // which spares the kernel walking the whole path again for each of them.
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { entries.append((name, entry.pointee.d_type)) }
        }
        defer { closedir(dir) }
        entries.sort { $0.name < $1.name }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let folder = dirfd(dir)
        for (name, type) in entries {
            if type == UInt8(DT_REG), !isArticleFile(name) { continue }
            let path = prefix + name
            guard let info = FileInfo(in: folder, name: name) else {
                // A dangling symlink is not an article; anything else unreadable is worth saying.
                if isArticleFile(name) { result.problems.append(LoadProblem(path: path, reason: .unreadable(lastError()))) }
                continue
            }
            if info.isDirectory {
                walk(path, identity: info.identity, into: &result, visited: &visited)
            } else if info.isRegular && isArticleFile(name) {
                result.files.append(ArticleFile(path: path, info: info))
            }
        }
    }

    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    struct FileInfo {
        var isDirectory: Bool
        var isRegular: Bool
        var identity: FileIdentity
        var size: Int
        /// Last modification, in nanoseconds since 1970.
        var modified: Int64

        /// Follows symbolic links; nil (with errno set) when the path cannot be resolved.
        init?(path: String) {
            var st = stat()
            guard stat(path, &st) == 0 else { return nil }
            self.init(st)
        }

        /// The entry `name` of the open folder `folder`, following symbolic links.
        init?(in folder: Int32, name: String) {
            var st = stat()
            guard fstatat(folder, name, &st, 0) == 0 else { return nil }
            self.init(st)
        }

        private init(_ st: stat) {
            isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
            isRegular = (st.st_mode & S_IFMT) == S_IFREG
            identity = FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
            size = Int(st.st_size)
            #if canImport(Darwin)
            modified = Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
            #else
            modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
            #endif
        }
    }
}

/// An article file found on disk, with what `stat` said of it when it was found: enough to tell
/// later whether it changed (a cache keys its results on these).
public struct ArticleFile: Sendable, Hashable {
    /// As found: the path given, or a folder given joined with the names under it.
    public var path: String
    /// Bytes.
    public var size: Int
    /// Last modification, in nanoseconds since 1970 (whole seconds where the system has no finer).
    public var modified: Int64

    public init(path: String, size: Int, modified: Int64) {
        self.path = path
        self.size = size
        self.modified = modified
    }

    init(path: String, info: FileDiscovery.FileInfo) {
        self.init(path: path, size: info.size, modified: info.modified)
    }
}

func lastError() -> String {
    String(cString: strerror(errno)).lowercased()
}

/// Reads a whole file with POSIX calls, so a failure carries the system's reason.
public enum FileReader {
    public static func read(_ path: String) -> Swift.Result<[UInt8], LoadProblem> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(LoadProblem(path: path, reason: .unreadable(lastError()))) }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            return .failure(LoadProblem(path: path, reason: .unreadable("is a folder")))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(Int(st.st_size), 0) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(LoadProblem(path: path, reason: .unreadable(lastError())))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return .success(bytes)
    }
}
