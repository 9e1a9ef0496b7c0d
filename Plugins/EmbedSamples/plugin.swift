import Foundation
import PackagePlugin

/// Embeds the sample articles in `seeds/` into the target as generated Swift source, so the
/// `briefing` binary opens them from any folder, even copied alone to another machine path.
/// (A resource bundle would be looked up next to the binary and lost when it is copied.)
@main
struct EmbedSamples: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let seeds = context.package.directoryURL.appending(path: "seeds")
        let inputs = try EmbeddedFiles.list(seeds) { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        return [try EmbeddedFiles.command(context: context, enumName: "EmbeddedSamples", visibility: "internal", inputs: inputs)]
    }
}
