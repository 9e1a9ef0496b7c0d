import ArgumentParser
import Briefing
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a command's result goes: standard output, or the file `--output` names. A file that
/// cannot be written is bad input: one line on standard error and exit status 1, never a
/// half-written report passed off as success.
enum Output {
    static func write(_ data: Data, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        var written = 0
        while written < data.count {
            let n = data.withUnsafeBytes { posixWrite(fd, $0.baseAddress! + written, data.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path)
            }
            written += n
        }
    }

    static func write(_ text: String, to path: String?) throws {
        try write(Data(text.utf8), to: path)
    }

    private static func failure(_ path: String) -> ExitCode {
        Diagnostics.warn("\(path): cannot write (\(String(cString: strerror(errno)).lowercased()))")
        return ExitCode(1)
    }
}

/// write(2), named apart from `Output.write`.
private func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}
