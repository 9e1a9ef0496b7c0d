import Foundation

// Writes a Swift file declaring `enum NAME { static let files: [(name: String, bytes: [UInt8])] }`
// with the name and base64-encoded bytes of each input file, sorted by name. Base64 keeps the
// literal free of escapes and quick to compile, and the bytes exact (BOMs, CRLF, no-break
// spaces included). Used by the EmbedSamples and EmbedData build plugins.
//
// Usage: EmbedFilesTool ENUM-NAME VISIBILITY OUTPUT.swift FILE...
var arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: EmbedFilesTool ENUM-NAME VISIBILITY OUTPUT.swift FILE...\n".utf8))
    exit(2)
}
let enumName = arguments.removeFirst()
let visibility = arguments.removeFirst()
let output = arguments.removeFirst()
var source = """
    // Generated at build time by EmbedFilesTool; do not edit.
    import Foundation

    \(visibility) enum \(enumName) {
        /// The embedded files: name and contents, sorted by name.
        \(visibility) static let files: [(name: String, bytes: [UInt8])] = encoded.map { entry in
            (entry.name, [UInt8](Data(base64Encoded: entry.base64) ?? Data()))
        }

        private static let encoded: [(name: String, base64: String)] = [

    """
for path in arguments.sorted() {
    let url = URL(fileURLWithPath: path)
    let data = try Data(contentsOf: url)
    let name = url.lastPathComponent.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    source += "        (\"\(name)\", \"\(data.base64EncodedString())\"),\n"
}
source += "    ]\n}\n"
try source.write(toFile: output, atomically: true, encoding: .utf8)
