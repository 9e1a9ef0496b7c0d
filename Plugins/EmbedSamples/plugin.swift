import Foundation
import PackagePlugin

/// Embeds the sample articles in `seeds/` into the target as generated Swift source, so the
/// `briefing` binary opens them from any folder, even copied alone to another machine path.
/// (A resource bundle would be looked up next to the binary and lost when it is copied.)
@main
struct EmbedSamples: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let seeds = context.package.directoryURL.appending(path: "seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        let inputs = names
            .filter { !$0.hasPrefix(".") && ($0.hasSuffix(".txt") || $0.hasSuffix(".md")) }
            .sorted()
            .map { seeds.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSamples.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) sample articles",
                executable: try context.tool(named: "EmbedSamplesTool").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
