import Foundation
import PackagePlugin

/// What both embedding plugins share: listing a folder and running EmbedFilesTool on it.
enum EmbeddedFiles {
    static func list(_ folder: URL, keeping keep: (String) -> Bool) throws -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && keep($0) }.sorted().map { folder.appending(path: $0) }
    }

    static func command(context: PluginContext, enumName: String, visibility: String, inputs: [URL]) throws -> Command {
        let output = context.pluginWorkDirectoryURL.appending(path: "\(enumName).swift")
        return .buildCommand(
            displayName: "Embedding \(inputs.count) files as \(enumName)",
            executable: try context.tool(named: "EmbedFilesTool").url,
            arguments: [enumName, visibility, output.path] + inputs.map(\.path),
            inputFiles: inputs,
            outputFiles: [output]
        )
    }
}
