import Foundation
import PackagePlugin

/// Embeds files into a target as generated Swift source, so a binary copied anywhere carries
/// them (a resource bundle is looked up next to the binary and lost when it is copied):
/// - an executable target gets the sample articles in the package's `seeds/` folder, as
///   `EmbeddedSamples.files`;
/// - any target with a `Data/` folder (word lists, patterns) gets it as `EmbeddedData.files`.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        var commands: [Command] = []
        if target.kind == .executable {
            let seeds = context.package.directoryURL.appending(path: "seeds")
            commands.append(try command(context: context, enumName: "EmbeddedSamples",
                                        inputs: list(seeds) { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }))
        }
        let data = target.directoryURL.appending(path: "Data")
        if FileManager.default.fileExists(atPath: data.path) {
            commands.append(try command(context: context, enumName: "EmbeddedData", inputs: list(data) { _ in true }))
        }
        return commands
    }

    private func list(_ folder: URL, keeping keep: (String) -> Bool) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && keep($0) }.sorted().map { folder.appending(path: $0) }
    }

    private func command(context: PluginContext, enumName: String, inputs: [URL]) throws -> Command {
        let output = context.pluginWorkDirectoryURL.appending(path: "\(enumName).swift")
        return .buildCommand(
            displayName: "Embedding \(inputs.count) files as \(enumName)",
            executable: try context.tool(named: "EmbedFilesTool").url,
            arguments: [enumName, "internal", output.path] + inputs.map(\.path),
            inputFiles: inputs,
            outputFiles: [output]
        )
    }
}
