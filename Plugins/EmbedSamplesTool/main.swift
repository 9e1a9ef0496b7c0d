import Foundation

// Writes a Swift file declaring `EmbeddedSamples.files`: the name and base64-encoded bytes of
// each input file. Base64 keeps the literal free of escapes and quick to compile, and the bytes
// exact (BOMs, CRLF, no-break spaces included).
//
// Usage: EmbedSamplesTool OUTPUT.swift FILE...
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbedSamplesTool OUTPUT.swift FILE...\n".utf8))
    exit(2)
}
var source = """
    // Generated at build time by EmbedSamplesTool from seeds/; do not edit.
    import Foundation

    enum EmbeddedSamples {
        /// The sample articles: file name and contents.
        static let files: [(name: String, bytes: [UInt8])] = encoded.map { entry in
            (entry.name, [UInt8](Data(base64Encoded: entry.base64) ?? Data()))
        }

        private static let encoded: [(name: String, base64: String)] = [

    """
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let data = try Data(contentsOf: url)
    let name = url.lastPathComponent.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    source += "        (\"\(name)\", \"\(data.base64EncodedString())\"),\n"
}
source += "    ]\n}\n"
try source.write(toFile: output, atomically: true, encoding: .utf8)
