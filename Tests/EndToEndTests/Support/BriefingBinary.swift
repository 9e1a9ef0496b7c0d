#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The `briefing` executable that `swift test` built next to the test bundle.
enum BriefingBinary {
    /// Found by walking up from the running test executable
    /// (`<scratch>/<triple>/debug/BriefingPackageTests.xctest`) to the first directory that
    /// holds an executable named `briefing`.
    static let path: String? = {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let executable = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("briefing").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
               access(candidate, X_OK) == 0 {
                return candidate
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "the briefing executable was not found next to the test executable (run `swift test`, which builds it)"
        }
    }

    static func require() throws -> String {
        guard let path else { throw Missing() }
        return path
    }

    /// The package root, for checks that the binary does not read files from the checkout.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
